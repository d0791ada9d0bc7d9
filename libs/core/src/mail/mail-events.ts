import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEvents } from '../events/domain-events';
import type { EmailMessage } from './email-message.entity';

/**
 * What a domain may do around the sending of one of its emails, inside the send job's transaction
 * (the email row is locked): cancel an email that no longer makes sense (a reminder for a proposal
 * answered meanwhile), record that it went (a proposal becomes SENT with its Message-ID, atomically
 * with the email row). Listeners look at `email.idempotencyKey` or `email.template` to pick theirs.
 */
export interface MailListener {
  /**
   * Return false, or the reason as a string, to cancel the email: it is marked FAILED with the
   * reason and never sent. Anything else lets it go.
   */
  emailDue?(manager: EntityManager, email: EmailMessage): Promise<boolean | string | void>;
  emailSent?(manager: EntityManager, email: EmailMessage): Promise<void>;
  /** The mail server refused the email for good (`email.lastError` says why): it will not be retried. */
  emailFailed?(manager: EntityManager, email: EmailMessage): Promise<void>;
}

/** Listeners subscribe at module init (`mailEvents.subscribe(this)`). */
@Injectable()
export class MailEvents extends DomainEvents<MailListener> {
  /** Null when every listener lets the email go, otherwise the reason it is cancelled. */
  async cancellation(manager: EntityManager, email: EmailMessage): Promise<string | null> {
    const verdict = await this.firstAnswer(
      'emailDue',
      (answer) => answer === false || typeof answer === 'string',
      manager,
      email,
    );
    if (verdict === false) return 'cancelled';
    return typeof verdict === 'string' ? verdict : null;
  }

  async sent(manager: EntityManager, email: EmailMessage): Promise<void> {
    await this.notify('emailSent', manager, email);
  }

  async failed(manager: EntityManager, email: EmailMessage): Promise<void> {
    await this.notify('emailFailed', manager, email);
  }
}
