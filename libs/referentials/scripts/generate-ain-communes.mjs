// Regenerates the current communes of the Ain from the official list and the 2018 shapes (a development
// tool: the platform never reads the shared folder nor this package at run time):
//
//   node libs/referentials/scripts/generate-ain-communes.mjs [../shared/data]
//
// - libs/referentials/src/data/ain-communes.data.ts: the current communes (codes, names, postcodes and
//   population from `@etalab/decoupage-administratif`, type « commune-actuelle » of département 01), each
//   with a point derived from the 2018 shapes of the communes it is made of, and the table of former
//   codes and names (its `anciensCodes`, its communes déléguées and associées, the 2018 names it replaced).
// - libs/indicators/src/data/ain-commune-outlines.data.ts: each current commune's outline, the union of
//   its former communes' shapes (their shared borders dissolved), simplified for the indicators' map.
//
// Point of a commune: the 2018 point (centroid of its main polygon) when it was not merged; for a merged
// commune, the area centroid of the union of its former communes (checked to fall inside it).
// Outline: each ring is simplified with the Douglas–Peucker algorithm (tolerance 0.002°, about 200 m, far
// below what a map of the whole département shows) and rounded to 0.001°.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const TOLERANCE = 0.002;
const shared = process.argv[2] ?? join(here, '../../../../shared/data');
const referentialsTarget = join(here, '../src/data/ain-communes.data.ts');
const outlinesTarget = join(here, '../../indicators/src/data/ain-commune-outlines.data.ts');
const pkg = require('@etalab/decoupage-administratif/package.json');
const official = require('@etalab/decoupage-administratif/data/communes.json').filter((c) => c.departement === '01');

// ---------- geometry ----------
/** Signed area (lon/lat degrees, counter-clockwise positive) and centroid of a closed ring. */
function ringAreaCentroid(ring) {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  return { area, x: area === 0 ? ring[0][0] : cx / (6 * area), y: area === 0 ? ring[0][1] : cy / (6 * area) };
}

function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const pointInPolygon = (point, polygon) =>
  pointInRing(point, polygon[0]) && !polygon.slice(1).some((hole) => pointInRing(point, hole));

/** Outer rings counter-clockwise, holes clockwise. */
function orient(polygon) {
  return polygon.map((ring, index) => {
    const { area } = ringAreaCentroid(ring);
    return (index === 0) === area > 0 ? ring : [...ring].reverse();
  });
}

/**
 * The union of polygons that tile a region (a coverage, as the communes: neighbours share their border's
 * vertices): every edge found twice, in opposite directions, is an inner border and is dropped; the
 * others are chained into rings, counter-clockwise ones outer rings, clockwise ones holes.
 */
function dissolve(polygons) {
  const key = (a, b) => `${a[0]},${a[1]}|${b[0]},${b[1]}`;
  const edges = new Map();
  for (const polygon of polygons.map(orient)) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i];
        const b = ring[i + 1];
        if (a[0] === b[0] && a[1] === b[1]) continue;
        const reverse = key(b, a);
        if (edges.has(reverse)) edges.delete(reverse);
        else edges.set(key(a, b), [a, b]);
      }
    }
  }
  const outgoing = new Map();
  for (const [k, [a, b]] of edges) {
    const from = `${a[0]},${a[1]}`;
    if (!outgoing.has(from)) outgoing.set(from, []);
    outgoing.get(from).push({ k, a, b });
  }
  const used = new Set();
  const rings = [];
  for (const [k, [a]] of edges) {
    if (used.has(k)) continue;
    const ring = [a];
    let current = { k, a, b: edges.get(k)[1] };
    while (current && !used.has(current.k)) {
      used.add(current.k);
      ring.push(current.b);
      current = (outgoing.get(`${current.b[0]},${current.b[1]}`) ?? []).find((e) => !used.has(e.k));
    }
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) throw new Error(`open ring at ${first}`);
    rings.push(ring);
  }
  const outers = rings.filter((r) => ringAreaCentroid(r).area > 0).map((r) => [r]);
  for (const hole of rings.filter((r) => ringAreaCentroid(r).area < 0)) {
    const owner = outers.find((polygon) => pointInRing(hole[0], polygon[0]) || pointInRing(hole[1], polygon[0]));
    if (!owner) throw new Error('a hole outside every outer ring');
    owner.push(hole);
  }
  return outers;
}

/**
 * A point inside the polygons (as PostGIS's ST_PointOnSurface): on the horizontal line through `y`, the
 * middle of the widest stretch inside them.
 */
