import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, type QueueBackend } from '../config/app-config';
import { JobQueue } from './job-queue';
import { Outbox } from './outbox';
import { queueClasses, queueRootOptions } from './queue-connection';
import { QueueName } from './queue-name.enum';

const QUEUE_BACKEND = Symbol('QUEUE_BACKEND');

/**
 * On BullMQ's PostgreSQL backend, a queue's first connection migrates its schema, and that
 * readiness is memoised by BullMQ: a database lost during it rejects a promise nobody awaits (an
 * unhandled ECONNRESET) and leaves the queue unusable. So the start waits for every queue to be
 * ready before the API listens or the worker takes jobs: a failure then fails the start, loudly.
 */
@Injectable()
export class QueueReadiness implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.backend !== 'postgres') return;
    await Promise.all(Object.values(QueueName).map((name) => this.jobs.queue(name).waitUntilReady()));
  }
}

/** Registers every queue (producers only). The worker adds the processors. */
@Global()
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig): DynamicModule {
    const classes = queueClasses(config);
    BullModule.queueClass = classes.Queue;
    BullModule.workerClass = classes.Worker;
    BullModule.flowProducerClass = classes.FlowProducer;
    return {
      module: QueueModule,
      imports: [
        BullModule.forRoot(queueRootOptions(config)),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      providers: [JobQueue, Outbox, QueueReadiness, { provide: QUEUE_BACKEND, useValue: config.QUEUE_BACKEND }],
      exports: [BullModule, JobQueue, Outbox],
    };
  }
}
