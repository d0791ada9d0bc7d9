import { AppException, ErrorCode } from '@tremplin/core';
import { describePeriod, monthLabel, monthPeriod, monthSlices, shortMonthLabel, validatePeriod } from './period';

function errorOf(run: () => unknown): AppException {
  try {
    run();
  } catch (error) {
    if (error instanceof AppException) return error;
    throw error;
  }
  throw new Error('expected an AppException');
}

describe(validatePeriod.name, () => {
  it('accepts [from, to) with from before to', () => {
    expect(validatePeriod('2026-01-01', '2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-04-01' });
    expect(validatePeriod('2026-01-01', '2026-01-02')).toEqual({ from: '2026-01-01', to: '2026-01-02' });
  });

  it('refuses from after to, and an empty period, in French', () => {
    for (const [from, to] of [
      ['2026-04-01', '2026-01-01'],
      ['2026-03-01', '2026-03-01'],
    ]) {
      const error = errorOf(() => validatePeriod(from, to));
      expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.message).toContain('doit précéder la date de fin');
      expect(error.extra.fields).toEqual([{ field: 'from', messages: ['doit précéder la date de fin'] }]);
    }
  });

  it('accepts exactly 5 years and refuses one day more', () => {
    expect(validatePeriod('2023-01-01', '2028-01-01').to).toBe('2028-01-01');
    const error = errorOf(() => validatePeriod('2023-01-01', '2028-01-02'));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toBe('La période ne peut pas dépasser 5 ans (du 01/01/2023 au 02/01/2028 exclu).');
  });

  it('counts 5 years from 29 February to 28 February', () => {
    expect(validatePeriod('2024-02-29', '2029-02-28').to).toBe('2029-02-28');
    expect(() => validatePeriod('2024-02-29', '2029-03-01')).toThrow(AppException);
  });

  it('refuses what is not a calendar date, naming the field', () => {
    const error = errorOf(() => validatePeriod('2026-02-30', '2026-04-01'));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extra.fields).toEqual([
      { field: 'from', messages: ['la date de début doit être une date au format AAAA-MM-JJ'] },
    ]);
    expect(errorOf(() => validatePeriod('2026-01-01', 'demain')).extra.fields?.[0].field).toBe('to');
    expect(errorOf(() => validatePeriod(undefined, '2026-01-01')).extra.fields?.[0].field).toBe('from');
  });
});

describe(monthSlices.name, () => {
  it('cuts the months a period touches to the period', () => {
    expect(monthSlices({ from: '2026-01-15', to: '2026-03-10' })).toEqual([
      { month: '2026-01-01', label: 'janvier 2026', from: '2026-01-15', to: '2026-02-01' },
      { month: '2026-02-01', label: 'février 2026', from: '2026-02-01', to: '2026-03-01' },
      { month: '2026-03-01', label: 'mars 2026', from: '2026-03-01', to: '2026-03-10' },
    ]);
  });

  it('gives whole months for a period of whole months, across a year end', () => {
    const slices = monthSlices({ from: '2025-11-01', to: '2026-02-01' });
    expect(slices.map((s) => [s.from, s.to])).toEqual([
      ['2025-11-01', '2025-12-01'],
      ['2025-12-01', '2026-01-01'],
      ['2026-01-01', '2026-02-01'],
    ]);
  });

  it('gives 60 months for 5 years', () => {
    expect(monthSlices({ from: '2023-01-01', to: '2028-01-01' })).toHaveLength(60);
  });
});

describe('month labels', () => {
  it('writes months in French', () => {
    expect(monthLabel('2026-08-01')).toBe('août 2026');
    expect(shortMonthLabel('2026-02-01')).toBe('févr. 26');
    expect(monthPeriod('2024-02-17')).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(describePeriod({ from: '2026-01-01', to: '2026-04-01' })).toBe('du 01/01/2026 au 31/03/2026');
  });
});
