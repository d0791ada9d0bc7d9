import { ReminderKind, dueReminder, reminderTimes } from './reminders';

const HOUR = 3_600_000;
const startsAt = new Date('2026-02-10T09:00:00Z');
const at = (hoursBefore: number) => new Date(startsAt.getTime() - hoursBefore * HOUR);
const bookedWeekBefore = at(7 * 24);

describe(reminderTimes.name, () => {
  it('falls 48 h and 2 h before the interview', () => {
    expect(reminderTimes(startsAt)).toEqual({
      H48: new Date('2026-02-08T09:00:00Z'),
      H2: new Date('2026-02-10T07:00:00Z'),
    });
  });
});

describe(dueReminder.name, () => {
  it('is due from 48 h before, then the 2 h one from 2 h before, none once it has started', () => {
    expect(dueReminder(startsAt, bookedWeekBefore, at(49))).toBeNull();
    expect(dueReminder(startsAt, bookedWeekBefore, at(48))).toBe(ReminderKind.H48);
    expect(dueReminder(startsAt, bookedWeekBefore, at(3))).toBe(ReminderKind.H48);
    expect(dueReminder(startsAt, bookedWeekBefore, at(2))).toBe(ReminderKind.H2);
    expect(dueReminder(startsAt, bookedWeekBefore, at(0.1))).toBe(ReminderKind.H2);
    expect(dueReminder(startsAt, bookedWeekBefore, startsAt)).toBeNull();
  });

  it('skips a reminder that would follow a fresh invitation by less than 12 h', () => {
    const bookedJustBefore48h = at(50);
    expect(dueReminder(startsAt, bookedJustBefore48h, at(48))).toBeNull();
    expect(dueReminder(startsAt, bookedJustBefore48h, at(2))).toBe(ReminderKind.H2);
    expect(dueReminder(startsAt, at(61), at(48))).toBe(ReminderKind.H48);
  });
});
