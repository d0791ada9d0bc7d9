import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum EmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
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
@Check('ck_email_message_status', `status IN ('PENDING', 'SENT', 'FAILED')`)
@Index('ix_email_message_pending', ['createdAt'], { where: `status = 'PENDING'` })
export class EmailMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  idempotencyKey: string;

  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'text' })
  toAddress: string;

  @Column({ type: 'text', nullable: true })
  replyTo: string | null;

  /** Template data. It may hold personal data: the row is deleted with the person's data. */
  @Column({ type: 'jsonb' })
  data: object;

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  attachments: EmailAttachment[];

  @Column({ type: 'jsonb', nullable: true })
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
  sentAt: Date | null;
}
