import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, Type } from '@nestjs/common';
import { Job } from 'bullmq';
import { describeError } from '../database/database-logger';
import { JobDispatcher } from './job-dispatcher';
import { QUEUE_CONCURRENCY, QueueName } from './queue-name.enum';

const logger = new Logger('QueueProcessor');

/** One @nestjs/bullmq processor per queue, each routing its jobs through the dispatcher. */
function processorFor(queue: QueueName): Type<WorkerHost> {
  @Processor(queue, { concurrency: QUEUE_CONCURRENCY[queue] })
  class QueueProcessor extends WorkerHost {
    constructor(private readonly dispatcher: JobDispatcher) {
      super();
    }

    process(job: Job): Promise<unknown> {
      return this.dispatcher.dispatch(job);
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
