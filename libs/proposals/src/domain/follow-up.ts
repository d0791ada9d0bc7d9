import { ProposalStatus } from './proposal-status';

const DAY_MS = 24 * 3600 * 1000;

/** Reminder and expiry delays, in days from the proposal (PROPOSAL_REMINDER_DAYS / PROPOSAL_EXPIRY_DAYS). */
export interface FollowUpDelays {
  reminderDays: number;
  expiryDays: number;
}

export const DEFAULT_FOLLOW_UP_DELAYS: FollowUpDelays = { reminderDays: 4, expiryDays: 10 };

/** The delays of the configuration (PROPOSAL_REMINDER_DAYS, PROPOSAL_EXPIRY_DAYS). */
export function followUpDelaysOf(config: {
  PROPOSAL_REMINDER_DAYS: number;
  PROPOSAL_EXPIRY_DAYS: number;
}): FollowUpDelays {
  return { reminderDays: config.PROPOSAL_REMINDER_DAYS, expiryDays: config.PROPOSAL_EXPIRY_DAYS };
}

/** How long the self-booking link of an accepted proposal works (days from the answer). */
export const BOOKING_LINK_DAYS = 30;

export function addDaysTo(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

/** When a proposal made at `createdAt` expires (its links expire with it). */
export function expiryOf(createdAt: Date, delays: FollowUpDelays): Date {
  return addDaysTo(createdAt, delays.expiryDays);
}

/** When the one reminder of a proposal made at `createdAt` is due. */
export function reminderDueAt(createdAt: Date, delays: FollowUpDelays): Date {
  return addDaysTo(createdAt, delays.reminderDays);
}

/** When the self-booking link given on acceptance stops working. */
export function bookingLinkExpiry(answeredAt: Date): Date {
  return addDaysTo(answeredAt, BOOKING_LINK_DAYS);
}

export interface FollowedProposal {
  status: ProposalStatus;
  createdAt: Date;
  expiresAt: Date;
  remindedAt: Date | null;
}

/**
 * What the periodic sweep does to a proposal at `now`: expire it once its delay is over without
 * an answer; otherwise send its one reminder once the reminder delay is over — only when the
 * first email has gone (SENT), so the reminder never overtakes it, and only while the mission is
 * open (`missionAvailability`): no reminder whose link leads to a closed, full or past mission.
 */
export function followUpAction(
  proposal: FollowedProposal,
  now: Date,
  delays: FollowUpDelays,
  missionOpen: boolean,
): 'expire' | 'remind' | null {
  const awaiting = proposal.status === ProposalStatus.PROPOSED || proposal.status === ProposalStatus.SENT;
  if (!awaiting) return null;
  if (now.getTime() >= proposal.expiresAt.getTime()) return 'expire';
  if (
    proposal.status === ProposalStatus.SENT &&
    proposal.remindedAt === null &&
    missionOpen &&
    now.getTime() >= reminderDueAt(proposal.createdAt, delays).getTime()
  ) {
    return 'remind';
  }
  return null;
}

/** « 12/03/2026 » in Paris time: the last day the person can answer. */
export function formatDeadlineFr(expiresAt: Date): string {
  // The link works until expiresAt; the day shown is the last full day before it.
  const lastMoment = new Date(expiresAt.getTime() - 1);
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(lastMoment);
}
