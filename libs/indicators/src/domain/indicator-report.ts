import { INDICATOR_DEFINITIONS, IndicatorCode, IndicatorDefinition, IndicatorKind } from './indicator-definitions';
import { Period, describePeriod } from './period';
import { RawIndicatorValue, ShownValue, WITHHELD_LABEL, protectCount, protectValue } from './small-numbers';

/** One line of a breakdown (missions by domain, by host, competencies attested), before protection. */
export interface BreakdownCount {
  /** Domain code, association id, competency code. */
  key: string;
  label: string;
  count: number;
}

/** Exchanges between associations and one CDS in one month, before protection. */
export interface ExchangeCount {
  territoryId: string;
  territoryName: string;
  /** First day of the month. */
  month: string;
  monthLabel: string;
  proposals: number;
  interviews: number;
  messages: number;
}

/** A mission shown on the map: public information about an offer, no personal data. */
export interface MissionPoint {
  id: string;
  title: string;
  domainCode: string;
  domainLabel: string;
  hostName: string;
  communeName: string;
  latitude: number;
  longitude: number;
}

export interface MonthValues {
  month: string;
  label: string;
  values: ReadonlyMap<IndicatorCode, RawIndicatorValue>;
}

/** Everything computed for one period and one scope, exact. */
export interface RawIndicatorReport {
  period: Period;
  territory: { id: string; name: string } | null;
  computedAt: Date;
  values: ReadonlyMap<IndicatorCode, RawIndicatorValue>;
  missionsByDomain: readonly BreakdownCount[];
  missionsByHost: readonly BreakdownCount[];
  competenciesAttested: readonly BreakdownCount[];
  exchanges: readonly ExchangeCount[];
  /** The monthly series of A5-1 to A5-4. */
  monthly: readonly MonthValues[];
  /** Missions open during the period, for the map. */
  missions: readonly MissionPoint[];
}

export interface IndicatorValueView extends ShownValue {
  code: IndicatorCode;
  action: string;
  kind: IndicatorKind;
  label: string;
  definition: string;
  unit: string;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
}

export interface BreakdownView {
  key: string;
  label: string;
  count: number | null;
  display: string;
}

export interface ExchangeView {
  territoryId: string;
  territoryName: string;
  month: string;
  monthLabel: string;
  proposals: BreakdownCell;
  interviews: BreakdownCell;
  messages: BreakdownCell;
  total: BreakdownCell;
}

export interface BreakdownCell {
  count: number | null;
  display: string;
}

export interface MonthlyPointView {
  month: string;
  monthLabel: string;
  code: IndicatorCode;
  label: string;
  value: number | null;
  display: string;
}

/** A report as one viewer may read it (the small-number rule applied unless `exactFigures`). */
export interface IndicatorReportView {
  from: string;
  to: string;
  periodLabel: string;
  territoryId: string | null;
  scopeLabel: string;
  computedAt: Date;
  exactFigures: boolean;
  values: IndicatorValueView[];
  missionsByDomain: BreakdownView[];
  missionsByHost: BreakdownView[];
  competenciesAttested: BreakdownView[];
  exchanges: ExchangeView[];
  monthly: MonthlyPointView[];
  missions: MissionPoint[];
}

export const WHOLE_DEPARTEMENT_LABEL = 'Ensemble du département de l’Ain';

const EMPTY: RawIndicatorValue = { numerator: 0, denominator: null, value: 0 };

function viewOf(definition: IndicatorDefinition, raw: RawIndicatorValue, exact: boolean): IndicatorValueView {
  return {
    code: definition.code,
    action: definition.action,
    kind: definition.kind,
    label: definition.label,
    definition: definition.definition,
    unit: definition.unit,
    numeratorLabel: definition.numeratorLabel,
    denominatorLabel: definition.denominatorLabel,
    ...protectValue(definition.kind, raw, exact),
  };
}

const cell = (count: number, exact: boolean): BreakdownCell => {
  const shown = protectCount(count, exact);
  return { count: shown.value, display: shown.display };
};

/** Most frequent first, then by label (French collation). */
function breakdownView(items: readonly BreakdownCount[], exact: boolean): BreakdownView[] {
  return [...items]
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'))
    .map((item) => ({ key: item.key, label: item.label, ...cell(item.count, exact) }));
}

/**
 * Applies the small-number rule for a viewer and orders everything as the reports show it.
 * Indicators a report does not hold (a domain not computed yet) are left out rather than shown as 0.
 */
export function presentReport(raw: RawIndicatorReport, exact: boolean): IndicatorReportView {
  const values = INDICATOR_DEFINITIONS.filter((d) => raw.values.has(d.code)).map((d) =>
    viewOf(d, raw.values.get(d.code) ?? EMPTY, exact),
  );
  const monthly = raw.monthly.flatMap((month) =>
    INDICATOR_DEFINITIONS.filter((d) => d.charted && month.values.has(d.code)).map((d) => {
      const shown = protectValue(d.kind, month.values.get(d.code) ?? EMPTY, exact);
      return {
        month: month.month,
        monthLabel: month.label,
        code: d.code,
        label: d.label,
        value: shown.value,
        display: shown.display,
      };
    }),
  );
  return {
    from: raw.period.from,
    to: raw.period.to,
    periodLabel: describePeriod(raw.period),
    territoryId: raw.territory?.id ?? null,
    scopeLabel: raw.territory?.name ?? WHOLE_DEPARTEMENT_LABEL,
    computedAt: raw.computedAt,
    exactFigures: exact,
    values,
    missionsByDomain: breakdownView(raw.missionsByDomain, exact),
    missionsByHost: breakdownView(raw.missionsByHost, exact),
    competenciesAttested: breakdownView(raw.competenciesAttested, exact),
    exchanges: [...raw.exchanges]
      .sort((a, b) => a.month.localeCompare(b.month) || a.territoryName.localeCompare(b.territoryName, 'fr'))
      .map((row) => {
        const parts = [cell(row.proposals, exact), cell(row.interviews, exact), cell(row.messages, exact)];
        // A total beside a masked part would give the part back by subtraction.
        const total = parts.some((part) => part.count === null)
          ? { count: null, display: WITHHELD_LABEL }
          : cell(row.proposals + row.interviews + row.messages, exact);
        return {
          territoryId: row.territoryId,
          territoryName: row.territoryName,
          month: row.month,
          monthLabel: row.monthLabel,
          proposals: parts[0],
          interviews: parts[1],
          messages: parts[2],
          total,
        };
      }),
    monthly,
    missions: [...raw.missions],
  };
}
