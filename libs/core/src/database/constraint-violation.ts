import { QueryFailedError } from 'typeorm';

/** SQLSTATE of the violations a concurrent double submission runs into: unique and exclusion. */
const CONFLICT_CODES = new Set(['23505', '23P01']);

/**
 * The name of the unique or exclusion constraint a failed query ran into ('' when PostgreSQL named
 * none), or null when the error is something else: callers map a known name to a French conflict.
 */
export function violatedConstraint(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string } | undefined;
  if (!driverError?.code || !CONFLICT_CODES.has(driverError.code)) return null;
  return driverError.constraint ?? '';
}
