import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Beneficiary,
  BeneficiaryAccess,
  Logbook,
  LogbookEntryType,
  localDateOf,
  startOfLocalDay,
} from '@tremplin/beneficiaries';
import {
  AppException,
  Clock,
  Connection,
  UnitOfWork,
  pageWindow,
  toConnection,
  violatedConstraint,
} from '@tremplin/core';
import type { AuthUser, Transaction } from '@tremplin/core';
import { INTERVIEW_NOT_FOUND, Interview, InterviewStatus } from '@tremplin/interviews';
import { Association } from '@tremplin/associations';
import { Mission, MissionsService } from '@tremplin/missions';
import { PROPOSAL_STATUS_LABELS, Proposal, ProposalStatus } from '@tremplin/proposals';
import { Repository } from 'typeorm';
import { canManageEngagement, canSeeEngagement } from './domain/engagement-access';
import {
  EngagementEnd,
  EngagementStatus,
  endProblems,
  endRefusal,
  reasonProblems,
  releasesPlace,
  startProblems,
  withdrawalRefusal,
} from './domain/engagement-status';
import {
  MissionLabel,
  engagementAbandonedSummary,
  engagementCompletedSummary,
  engagementStartedSummary,
  engagementWithdrawnSummary,
} from './domain/logbook-summaries';
import {
  AbandonEngagementInput,
  CompleteEngagementInput,
  EngagementsArgs,
  StartEngagementInput,
  WithdrawEngagementInput,
} from './dto/engagement.inputs';
import { PassportAttestation } from './attestation.entity';
import { ENGAGEMENT_NOT_FOUND, EngagementLoader, ScopedEngagement, scopeOf, viewerOf } from './engagement-scope';
import { Engagement } from './engagement.entity';
import { throwIfProblems, throwIfRefused } from './problems';

const MANAGE_FORBIDDEN =
  'Seuls le référent de la personne, France Bénévolat, la structure d’accueil de la mission et le service Insertion peuvent suivre cette mission.';
const ALREADY_STARTED = 'Cette mission a déjà commencé : elle ne peut pas être démarrée une seconde fois.';
const NOT_HELD = "L'entretien tripartite n'a pas été réalisé : la mission ne peut pas encore commencer.";

/**
 * The mission itself, once the tripartite interview was held: started, then completed,
 * interrupted or cancelled — each step in the carnet de bord, a cancellation giving the place back.
 */
@Injectable()
export class EngagementsService {
  private readonly logger = new Logger(EngagementsService.name);

