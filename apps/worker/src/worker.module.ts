import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig, Clock, CoreModule, JobDispatcher, QUEUE_PROCESSORS } from '@tremplin/core';
import { DATABASE_REGISTRY, DOMAIN_MODULES, MAIL_TEMPLATES } from '@tremplin/platform';
import { OutboxRelayLoop } from './outbox-relay-loop';
import { RecurringJobs } from './recurring-jobs';

export interface WorkerModuleOptions {
  config: AppConfig;
  clock?: Clock;
}

/** The worker process: the same domain modules as the API, plus the BullMQ processors. */
@Module({})
export class WorkerModule {
  static register({ config, clock }: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot({
          config,
          registry: DATABASE_REGISTRY,
          mailTemplates: MAIL_TEMPLATES,
          processName: 'worker',
          clock,
        }),
        DiscoveryModule,
        ...DOMAIN_MODULES,
      ],
      providers: [JobDispatcher, ...QUEUE_PROCESSORS, RecurringJobs, OutboxRelayLoop],
    };
  }
}
