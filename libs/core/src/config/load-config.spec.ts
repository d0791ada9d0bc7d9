import { ConfigError, loadConfig } from './load-config';

const VALID = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/tremplin',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'j'.repeat(32),
  LINK_SECRET: 'l'.repeat(32),
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe(loadConfig.name, () => {
  it('reads a valid environment and applies the defaults', () => {
    const config = loadConfig(VALID);
    expect(config.QUEUE_BACKEND).toBe('redis');
    expect(config.PORT).toBe(3000);
    expect(config.APP_URL).toBe('http://localhost:3000');
    expect(config.MAIL_FROM).toContain('Tremplin');
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.LOGIN_RATE_LIMIT).toBe(10);
  });

  it('holds the retention settings, 24 months after exit by default, and refuses a negative one in French', () => {
    const config = loadConfig(VALID);
    expect(config.RETENTION_MONTHS_AFTER_EXIT).toBe(24);
    expect(config.ACCESS_LOG_RETENTION_MONTHS).toBe(12);
    expect(config.EMAIL_METADATA_RETENTION_MONTHS).toBe(24);
    expect(loadConfig({ ...VALID, RETENTION_MONTHS_AFTER_EXIT: '0' }).RETENTION_MONTHS_AFTER_EXIT).toBe(0);
    const problems = problemsOf({ ...VALID, RETENTION_MONTHS_AFTER_EXIT: '-1', ACCESS_LOG_RETENTION_MONTHS: 'six' });
    expect(problems.join('\n')).toContain('RETENTION_MONTHS_AFTER_EXIT : doit être un nombre de mois positif ou nul');
    expect(problems.join('\n')).toMatch(/ACCESS_LOG_RETENTION_MONTHS : .*doit être un nombre entier de mois/);
  });

  it('defaults the queue backend to postgres when no Redis is configured', () => {
    expect(loadConfig({ ...VALID, REDIS_URL: undefined }).QUEUE_BACKEND).toBe('postgres');
  });

  it('converts numbers and trims the trailing slash of APP_URL', () => {
    const config = loadConfig({ ...VALID, PORT: '8080', APP_URL: 'https://tremplin.ain.fr/' });
    expect(config.PORT).toBe(8080);
    expect(config.APP_URL).toBe('https://tremplin.ain.fr');
  });

  it('names a missing required variable', () => {
    expect(problemsOf({ ...VALID, DATABASE_URL: undefined })).toEqual(['DATABASE_URL : est obligatoire']);
  });

  it('names every invalid variable at once', () => {
    const problems = problemsOf({
      ...VALID,
      PORT: 'abc',
      JWT_SECRET: 'court',
      QUEUE_BACKEND: 'rabbitmq',
      LOG_LEVEL: 'bavard',
    });
    expect(problems.map((p) => p.split(' :')[0]).sort()).toEqual(['JWT_SECRET', 'LOG_LEVEL', 'PORT', 'QUEUE_BACKEND']);
    expect(problems.find((p) => p.startsWith('JWT_SECRET'))).toBe('JWT_SECRET : doit contenir au moins 32 caractères');
  });

  it('rejects malformed URLs', () => {
    expect(problemsOf({ ...VALID, DATABASE_URL: 'mysql://x' })[0]).toMatch(
      /^DATABASE_URL : doit être une URL postgres/,
    );
    expect(problemsOf({ ...VALID, SMTP_URL: 'http://x' })[0]).toMatch(/^SMTP_URL : /);
    expect(problemsOf({ ...VALID, APP_URL: 'pas une url' })[0]).toMatch(/^APP_URL : /);
  });

  it('requires REDIS_URL with the redis backend', () => {
    expect(problemsOf({ ...VALID, REDIS_URL: undefined, QUEUE_BACKEND: 'redis' })).toEqual([
      'REDIS_URL : est obligatoire quand QUEUE_BACKEND=redis',
    ]);
  });

  it('refuses the same secret for sessions and links', () => {
    expect(problemsOf({ ...VALID, LINK_SECRET: VALID.JWT_SECRET })).toEqual([
      'LINK_SECRET : doit être différent de JWT_SECRET',
    ]);
  });

  it('requires ADMIN_EMAIL and ADMIN_PASSWORD together, and valid', () => {
    expect(problemsOf({ ...VALID, ADMIN_EMAIL: 'admin@ain.fr' })).toEqual([
      'ADMIN_EMAIL, ADMIN_PASSWORD : renseignez les deux ou aucun',
    ]);
    expect(problemsOf({ ...VALID, ADMIN_EMAIL: 'pas-un-email', ADMIN_PASSWORD: 'x'.repeat(12) })).toEqual([
      'ADMIN_EMAIL : doit être une adresse e-mail valide',
    ]);
  });

  it('schedules proposal reminders after 4 days and expiry after 10 by default, both configurable', () => {
    const defaults = loadConfig(VALID);
    expect([defaults.PROPOSAL_REMINDER_DAYS, defaults.PROPOSAL_EXPIRY_DAYS]).toEqual([4, 10]);
    const custom = loadConfig({ ...VALID, PROPOSAL_REMINDER_DAYS: '2', PROPOSAL_EXPIRY_DAYS: '5' });
    expect([custom.PROPOSAL_REMINDER_DAYS, custom.PROPOSAL_EXPIRY_DAYS]).toEqual([2, 5]);
    expect(problemsOf({ ...VALID, PROPOSAL_REMINDER_DAYS: '10', PROPOSAL_EXPIRY_DAYS: '10' })).toEqual([
      'PROPOSAL_REMINDER_DAYS : doit être inférieur à PROPOSAL_EXPIRY_DAYS',
    ]);
  });

  it('formats the error message with one line per variable', () => {
    expect(() => loadConfig({})).toThrow(/Configuration invalide :\n {2}- DATABASE_URL : est obligatoire/);
  });
});
