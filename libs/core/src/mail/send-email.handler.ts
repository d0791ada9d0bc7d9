import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Clock } from '../clock/clock';
import { JobName, SendEmailJob } from '../queue/job-payloads';
import { OnJob } from '../queue/on-job.decorator';
import { TransientError, classifySmtpFailure } from '../queue/transient-error';
import { EmailMessage, EmailStatus } from './email-message.entity';
import { MailEvents } from './mail-events';
import { MailRenderer } from './mail-renderer';
import { MailSender } from './mail-sender';

type Outcome = { status: EmailStatus };

/** What the claim found: an email to send now, or nothing to do. */
type Claim = { email: EmailMessage; messageId: string } | Outcome;

/**
 * Sends one email, at least once and normally once, under one Message-ID derived from the row id.
 *
 * 1. In a short transaction the row is claimed: PENDING → SENDING (with the time and this
 *    process), unless a domain cancels it (MailEvents) or it is done already.
 * 2. The SMTP call, outside any transaction (no connection held while the server answers).
 * 3. In a second transaction the row becomes SENT, with what domains record about it.
 *
 * A permanent refusal by the server (5xx, unusable address) marks the row FAILED with the reason
 * and tells the domains (the proposal shows it); a passing failure (server or database down) puts
 * the row back to PENDING and is retried. Should the database fail at step 3, this process keeps
 * the acknowledgement in memory and records it at the next try without sending again. Only a
 * process that dies between the server's acknowledgement and step 3 leaves a SENDING row behind:
 * once the lease ends (OUTBOX_LEASE_SECONDS) it is resent, with the same Message-ID — the one
 * duplicate the platform allows, which mail clients show once.
 */
@Injectable()
export class SendEmailHandler {
  private readonly logger = new Logger(SendEmailHandler.name);
  /** This process, as written in `sending_by`. */
  private readonly processId = randomUUID();
  /** Sends under way in this process: a second run of the same job waits for the first. */
  private readonly inFlight = new Map<string, Promise<Outcome>>();
  /** Emails the server acknowledged whose SENT row is not written yet (the database failed). */
  private readonly acknowledged = new Map<string, { messageId: string; sentAt: Date }>();
  private readonly leaseMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly renderer: MailRenderer,
    private readonly sender: MailSender,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly events: MailEvents,
  ) {
    this.leaseMs = config.OUTBOX_LEASE_SECONDS * 1000;
  }

  @OnJob(JobName.SendEmail)
  async send({ emailId }: SendEmailJob): Promise<Outcome> {
    const running = this.inFlight.get(emailId);
    if (running) return running;
    const attempt = this.attempt(emailId).finally(() => this.inFlight.delete(emailId));
    this.inFlight.set(emailId, attempt);
    return attempt;
  }

  private async attempt(emailId: string): Promise<Outcome> {
    const acknowledged = this.acknowledged.get(emailId);
    if (acknowledged) {
      await this.recordSent(emailId, acknowledged.messageId, acknowledged.sentAt);
      this.acknowledged.delete(emailId);
      return { status: EmailStatus.SENT };
    }
    const claim = await this.claim(emailId);
    if (!('email' in claim)) return claim;
    const { email, messageId } = claim;
    try {
      await this.deliver(email, messageId);
    } catch (error) {
      const failure = classifySmtpFailure(error);
      if (failure.permanent) {
        await this.recordRefusal(email.id, failure.reason);
        return { status: EmailStatus.FAILED };
      }
      await this.release(email.id, error);
      throw new TransientError(`Envoi reporté : ${describeSmtpError(error)}`, { cause: error });
    }
    const sentAt = this.clock.now();
    this.acknowledged.set(email.id, { messageId, sentAt });
    await this.recordSent(email.id, messageId, sentAt);
    this.acknowledged.delete(email.id);
    this.logger.log({ event: 'mail.sent', emailId: email.id, template: email.template });
    return { status: EmailStatus.SENT };
  }

  /** PENDING → SENDING (or a SENDING row whose sender died, past its lease), in one short transaction. */
  private claim(emailId: string): Promise<Claim> {
    return this.dataSource.transaction(async (manager): Promise<Claim> => {
      const email = await manager.findOne(EmailMessage, {
        where: { id: emailId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!email) {
        this.logger.warn({ event: 'mail.missing', emailId });
        return { status: EmailStatus.FAILED };
      }
      if (email.status === EmailStatus.SENT || email.status === EmailStatus.FAILED) return { status: email.status };
      const now = this.clock.now();
      if (email.status === EmailStatus.SENDING) {
        // Ours and not in flight: its send failed before any acknowledgement (see acknowledged).
        const mine = email.sendingBy === this.processId;
        const expired = !email.sendingAt || now.getTime() - email.sendingAt.getTime() >= this.leaseMs;
        if (!mine && !expired) throw new TransientError('E-mail en cours d’envoi par un autre processus.');
        if (!mine) this.logger.warn({ event: 'mail.resend_after_crash', emailId: email.id, template: email.template });
      }
      const cancelled = await this.events.cancellation(manager, email);
      if (cancelled) {
        await manager.update(EmailMessage, email.id, {
          status: EmailStatus.FAILED,
          lastError: `Annulé : ${cancelled}`.slice(0, 500),
        });
        this.logger.log({ event: 'mail.cancelled', emailId: email.id, template: email.template });
        return { status: EmailStatus.FAILED };
      }
      await manager.update(EmailMessage, email.id, {
        status: EmailStatus.SENDING,
        sendingAt: now,
        sendingBy: this.processId,
        attempts: email.attempts + 1,
      });
      return { email, messageId: `<${email.id}@${new URL(this.config.APP_URL).hostname}>` };
    });
  }

  private async deliver(email: EmailMessage, messageId: string): Promise<void> {
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
  }

  /** SENDING → SENT, with what the domains record, atomically. */
  private recordSent(emailId: string, messageId: string, sentAt: Date): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const email = await this.locked(manager, emailId);
      if (!email || email.status === EmailStatus.SENT) return;
      const sent = { status: EmailStatus.SENT, messageId, sentAt, lastError: null };
      await manager.update(EmailMessage, email.id, sent);
      await this.events.sent(manager, Object.assign(email, sent));
    });
  }

  /** Refused for good: FAILED with the reason, and the domains told (never retried). */
  private recordRefusal(emailId: string, reason: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const email = await this.locked(manager, emailId);
      if (!email || email.status !== EmailStatus.SENDING) return;
      const failed = { status: EmailStatus.FAILED, lastError: reason.slice(0, 500), failedAt: this.clock.now() };
      await manager.update(EmailMessage, email.id, failed);
      await this.events.failed(manager, Object.assign(email, failed));
      this.logger.warn({ event: 'mail.refused', emailId: email.id, template: email.template });
    });
  }

  /** A passing failure: back to PENDING, so that the next try needs no lease to end. */
  private async release(emailId: string, error: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE email_message SET status = 'PENDING', sending_at = NULL, sending_by = NULL, last_error = $3
        WHERE id = $1 AND status = 'SENDING' AND sending_by = $2`,
      [emailId, this.processId, describeSmtpError(error).slice(0, 500)],
    );
  }

  private locked(manager: EntityManager, emailId: string): Promise<EmailMessage | null> {
    return manager.findOne(EmailMessage, { where: { id: emailId }, lock: { mode: 'pessimistic_write' } });
  }
}

/** An SMTP or network error in a few words, without the recipient's address. */
function describeSmtpError(error: unknown): string {
  const record = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const parts = [record.code, record.responseCode, record.command].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(' ') : error instanceof Error ? error.name : 'erreur inconnue';
}