function pointOnSurface(polygons, y) {
  const crossings = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x0, y0] = ring[i];
        const [x1, y1] = ring[i + 1];
        if (y0 > y !== y1 > y) crossings.push(x0 + ((y - y0) * (x1 - x0)) / (y1 - y0));
      }
    }
  }
  crossings.sort((a, b) => a - b);
  let best = null;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    if (!best || crossings[i + 1] - crossings[i] > best[1] - best[0]) best = [crossings[i], crossings[i + 1]];
  }
  if (!best) throw new Error('no stretch inside the polygons');
  return [(best[0] + best[1]) / 2, y];
}

const polygonArea = (polygon) => polygon.reduce((sum, ring) => sum + ringAreaCentroid(ring).area, 0);

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

const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A closed ring of at least 4 positions, halving the tolerance for small communes that would vanish. */
function simplifyRing(ring) {
  for (let tolerance = TOLERANCE; tolerance > 1e-6; tolerance /= 2) {
    const simplified = simplify(ring, tolerance).map(([x, y]) => [round(x, 3), round(y, 3)]);
    const distinct = simplified.filter(
      (p, i) => i === 0 || p[0] !== simplified[i - 1][0] || p[1] !== simplified[i - 1][1],
    );
    if (distinct.length >= 4) return distinct;
  }
  return ring.map(([x, y]) => [round(x, 3), round(y, 3)]);
}

// ---------- names ----------
const normalize = (name) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(l'|le |la |les )/, '')
    .replace(/[^a-z0-9]/g, '');

// ---------- the 2018 geography ----------
const csv = readFileSync(join(shared, 'ain-communes.csv'), 'utf8').trim().split('\n').slice(1);
const old = new Map(
  csv.map((line) => {
    const [code, name, latitude, longitude] = line.split(',');
    return [code, { name, latitude: Number(latitude), longitude: Number(longitude) }];
  }),
);
const shapes = new Map(
  JSON.parse(readFileSync(join(shared, 'ain-communes.geojson'), 'utf8')).features.map((f) => [
    f.properties.code,
    f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates],
  ]),
);

// ---------- the current communes ----------
const current = official.filter((c) => c.type === 'commune-actuelle').sort((a, b) => a.code.localeCompare(b.code));
const currentCodes = new Set(current.map((c) => c.code));
const attached = official.filter((c) => c.type !== 'commune-actuelle');
const communes = [];
const moved = [];
const former = new Map();
const outlines = [];
for (const commune of current) {
  const parts = [commune.code, ...(commune.anciensCodes ?? [])].filter((code) => shapes.has(code));
  if (!shapes.has(commune.code)) throw new Error(`${commune.code} ${commune.nom}: no 2018 shape`);
  let latitude;
  let longitude;
  const polygons = parts.flatMap((code) => shapes.get(code));
  let outline = polygons;
  if (parts.length === 1) {
    ({ latitude, longitude } = old.get(commune.code));
  } else {
    outline = dissolve(polygons);
    const partsArea = polygons.reduce((sum, p) => sum + Math.abs(polygonArea(orient(p))), 0);
    const unionArea = outline.reduce((sum, p) => sum + polygonArea(p), 0);
    if (Math.abs(unionArea - partsArea) > 1e-9 * Math.max(1, partsArea)) {
      throw new Error(`${commune.nom}: union area ${unionArea} ≠ parts ${partsArea}`);
    }
    let area = 0;
    let x = 0;
    let y = 0;
    for (const polygon of outline) {
      for (const ring of polygon) {
        const c = ringAreaCentroid(ring);
        area += c.area;
        x += c.x * c.area;
        y += c.y * c.area;
      }
    }
    longitude = round(x / area, 5);
    latitude = round(y / area, 5);
  }
  // A centroid outside its commune (a crescent-shaped one, as Montluel) moves to a point inside it.
  const inside = (lon, lat) => outline.some((polygon) => pointInPolygon([lon, lat], polygon));
  const simplifiedOutline = outline.map((polygon) => polygon.map((ring) => simplifyRing(ring)));
  const insideSimplified = (lon, lat) => simplifiedOutline.some((polygon) => pointInPolygon([lon, lat], polygon));
  if (!inside(longitude, latitude) || !insideSimplified(longitude, latitude)) {
    const [x, y] = pointOnSurface(simplifiedOutline, latitude);
    longitude = round(x, 5);
    latitude = round(y, 5);
    if (!inside(longitude, latitude)) throw new Error(`${commune.nom}: no point inside`);
    moved.push(commune.nom);
  }
  communes.push([
    commune.code,
    commune.nom,
    latitude,
    longitude,
    commune.codesPostaux ?? [],
    commune.population ?? null,
  ]);
  outlines.push([commune.code, simplifiedOutline.map((polygon) => polygon.map((ring) => ring.flat()))]);

  // Former codes and names that still lead to this commune.
  const formerCodes = [...new Set([commune.code, ...(commune.anciensCodes ?? [])])];
  for (const code of formerCodes) {
    if (code !== commune.code && currentCodes.has(code)) throw new Error(`${code} is current and former`);
    const delegated = attached.find((a) => a.code === code && a.chefLieu === commune.code);
    const candidates = [delegated?.nom, old.get(code)?.name].filter(Boolean);
    const name = candidates.find((n) => normalize(n) !== normalize(commune.nom)) ?? null;
    if (code === commune.code && name === null) continue;
    if (former.has(code)) throw new Error(`${code} is a former code of two communes`);
    former.set(code, [code, name, commune.code]);
  }
}
for (const a of attached) {
  if (!former.has(a.code) && normalize(a.nom) !== normalize(current.find((c) => c.code === a.chefLieu).nom)) {
    throw new Error(`${a.code} ${a.nom}: a commune ${a.type} missing from the former communes`);
  }
}
for (const code of old.keys()) {
  if (!currentCodes.has(code) && !former.has(code)) throw new Error(`${code}: a 2018 commune lost`);
}
const formerRows = [...former.values()].sort((a, b) => a[0].localeCompare(b[0]));

