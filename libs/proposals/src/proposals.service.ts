import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Beneficiary,
  BeneficiaryAccess,
  BeneficiaryStatus,
  Logbook,
  LogbookEntryType,
  hasVolunteeringConsent,
} from '@tremplin/beneficiaries';
import {
  AppConfig,
  AppException,
  Clock,
  Connection,
  ErrorCode,
  UnitOfWork,
  pageWindow,
  toConnection,
} from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { MISSION_NOT_FOUND, Mission, MissionStatus, MissionsService } from '@tremplin/missions';
import { Repository } from 'typeorm';
import { expiryOf, followUpDelaysOf } from './domain/follow-up';
import { canWithdraw, proposalVisibility } from './domain/proposal-access';
import { PROPOSAL_STATUS_LABELS, ProposalStatus, withdrawalProblem } from './domain/proposal-status';
import { ProposeMissionInput, WithdrawProposalInput } from './dto/propose-mission.input';
import { ProposalsArgs } from './dto/proposals.args';
import { PROPOSAL_NOT_FOUND, ProposalAccess } from './proposal-access.service';
import { ProposalEvents } from './proposal-events';
import { ProposalNotifier } from './proposal-notifier';
import { ProposalWorkflow } from './proposal-workflow';
import { Proposal } from './proposal.entity';

export const ALREADY_PROPOSED =
  'Une proposition de cette mission est déjà en cours pour cette personne (en attente de réponse, acceptée ou sur liste d’attente).';
export const MISSION_NOT_PUBLISHED = "Cette mission n'est pas publiée : elle ne peut pas être proposée.";
export const NO_EMAIL =
  "la personne n'a pas d'adresse e-mail : ajoutez-la à son profil pour lui envoyer la proposition";

@Injectable()
export class ProposalsService {
  private readonly logger = new Logger(ProposalsService.name);

