import { Injectable, Logger } from '@nestjs/common';
import { Logbook, LogbookEntryType } from '@tremplin/beneficiaries';
import { AppException, Clock } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import { Mission, MissionsService } from '@tremplin/missions';
import { AnswerChannel, RecordedBy, recordedAnswerNote } from './domain/answer-channel';
import { DECLINE_REASON_SHORT_LABELS, DeclineReason, statusAfterAcceptance } from './domain/answer-rules';
import { ProposalStatus, canTransition } from './domain/proposal-status';
import { nextWaitingListPosition, waitingListRank } from './domain/waiting-list';
import { ProposalEvents } from './proposal-events';
import { ProposalPolicies } from './proposal-policies';
import { ProposalNotifier } from './proposal-notifier';
import { Proposal } from './proposal.entity';

/** Where an answer came from: the link, or a référent who recorded it. */
function answerSource(recorded: RecordedBy | null): Pick<Proposal, 'answerChannel' | 'answerRecordedById'> {
  return recorded
    ? { answerChannel: recorded.channel, answerRecordedById: recorded.userId }
    : { answerChannel: AnswerChannel.LINK, answerRecordedById: null };
}

const recordedSuffix = (recorded: RecordedBy | null) =>
  recorded ? ` ${recordedAnswerNote(recorded.channel, recorded.name)}` : '';

/** The référent who made the proposal recorded the answer: no need to tell them about it. */
const recordedByReferent = (recorded: RecordedBy | null, proposal: Proposal) =>
  recorded !== null && recorded.userId === proposal.referentId;

/**
 * The moves of a proposal, each in the caller's transaction and each complete: the new status,
 * its line in the carnet de bord, the emails it causes (outbox), the events for other domains.
 * Locking order, everywhere: the mission row first, then proposal rows — so that answers,
 * withdrawals, promotions and a closing mission never wait on each other in a circle.
 */
@Injectable()
export class ProposalWorkflow {
  private readonly logger = new Logger(ProposalWorkflow.name);

  constructor(
    private readonly missions: MissionsService,
    private readonly notifier: ProposalNotifier,
    private readonly logbook: Logbook,
    private readonly events: ProposalEvents,
    private readonly policies: ProposalPolicies,
    private readonly clock: Clock,
  ) {}

