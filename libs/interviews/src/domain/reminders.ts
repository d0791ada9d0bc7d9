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

/** A reminder is pointless when the invitation itself went out less than this before it. */
export const FRESH_INVITATION_MS = 12 * HOUR;

/** Latest first: when both are due (the sweep was late), only the closer one is sent. */
const KINDS_LATEST_FIRST: readonly ReminderKind[] = [ReminderKind.H2, ReminderKind.H48];

/** When each reminder of an interview starting at `startsAt` falls. */
export function reminderTimes(startsAt: Date): Record<ReminderKind, Date> {
  return {
    H48: new Date(startsAt.getTime() - REMINDER_OFFSET_MS.H48),
    H2: new Date(startsAt.getTime() - REMINDER_OFFSET_MS.H2),
  };
}

/**
 * The reminder to send now for an interview, or null. Only one kind at a time (the nearest to
 * the interview); none once it has started; none when the invitation (booking or rescheduling
 * at `scheduledAt`) reached people less than 12 h before the reminder's time.
 */
export function dueReminder(startsAt: Date, scheduledAt: Date, now: Date): ReminderKind | null {
  if (now.getTime() >= startsAt.getTime()) return null;
  const times = reminderTimes(startsAt);
  const kind = KINDS_LATEST_FIRST.find((k) => now.getTime() >= times[k].getTime());
  if (!kind) return null;
  if (times[kind].getTime() - scheduledAt.getTime() < FRESH_INVITATION_MS) return null;
  return kind;
}

/** The earliest start of an interview that may need a reminder now (sweep window). */
export function reminderWindowEnd(now: Date): Date {
  return new Date(now.getTime() + REMINDER_OFFSET_MS.H48);
}
