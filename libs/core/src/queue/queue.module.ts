import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JobQueue } from './job-queue';
import { Outbox } from './outbox';
import { queueClasses, queueRootOptions } from './queue-connection';
import { QueueName } from './queue-name.enum';

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
      providers: [JobQueue, Outbox],
      exports: [BullModule, JobQueue, Outbox],
    };
  }
}
