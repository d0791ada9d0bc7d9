import { FollowUpDelays, reminderDueAt } from './follow-up';
import { PROPOSAL_STATUS_LABELS, ProposalStatus, isAwaitingAnswer } from './proposal-status';

/** How a proposal reaches the person: by email (signed links), or as a letter the référent prints. */
export enum ProposalDelivery {
  EMAIL = 'EMAIL',
  LETTER = 'LETTER',
}

/** How the answer came: from the signed link, or told to the référent (who records it). */
export enum AnswerChannel {
  LINK = 'LINK',
  PHONE = 'PHONE',
  IN_PERSON = 'IN_PERSON',
}

/** The channels a référent may record an answer from (the link records itself). */
export type RecordedChannel = AnswerChannel.PHONE | AnswerChannel.IN_PERSON;

/** « par téléphone », « en personne » — as the carnet de bord says it. */
export const RECORDED_CHANNEL_LABELS: Record<RecordedChannel, string> = {
  [AnswerChannel.PHONE]: 'par téléphone',
  [AnswerChannel.IN_PERSON]: 'en personne',
};

/** A person without an email address gets a letter; everyone else the email. */
export function deliveryFor(email: string | null | undefined): ProposalDelivery {
  return email?.trim() ? ProposalDelivery.EMAIL : ProposalDelivery.LETTER;
}

/** The status in plain words; a letter awaiting its answer is not « en cours d’envoi ». */
export function proposalStatusLabel(status: ProposalStatus, delivery: ProposalDelivery, emailRefused = false): string {
  if (delivery === ProposalDelivery.LETTER && status === ProposalStatus.PROPOSED) {
    return 'lettre à remettre, en attente de réponse';
  }
  if (emailRefused && status === ProposalStatus.PROPOSED) return 'e-mail refusé par la messagerie, non remis';
  return PROPOSAL_STATUS_LABELS[status];
}

/** The carnet de bord's words for an answer a référent recorded: « Réponse recueillie par téléphone par Claire Martin. » */
export function recordedAnswerNote(channel: RecordedChannel, recorderName: string): string {
  return `Réponse recueillie ${RECORDED_CHANNEL_LABELS[channel]} par ${recorderName}.`;
}

export function isRecordedChannel(channel: AnswerChannel): channel is RecordedChannel {
  return channel === AnswerChannel.PHONE || channel === AnswerChannel.IN_PERSON;
}

/** Who recorded an answer given outside the link, and how it came. */
export interface RecordedBy {
  userId: string;
  name: string;
  channel: RecordedChannel;
}

/**
 * When the one email reminder will go, for a proposal still waiting for it: none for a letter
 * (no email to send), none once reminded or answered.
 */
export function plannedReminderAt(
  proposal: { status: ProposalStatus; delivery: ProposalDelivery; createdAt: Date; remindedAt: Date | null },
  delays: FollowUpDelays,
): Date | null {
  if (proposal.delivery !== ProposalDelivery.EMAIL || proposal.remindedAt || !isAwaitingAnswer(proposal.status)) {
    return null;
  }
  return reminderDueAt(proposal.createdAt, delays);
}
