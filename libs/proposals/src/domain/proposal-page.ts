import { decideAnswer } from './answer-rules';
import { ProposalStatus } from './proposal-status';

/**
 * What the page of a proposal link shows. Every dead end (unknown, forged or expired token,
 * withdrawn or expired proposal, closed mission) is the same `invalid` page, so that a link
 * reveals nothing about a proposal it cannot act on.
 */
export type ProposalPageState =
  | { kind: 'open'; missionFull: boolean }
  | { kind: 'accepted' }
  | { kind: 'waiting-list'; rank: number | null }
  | { kind: 'declined' }
  | { kind: 'invalid' };

export interface PageFacts {
  status: ProposalStatus;
  expiresAt: Date;
  /** MissionStatus of the missions domain (DRAFT, SUBMITTED, PUBLISHED, FULL, CLOSED). */
  missionStatus: string;
  places: number;
  placesTaken: number;
  /** Rank on the waiting list (1 = next), when on it. */
  waitingListRank?: number | null;
}

/**
 * A closed mission takes no more answers. A mission back in moderation after an edit
 * (SUBMITTED) still does: its pending proposals stay valid.
 */
export function missionTakesAnswers(missionStatus: string): boolean {
  return missionStatus !== 'CLOSED';
}

export function pageStateOf(facts: PageFacts, now: Date): ProposalPageState {
  const decision = decideAnswer(facts, now);
  if (decision.kind === 'closed') return { kind: 'invalid' };
  if (decision.kind === 'record') {
    if (!missionTakesAnswers(facts.missionStatus)) return { kind: 'invalid' };
    return { kind: 'open', missionFull: facts.placesTaken >= facts.places };
  }
  switch (decision.status) {
    case ProposalStatus.ACCEPTED:
      return { kind: 'accepted' };
    case ProposalStatus.WAITING_LIST:
      return { kind: 'waiting-list', rank: facts.waitingListRank ?? null };
    default:
      return { kind: 'declined' };
  }
}
