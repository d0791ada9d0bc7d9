import { QueryFailedError } from 'typeorm';

/** The name of the unique or exclusion constraint a failed query ran into, or null. */
export function violatedConstraint(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string } | undefined;
  if (driverError?.code !== '23505' && driverError?.code !== '23P01') return null;
  return driverError.constraint ?? null;
}
