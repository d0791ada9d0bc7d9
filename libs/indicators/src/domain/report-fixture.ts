import { IndicatorCode } from './indicator-definitions';
import type { RawIndicatorReport } from './indicator-report';
import type { RawIndicatorValue } from './small-numbers';

const count = (n: number): RawIndicatorValue => ({ numerator: n, denominator: null, value: n });
const share = (n: number, d: number): RawIndicatorValue => ({ numerator: n, denominator: d, value: d ? n / d : null });

/** A small report of one territory over a quarter, for the unit tests of the presentation layers. */
export function sampleReport(): RawIndicatorReport {
  return {
    period: { from: '2026-01-01', to: '2026-04-01' },
    territory: { id: 'terr-oyonnax', name: 'CDS Oyonnax' },
    computedAt: new Date('2026-04-02T06:00:00.000Z'),
    values: new Map<IndicatorCode, RawIndicatorValue>([
      [IndicatorCode.A5_1, count(12)],
      [IndicatorCode.A5_2, count(3)],
      [IndicatorCode.A5_3, count(0)],
      [IndicatorCode.A1_1, share(5, 8)],
      [IndicatorCode.A2_3, share(2, 9)],
      [IndicatorCode.A5_Q1_DOMAINS, { numerator: 3, denominator: 6, value: 1 - 14 / 36 }],
    ]),
    missionsByDomain: [
      { key: 'ALIMENTATION', label: 'Alimentation et lutte contre le gaspillage', count: 3 },
      { key: 'SPORT', label: 'Sport', count: 7 },
    ],
    missionsByHost: [{ key: 'a1', label: '=HYPERLINK("x")', count: 6 }],
    competenciesAttested: [
      { key: 'TR_ACCUEIL', label: 'Accueil du public', count: 9 },
      { key: 'SE_EQUIPE', label: 'Travailler en équipe', count: 9 },
    ],
    exchanges: [
      {
        territoryId: 'terr-oyonnax',
        territoryName: 'CDS Oyonnax',
        month: '2026-02-01',
        monthLabel: 'février 2026',
        proposals: 6,
        interviews: 2,
        messages: 5,
      },
    ],
    monthly: [
      {
        month: '2026-01-01',
        label: 'janvier 2026',
        values: new Map([
          [IndicatorCode.A5_1, count(5)],
          [IndicatorCode.A5_4, count(1)],
        ]),
      },
      {
        month: '2026-02-01',
        label: 'février 2026',
        values: new Map([
          [IndicatorCode.A5_1, count(7)],
          [IndicatorCode.A5_4, count(6)],
        ]),
      },
    ],
    missions: [
      {
        id: 'm1',
        title: 'Épicerie solidaire <b>accueil</b>',
        domainCode: 'ALIMENTATION',
        domainLabel: 'Alimentation et lutte contre le gaspillage',
        hostName: 'Les Restos',
        communeName: 'Oyonnax',
        latitude: 46.2561,
        longitude: 5.6556,
      },
    ],
  };
}
