import { Injectable, Logger } from '@nestjs/common';
import { Clock, InvalidLinkException, SignedLinks, UnitOfWork } from '@tremplin/core';
import { MissionsService } from '@tremplin/missions';
import { DataSource } from 'typeorm';
import type { RecordedBy } from './domain/answer-channel';
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

/** What an answer did: recorded it, found one already there, or found the proposal closed to answers. */
export type AnswerOutcome =
  { kind: 'recorded'; proposal: Proposal } | { kind: 'unchanged'; proposal: Proposal } | { kind: 'closed' };

const CLOSED: AnswerOutcome = { kind: 'closed' };

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
    const outcome = await this.settle(id, answer, reason, null);
    if (outcome.kind === 'closed') return INVALID;
    return this.model(this.dataSource.manager, token, outcome.proposal, outcome.kind === 'recorded');
  }

  /**
   * The one path of every answer — from the link (`recorded` null) or told to a référent who
   * records it: the same locks (mission, then proposal), the same rules (awaiting an answer, not
   * expired, mission not closed; a yes takes a place or joins the waiting list and dates the
   * consent), retried on a lock cycle. A second answer changes nothing (`unchanged`).
   */
  async settle(
    id: string,
    answer: Answer,
    reason: DeclineReason | null,
    recorded: RecordedBy | null,
  ): Promise<AnswerOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.settleOnce(id, answer, reason, recorded);
      } catch (error) {
        if (attempt >= 3 || !isRetryable(error)) throw error;
        this.logger.warn({ event: 'proposal.answer_retried', proposalId: id, attempt });
      }
    }
  }

  private settleOnce(
    id: string,
    answer: Answer,
    reason: DeclineReason | null,
    recorded: RecordedBy | null,
  ): Promise<AnswerOutcome> {
    return this.unitOfWork.run(async (tx): Promise<AnswerOutcome> => {
      const unlocked = await tx.manager.findOneBy(Proposal, { id });
      if (!unlocked) return CLOSED;
      // Mission first, then the proposal: the locking order of every proposal move.
      const mission = answer === 'accept' ? await this.missions.getForUpdate(tx, unlocked.missionId) : null;
      const proposal = await this.workflow.lock(tx, id);
      if (!proposal) return CLOSED;
      const decision = decideAnswer(proposal, this.clock.now());
      if (decision.kind === 'closed') return CLOSED;
      if (decision.kind === 'unchanged') return { kind: 'unchanged', proposal };
      if (answer === 'accept') {
        if (!mission || !missionTakesAnswers(mission.status)) return CLOSED;
        return { kind: 'recorded', proposal: await this.workflow.accept(tx, proposal, mission, recorded) };
      }
      return { kind: 'recorded', proposal: await this.workflow.decline(tx, proposal, reason, recorded) };
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
