import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { BeneficiaryAccess, Logbook, LogbookEntryType, localDateOf, startOfLocalDay } from '@tremplin/beneficiaries';
import { AppException, Clock, UnitOfWork } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Interview } from '@tremplin/interviews';
import { Mission } from '@tremplin/missions';
import { Repository } from 'typeorm';
import { EngagementStatus } from './domain/engagement-status';
import { outcomeProblems, outcomeSummary } from './domain/outcome';
import { RecordOutcomeInput } from './dto/outcome.inputs';
import { ENGAGEMENT_NOT_FOUND } from './engagement-scope';
import { Engagement } from './engagement.entity';
import { Outcome } from './outcome.entity';
import { throwIfProblems } from './problems';

/** What followed a mission (job, training, another mission, nothing yet), recorded by the referent. */
@Injectable()
export class OutcomesService {
  private readonly logger = new Logger(OutcomesService.name);

  constructor(
    @InjectRepository(Outcome) private readonly outcomes: Repository<Outcome>,
    private readonly access: BeneficiaryAccess,
    private readonly logbook: Logbook,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async record(viewer: AuthUser, input: RecordOutcomeInput): Promise<Outcome> {
    const outcome = await this.unitOfWork.run(async (tx) => {
      // The engagement first, then the file: the order attestCompetencies and the other engagement writes take
      // (the file first here deadlocked against an attestation of the same mission: each waited for the other's row).
      const engagement = await tx.manager.findOne(Engagement, {
        where: { id: input.engagementId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!engagement) throw AppException.notFound(ENGAGEMENT_NOT_FOUND);
      // The person's referent (or the admin), with the file locked: outcomes of one person are recorded one at a time.
      await this.access.writable(tx, viewer, engagement.beneficiaryId);
      if (engagement.status === EngagementStatus.WITHDRAWN) {
        throw AppException.invalidTransition(
          "Cette mission a été annulée : elle n'a pas eu de suite à enregistrer.",
          engagement.status,
        );
      }
      const interview = await tx.manager.findOneByOrFail(Interview, { id: engagement.interviewId });
      const now = this.clock.now();
      const draft = {
        kind: input.kind,
        contractType: input.contractType ?? null,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        detail: input.detail?.trim() || null,
      };
      throwIfProblems(
        outcomeProblems(draft, { interviewDate: localDateOf(interview.startsAt), today: localDateOf(now) }),
      );
      const created = tx.manager.create(Outcome, {
        beneficiaryId: engagement.beneficiaryId,
        engagementId: engagement.id,
        ...draft,
        recordedById: viewer.id,
        recordedAt: now,
      });
      await tx.manager.insert(Outcome, created);
      const mission = await tx.manager.findOneByOrFail(Mission, { id: engagement.missionId });
      const startsAt = startOfLocalDay(draft.startDate);
      await this.logbook.append(tx, {
        beneficiaryId: engagement.beneficiaryId,
        type: LogbookEntryType.OUTCOME_RECORDED,
        authorId: viewer.id,
        summary: outcomeSummary(draft, mission.title),
        occurredAt: startsAt.getTime() <= now.getTime() ? startsAt : now,
        referenceId: created.id,
      });
      return created;
    });
    this.logger.log({ event: 'outcome.recorded', outcomeId: outcome.id, kind: outcome.kind, userId: viewer.id });
    return this.outcomes.findOneByOrFail({ id: outcome.id });
  }
}
