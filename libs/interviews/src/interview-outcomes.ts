import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Logbook, LogbookEntryType } from '@tremplin/beneficiaries';
import { AppException, Clock, UnitOfWork } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Repository } from 'typeorm';
import { outcomeSummary } from './domain/interview-logbook';
import { InterviewOutcome, InterviewStatus, outcomeRefusal } from './domain/interview-status';
import { RecordInterviewOutcomeInput } from './dto/interview.input';
import { InterviewEvents } from './interview-events';
import { InterviewScopes } from './interview-scope';
import { Interview } from './interview.entity';

/** Recording what happened at an interview: held, no-show or excused. */
@Injectable()
export class InterviewOutcomes {
  private readonly logger = new Logger(InterviewOutcomes.name);

  constructor(
    @InjectRepository(Interview) private readonly interviews: Repository<Interview>,
    private readonly scopes: InterviewScopes,
    private readonly events: InterviewEvents,
    private readonly logbook: Logbook,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async recordOutcome(viewer: AuthUser, input: RecordInterviewOutcomeInput): Promise<Interview> {
    const now = this.clock.now();
    const id = await this.unitOfWork.run(async (tx) => {
      const interview = await this.scopes.lockManageable(tx, viewer, input.interviewId);
      const refusal = outcomeRefusal(interview.status, interview.startsAt, now);
      if (refusal) throw AppException.invalidTransition(refusal.message, interview.status);
      interview.status = input.outcome as unknown as InterviewStatus;
      interview.outcomeRecordedAt = now;
      interview.outcomeRecordedById = viewer.id;
      interview.outcomeNote = input.note?.trim() || null;
      await tx.manager.save(interview);
      await this.logbook.append(tx, {
        beneficiaryId: interview.beneficiaryId,
        type:
          input.outcome === InterviewOutcome.HELD ? LogbookEntryType.INTERVIEW_HELD : LogbookEntryType.INTERVIEW_MISSED,
        authorId: viewer.id,
        summary: outcomeSummary(input.outcome, interview),
        occurredAt: interview.startsAt,
        referenceId: interview.id,
      });
      await this.events.outcomeRecorded(tx, interview);
      return interview.id;
    });
    this.logger.log({ event: 'interview.outcome_recorded', interviewId: id, outcome: input.outcome });
    return this.interviews.findOneByOrFail({ id });
  }
}
