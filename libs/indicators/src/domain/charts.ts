import { IndicatorCode } from './indicator-definitions';
import type { BreakdownView, MissionPoint, MonthlyPointView } from './indicator-report';
import { shortMonthLabel } from './period';

/**
 * Vega-Lite specifications of the dashboard's charts, built from the report as the viewer may
 * read it (values withheld by the small-number rule are left out, never drawn as 0). Pure: the
 * rendering to SVG happens in `ChartRenderer`, server-side.
 */
export type VegaLiteSpec = Record<string, unknown>;

const FONT = 'Arial, Helvetica, sans-serif';

const CONFIG = {
  font: FONT,
  background: 'white',
  axis: { labelFontSize: 12, titleFontSize: 13, labelColor: '#1e1e1e', titleColor: '#1e1e1e', gridColor: '#e3e3e3' },
  legend: { labelFontSize: 12, titleFontSize: 13, labelLimit: 360 },
  title: { fontSize: 15, color: '#00366d', anchor: 'start' },
  view: { stroke: null },
};

/** One colour per mission domain, the same on every chart and on the map (12 distinct hues). */
export const DOMAIN_COLOURS: Readonly<Record<string, string>> = {
  SOLIDARITE_INSERTION: '#1f77b4',
  ALIMENTATION: '#ff7f0e',
  ENVIRONNEMENT: '#2ca02c',
  CULTURE_LOISIRS: '#d62728',
  SPORT: '#9467bd',
  EDUCATION: '#8c564b',
  SANTE_ACCOMPAGNEMENT: '#e377c2',
  PERSONNES_AGEES: '#525252',
  HANDICAP: '#a6a600',
  ANIMAUX: '#17becf',
  NUMERIQUE: '#393b79',
  MEMOIRE_CITOYENNETE: '#637939',
};
const OTHER_COLOUR = '#444444';

export function domainColour(code: string): string {
  return DOMAIN_COLOURS[code] ?? OTHER_COLOUR;
}

/** Short names of the Action 5 series, for the legend. */
const SERIES_NAMES: Partial<Record<IndicatorCode, string>> = {
  [IndicatorCode.A5_1]: 'A5-1 personnes ayant une mission bénévole',
  [IndicatorCode.A5_2]: 'A5-2 retours à l’emploi après le bénévolat',
  [IndicatorCode.A5_3]: 'A5-3 passeports bénévoles délivrés',
  [IndicatorCode.A5_4]: 'A5-4 entretiens tripartites tenus',
};
const SERIES_COLOURS = ['#00366d', '#b34700', '#2ca02c', '#9467bd'];

/** Monthly series of A5-1 to A5-4: one line per indicator, one point per month. */
export function monthlySeriesSpec(points: readonly MonthlyPointView[]): VegaLiteSpec {
  const months = [...new Set(points.map((p) => p.month))].sort();
  const series = Object.values(SERIES_NAMES);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: 'Série mensuelle des indicateurs A5-1 à A5-4',
    config: CONFIG,
    width: Math.max(360, Math.min(820, months.length * 60)),
    height: 240,
    data: {
      values: points
        .filter((p) => p.value !== null)
        .map((p) => ({ month: shortMonthLabel(p.month), series: SERIES_NAMES[p.code] ?? p.code, value: p.value })),
    },
    mark: { type: 'line', point: { size: 50 }, strokeWidth: 2.5 },
    encoding: {
      x: {
        field: 'month',
        type: 'ordinal',
        sort: months.map(shortMonthLabel),
        scale: { domain: months.map(shortMonthLabel) },
        title: 'Mois',
        axis: { labelAngle: months.length > 8 ? -45 : 0 },
      },
      y: { field: 'value', type: 'quantitative', title: 'Nombre', axis: { tickMinStep: 1, format: 'd' } },
      color: {
        field: 'series',
        type: 'nominal',
        title: 'Indicateur',
        scale: { domain: series, range: SERIES_COLOURS },
        legend: { orient: 'bottom', columns: 2 },
      },
    },
  };
}

