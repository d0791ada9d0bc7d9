import { QueryFailedError } from 'typeorm';
import { DatabaseLogger, describeError, describeQueryFailure } from './database-logger';

describe(describeQueryFailure.name, () => {
  const query = `INSERT INTO "beneficiary"("first_name", "email")
      VALUES ($1, $2)`;

  it('keeps the SQLSTATE, the constraint and the SQL text with its placeholders', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "uq_beneficiary_email"'), {
      code: '23505',
      constraint: 'uq_beneficiary_email',
      table: 'beneficiary',
      detail: 'Key (email)=(karima.benali@example.fr) already exists.',
      parameters: ['Karima', 'karima.benali@example.fr'],
    });
    expect(describeQueryFailure(error, query)).toEqual({
      event: 'db.query_failed',
      code: '23505',
      constraint: 'uq_beneficiary_email',
      table: 'beneficiary',
      column: undefined,
      query: 'INSERT INTO "beneficiary"("first_name", "email") VALUES ($1, $2)',
    });
  });

  it('never carries the values: not the parameters, nor the message or detail that quote them', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "karima.benali@example.fr"'), {
      code: '22P02',
      detail: 'Key (email)=(karima.benali@example.fr)',
    });
    const record = JSON.stringify(describeQueryFailure(error, query));
    expect(record).not.toContain('karima');
    expect(record).not.toContain('Karima');
    expect(record).toContain('22P02');
  });

  it('shortens a long statement and copes with an error that is only a string', () => {
    const long = `SELECT ${'a, '.repeat(400)}b FROM mission`;
    const record = describeQueryFailure('connection terminated', long);
    expect(record.query).toHaveLength(501);
    expect(record.query.endsWith('…')).toBe(true);
    expect(record.code).toBeUndefined();
  });
});

describe(describeError.name, () => {
  it('logs a failed query by its SQLSTATE, constraint and SQL, without the values it quotes', () => {
    const driverError = Object.assign(new Error('invalid input syntax for type date: "née le 3 mars"'), {
      code: '22007',
      table: 'beneficiary',
    });
    const error = new QueryFailedError(
      'UPDATE beneficiary SET birth_date = $1 WHERE id = $2',
      ['née le 3 mars', 'x'],
      driverError,
    );
    const record = describeError(error);
    expect(record.database).toEqual({
      code: '22007',
      constraint: undefined,
      table: 'beneficiary',
      column: undefined,
      query: 'UPDATE beneficiary SET birth_date = $1 WHERE id = $2',
    });
    expect(String(record.error)).toMatch(/^QueryFailedError\n\s+at /);
    expect(JSON.stringify(record)).not.toContain('née le 3 mars');
  });

  it('logs any other error with its stack', () => {
    const error = new TypeError('x is undefined');
    expect(describeError(error)).toEqual({ error: error.stack });
    expect(describeError('boom')).toEqual({ error: 'boom' });
  });
});

/** Records what the logger was asked to write, by level. */
function recordingLogger() {
  const lines: Array<[string, unknown]> = [];
  const at = (level: string) => (record: unknown) => void lines.push([level, record]);
  return { lines, logger: { debug: at('debug'), log: at('log'), warn: at('warn') } };
}

describe(DatabaseLogger.name, () => {
  it('logs only the kinds enabled: failed queries, not the migration chatter', () => {
    const { lines, logger } = recordingLogger();
    const database = new DatabaseLogger(['error', 'warn'], logger);
    database.logSchemaBuild('17 migrations were found in the source code.');
    database.logMigration('Migration CreateIdentity1764300001000 has been executed successfully.');
    database.log('info', 'connected');
    expect(lines).toEqual([]);
    database.logQueryError(Object.assign(new Error('boom'), { code: '23505' }), 'INSERT INTO app_user VALUES ($1)');
    database.logQuerySlow(2_500, 'SELECT 1');
    expect(lines).toEqual([
      ['debug', expect.objectContaining({ event: 'db.query_failed', code: '23505' })],
      ['warn', { event: 'db.query_slow', ms: 2_500, query: 'SELECT 1' }],
    ]);
  });

  it('logs schema messages when asked to', () => {
    const { lines, logger } = recordingLogger();
    new DatabaseLogger(['schema'], logger).logSchemaBuild('17 migrations were found in the source code.');
    expect(lines).toEqual([['log', { event: 'db.schema', message: '17 migrations were found in the source code.' }]]);
  });
});
