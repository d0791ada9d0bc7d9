import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, Type } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { describeError } from '../database/database-logger';
import { JobDispatcher } from './job-dispatcher';
import { Outbox } from './outbox';
import { PLAIN_ATTEMPTS, backoffStrategy } from './queue-connection';
import { QUEUE_CONCURRENCY, QueueName } from './queue-name.enum';
import { isTransientError } from './transient-error';

const logger = new Logger('QueueProcessor');

/**
 * One @nestjs/bullmq processor per queue, each routing its jobs through the dispatcher. A job
 * that ends marks its outbox row done. A passing fault (database or SMTP down) is retried with a
 * capped backoff for as long as it lasts; an unexpected error gets PLAIN_ATTEMPTS; a permanent
 * one (or the last unexpected one) is recorded on the outbox row, which then is no longer owed.
 */
function processorFor(queue: QueueName): Type<WorkerHost> {
  @Processor(queue, { concurrency: QUEUE_CONCURRENCY[queue], settings: { backoffStrategy } })
  class QueueProcessor extends WorkerHost {
    constructor(
      private readonly dispatcher: JobDispatcher,
      private readonly outbox: Outbox,
    ) {
      super();
    }

    async process(job: Job): Promise<unknown> {
      let result: unknown;
      try {
        result = await this.dispatcher.dispatch(job);
      } catch (error) {
        throw await this.failure(job, error);
      }
      // Should this fail (database gone at that instant), the job runs again and finds its work done.
      await this.outbox.markDone(job.id);
      return result;
    }

    /** What to throw to BullMQ for this failure, once it is recorded. */
    private async failure(job: Job, error: unknown): Promise<unknown> {
      const reason = error instanceof Error ? error.message : String(error);
      if (isTransientError(error)) {
        await this.outbox
          .noteError(job.id, reason)
          .catch((noteError: unknown) =>
            logger.warn({ event: 'job.note_failed', queue, jobId: job.id, ...describeError(noteError) }),
          );
        return error;
      }
      const last = error instanceof UnrecoverableError || job.attemptsMade + 1 >= PLAIN_ATTEMPTS;
      if (!last) return error;
      // Given up: recorded first (a database failure here is itself passing, and retried).
      await this.outbox.markFailed(job.id, reason);
      return error instanceof UnrecoverableError ? error : new UnrecoverableError(reason);
    }

    @OnWorkerEvent('failed')
    onFailed(job: Job | undefined, error: Error): void {
      logger.warn({
        event: 'job.failed',
        queue,
        job: job?.name,
        jobId: job?.id,
        attempts: job?.attemptsMade,
        ...describeError(error),
      });
    }

    @OnWorkerEvent('error')
    onError(error: Error): void {
      logger.warn({ event: 'worker.error', queue, error: error.message });
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue}QueueProcessor` });
  return QueueProcessor;
}

export const QUEUE_PROCESSORS: Type<WorkerHost>[] = Object.values(QueueName).map(processorFor);
