import 'reflect-metadata';
import { localDateOf } from '@tremplin/beneficiaries';
import { buildDataSourceOptions, databaseUrl } from '@tremplin/core';
import {
  CandidateProfile,
  DEFAULT_WEIGHTS,
  MatchContext,
  MatchingReferential,
  MissionFacts,
  MissionIndex,
  rankMissions,
} from '@tremplin/matching';
import { Mission, MissionStatus } from '@tremplin/missions';
import { DATABASE_REGISTRY } from '@tremplin/platform';
import { COMPETENCIES, JOBS, MISSION_DOMAINS } from '@tremplin/referentials';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SQL_RANKING, SQL_RANKING_INDEX, sqlRankingParameters } from './sql-ranking';
import { SyntheticMission, syntheticMissions, syntheticProfiles } from './synthetic';

/**
 * `npm run bench:matching` — top 20 missions for one beneficiary at 1k, 10k and 100k published
 * missions, in the same run:
 *   (a) the worker's in-memory index (grid cells, bit sets, bounded heap);
 *   (-) the same scorer over plain objects, every mission scored (brute force, in memory);
 *   (b) the naive approach: load the ORM entities of every published mission, score each object;
 *   (c) one SQL query ranking in PostgreSQL, served by a GiST index on the missions' place;
 * then the batch rescoring of 1k, 10k and 100k beneficiaries against 10k missions.
 * Environment: BENCH_PG_URL (a PostgreSQL server, default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_SIZES (default 1000,10000,100000), BENCH_BATCH (default 1000,10000,100000), BENCH_DB=0 to skip (b) and (c).
 */

const K = 20;
const SERVER_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const BATCH = (process.env.BENCH_BATCH ?? '1000,10000,100000').split(',').map(Number);
/** BENCH_DB=0 skips (b) and (c) (quick runs while working on the index). */
const WITH_DATABASE = process.env.BENCH_DB !== '0';

