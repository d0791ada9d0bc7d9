import { ProposalStatus, isAwaitingAnswer } from './proposal-status';

/** The two choices of the email and the page. */
export type Answer = 'accept' | 'decline';

/** Why the person said « Non merci » (optional). */
export enum DeclineReason {
  NOT_AVAILABLE = 'NOT_AVAILABLE',
  TOO_FAR = 'TOO_FAR',
  NOT_INTERESTED = 'NOT_INTERESTED',
  OTHER = 'OTHER',
}

/** As the person reads them on the page. */
export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  NOT_AVAILABLE: 'Je ne suis pas disponible',
  TOO_FAR: "C'est trop loin",
  NOT_INTERESTED: 'Cette mission ne m’intéresse pas',
  OTHER: 'Autre raison',
};

/** As the referent reads them (« pas disponible »…). */
export const DECLINE_REASON_SHORT_LABELS: Record<DeclineReason, string> = {
  NOT_AVAILABLE: 'pas disponible',
  TOO_FAR: 'trop loin',
  NOT_INTERESTED: 'pas intéressé(e)',
  OTHER: 'autre',
};

/** A reason read from a form: a known value, or null (no reason, or anything else). */
export function parseDeclineReason(value: unknown): DeclineReason | null {
  return typeof value === 'string' && (Object.values(DeclineReason) as string[]).includes(value)
    ? (value as DeclineReason)
    : null;
}

export interface AnswerableProposal {
  status: ProposalStatus;
  expiresAt: Date;
}

/**
 * What an answer does to a proposal:
 * - `record`: the proposal awaits an answer and has not expired: record it;
 * - `unchanged`: it was already answered: show where it stands, change nothing (whatever the
 *   second answer says — a double click, a replayed link or a change of mind by link);
 * - `closed`: expired, withdrawn, or past its expiry: the link no longer works.
 */
export type AnswerDecision = { kind: 'record' } | { kind: 'unchanged'; status: ProposalStatus } | { kind: 'closed' };

export function decideAnswer(proposal: AnswerableProposal, now: Date): AnswerDecision {
  if (isAwaitingAnswer(proposal.status)) {
    return now.getTime() < proposal.expiresAt.getTime() ? { kind: 'record' } : { kind: 'closed' };
  }
  switch (proposal.status) {
    case ProposalStatus.ACCEPTED:
    case ProposalStatus.WAITING_LIST:
    case ProposalStatus.DECLINED:
      return { kind: 'unchanged', status: proposal.status };
    default:
      return { kind: 'closed' };
  }
}

/** The status an acceptance leads to, given the outcome of taking a place on the mission. */
export function statusAfterAcceptance(place: 'taken' | 'full'): ProposalStatus {
  return place === 'taken' ? ProposalStatus.ACCEPTED : ProposalStatus.WAITING_LIST;
}
