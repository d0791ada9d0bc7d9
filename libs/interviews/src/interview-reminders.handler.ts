import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Logbook, LogbookEntryType } from '@tremplin/beneficiaries';
import { Clock, JobName, MailEvents, OnJob, UnitOfWork } from '@tremplin/core';
import type { EmailMessage, InterviewReminderJob, MailListener, Transaction } from '@tremplin/core';
import { EntityManager } from 'typeorm';
import { InterviewStatus } from './domain/interview-status';
import { formatPeriodFr } from './domain/paris-time';
import { REMINDER_LEADS_FR, ReminderKind, plannedReminders, reminderDropReason, reminderKey } from './domain/reminders';
import { InterviewEvents } from './interview-events';
import type { InterviewListener } from './interview-events';
import { InterviewNotifier } from './interview-notifier';
import { InterviewReminder } from './interview-reminder.entity';
import { Interview } from './interview.entity';

export type ReminderOutcome = 'sent' | 'already-sent' | { dropped: string };

/** `interview:<id>:reminder:<kind>:<start time in ms>:<participant>` (see reminderKey). */
const REMINDER_EMAIL_KEY = /^interview:([0-9a-f-]{36}):reminder:(H48|H2):(\d+):/;

/**
 * The reminders 48 h and 2 h before each interview, as delayed jobs promised in the transaction
 * that books the interview; moving it takes them back and promises new ones, cancelling takes
 * them back. A job that could not be taken back (already running) finds at run time that its
 * interview moved or was cancelled and sends nothing; the reminder row's primary key makes each
 * reminder happen once even when its job runs twice. Each reminder sent lands in the carnet de bord.
 */
@Injectable()
export class InterviewRemindersHandler implements OnModuleInit, InterviewListener, MailListener {
  private readonly logger = new Logger(InterviewRemindersHandler.name);

  constructor(
    private readonly interviewEvents: InterviewEvents,
    private readonly notifier: InterviewNotifier,
    private readonly logbook: Logbook,
    private readonly unitOfWork: UnitOfWork,
    private readonly mailEvents: MailEvents,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.interviewEvents.subscribe(this);
    this.mailEvents.subscribe(this);
  }

  async interviewScheduled(tx: Transaction, interview: Interview): Promise<void> {
    await this.plan(tx, interview);
  }

  async interviewRescheduled(tx: Transaction, interview: Interview, previous: { startsAt: Date }): Promise<void> {
    await this.takeBack(tx, interview.id, previous.startsAt);
    await this.plan(tx, interview);
  }

  async interviewCancelled(tx: Transaction, interview: Interview): Promise<void> {
    await this.takeBack(tx, interview.id, interview.startsAt);
  }

  @OnJob(JobName.SendInterviewReminder)
  async remind({ interviewId, kind, startsAtMs }: InterviewReminderJob): Promise<ReminderOutcome> {
    const reminderKind = kind as ReminderKind;
    const plannedStartsAt = new Date(startsAtMs);
    const outcome = await this.unitOfWork.run(async (tx): Promise<ReminderOutcome> => {
      const interview = await tx.manager.findOne(Interview, {
        where: { id: interviewId },
        lock: { mode: 'pessimistic_read' },
      });
      const dropped = reminderDropReason(reminderKind, plannedStartsAt, interview && asPlanned(interview), this.now());
      if (dropped) return { dropped };
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(InterviewReminder)
        .values({ interviewId, kind: reminderKind, startsAt: plannedStartsAt, sentAt: this.now() })
        .orIgnore()
        .returning('*')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return 'already-sent';
      const emails = await this.notifier.remind(tx, interview!, reminderKind);
      await this.logbook.append(tx, {
        beneficiaryId: interview!.beneficiaryId,
        type: LogbookEntryType.INTERVIEW_REMINDED,
        authorId: null,
        summary: `Rappel de l’entretien tripartite du ${formatPeriodFr(interview!.startsAt, interview!.endsAt)} envoyé ${REMINDER_LEADS_FR[reminderKind]} (${emails} destinataire${emails > 1 ? 's' : ''}).`,
        occurredAt: this.now(),
        referenceId: interviewId,
      });
      return 'sent';
    });
    this.logger.log({ event: 'interview.reminder', interviewId, kind, outcome });
    return outcome;
  }

  /** A reminder email for a date the interview no longer has (moved, cancelled) is not sent. */
  async emailDue(manager: EntityManager, email: EmailMessage): Promise<boolean | string | void> {
    const match = REMINDER_EMAIL_KEY.exec(email.idempotencyKey);
    if (!match) return;
    const interview = await manager.findOneBy(Interview, { id: match[1] });
    const dropped = reminderDropReason(
      match[2] as ReminderKind,
      new Date(Number(match[3])),
      interview && asPlanned(interview),
      this.now(),
    );
    return dropped ?? undefined;
  }

  private async plan(tx: Transaction, interview: Interview): Promise<void> {
    for (const { kind, at } of plannedReminders(interview.startsAt, interview.scheduledAt)) {
      await tx.promiseJob(
        JobName.SendInterviewReminder,
        { interviewId: interview.id, kind, startsAtMs: interview.startsAt.getTime() },
        { dedupKey: reminderKey(interview.id, kind, interview.startsAt), runAt: at },
      );
    }
  }

  private async takeBack(tx: Transaction, interviewId: string, startsAt: Date): Promise<void> {
    await tx.withdrawJobs([ReminderKind.H48, ReminderKind.H2].map((kind) => reminderKey(interviewId, kind, startsAt)));
  }

  private now(): Date {
    return this.clock.now();
  }
}

function asPlanned(interview: Interview): { scheduled: boolean; startsAt: Date } {
  return { scheduled: interview.status === InterviewStatus.SCHEDULED, startsAt: interview.startsAt };
}