/** Horizontal bars, largest first, optionally coloured by mission domain (the `key` is then the domain code). */
export function breakdownBarSpec(
  description: string,
  items: readonly BreakdownView[],
  options: { byDomain?: boolean; limit?: number; axisTitle: string },
): VegaLiteSpec {
  const shown = items.filter((item) => item.count !== null && item.count > 0).slice(0, options.limit ?? items.length);
  const colour = options.byDomain
    ? {
        color: {
          field: 'label',
          type: 'nominal',
          legend: null,
          scale: { domain: shown.map((i) => i.label), range: shown.map((i) => domainColour(i.key)) },
        },
      }
    : { color: { value: '#00366d' } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    config: CONFIG,
    width: 420,
    height: { step: 22 },
    data: { values: shown.map((item) => ({ label: item.label, count: item.count })) },
    encoding: {
      // The items come sorted (largest first): an explicit order keeps both layers on one scale.
      y: { field: 'label', type: 'nominal', sort: shown.map((i) => i.label), title: null, axis: { labelLimit: 340 } },
      x: { field: 'count', type: 'quantitative', title: options.axisTitle, axis: { tickMinStep: 1, format: 'd' } },
    },
    layer: [
      { mark: { type: 'bar' }, encoding: colour },
      {
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 12 },
        encoding: { text: { field: 'count', type: 'quantitative' } },
      },
    ],
  };
}

/** GeoJSON of the communes outline, built once from the compact rows. */
export interface CommuneFeatureCollection {
  type: 'FeatureCollection';
  features: Array<{
    type: 'Feature';
    properties: { code: string };
    geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
  }>;
}

export function communeFeatures(
  outlines: ReadonlyArray<readonly [string, ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>]>,
): CommuneFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: outlines.map(([code, polygons]) => ({
      type: 'Feature',
      properties: { code },
      geometry: {
        type: 'MultiPolygon',
        coordinates: polygons.map((rings) =>
          rings.map((flat) => {
            const ring: number[][] = [];
            for (let i = 0; i + 1 < flat.length; i += 2) ring.push([flat[i], flat[i + 1]]);
            return ring;
          }),
        ),
      },
    })),
  };
}

/** The map of missions: the communes of the Ain, each mission a point coloured by its domain. */
export function missionsMapSpec(communes: CommuneFeatureCollection, missions: readonly MissionPoint[]): VegaLiteSpec {
  const domains = [...new Map(missions.map((m) => [m.domainLabel, m.domainCode])).entries()].sort(([a], [b]) =>
    a.localeCompare(b, 'fr'),
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: 'Carte des missions de bénévolat dans l’Ain, colorées par domaine d’action',
    config: CONFIG,
    // The Ain is about as wide as high on a Mercator map: no empty band above or below.
    width: 560,
    height: 520,
    projection: { type: 'mercator' },
    layer: [
      {
        data: { values: communes, format: { type: 'json', property: 'features' } },
        mark: { type: 'geoshape', fill: '#eef1f4', stroke: '#8a96a3', strokeWidth: 0.4 },
      },
      {
        data: {
          values: missions.map((m) => ({
            longitude: m.longitude,
            latitude: m.latitude,
            domain: m.domainLabel,
            title: m.title,
            host: m.hostName,
            commune: m.communeName,
          })),
        },
        mark: { type: 'circle', size: 70, opacity: 0.9, stroke: 'white', strokeWidth: 0.8 },
        encoding: {
          longitude: { field: 'longitude', type: 'quantitative' },
          latitude: { field: 'latitude', type: 'quantitative' },
          color: {
            field: 'domain',
            type: 'nominal',
            title: 'Domaine d’action',
            scale: { domain: domains.map(([label]) => label), range: domains.map(([, code]) => domainColour(code)) },
            legend: { orient: 'bottom', columns: 2 },
          },
        },
      },
    ],
  };
}
