import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ReminderKind } from './domain/reminders';

/**
 * A reminder sent for an interview at a given start time: the primary key makes each reminder
 * happen once; a move gives new keys (new start time), so the reminders follow the interview.
 */
@Entity('interview_reminder')
export class InterviewReminder {
  @PrimaryColumn({ type: 'uuid' })
  interviewId: string;

  @PrimaryColumn({ type: 'text' })
  kind: ReminderKind;

  @PrimaryColumn({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  sentAt: Date;
}
