import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Clock, JobName, MailEvents, OnJob, UnitOfWork } from '@tremplin/core';
import type { EmailMessage, MailListener } from '@tremplin/core';
import { Between, EntityManager, Repository } from 'typeorm';
import { InterviewStatus } from './domain/interview-status';
import { ReminderKind, dueReminder, reminderWindowEnd } from './domain/reminders';
import { InterviewNotifier } from './interview-notifier';
import { InterviewReminder } from './interview-reminder.entity';
import { Interview } from './interview.entity';

export interface ReminderSweepOutcome {
  /** Reminders recorded (each to every participant). */
  sent: number;
  emails: number;
}

/** `interview:<id>:reminder:<kind>:<start time in ms>:<participant>` */
const REMINDER_KEY = /^interview:([0-9a-f-]{36}):reminder:(H48|H2):(\d+):/;

/**
 * Every minute, the reminders that are due: 48 h, then 2 h before each scheduled interview. The
 * sweep reads the interviews themselves, so a move brings new reminders (keyed on the new start
 * time), a cancellation none; the reminder row's primary key makes each one happen once even
 * when two sweeps overlap. A reminder still queued when the interview moves or is cancelled is
 * dropped at send time.
 */
@Injectable()
export class InterviewRemindersHandler implements OnModuleInit, MailListener {
  private readonly logger = new Logger(InterviewRemindersHandler.name);

  constructor(
    @InjectRepository(Interview) private readonly interviews: Repository<Interview>,
    private readonly notifier: InterviewNotifier,
    private readonly unitOfWork: UnitOfWork,
    private readonly mailEvents: MailEvents,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.mailEvents.subscribe(this);
  }

  @OnJob(JobName.SendInterviewReminders)
  async sweep(): Promise<ReminderSweepOutcome> {
    const now = this.clock.now();
    const upcoming = await this.interviews.find({
      select: { id: true, startsAt: true, scheduledAt: true },
      where: { status: InterviewStatus.SCHEDULED, startsAt: Between(now, reminderWindowEnd(now)) },
      order: { startsAt: 'ASC' },
    });
    const outcome: ReminderSweepOutcome = { sent: 0, emails: 0 };
    for (const candidate of upcoming) {
      const kind = dueReminder(candidate.startsAt, candidate.scheduledAt, now);
      if (!kind) continue;
      const emails = await this.remind(candidate.id, kind, now);
      if (emails !== null) {
        outcome.sent++;
        outcome.emails += emails;
      }
    }
    if (outcome.sent > 0) this.logger.log({ event: 'interview.reminders_sent', ...outcome });
    return outcome;
  }

  /** Records the reminder and queues its emails in one transaction; null when it was already sent or no longer due. */
  private remind(interviewId: string, kind: ReminderKind, now: Date): Promise<number | null> {
    return this.unitOfWork.run(async (tx) => {
      const interview = await tx.manager.findOne(Interview, {
        where: { id: interviewId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!interview || interview.status !== InterviewStatus.SCHEDULED) return null;
      if (dueReminder(interview.startsAt, interview.scheduledAt, now) !== kind) return null;
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(InterviewReminder)
        .values({ interviewId, kind, startsAt: interview.startsAt, sentAt: now })
        .orIgnore()
        .returning('*')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return null;
      return this.notifier.remind(tx, interview, kind);
    });
  }

  /** A reminder for a date the interview no longer has (moved, cancelled) is not sent. */
  async emailDue(manager: EntityManager, email: EmailMessage): Promise<boolean | string | void> {
    const match = REMINDER_KEY.exec(email.idempotencyKey);
    if (!match) return;
    const interview = await manager.findOneBy(Interview, { id: match[1] });
    if (!interview || interview.status !== InterviewStatus.SCHEDULED) return 'entretien annulé ou terminé';
    if (interview.startsAt.getTime() !== Number(match[3])) return 'entretien déplacé';
    if (interview.startsAt.getTime() <= this.clock.now().getTime()) return 'entretien déjà commencé';
  }
}
