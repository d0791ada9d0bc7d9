import { Injectable } from '@nestjs/common';
import { Transaction } from '../database/unit-of-work';
import { JobName } from '../queue/job-payloads';
import { EmailAttachment, EmailCalendarEvent, EmailMessage } from './email-message.entity';
import { MailTemplate } from './mail-template';

export interface EmailRequest<TData extends object> {
  /** One email per key, ever (e.g. `proposal:<id>:reminder`). */
  idempotencyKey: string;
  template: MailTemplate<TData>;
  to: string;
  replyTo?: string | null;
  data: TData;
  attachments?: EmailAttachment[];
  calendarEvent?: EmailCalendarEvent;
}

/**
 * What domains call to send an email: it is recorded in the caller's transaction and sent by
 * the worker after commit. Returns false when an email with the same key already exists.
 */
@Injectable()
export class Mailer {
  async queue<TData extends object>(tx: Transaction, request: EmailRequest<TData>): Promise<boolean> {
    const inserted = await tx.manager
      .createQueryBuilder()
      .insert()
      .into(EmailMessage)
      .values({
        idempotencyKey: request.idempotencyKey,
        template: request.template.name,
        toAddress: request.to,
        replyTo: request.replyTo ?? null,
        data: request.data,
        attachments: request.attachments ?? [],
        calendarEvent: request.calendarEvent ?? null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = inserted.raw[0] as { id: string } | undefined;
    if (!row) return false;
    await tx.promiseJob(JobName.SendEmail, { emailId: row.id }, { dedupKey: `email:${row.id}` });
    return true;
  }
}
