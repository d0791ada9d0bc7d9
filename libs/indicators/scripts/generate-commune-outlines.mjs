// Regenerates libs/indicators/src/data/ain-commune-outlines.data.ts, the communes outline of the
// indicators' map, from the shared reference data (a development tool: the platform never reads
// the shared folder at run time).
//
//   node libs/indicators/scripts/generate-commune-outlines.mjs ../shared/data/ain-communes.geojson
//
// Each ring is simplified with the Douglas–Peucker algorithm (tolerance 0.002°, about 200 m, far
// below what a map of the whole département shows) and rounded to 0.001°: 24,000 points become
// about 7,000, and the file shrinks from 500 kB to under 130 kB.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOLERANCE = 0.002;
const source =
  process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/ain-communes.geojson');
const target = join(dirname(fileURLToPath(import.meta.url)), '../src/data/ain-commune-outlines.data.ts');

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  if (dx === 0 && dy === 0) return Math.hypot(px - ax, py - ay);
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function simplify(points, tolerance) {
  if (points.length < 3) return points;
  let farthest = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distanceToSegment(points[i], points[0], points[points.length - 1]);
    if (d > farthest) {
      farthest = d;
      index = i;
    }
  }
  if (farthest <= tolerance) return [points[0], points[points.length - 1]];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

const round = (value) => Math.round(value * 1000) / 1000;

/** A closed ring of at least 4 positions, halving the tolerance for small communes that would vanish. */
function simplifyRing(ring) {
  for (let tolerance = TOLERANCE; tolerance > 1e-6; tolerance /= 2) {
    const simplified = simplify(ring, tolerance).map(([x, y]) => [round(x), round(y)]);
    const distinct = simplified.filter(
      (p, i) => i === 0 || p[0] !== simplified[i - 1][0] || p[1] !== simplified[i - 1][1],
    );
    if (distinct.length >= 4) return distinct;
  }
  return ring.map(([x, y]) => [round(x), round(y)]);
}

const geojson = JSON.parse(readFileSync(source, 'utf8'));
const rows = geojson.features
  .map((feature) => {
    const polygons =
      feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates : [feature.geometry.coordinates];
    return [feature.properties.code, polygons.map((polygon) => polygon.map((ring) => simplifyRing(ring).flat()))];
  })
  .sort((a, b) => a[0].localeCompare(b[0]));

const points = rows.reduce((sum, [, polygons]) => sum + polygons.flat().reduce((s, ring) => s + ring.length / 2, 0), 0);
const body = rows.map(([code, polygons]) => `  ['${code}', ${JSON.stringify(polygons)}],`).join('\n');
writeFileSync(
  target,
  `// The outlines of the 407 communes of the Ain (2018 geography), simplified for the indicators' map
// (Douglas–Peucker, tolerance 0.002°, rounded to 0.001°; ${points} points). Source: IGN Admin Express
// COG 2018, Licence Ouverte / Etalab, as published in GeoJSON by the france-geojson project; copied from
// the project's shared reference data (ain-communes.geojson). Regenerate with
// libs/indicators/scripts/generate-commune-outlines.mjs.

/** [INSEE code, polygons]: each polygon is a list of rings, each ring a flat list lon, lat, lon, lat… (closed). */
export type CommuneOutline = readonly [string, ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>];

// prettier-ignore
export const AIN_COMMUNE_OUTLINES: readonly CommuneOutline[] = [
${body}
];
`,
);
process.stdout.write(`${rows.length} communes, ${points} points -> ${target}\n`);
