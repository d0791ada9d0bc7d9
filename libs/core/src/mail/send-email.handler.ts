import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Clock } from '../clock/clock';
import { JobName, SendEmailJob } from '../queue/job-payloads';
import { OnJob } from '../queue/on-job.decorator';
import { EmailMessage, EmailStatus } from './email-message.entity';
import { MailEvents } from './mail-events';
import { MailRenderer } from './mail-renderer';
import { MailSender } from './mail-sender';

/**
 * Sends one email at most once. The row is locked for the whole send, so two runs of the job
 * (a retry, a relay) serialise and the second finds it SENT. The Message-ID is derived from
 * the row id, so should the process die between the server's acceptance and the commit, the
 * resent copy carries the same Message-ID and mail clients show it once. Domains may cancel an
 * email that no longer makes sense, or record that theirs went, in the same transaction (MailEvents).
 */
@Injectable()
export class SendEmailHandler {
  private readonly logger = new Logger(SendEmailHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly renderer: MailRenderer,
    private readonly sender: MailSender,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly events: MailEvents,
  ) {}

  @OnJob(JobName.SendEmail)
  async send({ emailId }: SendEmailJob): Promise<{ status: EmailStatus }> {
    try {
      return await this.sendLocked(emailId);
    } catch (error) {
      // Recorded for the dashboard, then rethrown so that BullMQ retries with backoff.
      await this.dataSource
        .getRepository(EmailMessage)
        .update(emailId, { attempts: () => 'attempts + 1', lastError: String(error).slice(0, 500) });
      throw error;
    }
  }

  private sendLocked(emailId: string): Promise<{ status: EmailStatus }> {
    return this.dataSource.transaction(async (manager) => {
      const email = await manager.findOne(EmailMessage, {
        where: { id: emailId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!email) {
        this.logger.warn({ event: 'mail.missing', emailId });
        return { status: EmailStatus.FAILED };
      }
      if (email.status !== EmailStatus.PENDING) return { status: email.status };
      const cancelled = await this.events.cancellation(manager, email);
      if (cancelled) {
        await manager.update(EmailMessage, email.id, {
          status: EmailStatus.FAILED,
          lastError: `Annulé : ${cancelled}`.slice(0, 500),
        });
        this.logger.log({ event: 'mail.cancelled', emailId: email.id, template: email.template });
        return { status: EmailStatus.FAILED };
      }

      const messageId = `<${email.id}@${new URL(this.config.APP_URL).hostname}>`;
      const rendered = await this.renderer.render(email.template, email.data);
      await this.sender.send({
        to: email.toAddress,
        replyTo: email.replyTo ?? undefined,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        messageId,
        attachments: email.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
          encoding: a.encoding,
        })),
        icalEvent: email.calendarEvent
          ? {
              method: email.calendarEvent.method,
              filename: email.calendarEvent.filename,
              content: email.calendarEvent.content,
            }
          : undefined,
      });
      const sent = { status: EmailStatus.SENT, messageId, sentAt: this.clock.now(), attempts: email.attempts + 1 };
      await manager.update(EmailMessage, email.id, { ...sent, lastError: null });
      await this.events.sent(manager, Object.assign(email, sent, { lastError: null }));
      this.logger.log({ event: 'mail.sent', emailId: email.id, template: email.template });
      return { status: EmailStatus.SENT };
    });
  }
}
