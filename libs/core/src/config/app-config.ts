import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';

export const QUEUE_BACKENDS = ['redis', 'postgres'] as const;
export type QueueBackend = (typeof QUEUE_BACKENDS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every setting of the platform, read from the environment once at boot and validated.
 * Property names are the environment variable names, so an error names the variable.
 * Secrets are listed in SECRET_SETTINGS and never logged.
 */
export class AppConfig {
  /** PostgreSQL connection string (system of record). */
  @IsString()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'doit être une URL postgres://…' })
  DATABASE_URL: string;

  /** Redis connection string; when set, queues run on Redis unless QUEUE_BACKEND says otherwise. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^rediss?:\/\/.+/, { message: 'doit être une URL redis://…' })
  REDIS_URL?: string;

  /** `redis` (default when REDIS_URL is set) or `postgres` (BullMQ's PostgreSQL backend on DATABASE_URL). */
  @IsIn(QUEUE_BACKENDS, { message: `doit valoir ${QUEUE_BACKENDS.join(' ou ')}` })
  QUEUE_BACKEND: QueueBackend;

  /** Namespace of every queue key (Redis) or schema (PostgreSQL); tests give each file its own. */
  @Matches(/^[a-z][a-z0-9_]{0,40}$/, { message: 'doit être un identifiant en minuscules (a-z, 0-9, _)' })
  QUEUE_PREFIX = 'tremplin';

  /** SMTP server, e.g. smtp://user:pass@host:587. Unset: mail is written to MAIL_DIR instead. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^smtps?:\/\/.+/, { message: 'doit être une URL smtp://… ou smtps://…' })
  SMTP_URL?: string;

  /**
   * SMTP connections a process keeps open to the relay at most (a pool: each carries several
   * emails in turn). 1 sends one email at a time; the relay's own limit per client caps it.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  SMTP_POOL_SIZE = 5;

  /** Emails sent over one pooled connection before it is replaced by a new one. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  SMTP_POOL_MAX_MESSAGES = 100;

  /** Folder where outgoing mail is written as .eml files when SMTP_URL is unset. */
  @IsString()
  MAIL_DIR = '.data/mail';

  /** Sender of every email, e.g. "Tremplin <no-reply@tremplin.ain.fr>". */
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Tremplin <no-reply@tremplin.local>';

  /** Public base URL used in links sent by email (no trailing slash). */
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'doit être une URL http(s)://…' },
  )
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\/+$/, '') : value))
  APP_URL = 'http://localhost:3000';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Secret signing staff JWTs (at least 32 characters). */
  @IsString()
  @MinLength(32, { message: 'doit contenir au moins 32 caractères' })
  JWT_SECRET: string;

  /** Lifetime of a staff session token, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS = 12 * 3600;

  /** Secret signing the links sent to beneficiaries (at least 32 characters, distinct from JWT_SECRET). */
  @IsString()
  @MinLength(32, { message: 'doit contenir au moins 32 caractères' })
  LINK_SECRET: string;

  /** First administrator, created at first start when no admin exists. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsEmail({}, { message: 'doit être une adresse e-mail valide' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MinLength(12, { message: 'doit contenir au moins 12 caractères' })
  ADMIN_PASSWORD?: string;

  @IsIn(LOG_LEVELS, { message: `doit valoir l'un de : ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  /** Login attempts allowed per client and per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 10;

  /**
   * Wrong passwords allowed on one account before each further attempt must wait (1 s, 2 s,
   * 4 s… up to LOGIN_ACCOUNT_MAX_DELAY_SECONDS), whatever address they come from. A delay, not a
   * lockout: nobody can lock a colleague out by typing wrong passwords for them.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ACCOUNT_FREE_FAILURES = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  LOGIN_ACCOUNT_MAX_DELAY_SECONDS = 60;

  /** Requests to signed beneficiary links allowed per client and per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LINK_RATE_LIMIT = 30;

  /** Days without an answer after which a mission proposal is recalled to the beneficiary (one reminder). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  PROPOSAL_REMINDER_DAYS = 4;

  /** Days after which an unanswered mission proposal expires (its links stop working). */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(90)
  PROPOSAL_EXPIRY_DAYS = 10;

  /** Maximum depth and complexity of a GraphQL operation. */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 2000;

  /**
   * Weights of the matching criteria, e.g. `projectFit=35,proximity=20` (criteria left out keep
   * their default: projectFit 35, interestFit 15, proximity 20, scheduleFit 15, fairShare 10, novelty 5).
   */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^\s*[a-zA-Z]+\s*=\s*\d+(\.\d+)?\s*(,\s*[a-zA-Z]+\s*=\s*\d+(\.\d+)?\s*)*$/, {
    message: 'doit être une liste critère=poids séparée par des virgules (par exemple projectFit=35,proximity=20)',
  })
  MATCHING_WEIGHTS?: string;

  /**
   * How long a job handed to the queue is trusted to be there before the relay checks again
   * (an email in « sending » is also presumed lost after it): longer than the longest job.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  OUTBOX_LEASE_SECONDS = 120;

  /** Every worker relays owed jobs and restores missing recurring schedules this often. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(600)
  OUTBOX_RELAY_INTERVAL_SECONDS = 10;

  /** Longest wait between two retries of a job that failed on a passing fault (database, SMTP down). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  JOB_RETRY_MAX_DELAY_SECONDS = 60;

  /** Beneficiaries per chunk of a full rescore (chunks are shared by the workers). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MATCHING_RESCORE_CHUNK_SIZE = 500;

  /**
   * Months a person's file is kept after they leave the scheme (end of follow-up); then the daily
   * retention job anonymises it (once an administrator has approved its first run). 0: at once.
   */
  @Transform(toInt)
  @IsInt({ message: 'doit être un nombre entier de mois' })
  @Min(0, { message: 'doit être un nombre de mois positif ou nul' })
  @Max(240, { message: 'doit être au plus 240 mois (20 ans)' })
  RETENTION_MONTHS_AFTER_EXIT = 24;

  /** Months a line of the sensitive-data access log is kept; older lines are deleted by the same job. */
  @Transform(toInt)
  @IsInt({ message: 'doit être un nombre entier de mois' })
  @Min(0, { message: 'doit être un nombre de mois positif ou nul' })
  @Max(240, { message: 'doit être au plus 240 mois (20 ans)' })
  ACCESS_LOG_RETENTION_MONTHS = 12;

  /**
   * Months the metadata of a sent email (recipient, kind, dates, delivery) is kept; then the row is
   * deleted, or, when the exchanges indicator (A5-Q2) counts it, kept without its content.
   */
  @Transform(toInt)
  @IsInt({ message: 'doit être un nombre entier de mois' })
  @Min(0, { message: 'doit être un nombre de mois positif ou nul' })
  @Max(240, { message: 'doit être au plus 240 mois (20 ans)' })
  EMAIL_METADATA_RETENTION_MONTHS = 24;

  /** Files anonymised per transaction by the retention job (a crash loses at most one batch of work). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  ANONYMISATION_BATCH_SIZE = 100;
}

/** Settings whose values must never be printed. */
export const SECRET_SETTINGS: ReadonlyArray<keyof AppConfig> = [
  'JWT_SECRET',
  'LINK_SECRET',
  'ADMIN_PASSWORD',
  'DATABASE_URL',
  'REDIS_URL',
  'SMTP_URL',
];