  /** The proposal locked for update, or null. */
  lock(tx: Transaction, id: string): Promise<Proposal | null> {
    return tx.manager.findOne(Proposal, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Records a yes on a proposal awaiting an answer (locked, after its mission): a place when one
   * is left, else the end of the waiting list. The person's consent is dated with the answer.
   */
  async accept(
    tx: Transaction,
    proposal: Proposal,
    mission: Mission,
    recorded: RecordedBy | null = null,
  ): Promise<Proposal> {
    this.assertMove(proposal, ProposalStatus.ACCEPTED);
    const now = this.clock.now();
    const place = await this.missions.takePlace(tx, mission.id);
    const status = statusAfterAcceptance(place);
    const waitingListPosition = status === ProposalStatus.WAITING_LIST ? await this.nextPosition(tx, mission.id) : null;
    await tx.manager.update(Proposal, proposal.id, {
      status,
      answeredAt: now,
      consentAt: now,
      waitingListPosition,
      ...answerSource(recorded),
    });
    const updated = await tx.manager.findOneByOrFail(Proposal, { id: proposal.id });
    const parties = await this.notifier.parties(tx.manager, updated);
    const who = this.notifier.personLabel(parties.beneficiary);
    const title = parties.mission.title;

    if (status === ProposalStatus.ACCEPTED) {
      await this.logbook.append(tx, {
        beneficiaryId: updated.beneficiaryId,
        type: LogbookEntryType.PROPOSAL_ANSWERED,
        authorId: recorded?.userId ?? null,
        summary: `${who} a répondu « Je suis intéressé(e) » à la mission « ${title} » (${parties.association.name}) : une place est réservée.${recordedSuffix(recorded)}`,
        occurredAt: now,
        referenceId: updated.id,
      });
      await this.notifier.queueAccepted(tx, parties, now, false);
      await this.notifier.queueAssociationAccepted(tx, parties);
      if (!recordedByReferent(recorded, updated)) {
        await this.notifier.notifyReferent(tx, parties, 'answered', `${who} a accepté la mission « ${title} »`, [
          'Une place lui est réservée. Prochaine étape : l’entretien à trois avec France Bénévolat ; la personne a reçu un lien pour choisir son rendez-vous.',
        ]);
      }
      await this.events.accepted(tx, updated);
      if (parties.mission.placesTaken >= parties.mission.places) {
        await this.notifyPendingOfFullMission(tx, parties.mission, updated.id);
      }
    } else {
      const rank = await this.rankOf(tx, updated);
      await this.logbook.append(tx, {
        beneficiaryId: updated.beneficiaryId,
        type: LogbookEntryType.PROPOSAL_ANSWERED,
        authorId: recorded?.userId ?? null,
        summary: `${who} a répondu « Je suis intéressé(e) » à la mission « ${title} » (${parties.association.name}), déjà complète : inscription sur la liste d'attente (n° ${rank}).${recordedSuffix(recorded)}`,
        occurredAt: now,
        referenceId: updated.id,
      });
      await this.notifier.queueWaitingList(tx, parties, rank);
      if (!recordedByReferent(recorded, updated)) {
        await this.notifier.notifyReferent(
          tx,
          parties,
          'answered',
          `${who} est intéressé(e) par la mission « ${title} », déjà complète`,
          [`La personne est sur la liste d'attente (n° ${rank}). Vous serez prévenu(e) si une place se libère.`],
        );
      }
      await this.events.waitListed(tx, updated);
    }
    this.logger.log({ event: 'proposal.answered', proposalId: updated.id, status });
    return updated;
  }

  /** Records a « Non merci » (with its optional reason) on a proposal awaiting an answer (locked). */
  async decline(
    tx: Transaction,
    proposal: Proposal,
    reason: DeclineReason | null,
    recorded: RecordedBy | null = null,
  ): Promise<Proposal> {
    this.assertMove(proposal, ProposalStatus.DECLINED);
    const now = this.clock.now();
    await tx.manager.update(Proposal, proposal.id, {
      status: ProposalStatus.DECLINED,
      answeredAt: now,
      declineReason: reason,
      ...answerSource(recorded),
    });
    const updated = await tx.manager.findOneByOrFail(Proposal, { id: proposal.id });
    const parties = await this.notifier.parties(tx.manager, updated);
    const who = this.notifier.personLabel(parties.beneficiary);
    const because = reason ? ` (motif : ${DECLINE_REASON_SHORT_LABELS[reason]})` : '';
    await this.logbook.append(tx, {
      beneficiaryId: updated.beneficiaryId,
      type: LogbookEntryType.PROPOSAL_ANSWERED,
      authorId: recorded?.userId ?? null,
      summary: `${who} a répondu « Non merci » à la mission « ${parties.mission.title} »${because}.${recordedSuffix(recorded)}`,
      occurredAt: now,
      referenceId: updated.id,
    });
    if (!recordedByReferent(recorded, updated)) {
      await this.notifier.notifyReferent(
        tx,
        parties,
        'answered',
        `${who} a répondu non à la mission « ${parties.mission.title} »`,
        [reason ? `Motif indiqué : ${DECLINE_REASON_SHORT_LABELS[reason]}.` : 'Aucun motif indiqué.'],
      );
    }
    await this.events.declined(tx, updated);
    this.logger.log({ event: 'proposal.answered', proposalId: updated.id, status: ProposalStatus.DECLINED });
    return updated;
  }

  /**
   * Withdraws a proposal (locked, after its mission when it held a place). `actorId` null: the
   * platform (the mission closed). A place held is given back — and goes to the waiting list.
   * The person is told only when they had said yes.
   */
  async withdraw(
    tx: Transaction,
    proposal: Proposal,
    actorId: string | null,
    reason: string | null,
  ): Promise<Proposal> {
    this.assertMove(proposal, ProposalStatus.WITHDRAWN);
    const refusal = await this.policies.withdrawalRefusal(tx, proposal);
    if (refusal) throw AppException.invalidTransition(refusal, proposal.status);
    const now = this.clock.now();
    const was = proposal.status;
    await tx.manager.update(Proposal, proposal.id, {
      status: ProposalStatus.WITHDRAWN,
      withdrawnAt: now,
      withdrawnById: actorId,
      waitingListPosition: null,
    });
    const updated = await tx.manager.findOneByOrFail(Proposal, { id: proposal.id });
    const parties = await this.notifier.parties(tx.manager, updated);
    const byWhom = actorId ? 'par le référent' : 'car la mission est fermée';
    await this.logbook.append(tx, {
      beneficiaryId: updated.beneficiaryId,
      type: LogbookEntryType.PROPOSAL_FOLLOW_UP,
      authorId: actorId,
      summary: `Proposition de la mission « ${parties.mission.title} » retirée ${byWhom}${reason ? ` : ${reason}` : ''}.`,
      occurredAt: now,
      referenceId: updated.id,
    });
    if (was === ProposalStatus.ACCEPTED || was === ProposalStatus.WAITING_LIST) {
      await this.notifier.queueWithdrawn(tx, parties);
    }
    if (!actorId) {
      await this.notifier.notifyReferent(tx, parties, 'closed', `La mission « ${parties.mission.title} » est fermée`, [
        `Votre proposition à ${this.notifier.personLabel(parties.beneficiary)} est retirée.`,
      ]);
    }
    await this.events.withdrawn(tx, updated);
    // Giving the place back may reopen a full mission, whose listener promotes the waiting list.
    if (was === ProposalStatus.ACCEPTED) await this.missions.releasePlace(tx, updated.missionId);
    this.logger.log({ event: 'proposal.withdrawn', proposalId: updated.id, from: was, userId: actorId });
    return updated;
  }

  /** Expires a proposal (locked) left without an answer past its delay. */
  async expire(tx: Transaction, proposal: Proposal): Promise<Proposal> {
    this.assertMove(proposal, ProposalStatus.EXPIRED);
    const now = this.clock.now();
    await tx.manager.update(Proposal, proposal.id, { status: ProposalStatus.EXPIRED, expiredAt: now });
    const updated = await tx.manager.findOneByOrFail(Proposal, { id: proposal.id });
    const parties = await this.notifier.parties(tx.manager, updated);
    const who = this.notifier.personLabel(parties.beneficiary);
    await this.logbook.append(tx, {
      beneficiaryId: updated.beneficiaryId,
      type: LogbookEntryType.PROPOSAL_FOLLOW_UP,
      authorId: null,
      summary: `Proposition de la mission « ${parties.mission.title} » expirée sans réponse.`,
      occurredAt: now,
      referenceId: updated.id,
    });
    await this.notifier.notifyReferent(
      tx,
      parties,
      'expired',
      `${who} n'a pas répondu à la proposition « ${parties.mission.title} »`,
      [
        'Le délai de réponse est dépassé : la proposition a expiré. Vous pouvez en parler avec la personne et lui proposer une autre mission.',
      ],
    );
    await this.events.expired(tx, updated);
    this.logger.log({ event: 'proposal.expired', proposalId: updated.id });
    return updated;
  }

  /** Sends the one reminder of a proposal (locked) still awaiting an answer. */
  async remind(tx: Transaction, proposal: Proposal): Promise<void> {
    const now = this.clock.now();
    await tx.manager.update(Proposal, proposal.id, { remindedAt: now });
    const parties = await this.notifier.parties(tx.manager, { ...proposal, remindedAt: now });
    await this.notifier.queueProposal(tx, parties, 'reminder');
    await this.logbook.append(tx, {
      beneficiaryId: proposal.beneficiaryId,
      type: LogbookEntryType.PROPOSAL_FOLLOW_UP,
      authorId: null,
      summary: `Relance envoyée par e-mail pour la mission « ${parties.mission.title} » (sans réponse pour l'instant).`,
      occurredAt: now,
      referenceId: proposal.id,
    });
    this.logger.log({ event: 'proposal.reminded', proposalId: proposal.id });
  }

  /**
   * Gives the places left on a mission (already locked by the caller or locked here) to the
   * waiting list, first in line first. Returns how many came off the list.
   */
  async promoteWaitingList(tx: Transaction, missionId: string): Promise<number> {
    const waiting = await tx.manager.find(Proposal, {
      where: { missionId, status: ProposalStatus.WAITING_LIST },
      order: { waitingListPosition: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    let promoted = 0;
    for (const proposal of waiting) {
      if ((await this.missions.takePlace(tx, missionId)) === 'full') break;
      const now = this.clock.now();
      await tx.manager.update(Proposal, proposal.id, { status: ProposalStatus.ACCEPTED, waitingListPosition: null });
      const updated = await tx.manager.findOneByOrFail(Proposal, { id: proposal.id });
      const parties = await this.notifier.parties(tx.manager, updated);
      const who = this.notifier.personLabel(parties.beneficiary);
      await this.logbook.append(tx, {
        beneficiaryId: updated.beneficiaryId,
        type: LogbookEntryType.PROPOSAL_FOLLOW_UP,
        authorId: null,
        summary: `Une place s'est libérée sur la mission « ${parties.mission.title} » : ${who} quitte la liste d'attente, sa place est réservée.`,
        occurredAt: now,
        referenceId: updated.id,
      });
      await this.notifier.queueAccepted(tx, parties, now, true);
      await this.notifier.queueAssociationAccepted(tx, parties);
      await this.notifier.notifyReferent(tx, parties, 'promoted', `Une place s'est libérée pour ${who}`, [
        `La mission « ${parties.mission.title} » lui est réservée ; elle a reçu le lien pour choisir son rendez-vous avec France Bénévolat.`,
      ]);
      await this.events.accepted(tx, updated);
      promoted++;
      this.logger.log({ event: 'proposal.promoted', proposalId: updated.id });
    }
    if (promoted > 0) {
      const mission = await tx.manager.findOneByOrFail(Mission, { id: missionId });
      if (mission.placesTaken >= mission.places) await this.notifyPendingOfFullMission(tx, mission, null);
    }
    return promoted;
  }

  /** Withdraws, for the platform, what a closed mission leaves open (accepted proposals stay). */
  async closeForMission(tx: Transaction, missionId: string): Promise<number> {
    const open = await tx.manager.find(Proposal, {
      where: [
        { missionId, status: ProposalStatus.PROPOSED },
        { missionId, status: ProposalStatus.SENT },
        { missionId, status: ProposalStatus.WAITING_LIST },
      ],
      order: { createdAt: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const proposal of open) await this.withdraw(tx, proposal, null, null);
    return open.length;
  }

  /**
   * The mission just took its last place: the referents of the proposals still awaiting an answer
   * are told (their pages say it too); a yes from now on goes to the waiting list.
   */
  async notifyPendingOfFullMission(tx: Transaction, mission: Mission, exceptId: string | null): Promise<void> {
    const pending = await tx.manager.find(Proposal, {
      where: [
        { missionId: mission.id, status: ProposalStatus.PROPOSED },
        { missionId: mission.id, status: ProposalStatus.SENT },
      ],
    });
    for (const proposal of pending) {
      if (proposal.id === exceptId) continue;
      const parties = await this.notifier.parties(tx.manager, proposal, mission);
      await this.notifier.notifyReferent(tx, parties, 'mission-full', `La mission « ${mission.title} » est complète`, [
        `Votre proposition à ${this.notifier.personLabel(parties.beneficiary)} attend toujours sa réponse. Si elle répond oui, elle sera inscrite sur la liste d'attente.`,
      ]);
    }
  }

  async rankOf(tx: Transaction, proposal: Proposal): Promise<number> {
    const rows = await tx.manager.find(Proposal, {
      select: { id: true, waitingListPosition: true },
      where: { missionId: proposal.missionId, status: ProposalStatus.WAITING_LIST },
    });
    return (
      waitingListRank(
        rows.map((row) => ({ id: row.id, position: row.waitingListPosition ?? 0 })),
        proposal.id,
      ) ?? 1
    );
  }

  /** Computed under the mission's row lock, so concurrent answers get distinct increasing positions. */
  private async nextPosition(tx: Transaction, missionId: string): Promise<number> {
    const rows = (await tx.manager.query(
      `SELECT waiting_list_position AS position FROM proposal WHERE mission_id = $1 AND waiting_list_position IS NOT NULL`,
      [missionId],
    )) as Array<{ position: number }>;
    return nextWaitingListPosition(rows.map((row) => Number(row.position)));
  }

  private assertMove(proposal: Proposal, to: ProposalStatus): void {
    if (!canTransition(proposal.status, to)) {
      throw AppException.invalidTransition(
        "Cette action n'est pas possible dans l'état actuel de la proposition.",
        proposal.status,
      );
    }
  }
}
