import { DynamicModule, Global, Module } from '@nestjs/common';
import { MailRenderer } from './mail-renderer';
import { MailSender } from './mail-sender';
import { MailTemplate } from './mail-template';
import { MailEvents } from './mail-events';
import { Mailer } from './mailer';
import { SendEmailHandler } from './send-email.handler';

/** Email: the templates, the transactional Mailer, the SMTP sender and its job. */
@Global()
@Module({})
export class MailModule {
  static forRoot(templates: MailTemplate<object>[]): DynamicModule {
    return {
      module: MailModule,
      providers: [
        { provide: MailRenderer, useFactory: () => new MailRenderer(templates) },
        MailSender,
        Mailer,
        MailEvents,
        SendEmailHandler,
      ],
      exports: [MailRenderer, MailSender, Mailer, MailEvents],
    };
  }
}
