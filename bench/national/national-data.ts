/** What the national benchmark's generator and its measuring scripts share: sizes, ids, the database. */

/** The first 8 hex digits of the ids of each table: row n of a table has id `<prefix>-0000-4000-8000-<n in hex>`. */
export enum IdPrefix {
  Territory = '0a000001',
  Admin = '0a000002',
  Referent = '0a000003',
  Coordinator = '0a000004',
  Member = '0a000005',
  Association = '0a000006',
  Mission = '0a000007',
  Beneficiary = '0a000008',
  Logbook = '0a000009',
  Proposal = '0a00000a',
  Availability = '0a00000b',
  Slot = '0a00000c',
  Interview = '0a00000d',
  Engagement = '0a00000e',
  Attestation = '0a00000f',
}

/** The id of row n (a number) of a table. */
export function uuidJs(prefix: IdPrefix, n: number): string {
  return `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** The same id computed in SQL from an integer expression. */
export function uuidSql(prefix: IdPrefix, expression: string): string {
  return `('${prefix}-0000-4000-8000-' || lpad(to_hex((${expression})::bigint), 12, '0'))::uuid`;
}

/** The password of every generated account. */
export const NATIONAL_PASSWORD = 'Tremplin-national-2026';

export interface NationalSizes {
  scale: number;
  people: number;
  missions: number;
  proposals: number;
  logbook: number;
  interviews: number;
  /** People per référent. */
  caseload: number;
  missionsPerAssociation: number;
}

/** Full scale: France's RSA households; SCALE (0 < SCALE ≤ 1) scales every count. */
export function nationalSizes(scale = Number(process.env.SCALE ?? 1)): NationalSizes {
  if (!(scale > 0 && scale <= 1)) throw new Error(`SCALE must be in (0, 1] (${process.env.SCALE})`);
  const n = (full: number) => Math.max(1, Math.round(full * scale));
  return {
    scale,
    people: n(1_800_000),
    missions: n(100_000),
    proposals: n(5_000_000),
    logbook: n(20_000_000),
    interviews: n(150_000),
    caseload: 120,
    missionsPerAssociation: 4,
  };
}

export function nationalDatabaseUrl(): string {
  return databaseOn(
    process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432',
    process.env.BENCH_DB ?? 'perf_national',
  );
}

/** The URL of another database on the same server. */
export function databaseOn(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
