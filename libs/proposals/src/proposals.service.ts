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
  MailRenderer,
  UnitOfWork,
  pageWindow,
  toConnection,
} from '@tremplin/core';
import type { AuthUser, Transaction } from '@tremplin/core';
import { Association } from '@tremplin/associations';
import { User } from '@tremplin/identity';
import { MISSION_NOT_FOUND, Mission, MissionStatus, MissionsService } from '@tremplin/missions';
import { Repository } from 'typeorm';
import { ProposalDelivery, deliveryFor, isRecordedChannel } from './domain/answer-channel';
import { expiryOf, followUpDelaysOf, formatDeadlineFr } from './domain/follow-up';
import { canWithdraw, proposalVisibility } from './domain/proposal-access';
import { PROPOSAL_STATUS_LABELS, ProposalStatus, isAwaitingAnswer, withdrawalProblem } from './domain/proposal-status';
import { renderProposalLetterPdf } from './pdf/proposal-letter-pdf';
import {
  ProposeMissionInput,
  RecordProposalAnswerInput,
  RecordedAnswer,
  WithdrawProposalInput,
} from './dto/propose-mission.input';
import { ProposalEmailPreview } from './dto/proposal.types';
import { ProposalAnswers } from './proposal-answers';
import { PROPOSAL_MAIL, messageParagraphs } from './proposals.mail';
import { ProposalsArgs } from './dto/proposals.args';
import { PROPOSAL_NOT_FOUND, ProposalAccess } from './proposal-access.service';
import { ProposalEvents } from './proposal-events';
import { ProposalNotifier } from './proposal-notifier';
import { ProposalWorkflow } from './proposal-workflow';
import { Proposal } from './proposal.entity';

export const ALREADY_PROPOSED =
  'Une proposition de cette mission est déjà en cours pour cette personne (en attente de réponse, acceptée ou sur liste d’attente).';
export const MISSION_NOT_PUBLISHED = "Cette mission n'est pas publiée : elle ne peut pas être proposée.";
export const NOT_AWAITING_ANSWER =
  'Cette proposition n’attend plus de réponse : elle a expiré, elle est retirée ou la mission est fermée.';
export const ONLY_REFERENT_RECORDS =
  'Seul le référent de la personne (ou le service Insertion) peut enregistrer sa réponse.';

/** « accueil-a-l-epicerie-solidaire »: a file name without accents or spaces. */
export function slugOf(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'mission'
  );
}

