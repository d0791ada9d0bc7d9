import { FlowProducer, Queue, QueueOptions, Worker, createPostgresBackend, withBackend } from 'bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { cappedBackoff } from './transient-error';

/**
 * Attempts of a job whose failures are passing faults (database or SMTP down): in effect, as many
 * as the outage needs. An unexpected error gets PLAIN_ATTEMPTS (see the queue processors), and a
 * permanent one none more.
 */
export const TRANSIENT_ATTEMPTS = 1_000_000;
export const PLAIN_ATTEMPTS = 6;
export const RETRY_BASE_DELAY_MS = 1_000;

/** The capped exponential backoff, its cap carried in its name (`capped-exponential:<max ms>`). */
export const CAPPED_BACKOFF = 'capped-exponential';

/** Retries and cleanup, set once for every job of every queue. */
export function defaultJobOptions(
  config: Pick<AppConfig, 'JOB_RETRY_MAX_DELAY_SECONDS'>,
): QueueOptions['defaultJobOptions'] {
  return {
    attempts: TRANSIENT_ATTEMPTS,
    backoff: { type: `${CAPPED_BACKOFF}:${config.JOB_RETRY_MAX_DELAY_SECONDS * 1000}`, delay: RETRY_BASE_DELAY_MS },
    removeOnComplete: true,
    // Failed jobs stay visible on the dashboard for 30 days.
    removeOnFail: { age: 30 * 24 * 3600 },
  };
}

/** BullMQ's custom backoff strategy (worker setting) reading the cap from the backoff's name. */
export function backoffStrategy(attemptsMade: number, type?: string): number {
  const [name, max] = (type ?? '').split(':');
  const maxDelayMs = name === CAPPED_BACKOFF && Number(max) > 0 ? Number(max) : 60_000;
  return cappedBackoff(attemptsMade, RETRY_BASE_DELAY_MS, maxDelayMs);
}

/** ioredis options from a redis:// URL. BullMQ workers need `maxRetriesPerRequest: null`. */
export function redisOptionsFromUrl(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/**
 * Connection and defaults of every queue, for the configured backend. With
 * QUEUE_BACKEND=postgres, BullMQ runs on its own schema of DATABASE_URL (migrated on first
 * connect) and Redis is not needed at all.
 */
export function queueRootOptions(config: AppConfig): QueueOptions {
  const connection =
    config.QUEUE_BACKEND === 'postgres'
      ? { connectionString: config.DATABASE_URL, schema: 'bullmq', migrate: true, max: 2 }
      : redisOptionsFromUrl(config.REDIS_URL as string);
  return { connection, prefix: config.QUEUE_PREFIX, defaultJobOptions: defaultJobOptions(config) } as QueueOptions;
}

/**
 * The BullMQ classes bound to the configured backend. They are handed to @nestjs/bullmq
 * explicitly (rather than through BullMQ's process-wide default) because the CommonJS build
 * and @nestjs/bullmq's ES module may load two copies of bullmq.
 */
type QueueClasses = { Queue: typeof Queue; Worker: typeof Worker; FlowProducer: typeof FlowProducer };

export function queueClasses(config: AppConfig): QueueClasses {
  const classes =
    config.QUEUE_BACKEND === 'postgres'
      ? (withBackend(createPostgresBackend) as unknown as QueueClasses)
      : { Queue, Worker, FlowProducer };
  return { ...classes, Queue: withErrorLog(classes.Queue) };
}

const logger = new Logger('Queue');

/**
 * Queues report connection errors as events, printed to the console when nobody listens:
 * they go to the structured log instead, from the moment the queue exists.
 */
function withErrorLog(QueueClass: typeof Queue): typeof Queue {
  class LoggedQueue extends QueueClass {
    constructor(...args: ConstructorParameters<typeof Queue>) {
      super(...args);
      this.on('error', (error: Error) => logger.warn({ event: 'queue.error', queue: this.name, error: error.message }));
    }
  }
  return LoggedQueue;
}
