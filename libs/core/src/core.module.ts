import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock, SystemClock } from './clock/clock';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { buildDataSourceOptions } from './database/data-source-options';
import { DatabaseRegistry } from './database/database-registry';
import { UnitOfWork } from './database/unit-of-work';
import { RateLimiters } from './http/rate-limit';
import { SignedLinks } from './links/signed-links';
import { MailModule } from './mail/mail.module';
import { MailTemplate } from './mail/mail-template';
import { OutboxRelayHandler } from './queue/outbox-relay.handler';
import { QueueModule } from './queue/queue.module';
import { PageRenderer } from './web/page-renderer';

export interface CoreModuleOptions {
  config: AppConfig;
  registry: DatabaseRegistry;
  /** `api`, `worker` or `cli`: names the process in database connections. */
  processName: string;
  /** Every email template of the platform (rendered by the worker, previewed by the CLI). */
  mailTemplates: MailTemplate<object>[];
  /** Replaces the system clock (tests). */
  clock?: Clock;
}

/**
 * What every process shares: validated config, logging, database, queues, mail, clock and the
 * unit of work. Imported once by each entry module; its providers are global.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    const { config, registry, processName } = options;
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(
          buildDataSourceOptions(config.DATABASE_URL, registry, { applicationName: `tremplin-${processName}` }),
        ),
        QueueModule.forRoot(config),
        MailModule.forRoot(options.mailTemplates),
      ],
      providers: [
        options.clock ? { provide: Clock, useValue: options.clock } : { provide: Clock, useClass: SystemClock },
        UnitOfWork,
        PageRenderer,
        OutboxRelayHandler,
        RateLimiters,
        SignedLinks,
      ],
      exports: [Clock, UnitOfWork, PageRenderer, RateLimiters, SignedLinks],
    };
  }
}
