import { PersonalData, PersonalDataCategory } from '../privacy/personal-data';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum EmailStatus {
  PENDING = 'PENDING',
  /** Handed to SMTP (written before the call): after a crash, resent under the same Message-ID. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Cancelled (no longer makes sense) or refused for good by the mail server (see lastError, failedAt). */
  FAILED = 'FAILED',
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** UTF-8 text content (calendars, CSV) or base64 when `encoding` is `base64`. */
  content: string;
  encoding?: 'base64';
}

/** An iCalendar part sent as the email's text/calendar alternative (invitations, cancellations). */
export interface EmailCalendarEvent {
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  filename: string;
  content: string;
}

/**
 * One email the platform promised to send. The idempotency key (e.g. `proposal:<id>:new`)
 * makes a second request for the same email a no-op; the status, under a row lock, makes a
 * second run of the send job a no-op.
 */
@Entity('email_message')
@Unique('uq_email_message_idempotency_key', ['idempotencyKey'])
@Check('ck_email_message_status', `status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')`)
@Index('ix_email_message_pending', ['createdAt'], { where: `status IN ('PENDING', 'SENDING')` })
export class EmailMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  idempotencyKey: string;

  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.MESSAGES)
  template: string;

  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.CONTACT)
  toAddress: string;

  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.CONTACT)
  replyTo: string | null;

  /** Template data. It may hold personal data: the row is deleted with the person's data. */
  @Column({ type: 'jsonb' })
  @PersonalData(PersonalDataCategory.MESSAGES)
  data: object;

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  @PersonalData(PersonalDataCategory.MESSAGES)
  attachments: EmailAttachment[];

  @Column({ type: 'jsonb', nullable: true })
  @PersonalData(PersonalDataCategory.MESSAGES)
  calendarEvent: EmailCalendarEvent | null;

  @Column({ type: 'text', default: EmailStatus.PENDING })
  status: EmailStatus;

  /** Message-ID header: stable per email, so that a resend after a crash is recognisable. */
  @Column({ type: 'text', nullable: true })
  messageId: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  @PersonalData(PersonalDataCategory.MESSAGES)
  sentAt: Date | null;

  /** When the SMTP call began (status SENDING), and which process made it. */
  @Column({ type: 'timestamptz', nullable: true })
  sendingAt: Date | null;

  @Column({ type: 'text', nullable: true })
  sendingBy: string | null;

  /** When the mail server refused the email for good (the reason is in lastError). */
  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
