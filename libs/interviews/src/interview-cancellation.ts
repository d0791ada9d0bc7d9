import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Logbook, LogbookEntryType } from '@tremplin/beneficiaries';
import { AppException, Clock, UnitOfWork } from '@tremplin/core';
import type { AuthUser, Transaction } from '@tremplin/core';
import { MoreThan, Repository } from 'typeorm';
import { cancelledSummary } from './domain/interview-logbook';
import { InterviewStatus, changeRefusal } from './domain/interview-status';
import { CancelInterviewInput } from './dto/interview.input';
import { InterviewEvents } from './interview-events';
import { InterviewNotifier } from './interview-notifier';
import { InterviewScopes } from './interview-scope';
import { Interview } from './interview.entity';

/** Cancelling an interview: by staff, or because its proposal no longer holds. */
@Injectable()
export class InterviewCancellation {
  private readonly logger = new Logger(InterviewCancellation.name);

  constructor(
    @InjectRepository(Interview) private readonly interviews: Repository<Interview>,
    private readonly scopes: InterviewScopes,
    private readonly notifier: InterviewNotifier,
    private readonly events: InterviewEvents,
    private readonly logbook: Logbook,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async cancel(viewer: AuthUser, input: CancelInterviewInput): Promise<Interview> {
    const id = await this.unitOfWork.run(async (tx) => {
      const interview = await this.scopes.lockManageable(tx, viewer, input.interviewId);
      await this.cancelLocked(tx, interview, input.reason, viewer.id);
      return interview.id;
    });
    this.logger.log({ event: 'interview.cancelled', interviewId: id });
    return this.interviews.findOneByOrFail({ id });
  }

  /** Cancels the interviews to come of a proposal that no longer holds (withdrawn), in its transaction. */
  async cancelForProposal(tx: Transaction, proposalId: string, reason: string): Promise<number> {
    const open = await tx.manager.find(Interview, {
      where: { proposalId, status: InterviewStatus.SCHEDULED, startsAt: MoreThan(this.clock.now()) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const interview of open) await this.cancelLocked(tx, interview, reason, null);
    return open.length;
  }

  private async cancelLocked(
    tx: Transaction,
    interview: Interview,
    reason: string,
    byId: string | null,
  ): Promise<void> {
    const refusal = changeRefusal(interview.status, 'cancel');
    if (refusal) throw AppException.invalidTransition(refusal.message, interview.status);
    const now = this.clock.now();
    interview.status = InterviewStatus.CANCELLED;
    interview.cancelReason = reason.trim();
    interview.cancelledAt = now;
    interview.cancelledById = byId;
    interview.sequence += 1;
    await tx.manager.save(interview);
    await this.logbook.append(tx, {
      beneficiaryId: interview.beneficiaryId,
      type: LogbookEntryType.INTERVIEW_CANCELLED,
      authorId: byId,
      summary: cancelledSummary(interview, interview.cancelReason),
      occurredAt: now,
      referenceId: interview.id,
    });
    await this.notifier.cancel(tx, interview);
    await this.events.cancelled(tx, interview);
  }
}
