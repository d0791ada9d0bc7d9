/**
 * The life of a mission proposal (« proposition de mission »):
 *
 *   PROPOSED ──(email sent)──▶ SENT ──▶ ACCEPTED | WAITING_LIST | DECLINED | EXPIRED
 *       └──────────────┴──────▶ WITHDRAWN (by the referent, before or after an answer)
 *   WAITING_LIST ──(a place frees up)──▶ ACCEPTED
 *
 * A beneficiary may answer as soon as the proposal exists (the email may be delivered before the
 * send job has recorded it), so PROPOSED accepts the same answers as SENT.
 */
export enum ProposalStatus {
  /** Written, its email promised (outbox) but not yet handed to the SMTP server. */
  PROPOSED = 'PROPOSED',
  /** Email sent; waiting for the person's answer. */
  SENT = 'SENT',
  /** « Je suis intéressé(e) » with a place taken on the mission. */
  ACCEPTED = 'ACCEPTED',
  /** « Je suis intéressé(e) » on a mission with no place left: in line for the next one. */
  WAITING_LIST = 'WAITING_LIST',
  /** « Non merci ». */
  DECLINED = 'DECLINED',
  /** No answer within the delay. */
  EXPIRED = 'EXPIRED',
  /** Called off by the referent (or because the mission closed). */
  WITHDRAWN = 'WITHDRAWN',
}

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  PROPOSED: 'en cours d’envoi',
  SENT: 'envoyée, en attente de réponse',
  ACCEPTED: 'acceptée',
  WAITING_LIST: "sur liste d'attente",
  DECLINED: 'refusée',
  EXPIRED: 'expirée sans réponse',
  WITHDRAWN: 'retirée',
};

/** Waiting for the person's answer. */
export const AWAITING_ANSWER: readonly ProposalStatus[] = [ProposalStatus.PROPOSED, ProposalStatus.SENT];

/**
 * Statuses during which the pair (beneficiary, mission) may not receive a second proposal
 * (a partial unique index enforces it in the database).
 */
export const OPEN_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.PROPOSED,
  ProposalStatus.SENT,
  ProposalStatus.ACCEPTED,
  ProposalStatus.WAITING_LIST,
];

/** The person said yes (with or without a place). */
export const INTERESTED_STATUSES: readonly ProposalStatus[] = [ProposalStatus.ACCEPTED, ProposalStatus.WAITING_LIST];

const TRANSITIONS: Record<ProposalStatus, readonly ProposalStatus[]> = {
  PROPOSED: [
    ProposalStatus.SENT,
    ProposalStatus.ACCEPTED,
    ProposalStatus.WAITING_LIST,
    ProposalStatus.DECLINED,
    ProposalStatus.EXPIRED,
    ProposalStatus.WITHDRAWN,
  ],
  SENT: [
    ProposalStatus.ACCEPTED,
    ProposalStatus.WAITING_LIST,
    ProposalStatus.DECLINED,
    ProposalStatus.EXPIRED,
    ProposalStatus.WITHDRAWN,
  ],
  ACCEPTED: [ProposalStatus.WITHDRAWN],
  WAITING_LIST: [ProposalStatus.ACCEPTED, ProposalStatus.WITHDRAWN],
  DECLINED: [],
  EXPIRED: [],
  WITHDRAWN: [],
};

export function canTransition(from: ProposalStatus, to: ProposalStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses reachable from `from` (empty for a final status). */
export function nextStatuses(from: ProposalStatus): readonly ProposalStatus[] {
  return TRANSITIONS[from];
}

export function isFinal(status: ProposalStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

export function isAwaitingAnswer(status: ProposalStatus): boolean {
  return AWAITING_ANSWER.includes(status);
}

export function isOpen(status: ProposalStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Why a referent may not withdraw a proposal in this status (French), or null when allowed. */
export function withdrawalProblem(status: ProposalStatus): string | null {
  if (canTransition(status, ProposalStatus.WITHDRAWN)) return null;
  return `Cette proposition ne peut plus être retirée : elle est ${PROPOSAL_STATUS_LABELS[status]}.`;
}
