import { addDays, formatDateFr } from '@tremplin/beneficiaries';
import { stringify } from 'csv-stringify/sync';
import { IndicatorCode, definitionOf } from './indicator-definitions';
import type { BreakdownCell, BreakdownView, IndicatorReportView } from './indicator-report';

/**
 * The indicators as a CSV file that French spreadsheet software opens as is: UTF-8 with a byte
 * order mark (or accents break), `;` between fields (the comma is the decimal separator), CRLF
 * line ends, decimal comma, dates as DD/MM/YYYY. One line per indicator, then one per line of
 * each breakdown and per month of the Action 5 series, with the same columns.
 */
export const CSV_COLUMNS = [
  'Code',
  'Indicateur',
  'Détail',
  'Valeur',
  'Unité',
  'Numérateur',
  'Dénominateur',
  'Début de période',
  'Fin de période (incluse)',
  'Territoire',
  'Définition',
] as const;

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR) get a leading apostrophe. */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const plainCount = (cell: { count: number | null; display: string }) =>
  cell.count === null ? cell.display : String(cell.count);

/** `indicateurs-cds-oyonnax-2026-01-01-2026-04-01.csv` */
export function csvFileName(report: Pick<IndicatorReportView, 'from' | 'to' | 'scopeLabel' | 'territoryId'>): string {
  const scope =
    report.territoryId === null
      ? 'departement'
      : report.scopeLabel
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
  return `indicateurs-${scope}-${report.from}-${report.to}.csv`;
}

export function indicatorsCsv(report: IndicatorReportView): string {
  const common = {
    start: formatDateFr(report.from),
    end: formatDateFr(addDays(report.to, -1)),
    territory: report.scopeLabel,
  };
  const rows: string[][] = [];
  const push = (
    code: string,
    label: string,
    detail: string,
    value: string,
    unit: string,
    numerator: string,
    denominator: string,
    definition: string,
  ) =>
    rows.push(
      [
        code,
        label,
        detail,
        value,
        unit,
        numerator,
        denominator,
        common.start,
        common.end,
        common.territory,
        definition,
      ].map(neutralizeFormula),
    );

  for (const v of report.values) {
    push(
      v.code,
      v.label,
      '',
      v.plain,
      v.unit,
      v.numerator === null ? (v.numeratorDisplay ?? '') : String(v.numerator),
      v.denominator === null ? (v.denominatorDisplay ?? '') : String(v.denominator),
      v.definition,
    );
  }

  const breakdown = (code: IndicatorCode, prefix: string, items: BreakdownView[]) => {
    const definition = definitionOf(code);
    for (const item of items) {
      push(
        definition.code,
        definition.label,
        `${prefix} : ${item.label}`,
        plainCount(item),
        definition.unit,
        '',
        '',
        '',
      );
    }
  };
  breakdown(IndicatorCode.A5_Q1, 'Domaine', report.missionsByDomain);
  breakdown(IndicatorCode.A5_Q1, 'Structure d’accueil', report.missionsByHost);
  breakdown(IndicatorCode.A5_Q3, 'Compétence', report.competenciesAttested);

  const exchanges = definitionOf(IndicatorCode.A5_Q2);
  const exchangeKinds: Array<[string, (row: IndicatorReportView['exchanges'][number]) => BreakdownCell]> = [
    ['propositions de mission envoyées', (row) => row.proposals],
    ['entretiens tripartites tenus', (row) => row.interviews],
    ['messages aux structures d’accueil', (row) => row.messages],
  ];
  for (const row of report.exchanges) {
    for (const [kind, pick] of exchangeKinds) {
      push(
        exchanges.code,
        exchanges.label,
        `${row.territoryName}, ${row.monthLabel} : ${kind}`,
        plainCount(pick(row)),
        exchanges.unit,
        '',
        '',
        '',
      );
    }
  }

  for (const point of report.monthly) {
    const unit = definitionOf(point.code).unit;
    push(
      point.code,
      point.label,
      `Mois : ${point.monthLabel}`,
      point.value === null ? point.display : String(point.value),
      unit,
      '',
      '',
      '',
    );
  }

  return stringify(rows, {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    header: true,
    columns: [...CSV_COLUMNS],
  });
}
