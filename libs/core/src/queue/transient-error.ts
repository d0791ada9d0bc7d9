/**
 * A fault that passes (the database or the mail server unreachable, a row busy elsewhere): the
 * job is retried, with a capped backoff, for as long as it lasts — it never ends in `failed`.
 */
export class TransientError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientError';
  }
}

/** Network-level error codes of Node sockets and DNS. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATE classes of PostgreSQL that say « try again »: 08 connection exception, 40 rollback
 * (serialization failure, deadlock), 53 insufficient resources, 57P0x shutdown / cannot connect now.
 */
const TRANSIENT_SQLSTATE = /^(08|40|53|57P0)/;

/** Messages of node-postgres and TypeORM when the connection is gone or cannot be had. */
const CONNECTION_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Connection is closed|terminating connection|Client has encountered a connection error|Cannot use a pool after calling end|socket hang up|read ECONNRESET/i;

/** True for errors that retrying later may cure: TransientError, and a lost database or network. */
export function isTransientError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof TransientError) return true;
    const record = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    const code = typeof record.code === 'string' ? record.code : '';
    if (NETWORK_CODES.has(code) || TRANSIENT_SQLSTATE.test(code)) return true;
    if (typeof record.message === 'string' && CONNECTION_MESSAGES.test(record.message)) return true;
    if (current instanceof AggregateError && current.errors.some((inner) => isTransientError(inner))) return true;
    current = record.driverError ?? record.cause;
  }
  return false;
}

/** Wait before retry number `attemptsMade` of a job: 1 s, 2 s, 4 s… capped at `maxDelayMs`. */
export function cappedBackoff(attemptsMade: number, baseDelayMs: number, maxDelayMs: number): number {
  const exponent = Math.max(0, Math.min(attemptsMade - 1, 30));
  return Math.min(baseDelayMs * 2 ** exponent, maxDelayMs);
}

/** What an SMTP failure means for the email: refused for good (with why, in French), or to retry. */
export type SmtpFailure = { permanent: true; reason: string } | { permanent: false };

/**
 * Reads a nodemailer error. A 5xx answer to the envelope or the message (unknown mailbox, message
 * rejected) or an address nodemailer cannot use is permanent; a 4xx answer, a connection or
 * authentication problem (the server's or our configuration's, not the email's) is passing.
 */
export function classifySmtpFailure(error: unknown): SmtpFailure {
  const record = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    responseCode?: unknown;
    response?: unknown;
    command?: unknown;
  };
  const code = typeof record.code === 'string' ? record.code : '';
  const responseCode = typeof record.responseCode === 'number' ? record.responseCode : null;
  const response = typeof record.response === 'string' ? record.response.replace(/\s+/g, ' ').slice(0, 200) : '';
  if (code === 'EAUTH' || code === 'ECONNECTION' || code === 'ETIMEDOUT' || code === 'ESOCKET' || code === 'EDNS') {
    return { permanent: false };
  }
  if (responseCode !== null && responseCode >= 500 && responseCode < 600) {
    return { permanent: true, reason: `Refusé par le serveur de messagerie (${responseCode}) : ${response}`.trim() };
  }
  if (responseCode === null && code === 'EENVELOPE') {
    return { permanent: true, reason: 'Adresse e-mail du destinataire inutilisable.' };
  }
  return { permanent: false };
}
