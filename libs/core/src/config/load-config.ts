import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import { describeFieldErrors, toFieldErrors } from '../errors/validation-messages';
import { AppConfig } from './app-config';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The environment variable names the platform reads: every validated property of AppConfig. */
export const CONFIG_KEYS: ReadonlySet<string> = new Set(
  getMetadataStorage()
    .getTargetValidationMetadatas(AppConfig, '', true, false)
    .map((m) => m.propertyName),
);

/**
 * Reads and validates the configuration from an environment object.
 * Throws a ConfigError naming every bad variable; never returns a half-valid config.
 */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of CONFIG_KEYS) {
    const value = env[key];
    if (value !== undefined) raw[key] = value;
  }
  if (!raw.QUEUE_BACKEND) raw.QUEUE_BACKEND = raw.REDIS_URL ? 'redis' : 'postgres';

  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = toFieldErrors(validateSync(config)).map((f) => describeFieldErrors([f]));
  if (config.QUEUE_BACKEND === 'redis' && !config.REDIS_URL) {
    problems.push('REDIS_URL : est obligatoire quand QUEUE_BACKEND=redis');
  }
  if (config.JWT_SECRET && config.JWT_SECRET === config.LINK_SECRET) {
    problems.push('LINK_SECRET : doit être différent de JWT_SECRET');
  }
  if (Boolean(config.ADMIN_EMAIL) !== Boolean(config.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL, ADMIN_PASSWORD : renseignez les deux ou aucun');
  }
  if (config.PROPOSAL_REMINDER_DAYS >= config.PROPOSAL_EXPIRY_DAYS) {
    problems.push('PROPOSAL_REMINDER_DAYS : doit être inférieur à PROPOSAL_EXPIRY_DAYS');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
