import { IndicatorCode } from './indicator-definitions';
import { presentReport } from './indicator-report';
import { sampleReport } from './report-fixture';

describe(presentReport.name, () => {
  it('gives the admin exact figures, in the order of the definitions, with their definition', () => {
    const report = presentReport(sampleReport(), true);
    expect(report.values.map((v) => v.code)).toEqual(['A5-1', 'A5-2', 'A5-3', 'A5-Q1-DOM', 'A1-1', 'A2-3']);
    const a52 = report.values.find((v) => v.code === IndicatorCode.A5_2);
    expect(a52).toMatchObject({ value: 3, display: '3', unit: 'personnes', masked: false });
    expect(a52?.definition).toContain('12 mois');
    expect(report.values.find((v) => v.code === IndicatorCode.A2_3)).toMatchObject({
      value: 22.2,
      numerator: 2,
      denominator: 9,
    });
    expect(report).toMatchObject({
      scopeLabel: 'CDS Oyonnax',
      territoryId: 'terr-oyonnax',
      periodLabel: 'du 01/01/2026 au 31/03/2026',
      exactFigures: true,
    });
  });

  it('applies the small-number rule to every figure for anyone else', () => {
    const report = presentReport(sampleReport(), false);
    const byCode = new Map(report.values.map((v) => [v.code, v]));
    expect(byCode.get(IndicatorCode.A5_1)?.display).toBe('12');
    expect(byCode.get(IndicatorCode.A5_2)).toMatchObject({ value: null, display: '< 5', masked: true });
    expect(byCode.get(IndicatorCode.A5_3)?.display).toBe('0');
    expect(byCode.get(IndicatorCode.A1_1)).toMatchObject({ value: 62.5, display: '62,5 %' });
    expect(byCode.get(IndicatorCode.A2_3)).toMatchObject({ value: null, display: 'non diffusé' });
    expect(report.missionsByDomain).toEqual([
      { key: 'SPORT', label: 'Sport', count: 7, display: '7' },
      { key: 'ALIMENTATION', label: 'Alimentation et lutte contre le gaspillage', count: null, display: '< 5' },
    ]);
    expect(report.exchanges[0]).toMatchObject({
      proposals: { count: 6, display: '6' },
      interviews: { count: null, display: '< 5' },
      messages: { count: 5, display: '5' },
      total: { count: null, display: 'non diffusé' },
    });
    expect(report.monthly.map((p) => [p.month, p.code, p.display])).toEqual([
      ['2026-01-01', 'A5-1', '5'],
      ['2026-01-01', 'A5-4', '< 5'],
      ['2026-02-01', 'A5-1', '7'],
      ['2026-02-01', 'A5-4', '6'],
    ]);
  });

  it('orders breakdowns by count, then label', () => {
    const report = presentReport(sampleReport(), true);
    expect(report.competenciesAttested.map((c) => c.label)).toEqual(['Accueil du public', 'Travailler en équipe']);
    expect(report.exchanges[0].total).toEqual({ count: 13, display: '13' });
  });
});
