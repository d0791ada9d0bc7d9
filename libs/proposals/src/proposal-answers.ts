import { Injectable, Logger } from '@nestjs/common';
import { Clock, InvalidLinkException, SignedLinks, UnitOfWork } from '@tremplin/core';
import { MissionsService } from '@tremplin/missions';
import { DataSource } from 'typeorm';
import { Answer, DECLINE_REASON_LABELS, DeclineReason, decideAnswer } from './domain/answer-rules';
import { formatDeadlineFr } from './domain/follow-up';
import { missionTakesAnswers, pageStateOf } from './domain/proposal-page';
import { ProposalStatus } from './domain/proposal-status';
import { ANSWER_LINK_PURPOSE, ProposalNotifier, ProposalParties } from './proposal-notifier';
import { ProposalWorkflow } from './proposal-workflow';
import { Proposal } from './proposal.entity';
import { messageParagraphs } from './proposals.mail';
import type { AcceptedPageData, DeclinedPageData, OpenPageData, WaitingListPageData } from './web/proposal-pages';

/** What the page of a link shows (the controller picks the template). */
export type ProposalPageModel =
  | { kind: 'open'; data: OpenPageData }
  | { kind: 'accepted'; data: AcceptedPageData }
  | { kind: 'waiting-list'; data: WaitingListPageData }
  | { kind: 'declined'; data: DeclinedPageData }
  | { kind: 'invalid' };

const INVALID: ProposalPageModel = { kind: 'invalid' };

/** PostgreSQL refused the transaction because of a lock cycle or a serialisation conflict: safe to run again. */
function isRetryable(error: unknown): boolean {
  const code =
    (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ??
    (error as { code?: string })?.code;
  return code === '40P01' || code === '40001';
}

/**
 * The beneficiary's side of a proposal, reached only through its signed link: showing the page and
 * recording the answer. Every dead end — a token forged, truncated, for another purpose or past
 * its expiry, a proposal withdrawn or expired — gives the same `invalid` model and writes nothing.
 */
@Injectable()
export class ProposalAnswers {
  private readonly logger = new Logger(ProposalAnswers.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly links: SignedLinks,
    private readonly missions: MissionsService,
    private readonly workflow: ProposalWorkflow,
    private readonly notifier: ProposalNotifier,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** The proposal id of a token, or null (the reason goes to the log only). */
  proposalIdOf(token: string): string | null {
    try {
      return this.links.verify(token, ANSWER_LINK_PURPOSE);
    } catch (error) {
      if (!(error instanceof InvalidLinkException)) throw error;
      this.logger.log({ event: 'proposal.link_refused', reason: error.reason });
      return null;
    }
  }

  async show(token: string): Promise<ProposalPageModel> {
    const id = this.proposalIdOf(token);
    if (!id) return INVALID;
    const proposal = await this.dataSource.getRepository(Proposal).findOneBy({ id });
    if (!proposal) return INVALID;
    return this.model(this.dataSource.manager, token, proposal, false);
  }

  /** Records the answer when the proposal awaits one; otherwise shows where it stands and changes nothing. */
  async answer(token: string, answer: Answer, reason: DeclineReason | null): Promise<ProposalPageModel> {
    const id = this.proposalIdOf(token);
    if (!id) return INVALID;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.answerOnce(token, id, answer, reason);
      } catch (error) {
        if (attempt >= 3 || !isRetryable(error)) throw error;
        this.logger.warn({ event: 'proposal.answer_retried', proposalId: id, attempt });
      }
    }
  }

  private answerOnce(
    token: string,
    id: string,
    answer: Answer,
    reason: DeclineReason | null,
  ): Promise<ProposalPageModel> {
    return this.unitOfWork.run(async (tx) => {
      const unlocked = await tx.manager.findOneBy(Proposal, { id });
      if (!unlocked) return INVALID;
      // Mission first, then the proposal: the locking order of every proposal move.
      const mission = answer === 'accept' ? await this.missions.getForUpdate(tx, unlocked.missionId) : null;
      const proposal = await this.workflow.lock(tx, id);
      if (!proposal) return INVALID;
      const decision = decideAnswer(proposal, this.clock.now());
      if (decision.kind === 'closed') return INVALID;
      if (decision.kind === 'unchanged') return this.model(tx.manager, token, proposal, false);
      let updated: Proposal;
      if (answer === 'accept') {
        if (!mission || !missionTakesAnswers(mission.status)) return INVALID;
        updated = await this.workflow.accept(tx, proposal, mission);
      } else {
        updated = await this.workflow.decline(tx, proposal, reason);
      }
      return this.model(tx.manager, token, updated, true);
    });
  }

  private async model(
    manager: DataSource['manager'],
    token: string,
    proposal: Proposal,
    justAnswered: boolean,
  ): Promise<ProposalPageModel> {
    const parties: ProposalParties = await this.notifier.parties(manager, proposal);
    const { beneficiary, mission, referent } = parties;
    const rank =
      proposal.status === ProposalStatus.WAITING_LIST
        ? ((await manager
            .getRepository(Proposal)
            .createQueryBuilder('p')
            .where('p.missionId = :missionId', { missionId: proposal.missionId })
            .andWhere('p.status = :waiting', { waiting: ProposalStatus.WAITING_LIST })
            .andWhere('p.waitingListPosition <= :position', { position: proposal.waitingListPosition })
            .getCount()) as number)
        : null;
    const state = pageStateOf(
      {
        status: proposal.status,
        expiresAt: proposal.expiresAt,
        missionStatus: mission.status,
        places: mission.places,
        placesTaken: mission.placesTaken,
        waitingListRank: rank,
      },
      this.clock.now(),
    );
    if (state.kind === 'invalid') return INVALID;
    const sheet = await this.notifier.sheet(manager, parties);
    const referentName = `${referent.firstName} ${referent.lastName}`;
    switch (state.kind) {
      case 'open':
        return {
          kind: 'open',
          data: {
            firstName: beneficiary.firstName,
            referentName,
            referentFirstName: referent.firstName,
            messageParagraphs: messageParagraphs(proposal.message),
            sheet,
            deadline: formatDeadlineFr(proposal.expiresAt),
            missionFull: state.missionFull,
            acceptAction: `/p/${token}/accept`,
            declineAction: `/p/${token}/decline`,
            reasons: Object.values(DeclineReason).map((value) => ({ value, label: DECLINE_REASON_LABELS[value] })),
          },
        };
      case 'accepted':
        return {
          kind: 'accepted',
          data: {
            firstName: beneficiary.firstName,
            referentName,
            sheet,
            // A link valid for 30 days from now (the person may have come off the waiting list later).
            bookingUrl: this.notifier.bookingUrl(proposal, this.clock.now()),
            justAnswered,
          },
        };
      case 'waiting-list':
        return {
          kind: 'waiting-list',
          data: { firstName: beneficiary.firstName, sheet, rank: state.rank, justAnswered },
        };
      case 'declined':
        return {
          kind: 'declined',
          data: {
            firstName: beneficiary.firstName,
            referentFirstName: referent.firstName,
            missionTitle: mission.title,
            justAnswered,
          },
        };
    }
  }
}
