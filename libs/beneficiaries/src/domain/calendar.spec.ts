import { addDays, addMonths, ageOn, daysBetween, formatDateFr, localDateOf, startOfLocalDay } from './calendar';

describe(addMonths.name, () => {
  it('keeps the day of the month when the target month has it', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-03-30', 1)).toBe('2026-04-30');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });

  it('crosses year ends forwards and backwards', () => {
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('handles the century rule of leap years', () => {
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29');
  });
});

describe(ageOn.name, () => {
  it('counts full years, the birthday itself included', () => {
    expect(ageOn('2000-06-15', '2018-06-14')).toBe(17);
    expect(ageOn('2000-06-15', '2018-06-15')).toBe(18);
    expect(ageOn('2000-06-15', '2018-12-31')).toBe(18);
  });

  it('ages people born on 29 February on 1 March in common years', () => {
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });
});

describe(localDateOf.name, () => {
  it('takes the date in Paris, not in UTC', () => {
    expect(localDateOf(new Date('2026-01-31T23:30:00Z'))).toBe('2026-02-01');
    expect(localDateOf(new Date('2026-07-31T21:59:00Z'))).toBe('2026-07-31');
    expect(localDateOf(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01');
  });
});

describe(daysBetween.name, () => {
  it('counts calendar days across months, leap days and time changes', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe(formatDateFr.name, () => {
  it('writes day/month/year', () => {
    expect(formatDateFr('2026-02-03')).toBe('03/02/2026');
  });
});

describe(startOfLocalDay.name, () => {
  it('is midnight in Paris, in winter and in summer time', () => {
    expect(startOfLocalDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfLocalDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(startOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(localDateOf(startOfLocalDay('2024-02-29'))).toBe('2024-02-29');
  });
});
