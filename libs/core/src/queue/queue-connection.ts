import { FlowProducer, Queue, QueueOptions, Worker, createPostgresBackend, withBackend } from 'bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

/** Retries and cleanup, set once for every job of every queue. */
export const DEFAULT_JOB_OPTIONS: QueueOptions['defaultJobOptions'] = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: true,
  // Failed jobs stay visible on the dashboard for 30 days.
  removeOnFail: { age: 30 * 24 * 3600 },
};

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
  return { connection, prefix: config.QUEUE_PREFIX, defaultJobOptions: DEFAULT_JOB_OPTIONS } as QueueOptions;
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
