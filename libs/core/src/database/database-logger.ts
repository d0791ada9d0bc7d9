import { Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { LogLevel as TypeOrmLogLevel, Logger as TypeOrmLogger } from 'typeorm';

/** The longest SQL text kept in a log record. */
const QUERY_LOG_LIMIT = 500;

export interface QueryFailureRecord {
  event: 'db.query_failed';
  /** PostgreSQL's SQLSTATE (23505 unique violation, 23P01 exclusion violation…). */
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** The statement with its placeholders ($1, $2…), never the values bound to them. */
  query: string;
}

/**
 * What a failed query leaves in the log: the SQLSTATE, the constraint, and the SQL text —
 * never the parameters nor PostgreSQL's message and detail, which quote the values (names,
 * emails, notes on health).
 */
export function describeQueryFailure(error: unknown, query: string): QueryFailureRecord {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof failure[key] === 'string' ? (failure[key] as string) : undefined);
  const sql = query.replace(/\s+/g, ' ').trim();
  return {
    event: 'db.query_failed',
    code: text('code'),
    constraint: text('constraint'),
    table: text('table'),
    column: text('column'),
    query: sql.length > QUERY_LOG_LIMIT ? `${sql.slice(0, QUERY_LOG_LIMIT)}…` : sql,
  };
}

/**
 * An unexpected error for the log: its stack, but for a failed query only the frames, with the
 * SQLSTATE, constraint and SQL beside them (its message may quote the values).
 */
export function describeError(error: unknown): { error: string; database?: Omit<QueryFailureRecord, 'event'> } {
  if (error instanceof QueryFailedError) {
    const { event: _event, ...database } = describeQueryFailure(error.driverError, error.query);
    const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
    return { database, error: ['QueryFailedError', ...frames].join('\n') };
  }
  return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/**
 * TypeORM's messages in the structured log instead of the console, for the kinds enabled (TypeORM
 * calls a custom logger whatever its `logging` option says). A failed query is logged at debug
 * level: the caller either turns it into a coded error (a constraint backing a business rule:
 * double booking, a duplicate) or lets it fail the request, which the error filter logs.
 */
export class DatabaseLogger implements TypeOrmLogger {
  constructor(
    private readonly enabled: readonly TypeOrmLogLevel[],
    private readonly logger: Pick<Logger, 'debug' | 'log' | 'warn'> = new Logger('Database'),
  ) {}

  logQuery(): void {
    // Queries are not logged one by one (volume, and their parameters are personal data).
  }

  logQueryError(error: string | Error, query: string): void {
    if (!this.enabled.includes('error')) return;
    this.logger.debug(describeQueryFailure(error, query));
  }

  logQuerySlow(time: number, query: string): void {
    if (!this.enabled.includes('warn')) return;
    const { query: sql } = describeQueryFailure(null, query);
    this.logger.warn({ event: 'db.query_slow', ms: time, query: sql });
  }

  logSchemaBuild(message: string): void {
    if (!this.enabled.includes('schema')) return;
    this.logger.log({ event: 'db.schema', message });
  }

  logMigration(message: string): void {
    if (!this.enabled.includes('migration')) return;
    this.logger.log({ event: 'db.migration', message });
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (!this.enabled.includes(level)) return;
    const record = { event: 'db.message', message: String(message) };
    if (level === 'warn') this.logger.warn(record);
    else this.logger.log(record);
  }
}