  constructor(
    @InjectRepository(Engagement) private readonly engagements: Repository<Engagement>,
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
    private readonly missions: MissionsService,
    private readonly access: BeneficiaryAccess,
    private readonly loader: EngagementLoader,
    private readonly logbook: Logbook,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async start(viewer: AuthUser, input: StartEngagementInput): Promise<Engagement> {
    const engagement = await this.unitOfWork.run(async (tx) => {
      // Under a lock: the interview's outcome cannot change, nor can two starts race.
      const interview = await tx.manager.findOne(Interview, {
        where: { id: input.interviewId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!interview) throw AppException.notFound(INTERVIEW_NOT_FOUND);
      // Every read below goes through the transaction's connection: a start waiting on the lock
      // holds a connection, and borrowing another one from the pool could starve it.
      const beneficiary = await tx.manager.findOneByOrFail(Beneficiary, { id: interview.beneficiaryId });
      const mission = await tx.manager.findOneByOrFail(Mission, { id: interview.missionId });
      const scope = scopeOf({ associationId: mission.associationId }, beneficiary);
      if (!canManageEngagement(viewerOf(viewer), scope)) throw AppException.forbidden(MANAGE_FORBIDDEN);
      if (interview.status !== InterviewStatus.HELD) throw AppException.invalidTransition(NOT_HELD, interview.status);
      // The proposal must still hold its place (not withdrawn since the interview).
      const proposal = await tx.manager.findOne(Proposal, {
        where: { id: interview.proposalId },
        lock: { mode: 'pessimistic_read' },
      });
      if (!proposal) throw AppException.notFound();
      if (proposal.status !== ProposalStatus.ACCEPTED) {
        throw AppException.invalidTransition(
          `La proposition de cette mission n'est plus acceptée (elle est ${PROPOSAL_STATUS_LABELS[proposal.status]}) : la mission ne peut pas commencer.`,
          proposal.status,
        );
      }
      if (await tx.manager.existsBy(Engagement, { proposalId: interview.proposalId })) {
        throw AppException.conflict(ALREADY_STARTED);
      }
      const now = this.clock.now();
      throwIfProblems(
        startProblems({
          interviewDate: localDateOf(interview.startsAt),
          startDate: input.startDate,
          plannedHours: input.plannedHours,
          today: localDateOf(now),
        }),
      );
      const created = tx.manager.create(Engagement, {
        interviewId: interview.id,
        proposalId: interview.proposalId,
        beneficiaryId: interview.beneficiaryId,
        missionId: mission.id,
        associationId: mission.associationId,
        status: EngagementStatus.ACTIVE,
        startDate: input.startDate,
        plannedHours: input.plannedHours,
        startedById: viewer.id,
      });
      try {
        await tx.manager.insert(Engagement, created);
      } catch (error) {
        if (violatedConstraint(error) !== null) throw AppException.conflict(ALREADY_STARTED);
        throw error;
      }
      await this.logbook.append(tx, {
        beneficiaryId: created.beneficiaryId,
        type: LogbookEntryType.ENGAGEMENT_STARTED,
        authorId: viewer.id,
        summary: engagementStartedSummary(await this.labelOf(tx, mission), input.startDate, input.plannedHours),
        occurredAt: this.occurredAt(input.startDate, now),
        referenceId: created.id,
      });
      return created;
    });
    this.logger.log({ event: 'engagement.started', engagementId: engagement.id, userId: viewer.id });
    return this.engagements.findOneByOrFail({ id: engagement.id });
  }

  complete(viewer: AuthUser, input: CompleteEngagementInput): Promise<Engagement> {
    return this.end(viewer, input.engagementId, EngagementStatus.COMPLETED, async (tx, { engagement }, now) => {
      throwIfProblems(
        endProblems(
          {
            startDate: engagement.startDate,
            endDate: input.endDate,
            hoursDone: input.hoursDone,
            today: localDateOf(now),
          },
          true,
        ),
      );
      return {
        changes: { endDate: input.endDate, hoursDone: input.hoursDone },
        summary: (mission) => engagementCompletedSummary(mission, input.endDate, input.hoursDone),
        occurredAt: this.occurredAt(input.endDate, now),
      };
    });
  }

  abandon(viewer: AuthUser, input: AbandonEngagementInput): Promise<Engagement> {
    return this.end(viewer, input.engagementId, EngagementStatus.ABANDONED, async (tx, { engagement }, now) => {
      const hoursDone = input.hoursDone ?? null;
      const reason = input.reason.trim();
      throwIfProblems([
        ...endProblems(
          { startDate: engagement.startDate, endDate: input.endDate, hoursDone, today: localDateOf(now) },
          false,
        ),
        ...reasonProblems(reason),
      ]);
      return {
        changes: { endDate: input.endDate, hoursDone, abandonReason: reason },
        summary: (mission) => engagementAbandonedSummary(mission, input.endDate, hoursDone, reason),
        occurredAt: this.occurredAt(input.endDate, now),
      };
    });
  }

  withdraw(viewer: AuthUser, input: WithdrawEngagementInput): Promise<Engagement> {
    return this.end(viewer, input.engagementId, EngagementStatus.WITHDRAWN, async (tx, { engagement }, now) => {
      const attestations = await tx.manager.countBy(PassportAttestation, { engagementId: engagement.id });
      throwIfRefused(withdrawalRefusal(engagement.status, attestations));
      const reason = input.reason.trim();
      throwIfProblems(reasonProblems(reason));
      return {
        changes: { withdrawalReason: reason },
        summary: (mission) => engagementWithdrawnSummary(mission, reason),
        occurredAt: now,
      };
    });
  }

  /** The engagements the viewer may see, most recent start first. */
  async list(viewer: AuthUser, args: EngagementsArgs): Promise<Connection<Engagement>> {
    const { skip, take } = pageWindow(args);
    const query = this.engagements
      .createQueryBuilder('engagement')
      .innerJoin(Beneficiary, 'beneficiary', 'beneficiary.id = engagement.beneficiaryId')
      .orderBy('engagement.startDate', 'DESC')
      .addOrderBy('engagement.createdAt', 'DESC')
      .addOrderBy('engagement.id', 'ASC')
      .skip(skip)
      .take(take);
    switch (viewer.role) {
      case 'ADMIN':
      case 'COORDINATOR':
        break;
      case 'REFERENT':
        this.access.applyReadScope(query, 'beneficiary', viewer);
        break;
      case 'ASSOCIATION':
        if (viewer.associationId) {
          query.andWhere('engagement.associationId = :viewerAssociationId', {
            viewerAssociationId: viewer.associationId,
          });
        } else {
          query.andWhere('false');
        }
        break;
      default:
        query.andWhere('false');
    }
    if (args.beneficiaryId)
      query.andWhere('engagement.beneficiaryId = :beneficiaryId', { beneficiaryId: args.beneficiaryId });
    if (args.missionId) query.andWhere('engagement.missionId = :missionId', { missionId: args.missionId });
    if (args.status) query.andWhere('engagement.status = :status', { status: args.status });
    const [items, total] = await query.getManyAndCount();
    return toConnection(items, skip, total);
  }

  /** One engagement the viewer may see, or NOT_FOUND (no existence leak). */
  async get(viewer: AuthUser, id: string): Promise<Engagement> {
    const engagement = await this.engagements.findOneBy({ id });
    if (!engagement) throw AppException.notFound(ENGAGEMENT_NOT_FOUND);
    const beneficiary = await this.beneficiaries.findOneByOrFail({ id: engagement.beneficiaryId });
    if (!canSeeEngagement(viewerOf(viewer), scopeOf(engagement, beneficiary))) {
      throw AppException.notFound(ENGAGEMENT_NOT_FOUND);
    }
    return engagement;
  }

  /** Ends an engagement: access, state, the end's own checks, the update, the logbook and, if withdrawn, the place. */
  private async end(
    viewer: AuthUser,
    engagementId: string,
    to: EngagementEnd,
    check: (
      tx: Transaction,
      scoped: ScopedEngagement,
      now: Date,
    ) => Promise<{ changes: Partial<Engagement>; summary: (mission: MissionLabel) => string; occurredAt: Date }>,
  ): Promise<Engagement> {
    const ended = await this.unitOfWork.run(async (tx) => {
      const scoped = await this.loader.forUpdate(tx, engagementId);
      if (!canManageEngagement(viewerOf(viewer), scoped.scope)) throw AppException.forbidden(MANAGE_FORBIDDEN);
      throwIfRefused(endRefusal(scoped.engagement.status, to));
      const now = this.clock.now();
      const { changes, summary, occurredAt } = await check(tx, scoped, now);
      const { engagement } = scoped;
      await tx.manager.update(
        Engagement,
        { id: engagement.id },
        { ...changes, status: to, endedById: viewer.id, endedAt: now },
      );
      if (releasesPlace(to)) await this.missions.releasePlace(tx, engagement.missionId);
      const mission = await tx.manager.findOneByOrFail(Mission, { id: engagement.missionId });
      await this.logbook.append(tx, {
        beneficiaryId: engagement.beneficiaryId,
        type: LOGBOOK_TYPES[to],
        authorId: viewer.id,
        summary: summary(await this.labelOf(tx, mission)),
        occurredAt,
        referenceId: engagement.id,
      });
      return engagement;
    });
    this.logger.log({ event: 'engagement.ended', engagementId: ended.id, status: to, userId: viewer.id });
    return this.engagements.findOneByOrFail({ id: ended.id });
  }

  private async labelOf(tx: Transaction, mission: Mission): Promise<MissionLabel> {
    const host = await tx.manager.findOneBy(Association, { id: mission.associationId });
    return { title: mission.title, hostName: host?.name ?? 'structure d’accueil' };
  }

  /** A past date is logged at the start of that day; a date still to come, at the moment it is recorded. */
  private occurredAt(date: string, now: Date): Date {
    const start = startOfLocalDay(date);
    return start.getTime() <= now.getTime() ? start : now;
  }
}

const LOGBOOK_TYPES: Record<EngagementEnd, LogbookEntryType> = {
  COMPLETED: LogbookEntryType.ENGAGEMENT_COMPLETED,
  ABANDONED: LogbookEntryType.ENGAGEMENT_ABANDONED,
  WITHDRAWN: LogbookEntryType.ENGAGEMENT_WITHDRAWN,
};