/** « déjà acceptée » — for the message of an answer recorded twice. */
export function alreadyAnsweredMessage(status: ProposalStatus): string {
  return `La personne a déjà répondu à cette proposition (${PROPOSAL_STATUS_LABELS[status]}) : sa réponse ne peut plus être changée.`;
}

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
    private readonly answers: ProposalAnswers,
    private readonly renderer: MailRenderer,
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
      const { beneficiary, mission } = await this.proposable(tx, viewer, input);
      const delivery = deliveryFor(beneficiary.email);
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
          delivery,
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
      const how = delivery === ProposalDelivery.EMAIL ? 'par e-mail' : 'par lettre (la personne n’a pas d’e-mail)';
      await this.logbook.append(tx, {
        beneficiaryId: beneficiary.id,
        type: LogbookEntryType.MISSION_PROPOSED,
        authorId: viewer.id,
        summary: `Mission bénévole proposée ${how} : « ${mission.title} » (${parties.association.name}).${
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

  /**
   * The email `propose` would send, rendered from the same template and data, before anything is
   * written: the same refusals as `propose` (so a preview never shows what cannot be sent), and a
   * stand-in for the personal link, which only exists once the proposal does. Writes nothing.
   */
  async preview(viewer: AuthUser, input: ProposeMissionInput): Promise<ProposalEmailPreview> {
    const message = input.message?.trim() ? input.message.trim() : null;
    return this.unitOfWork.run(async (tx) => {
      const { beneficiary, mission } = await this.proposable(tx, viewer, input);
      const referent = await tx.manager.findOneByOrFail(User, { id: viewer.id });
      const association = await tx.manager.findOneByOrFail(Association, { id: mission.associationId });
      const expiresAt = expiryOf(this.clock.now(), followUpDelaysOf(this.config));
      const data = await this.notifier.proposalMailData(
        tx.manager,
        { beneficiary, mission, referent, association },
        { message, expiresAt },
        `${this.config.APP_URL}/p/lien-personnel`,
      );
      const rendered = await this.renderer.render(PROPOSAL_MAIL.name, data);
      const delivery = deliveryFor(beneficiary.email);
      return {
        delivery,
        to: beneficiary.email,
        replyTo: referent.email,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        expiresAt,
      };
    });
  }

  /** What `propose` refuses, in its order: file, status, consent, mission, places. Locks the file. */
  private async proposable(
    tx: Transaction,
    viewer: AuthUser,
    input: Pick<ProposeMissionInput, 'beneficiaryId' | 'missionId'>,
  ): Promise<{ beneficiary: Beneficiary; mission: Mission }> {
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
    return { beneficiary, mission };
  }

  /**
   * Records the answer a person gave by phone or in person, on behalf of them, by the référent of
   * the file (or the service Insertion): the very path of an answer from the link (places left,
   * waiting list, consent dated with the yes, carnet de bord), naming who recorded it and how.
   */
  async recordAnswer(viewer: AuthUser, input: RecordProposalAnswerInput): Promise<Proposal> {
    const current = await this.proposals.findOneBy({ id: input.proposalId });
    const scope = current ? await this.access.scopeOf(current, {}) : null;
    if (!current || !scope || proposalVisibility(viewer, scope) !== 'full') {
      throw AppException.notFound(PROPOSAL_NOT_FOUND);
    }
    if (!canWithdraw(viewer, scope)) throw AppException.forbidden(ONLY_REFERENT_RECORDS);
    if (!isRecordedChannel(input.channel)) {
      throw AppException.invalidField('channel', 'doit dire si la réponse a été donnée par téléphone ou en personne');
    }
    if (input.answer === RecordedAnswer.ACCEPT && input.declineReason) {
      throw AppException.invalidField('declineReason', 'ne se donne qu’avec un refus');
    }
    const recorder = await this.proposals.manager.findOneByOrFail(User, { id: viewer.id });
    const outcome = await this.answers.settle(
      current.id,
      input.answer === RecordedAnswer.ACCEPT ? 'accept' : 'decline',
      input.declineReason ?? null,
      { userId: viewer.id, name: `${recorder.firstName} ${recorder.lastName}`, channel: input.channel },
    );
    switch (outcome.kind) {
      case 'closed': {
        const now = await this.findById(current.id);
        throw AppException.invalidTransition(NOT_AWAITING_ANSWER, now.status);
      }
      case 'unchanged':
        throw AppException.invalidTransition(alreadyAnsweredMessage(outcome.proposal.status), outcome.proposal.status);
      case 'recorded':
        this.logger.log({
          event: 'proposal.answer_recorded',
          proposalId: current.id,
          userId: viewer.id,
          channel: input.channel,
        });
        return outcome.proposal;
    }
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

  /**
   * The proposal as a letter to print (the person has no email address, or prefers paper): the
   * fiche mission and the QR code of the same signed answer page as the email. For the référent
   * of the file and the service Insertion, while the proposal awaits its answer.
   */
  async letter(viewer: AuthUser, proposalId: string): Promise<{ pdf: Buffer; filename: string }> {
    const proposal = await this.proposals.findOneBy({ id: proposalId });
    const scope = proposal ? await this.access.scopeOf(proposal, {}) : null;
    if (!proposal || !scope || proposalVisibility(viewer, scope) !== 'full') {
      throw AppException.notFound(PROPOSAL_NOT_FOUND);
    }
    if (!isAwaitingAnswer(proposal.status)) throw AppException.invalidTransition(NOT_AWAITING_ANSWER, proposal.status);
    const manager = this.proposals.manager;
    const parties = await this.notifier.parties(manager, proposal);
    const { beneficiary, referent } = parties;
    const pdf = await renderProposalLetterPdf({
      personName: `${beneficiary.firstName} ${beneficiary.lastName}`,
      firstName: beneficiary.firstName,
      referentName: `${referent.firstName} ${referent.lastName}`,
      referentFirstName: referent.firstName,
      messageParagraphs: messageParagraphs(proposal.message),
      sheet: await this.notifier.sheet(manager, parties),
      answerUrl: this.notifier.pageUrl(proposal),
      deadline: formatDeadlineFr(proposal.expiresAt),
      printedOn: formatDeadlineFr(this.clock.now()),
    });
    this.logger.log({ event: 'proposal.letter_printed', proposalId: proposal.id, userId: viewer.id });
    return { pdf, filename: `proposition-${slugOf(parties.mission.title)}.pdf` };
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
