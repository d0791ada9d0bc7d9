import {
  RETENTION_CATEGORIES,
  RETENTION_CATEGORY_LABELS,
  RetentionSettings,
  retentionCutoff,
  retentionPermission,
} from './retention';

describe(retentionCutoff.name, () => {
  it('goes back whole calendar months, same time of day', () => {
    expect(retentionCutoff(new Date('2028-05-15T03:45:00.000Z'), 24).toISOString()).toBe('2026-05-15T03:45:00.000Z');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(retentionCutoff(new Date('2027-03-31T10:00:00.000Z'), 1).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(retentionCutoff(new Date('2028-03-31T10:00:00.000Z'), 1).toISOString()).toBe('2028-02-29T10:00:00.000Z');
  });

  it('crosses years', () => {
    expect(retentionCutoff(new Date('2027-01-10T00:00:00.000Z'), 13).toISOString()).toBe('2025-12-10T00:00:00.000Z');
  });

  it('is now for a retention of 0', () => {
    const now = new Date('2027-01-10T12:34:56.789Z');
    expect(retentionCutoff(now, 0).getTime()).toBe(now.getTime());
  });

  it('refuses a negative or fractional retention', () => {
    expect(() => retentionCutoff(new Date(), -1)).toThrow(RangeError);
    expect(() => retentionCutoff(new Date(), 1.5)).toThrow(RangeError);
  });
});

describe(retentionPermission.name, () => {
  const settings: RetentionSettings = { monthsAfterExit: 24, accessLogMonths: 12, emailMonths: 24 };

  it('erases nothing before an administrator approved the dry run', () => {
    expect(retentionPermission(null, settings)).toEqual({
      anonymise: false,
      purgeAccessLog: false,
      purgeEmails: false,
    });
  });

  it('runs what was approved with the same settings', () => {
    expect(retentionPermission(settings, settings)).toEqual({
      anonymise: true,
      purgeAccessLog: true,
      purgeEmails: true,
    });
  });

  it('waits for a new approval when a setting became shorter (more would be erased than was seen)', () => {
    expect(retentionPermission(settings, { ...settings, monthsAfterExit: 12 })).toEqual({
      anonymise: false,
      purgeAccessLog: true,
      purgeEmails: true,
    });
    expect(retentionPermission(settings, { ...settings, accessLogMonths: 6 }).purgeAccessLog).toBe(false);
    expect(retentionPermission(settings, { ...settings, emailMonths: 0 }).purgeEmails).toBe(false);
  });

  it('goes on when a setting became longer (less is erased)', () => {
    expect(retentionPermission(settings, { monthsAfterExit: 36, accessLogMonths: 24, emailMonths: 36 })).toEqual({
      anonymise: true,
      purgeAccessLog: true,
      purgeEmails: true,
    });
  });
});

describe('RETENTION_CATEGORY_LABELS', () => {
  it('names every category in French', () => {
    for (const category of RETENTION_CATEGORIES) expect(RETENTION_CATEGORY_LABELS[category]).toMatch(/^[A-ZÉ]/);
  });
});