  constructor(
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    private readonly access: ProposalAccess,
    private readonly beneficiaryAccess: BeneficiaryAccess,
    private readonly missions: MissionsService,
    private readonly workflow: ProposalWorkflow,
    private readonly notifier: ProposalNotifier,
    private readonly logbook: Logbook,
    private readonly events: ProposalEvents,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** The proposal, or NOT_FOUND (no access check: for other domains acting for the platform). */
  async findById(id: string): Promise<Proposal> {
    const proposal = await this.proposals.findOneBy({ id });
    if (!proposal) throw AppException.notFound(PROPOSAL_NOT_FOUND);
    return proposal;
  }

  /** For interviews: the proposal if it is ACCEPTED, otherwise NOT_FOUND or INVALID_TRANSITION. */
  async getAccepted(proposalId: string): Promise<Proposal> {
    const proposal = await this.findById(proposalId);
    if (proposal.status !== ProposalStatus.ACCEPTED) {
      throw AppException.invalidTransition(
        `Cette proposition n'est pas acceptée (elle est ${PROPOSAL_STATUS_LABELS[proposal.status]}).`,
        proposal.status,
      );
    }
    return proposal;
  }

  /** The proposal as the viewer may see it, or NOT_FOUND. */
  async get(viewer: AuthUser, id: string, context?: object): Promise<Proposal> {
    return this.access.assertVisible(viewer, await this.proposals.findOneBy({ id }), context);
  }

  async list(viewer: AuthUser, args: ProposalsArgs): Promise<Connection<Proposal>> {
    const { skip, take } = pageWindow(args);
    const query = this.proposals
      .createQueryBuilder('p')
      .innerJoin(Beneficiary, 'b', 'b.id = p.beneficiaryId')
      .innerJoin(Mission, 'm', 'm.id = p.missionId')
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .skip(skip)
      .take(take);
    this.access.applyReadScope(query, viewer);
    if (args.status?.length) query.andWhere('p.status IN (:...statuses)', { statuses: args.status });
    if (args.beneficiaryId) query.andWhere('p.beneficiaryId = :beneficiaryId', { beneficiaryId: args.beneficiaryId });
    if (args.missionId) query.andWhere('p.missionId = :missionId', { missionId: args.missionId });
    if (args.referentId) query.andWhere('p.referentId = :referentId', { referentId: args.referentId });
    const [items, total] = await query.getManyAndCount();
    return toConnection(items, skip, total);
  }

  /**
   * Proposes a published mission with places left to a person who agreed to receive proposals:
   * the proposal, its line in the carnet de bord and its email (outbox) in one transaction.
   * Any refusal leaves nothing written and nothing sent.
   */
  async propose(viewer: AuthUser, input: ProposeMissionInput): Promise<Proposal> {
    const message = input.message?.trim() ? input.message.trim() : null;
    const id = await this.unitOfWork.run(async (tx) => {
      // Locks the file: two proposals to one person are decided one after the other.
      const beneficiary = await this.beneficiaryAccess.writable(tx, viewer, input.beneficiaryId);
      if (beneficiary.status !== BeneficiaryStatus.ACTIVE) {
        throw AppException.invalidTransition(
          "Ce dossier n'est pas en cours de suivi : aucune mission ne peut être proposée.",
          beneficiary.status,
        );
      }
      if (!hasVolunteeringConsent(beneficiary.volunteeringConsentGivenAt, beneficiary.volunteeringConsentWithdrawnAt)) {
        throw new AppException(ErrorCode.CONSENT_REQUIRED);
      }
      if (!beneficiary.email) throw AppException.invalidField('beneficiaryId', NO_EMAIL);
      const mission = await tx.manager.findOneBy(Mission, { id: input.missionId });
      if (!mission) throw AppException.notFound(MISSION_NOT_FOUND);
      if (
        mission.status === MissionStatus.FULL ||
        (mission.status === MissionStatus.PUBLISHED && mission.placesTaken >= mission.places)
      ) {
        throw new AppException(ErrorCode.MISSION_FULL);
      }
      if (mission.status !== MissionStatus.PUBLISHED)
        throw AppException.invalidTransition(MISSION_NOT_PUBLISHED, mission.status);

      const now = this.clock.now();
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(Proposal)
        .values({
          beneficiaryId: beneficiary.id,
          missionId: mission.id,
          referentId: viewer.id,
          message,
          status: ProposalStatus.PROPOSED,
          expiresAt: expiryOf(now, followUpDelaysOf(this.config)),
          createdAt: now,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const row = inserted.raw[0] as { id: string } | undefined;
      // The partial unique index on open pairs refused it: one is already open.
      if (!row) throw AppException.conflict(ALREADY_PROPOSED);
      const proposal = await tx.manager.findOneByOrFail(Proposal, { id: row.id });
      const parties = await this.notifier.parties(tx.manager, proposal, mission);
      await this.logbook.append(tx, {
        beneficiaryId: beneficiary.id,
        type: LogbookEntryType.MISSION_PROPOSED,
        authorId: viewer.id,
        summary: `Mission bénévole proposée par e-mail : « ${mission.title} » (${parties.association.name}).${
          message ? ' Avec un message personnel.' : ''
        }`,
        occurredAt: now,
        referenceId: proposal.id,
      });
      await this.notifier.queueProposal(tx, parties, 'new');
      await this.events.created(tx, proposal);
      return proposal.id;
    });
    this.logger.log({ event: 'proposal.created', proposalId: id, userId: viewer.id });
    return this.findById(id);
  }

  /** Withdraws a proposal that is not final: its links stop working; a place held is given back. */
  async withdraw(viewer: AuthUser, input: WithdrawProposalInput): Promise<Proposal> {
    const current = await this.proposals.findOneBy({ id: input.proposalId });
    const scope = current ? await this.access.scopeOf(current, {}) : null;
    if (!current || !scope || proposalVisibility(viewer, scope) !== 'full') {
      throw AppException.notFound(PROPOSAL_NOT_FOUND);
    }
    if (!canWithdraw(viewer, scope)) {
      throw AppException.forbidden(
        'Seul le référent de la personne (ou le service Insertion) peut retirer cette proposition.',
      );
    }
    await this.unitOfWork.run(async (tx) => {
      // Mission first, then the proposal: the locking order of every proposal move.
      await this.missions.getForUpdate(tx, current.missionId);
      const proposal = await this.workflow.lock(tx, current.id);
      if (!proposal) throw AppException.notFound(PROPOSAL_NOT_FOUND);
      const problem = withdrawalProblem(proposal.status);
      if (problem) throw AppException.invalidTransition(problem, proposal.status);
      await this.workflow.withdraw(tx, proposal, viewer.id, input.reason?.trim() || null);
    });
    return this.findById(current.id);
  }

  /** 1 for the next in line on the mission's waiting list. */
  async waitingListRank(proposal: Proposal): Promise<number | null> {
    if (proposal.status !== ProposalStatus.WAITING_LIST || proposal.waitingListPosition === null) return null;
    return this.proposals
      .createQueryBuilder('p')
      .where('p.missionId = :missionId AND p.status = :waiting', {
        missionId: proposal.missionId,
        waiting: ProposalStatus.WAITING_LIST,
      })
      .andWhere('p.waitingListPosition <= :position', { position: proposal.waitingListPosition })
      .getCount();
  }
}