const merged = current.filter((c) => (c.anciensCodes ?? []).some((code) => shapes.has(code))).length;
writeFileSync(
  referentialsTarget,
  `// The ${communes.length} current communes of the Ain, generated by libs/referentials/scripts/generate-ain-communes.mjs.
// Codes, names, postcodes and population: ${pkg.name} ${pkg.version} (communes of type
// « commune-actuelle », département 01; licence ouverte, from the INSEE Code officiel géographique and La Poste).
// Points (WGS84): the centroid of the commune's main polygon when its territory did not change since 2018;
// for the ${merged} communes made of several 2018 communes, the area centroid of the union of their shapes; a point
// inside the commune when that centroid falls outside it (${moved.join(', ')}). Shapes: IGN Admin Express COG 2018,
// Licence Ouverte / Etalab, as published by the france-geojson project.

export const COMMUNES_SOURCE = { package: '${pkg.name}', version: '${pkg.version}' } as const;

/** [INSEE code, name, latitude, longitude, postcodes, population (null when not published)] */
export type CommuneRow = readonly [string, string, number, number, readonly string[], number | null];

// prettier-ignore
export const AIN_COMMUNES: readonly CommuneRow[] = [
${communes.map((row) => `  ${JSON.stringify(row)}`).join(',\n')},
];

/**
 * [former INSEE code, former name (null when only the code is known), current INSEE code]: the communes merged
 * into a current one (its \`anciensCodes\`, communes déléguées and associées) and the 2018 names a current code
 * no longer bears. A code or name typed or imported still finds the current commune through this table.
 */
export type FormerCommuneRow = readonly [string, string | null, string];

// prettier-ignore
export const AIN_FORMER_COMMUNES: readonly FormerCommuneRow[] = [
${formerRows.map((row) => `  ${JSON.stringify(row)}`).join(',\n')},
];
`,
);

const points = outlines.reduce(
  (sum, [, polygons]) => sum + polygons.flat().reduce((s, ring) => s + ring.length / 2, 0),
  0,
);
writeFileSync(
  outlinesTarget,
  `// The outlines of the ${outlines.length} current communes of the Ain, simplified for the indicators' map (Douglas–Peucker,
// tolerance 0.002°, rounded to 0.001°; ${points} points); a commune made of several 2018 communes has the union of
// their shapes. Source: IGN Admin Express COG 2018, Licence Ouverte / Etalab, as published in GeoJSON by the
// france-geojson project (ain-communes.geojson of the project's shared reference data), grouped by
// ${pkg.name} ${pkg.version}. Regenerate with libs/referentials/scripts/generate-ain-communes.mjs.

/** [INSEE code, polygons]: each polygon is a list of rings, each ring a flat list lon, lat, lon, lat… (closed). */
export type CommuneOutline = readonly [string, ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>];

// prettier-ignore
export const AIN_COMMUNE_OUTLINES: readonly CommuneOutline[] = [
${outlines.map(([code, polygons]) => `  ['${code}', ${JSON.stringify(polygons)}],`).join('\n')}
];
`,
);
process.stdout.write(
  `${communes.length} communes (${merged} merged, ${moved.length} points moved inside: ${moved.join(', ')}), ${formerRows.length} former codes, ${points} outline points\n`,
);