const print = (line = '') => process.stdout.write(`${line}\n`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeEach<T>(items: readonly T[], run: (item: T) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const started = process.hrtime.bigint();
    await run(item);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

const ms = (value: number) => (value < 10 ? value.toFixed(3) : value < 100 ? value.toFixed(1) : value.toFixed(0));
const pad = (text: string, width: number) => text.padStart(width);

function sameIds(a: { missionId: string }[], b: { missionId: string }[]): boolean {
  return a.length === b.length && a.every((hit, i) => hit.missionId === b[i].missionId);
}

class BenchDatabase {
  readonly name = `tremplin_bench_${process.pid}`;
  dataSource!: DataSource;
  private associationId!: string;

  async open(): Promise<void> {
    await this.admin(`CREATE DATABASE ${this.name}`);
    this.dataSource = new DataSource(
      buildDataSourceOptions(databaseUrl(SERVER_URL, this.name), DATABASE_REGISTRY, { applicationName: 'bench' }),
    );
    await this.dataSource.initialize();
    await this.dataSource.runMigrations({ transaction: 'each' });
    await this.dataSource.query(SQL_RANKING_INDEX);
    const [association] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO association (name, rna, address, commune_code, email, phone, welcome_contact_name,
         welcome_contact_email, status)
       VALUES ('Banc d''essai', 'W000000001', '1 rue du Banc', '01053', 'banc@essai.test', '04 74 00 00 00',
         'Camille Banc', 'accueil@essai.test', 'VALIDATED') RETURNING id`,
    );
    this.associationId = association.id;
  }

  /** Replaces the missions by these (all published). */
  async load(missions: readonly SyntheticMission[]): Promise<void> {
    await this.dataSource.query(`TRUNCATE mission CASCADE`);
    const description =
      'Vous accueillez les personnes, les orientez, préparez les colis et participez à la vie de la structure. ' +
      'Une formation est prévue à l’arrivée ; un ou une bénévole expérimenté(e) vous accompagne les premières semaines.';
    for (let i = 0; i < missions.length; i += 5_000) {
      const rows = missions.slice(i, i + 5_000).map((m, j) => ({
        id: m.id,
        title: `Mission bénévole n° ${i + j + 1}`,
        summary: 'Accueil, tri et distribution',
        description,
        domain_code: m.domainCode,
        competency_codes: m.competencyCodes,
        commune_code: m.communeCode,
        latitude: m.latitude,
        longitude: m.longitude,
        weekly_slots: m.weeklySlots,
        end_date: m.endDate,
        places: m.places,
        places_taken: m.placesTaken,
        driving_licence_required: m.drivingLicenceRequired,
        minimum_age: m.minimumAge,
        french_level: m.frenchLevel,
        public_transport: m.publicTransport,
        remote: m.remote,
      }));
      await this.dataSource.query(
        `INSERT INTO mission (id, association_id, title, summary, description, domain_code, competency_codes,
           commune_code, territory_id, latitude, longitude, weekly_slots, end_date, places, places_taken,
           driving_licence_required, minimum_age, french_level, public_transport, remote, status, published_at)
         SELECT x.id, $1, x.title, x.summary, x.description, x.domain_code, x.competency_codes, x.commune_code,
                c.territory_id, x.latitude, x.longitude, x.weekly_slots, x.end_date, x.places, x.places_taken,
                x.driving_licence_required, x.minimum_age, x.french_level, x.public_transport, x.remote,
                '${MissionStatus.PUBLISHED}', now()
           FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, title text, summary text, description text,
                domain_code text, competency_codes text[], commune_code text, latitude float8, longitude float8,
                weekly_slots int, end_date date, places int, places_taken int, driving_licence_required boolean,
                minimum_age int, french_level text, public_transport boolean, remote boolean)
           JOIN commune c ON c.insee_code = x.commune_code`,
        [this.associationId, JSON.stringify(rows)],
      );
    }
    await this.dataSource.query(`ANALYZE mission`);
  }

  /** (b): what a developer writes first — every published mission as an entity, each scored. */
  async naiveTopK(profile: CandidateProfile, context: MatchContext): Promise<{ missionId: string }[]> {
    const missions = await this.dataSource.getRepository(Mission).find({ where: { status: MissionStatus.PUBLISHED } });
    const pending = await this.dataSource.query<{ mission_id: string; n: number }[]>(
      `SELECT mission_id, count(*)::int AS n FROM proposal WHERE status IN ('PROPOSED', 'SENT') GROUP BY mission_id`,
    );
    const pendingById = new Map(pending.map((row) => [row.mission_id, row.n]));
    const facts: MissionFacts[] = missions.map((m) => ({
      id: m.id,
      domainCode: m.domainCode,
      competencyCodes: m.competencyCodes,
      latitude: m.latitude,
      longitude: m.longitude,
      remote: m.remote,
      publicTransport: m.publicTransport,
      weeklySlots: m.weeklySlots,
      startDate: m.startDate,
      endDate: m.endDate,
      places: m.places,
      placesTaken: m.placesTaken,
      pendingProposals: pendingById.get(m.id) ?? 0,
      drivingLicenceRequired: m.drivingLicenceRequired,
      minimumAge: m.minimumAge,
      frenchLevel: m.frenchLevel,
    }));
    return rankMissions(profile, facts, context, K);
  }

  /** (c): one indexed SQL query. */
  async sqlTopK(profile: CandidateProfile, context: MatchContext): Promise<{ missionId: string }[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(SQL_RANKING, sqlRankingParameters(profile, context, K));
    return rows.map((row) => ({ missionId: row.id }));
  }

  async close(): Promise<void> {
    await this.dataSource?.destroy();
    await this.admin(`DROP DATABASE IF EXISTS ${this.name}`);
  }

  private async admin(sql: string): Promise<void> {
    const client = new Client({ connectionString: databaseUrl(SERVER_URL, 'postgres') });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

async function main(): Promise<void> {
  const referential = new MatchingReferential({ competencies: COMPETENCIES, jobs: JOBS, domains: MISSION_DOMAINS });
  const context: MatchContext = { today: localDateOf(new Date()), weights: DEFAULT_WEIGHTS, referential };
  const profiles = syntheticProfiles(300, 7);
  print(`Matching benchmark — top ${K} for one beneficiary (Node ${process.version}, ${new Date().toISOString()})`);
  print('Medians in milliseconds; ×N = how many times faster the index is.');
  print();

  const database = WITH_DATABASE ? new BenchDatabase() : null;
  await database?.open();
  try {
    print(
      `${pad('missions', 9)} ${pad('(a) index', 11)} ${pad('p95', 8)} ${pad('brute force', 12)} ${pad('(b) naive ORM', 14)} ${pad('(c) SQL', 9)} ${pad('b/a', 8)} ${pad('c/a', 8)}  agreement`,
    );
    for (const size of SIZES) {
      const missions = syntheticMissions(size, 11);
      const index = new MissionIndex(referential, { initialCapacity: size });
      for (const mission of missions) index.upsert(mission);
      await database?.load(missions);

      const sample = profiles.slice(0, 300);
      for (const p of sample) index.query(p, K, context); // warm up (JIT)
      // (a) and (c) alternate profile by profile, so that the machine's load weighs on both alike.
      const indexTimes: number[] = [];
      const sqlTimes: number[] = [];
      const sqlResults: { missionId: string }[][] = [];
      if (database) await database.sqlTopK(sample[0], context); // warm the plan cache
      for (const [i, p] of sample.entries()) {
        indexTimes.push(...(await timeEach([p], (q) => index.query(q, K, context))));
        if (database && i < 60) {
          sqlTimes.push(...(await timeEach([p], async (q) => sqlResults.push(await database.sqlTopK(q, context)))));
        }
      }
      const bruteSample = sample.slice(0, size >= 100_000 ? 30 : 100);
      const bruteTimes = await timeEach(bruteSample, (p) => rankMissions(p, missions, context, K));
      const naiveSample = database ? sample.slice(0, size >= 100_000 ? 5 : size >= 10_000 ? 10 : 30) : [];
      const naiveResults: { missionId: string }[][] = [];
      const naiveTimes = await timeEach(naiveSample, async (p) =>
        naiveResults.push(await (database as BenchDatabase).naiveTopK(p, context)),
      );

      // Same answers: the index equals brute force and (b) exactly; (c) computes in SQL floats.
      const bruteSame = bruteSample.every((p) =>
        sameIds(index.query(p, K, context), rankMissions(p, missions, context, K)),
      );
      const naiveSame = naiveSample.every((p, i) => sameIds(index.query(p, K, context), naiveResults[i]));
      const sqlSame = sqlResults.filter((result, i) => sameIds(index.query(sample[i], K, context), result)).length;

      const a = median(indexTimes);
      const b = database ? median(naiveTimes) : NaN;
      const c = database ? median(sqlTimes) : NaN;
      print(
        `${pad(String(size), 9)} ${pad(ms(a), 11)} ${pad(ms(percentile(indexTimes, 95)), 8)} ${pad(ms(median(bruteTimes)), 12)} ${pad(ms(b), 14)} ${pad(ms(c), 9)} ${pad(`×${(b / a).toFixed(0)}`, 8)} ${pad(`×${(c / a).toFixed(0)}`, 8)}  brute ${bruteSame ? '=' : '≠'}, (b) ${naiveSame ? '=' : '≠'}, (c) ${sqlSame}/${sqlResults.length} same top ${K}`,
      );
    }
  } finally {
    await database?.close();
  }

  print();
  print('Batch rescoring against 10k missions (top 100 each, index only)');
  print(`${pad('beneficiaries', 13)} ${pad('total s', 9)} ${pad('ms / 1k', 9)} ${pad('pairs/s', 14)}`);
  const missions = syntheticMissions(10_000, 11);
  const index = new MissionIndex(referential, { initialCapacity: missions.length });
  for (const mission of missions) index.upsert(mission);
  for (const count of BATCH) {
    const people = syntheticProfiles(count, 13);
    const started = process.hrtime.bigint();
    let kept = 0;
    for (const person of people) kept += index.query(person, 100, context).length;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const pairs = (count * missions.length) / seconds;
    print(
      `${pad(String(count), 13)} ${pad(seconds.toFixed(2), 9)} ${pad(((seconds * 1000 * 1000) / count).toFixed(0), 9)} ${pad(pairs.toExponential(2), 14)}   (${(kept / count).toFixed(1)} suggestions each)`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
