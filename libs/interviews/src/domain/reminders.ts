const HOUR = 3_600_000;

/** The reminders of an interview: two days before, and two hours before. */
export enum ReminderKind {
  H48 = 'H48',
  H2 = 'H2',
}

export const REMINDER_OFFSET_MS: Record<ReminderKind, number> = {
  H48: 48 * HOUR,
  H2: 2 * HOUR,
};

/** How long before the interview each reminder goes, in words (carnet de bord). */
export const REMINDER_LEADS_FR: Record<ReminderKind, string> = {
  H48: 'deux jours avant',
  H2: 'deux heures avant',
};

/** A reminder is pointless when the invitation itself went out less than this before it. */
export const FRESH_INVITATION_MS = 12 * HOUR;

export interface PlannedReminder {
  kind: ReminderKind;
  /** When the delayed job runs. */
  at: Date;
}

/** When each reminder of an interview starting at `startsAt` falls. */
export function reminderTimes(startsAt: Date): Record<ReminderKind, Date> {
  return {
    H48: new Date(startsAt.getTime() - REMINDER_OFFSET_MS.H48),
    H2: new Date(startsAt.getTime() - REMINDER_OFFSET_MS.H2),
  };
}

/**
 * The reminders to plan when an interview is booked or moved at `scheduledAt`: each one, unless
 * the invitation reaches people less than 12 h before it (a booking 50 h ahead gets no 48 h reminder).
 */
export function plannedReminders(startsAt: Date, scheduledAt: Date): PlannedReminder[] {
  const times = reminderTimes(startsAt);
  return [ReminderKind.H48, ReminderKind.H2]
    .filter((kind) => times[kind].getTime() - scheduledAt.getTime() >= FRESH_INVITATION_MS)
    .map((kind) => ({ kind, at: times[kind] }));
}

/** The idempotency key shared by a reminder's job and its emails: a moved interview has new keys. */
export function reminderKey(interviewId: string, kind: ReminderKind, startsAt: Date): string {
  return `interview:${interviewId}:reminder:${kind}:${startsAt.getTime()}`;
}

/**
 * Why a reminder planned for an interview starting at `plannedStartsAt` is no longer sent at
 * `now` (French, for the logs and the email table), or null when it still is: the interview was
 * cancelled or held, moved, has started — or, for a 48 h reminder run late, the 2 h one is due.
 */
export function reminderDropReason(
  kind: ReminderKind,
  plannedStartsAt: Date,
  interview: { scheduled: boolean; startsAt: Date } | null,
  now: Date,
): string | null {
  if (!interview || !interview.scheduled) return 'entretien annulé ou terminé';
  if (interview.startsAt.getTime() !== plannedStartsAt.getTime()) return 'entretien déplacé';
  if (now.getTime() >= interview.startsAt.getTime()) return 'entretien déjà commencé';
  if (kind === ReminderKind.H48 && now.getTime() >= reminderTimes(interview.startsAt).H2.getTime()) {
    return 'remplacé par le rappel de 2 h';
  }
  return null;
}
