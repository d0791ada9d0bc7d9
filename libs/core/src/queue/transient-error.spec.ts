import { QueryFailedError } from 'typeorm';
import { backoffStrategy, defaultJobOptions } from './queue-connection';
import { TransientError, cappedBackoff, classifySmtpFailure, isTransientError } from './transient-error';

describe('isTransientError', () => {
  it('takes a lost database or network for a passing fault', () => {
    expect(
      isTransientError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isTransientError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientError(new Error('timeout exceeded when trying to connect'))).toBe(true);
    const shutdown = new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating'), { code: '57P01' }));
    expect(isTransientError(shutdown)).toBe(true);
    expect(isTransientError(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]))).toBe(true);
    expect(isTransientError(new TransientError('E-mail en cours d’envoi par un autre processus.'))).toBe(true);
  });

  it('does not take a bug or a violated constraint for one', () => {
    expect(isTransientError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    const unique = new QueryFailedError('INSERT', [], Object.assign(new Error('duplicate key'), { code: '23505' }));
    expect(isTransientError(unique)).toBe(false);
    expect(isTransientError(undefined)).toBe(false);
  });
});

describe('cappedBackoff', () => {
  it('doubles from the base delay and stops at the cap, however long the outage', () => {
    expect([1, 2, 3, 4].map((n) => cappedBackoff(n, 1_000, 60_000))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(cappedBackoff(7, 1_000, 60_000)).toBe(60_000);
    expect(cappedBackoff(5_000, 1_000, 60_000)).toBe(60_000);
  });

  it('is what the queues use, with the configured cap', () => {
    const options = defaultJobOptions({ JOB_RETRY_MAX_DELAY_SECONDS: 5 })!;
    const backoff = options.backoff as { type: string };
    expect(options.attempts).toBeGreaterThan(100_000);
    expect(backoffStrategy(1, backoff.type)).toBe(1_000);
    expect(backoffStrategy(20, backoff.type)).toBe(5_000);
  });
});

describe('classifySmtpFailure', () => {
  it('takes a 5xx answer to the envelope or the message as a permanent refusal, with its reason in French', () => {
    const unknownMailbox = Object.assign(new Error('Can\u2019t send mail - all recipients were rejected'), {
      code: 'EENVELOPE',
      responseCode: 550,
      response: '550 5.1.1 Boîte inconnue',
      command: 'RCPT TO',
    });
    expect(classifySmtpFailure(unknownMailbox)).toEqual({
      permanent: true,
      reason: 'Refusé par le serveur de messagerie (550) : 550 5.1.1 Boîte inconnue',
    });
    expect(classifySmtpFailure(Object.assign(new Error('No recipients defined'), { code: 'EENVELOPE' }))).toEqual({
      permanent: true,
      reason: 'Adresse e-mail du destinataire inutilisable.',
    });
  });

  it('retries a 4xx answer, a lost connection and an authentication problem', () => {
    expect(classifySmtpFailure(Object.assign(new Error('busy'), { responseCode: 451, command: 'DATA' }))).toEqual({
      permanent: false,
    });
    expect(classifySmtpFailure(Object.assign(new Error('refused'), { code: 'ECONNECTION' }))).toEqual({
      permanent: false,
    });
    expect(classifySmtpFailure(Object.assign(new Error('auth'), { code: 'EAUTH', responseCode: 535 }))).toEqual({
      permanent: false,
    });
    expect(classifySmtpFailure(new Error('anything else'))).toEqual({ permanent: false });
  });
});
