import { IndicatorCode } from './indicator-definitions';
import { sampleReport } from './report-fixture';
import { monthsToRecord, snapshotRows } from './snapshots';

describe(snapshotRows.name, () => {
  it('stores every indicator exactly, with the counts behind the breakdowns', () => {
    const rows = snapshotRows({
      ...sampleReport(),
      values: new Map([
        [IndicatorCode.A5_2, { numerator: 3, denominator: null, value: 3 }],
        [IndicatorCode.A1_1, { numerator: 5, denominator: 8, value: 0.625 }],
        [IndicatorCode.A5_Q1, { numerator: 10, denominator: null, value: 10 }],
        [IndicatorCode.A5_Q2, { numerator: 13, denominator: null, value: 13 }],
      ]),
    });
    expect(rows).toEqual([
      { code: 'A5-2', value: 3, numerator: 3, denominator: null, breakdown: null },
      { code: 'A1-1', value: 0.625, numerator: 5, denominator: 8, breakdown: null },
      { code: 'A5-Q1', value: 10, numerator: 10, denominator: null, breakdown: { ALIMENTATION: 3, SPORT: 7 } },
      {
        code: 'A5-Q2',
        value: 13,
        numerator: 13,
        denominator: null,
        breakdown: { proposals: 6, interviews: 2, messages: 5 },
      },
    ]);
  });
});

describe(monthsToRecord.name, () => {
  it('recomputes the previous month and the current one, across a year end', () => {
    expect(monthsToRecord('2026-01-01')).toEqual(['2025-12-01', '2026-01-01']);
    expect(monthsToRecord('2026-03-31')).toEqual(['2026-02-01', '2026-03-01']);
  });
});
