import { ReminderKind, plannedReminders, reminderDropReason, reminderKey, reminderTimes } from './reminders';

const HOUR = 3_600_000;
const startsAt = new Date('2026-02-10T09:00:00Z');
const at = (hoursBefore: number) => new Date(startsAt.getTime() - hoursBefore * HOUR);
const scheduled = { scheduled: true, startsAt };

describe(reminderTimes.name, () => {
  it('falls 48 h and 2 h before the interview', () => {
    expect(reminderTimes(startsAt)).toEqual({
      H48: new Date('2026-02-08T09:00:00Z'),
      H2: new Date('2026-02-10T07:00:00Z'),
    });
  });
});

describe(plannedReminders.name, () => {
  it('plans both reminders for an interview booked a week ahead', () => {
    expect(plannedReminders(startsAt, at(7 * 24))).toEqual([
      { kind: ReminderKind.H48, at: new Date('2026-02-08T09:00:00Z') },
      { kind: ReminderKind.H2, at: new Date('2026-02-10T07:00:00Z') },
    ]);
  });

  it('skips a reminder that would follow the invitation by less than 12 h', () => {
    expect(plannedReminders(startsAt, at(50)).map((r) => r.kind)).toEqual([ReminderKind.H2]);
    expect(plannedReminders(startsAt, at(60)).map((r) => r.kind)).toEqual([ReminderKind.H48, ReminderKind.H2]);
    expect(plannedReminders(startsAt, at(59.9)).map((r) => r.kind)).toEqual([ReminderKind.H2]);
    expect(plannedReminders(startsAt, at(13))).toEqual([]);
  });
});

describe(reminderKey.name, () => {
  it('names the interview, the kind and the start time', () => {
    expect(reminderKey('5f0c', ReminderKind.H2, startsAt)).toBe(`interview:5f0c:reminder:H2:${startsAt.getTime()}`);
  });
});

describe(reminderDropReason.name, () => {
  it('sends a reminder of a scheduled interview that has not moved', () => {
    expect(reminderDropReason(ReminderKind.H48, startsAt, scheduled, at(48))).toBeNull();
    expect(reminderDropReason(ReminderKind.H2, startsAt, scheduled, at(2))).toBeNull();
    expect(reminderDropReason(ReminderKind.H2, startsAt, scheduled, at(0.1))).toBeNull();
  });

  it('drops it when the interview is gone, cancelled or held', () => {
    expect(reminderDropReason(ReminderKind.H2, startsAt, null, at(2))).toBe('entretien annulé ou terminé');
    expect(reminderDropReason(ReminderKind.H2, startsAt, { scheduled: false, startsAt }, at(2))).toBe(
      'entretien annulé ou terminé',
    );
  });

  it('drops it when the interview moved, even back and forth, or has started', () => {
    const moved = { scheduled: true, startsAt: new Date(startsAt.getTime() + 24 * HOUR) };
    expect(reminderDropReason(ReminderKind.H48, startsAt, moved, at(48))).toBe('entretien déplacé');
    expect(reminderDropReason(ReminderKind.H2, startsAt, scheduled, startsAt)).toBe('entretien déjà commencé');
  });

  it('drops a 48 h reminder run so late that the 2 h one is due', () => {
    expect(reminderDropReason(ReminderKind.H48, startsAt, scheduled, at(3))).toBeNull();
    expect(reminderDropReason(ReminderKind.H48, startsAt, scheduled, at(2))).toBe('remplacé par le rappel de 2 h');
  });
});
