/**
 * `npm run bench:api` — the built API under load, with real PostgreSQL and Redis, in a throw-away
 * database (migrated, then seeded in a few SQL statements: 2,000 files followed by one référent,
 * 100 published missions). Modes (BENCH_MODE):
 *
 * - `processes` (default): the console's caseload query (`Caseload`, first page of 25 of 2,000
 *   files, the référent's session) by autocannon (BENCH_CONNECTIONS, default 20, for
 *   BENCH_SECONDS, default 20, after a warm-up), against 1 then 2 API processes behind Node's
 *   cluster module (one port, connections handed round-robin by the primary, as a deployment
 *   behind one address would), and prints the ratio.
 * - `memory`: 1 API process under a mixed load (me, caseload pages with filters, territories,
 *   missions) for BENCH_MINUTES (default 10): its resident memory sampled every 10 s, start
 *   (after 1 minute of warm-up), middle and end printed; exits 1 when the end is over 400 MiB or
 *   has grown more than 10 % since the warm-up. Then a worker process (`dist/apps/worker`) started
 *   on BENCH_MISSIONS (default 100,000) published missions: its resident memory once the matching
 *   index is loaded, against 300 MiB.
 *
 * PostgreSQL: DATABASE_URL's server or 127.0.0.1:5432; Redis: REDIS_URL or 127.0.0.1:6379.
 * BENCH_DB_PREFIX names the throw-away database (dropped at the end).
 */
import cluster, { Worker as ClusterWorker } from 'node:cluster';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import jwt from 'jsonwebtoken';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, databaseUrl, ensureDatabase, isPortOpen, redisOptionsFromUrl } from '@tremplin/core';
import { DATABASE_REGISTRY } from '@tremplin/platform';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(__filename)('autocannon') as Autocannon;

const MODE = process.env.BENCH_MODE ?? 'processes';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const MINUTES = Number(process.env.BENCH_MINUTES ?? 10);
const MISSIONS = Number(process.env.BENCH_MISSIONS ?? 100_000);
const PEOPLE = 2_000;
const JWT_SECRET = `bench-jwt-${'x'.repeat(32)}`;
const API_MAIN = resolve(__dirname, '../../apps/api/src/main.js');
const WORKER_MAIN = resolve(__dirname, '../../apps/worker/src/main.js');
const MiB = 1024 * 1024;

const print = (line = '') => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const CASELOAD = `query Caseload($first: Int!, $after: String, $search: String, $overdue: Boolean) {
  beneficiaries(first: $first, after: $after, search: $search, overdue: $overdue) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id firstName lastName status orientationStatus rsaEntryDate commune { name } territory { name }
      deadlines { overdue orientation { dueOn state } accompaniment { dueOn state } } } }
  }
}`;
const ME = `query Me { me { id email firstName lastName role isTerritoryManager associationId territory { id name } } }`;
const TERRITORIES = `query CaseloadTerritories { territories(first: 100) { edges { node { id code name } } } }`;
const MISSIONS_QUERY = `query Missions { missions(first: 25) { totalCount edges { node { id title status } } } }`;

/** Resident memory of a process, from /proc (Linux). */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}

const mib = (bytes: number) => `${(bytes / MiB).toFixed(0)} MiB`;

async function postgresServer(): Promise<string> {
  if (process.env.DATABASE_URL) return databaseUrl(process.env.DATABASE_URL, 'postgres');
  if (await isPortOpen('127.0.0.1', 5432)) return 'postgres://postgres@127.0.0.1:5432/postgres';
  throw new Error('bench:api needs PostgreSQL: set DATABASE_URL or start it on 127.0.0.1:5432');
}

async function seed(dataSource: DataSource, missions: number): Promise<{ token: string }> {
  const [{ territory_id: territoryId }] = (await dataSource.query(
    `SELECT territory_id FROM commune WHERE insee_code = '01283'`,
  )) as Array<{ territory_id: string }>;
  const [referent] = (await dataSource.query(
    `INSERT INTO app_user (email, password_hash, role, first_name, last_name, territory_id)
     VALUES ('bench.referent@tremplin.test', 'x', 'REFERENT', 'Claire', 'Banc', $1) RETURNING id, credentials_version`,
    [territoryId],
  )) as Array<{ id: string; credentials_version: number }>;
  await dataSource.query(
    `INSERT INTO beneficiary (first_name, last_name, birth_date, email, commune_code, latitude, longitude, territory_id,
       rsa_entry_date, referent_id, orientation_due_on, accompaniment_due_on)
     SELECT (ARRAY['Karima','Jean','Lucie','Mamadou','Élodie','Thomas','Inès','Hugo'])[1 + i % 8],
            (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau'])[1 + i % 10],
            DATE '1960-01-01' + i * 5,
            'personne' || i || '@exemple.fr', c.insee_code, c.latitude, c.longitude, c.territory_id,
            DATE '2025-01-01' + (i % 330), $1, DATE '2025-02-01' + (i % 330), DATE '2025-03-01' + (i % 330)
     FROM generate_series(1, $2::int) AS i, commune c WHERE c.insee_code = '01283'`,
    [referent.id, PEOPLE],
  );
  const [association] = (await dataSource.query(
    `INSERT INTO association (name, rna, address, commune_code, email, phone, welcome_contact_name, welcome_contact_email, status)
     VALUES ('Épicerie solidaire du banc', 'W000000001', '12 rue du Banc', '01283', 'banc@tremplin.test', '04 74 00 00 00',
             'Martine Lacroix', 'accueil@tremplin.test', 'VALIDATED') RETURNING id`,
  )) as Array<{ id: string }>;
  // Missions over every commune of the Ain, a little apart from its centre.
  await dataSource.query(
    `WITH communes AS (SELECT row_number() OVER (ORDER BY insee_code) AS k, * FROM commune),
          total AS (SELECT count(*) AS n FROM communes)
     INSERT INTO mission (association_id, title, summary, description, follow_ups, domain_code, competency_codes,
       commune_code, territory_id, address, latitude, longitude, weekly_slots, start_date, hours_per_week,
       duration_weeks, places, status, published_at)
     SELECT $1, 'Accueil à l’épicerie solidaire n° ' || i, 'Accueillir les familles et ranger les rayons avec l’équipe.',
       'Vous accueillez les familles et vous rangez les rayons.', 'Une formation d’agent(e) d’accueil.',
       (ARRAY['ALIMENTATION','SOLIDARITE_INSERTION','ENVIRONNEMENT','CULTURE_LOISIRS'])[1 + i % 4],
       (ARRAY['{SE_EQUIPE,TR_ACCUEIL}','{TR_ACCUEIL}','{SE_EQUIPE}'])[1 + i % 3]::text[],
       c.insee_code, c.territory_id, '12 rue Anatole France',
       c.latitude + ((i::bigint * 7919) % 200 - 100) / 10000.0, c.longitude + ((i::bigint * 104729) % 200 - 100) / 10000.0,
       (1 + i % 127), '2026-03-16', 4, 8, 1 + i % 5, 'PUBLISHED', now()
     FROM generate_series(1, $2::int) AS i, total JOIN communes c ON true
     WHERE c.k = 1 + i % total.n`,
    [association.id, missions],
  );
  await dataSource.query(`ANALYZE`);
  const token = jwt.sign({ sub: referent.id, role: 'REFERENT', cv: referent.credentials_version }, JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: 12 * 3600,
  });
  return { token };
}

function apiEnv(config: { db: string; redisUrl: string; prefix: string; port: number }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: config.db,
    REDIS_URL: config.redisUrl,
    QUEUE_PREFIX: config.prefix,
    PORT: String(config.port),
    APP_URL: `http://127.0.0.1:${config.port}`,
    JWT_SECRET,
    LINK_SECRET: `bench-link-${'y'.repeat(32)}`,
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT: '100000',
    LINK_RATE_LIMIT: '100000',
  };
}

/** Starts `count` API processes sharing one port (cluster), resolved once each answers /health. */
async function startCluster(count: number, env: NodeJS.ProcessEnv, port: number): Promise<ClusterWorker[]> {
  cluster.setupPrimary({ exec: API_MAIN, silent: false });
  const workers = Array.from({ length: count }, () => cluster.fork(env));
  await Promise.all(workers.map((worker) => new Promise<void>((done) => worker.once('listening', () => done()))));
  for (let i = 0; i < 100; i++) {
    const response = await fetch(`http://127.0.0.1:${port}/health`).catch(() => null);
    if (response?.ok) return workers;
    await sleep(200);
  }
  throw new Error('API did not answer /health');
}

async function stopCluster(workers: ClusterWorker[]): Promise<void> {
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((done) => {
          if (worker.isDead()) return done();
          worker.once('exit', () => done());
          worker.process.kill('SIGTERM');
        }),
    ),
  );
}

function load(port: number, token: string, seconds: number, requests: Array<Record<string, unknown>>) {
  return autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests,
  });
}

const body = (query: string, variables: Record<string, unknown> = {}) => ({
  method: 'POST',
  body: JSON.stringify({ query, variables }),
});

async function processes(env: (port: number) => NodeJS.ProcessEnv, port: number, token: string): Promise<void> {
  const results: AutocannonResult[] = [];
  for (const count of [1, 2]) {
    const workers = await startCluster(count, env(port), port);
    try {
      await load(port, token, 5, [body(CASELOAD, { first: 25 })]);
      const result = await load(port, token, SECONDS, [body(CASELOAD, { first: 25 })]);
      results.push(result);
      print(
        `${count} processus API : ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, ` +
          `p99 ${result.latency.p99} ms, ${result.errors + result.non2xx} erreur(s), ${result.requests.total} requêtes`,
      );
    } finally {
      await stopCluster(workers);
    }
  }
  const ratio = results[1].requests.average / results[0].requests.average;
  print(`ratio 2 processus / 1 : ${ratio.toFixed(2)} (objectif ≥ 1,7)`);
}

async function apiMemory(env: (port: number) => NodeJS.ProcessEnv, port: number, token: string): Promise<boolean> {
  const [worker] = await startCluster(1, env(port), port);
  const pid = worker.process.pid!;
  const samples: Array<{ at: number; rss: number }> = [];
  const started = Date.now();
  const sampler = setInterval(() => samples.push({ at: (Date.now() - started) / 1000, rss: rssOf(pid) }), 10_000);
  samples.push({ at: 0, rss: rssOf(pid) });
  try {
    const result = await load(port, token, MINUTES * 60, [
      body(ME),
      body(CASELOAD, { first: 25 }),
      body(CASELOAD, { first: 25, overdue: true }),
      body(CASELOAD, { first: 25, search: 'mar' }),
      body(TERRITORIES),
      body(MISSIONS_QUERY),
    ]);
    samples.push({ at: (Date.now() - started) / 1000, rss: rssOf(pid) });
    print(
      `charge mixte ${MINUTES} min, ${CONNECTIONS} connexions : ${result.requests.average.toFixed(0)} req/s, ` +
        `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.errors + result.non2xx} erreur(s)`,
    );
  } finally {
    clearInterval(sampler);
    await stopCluster([worker]);
  }
  const warm = samples.find((s) => s.at >= Math.min(60, (MINUTES * 60) / 5)) ?? samples[0];
  const mid = samples[Math.floor(samples.length / 2)];
  const end = samples[samples.length - 1];
  const max = Math.max(...samples.map((s) => s.rss));
  print(
    `mémoire résidente de l'API : départ ${mib(samples[0].rss)}, après échauffement (${warm.at.toFixed(0)} s) ${mib(warm.rss)}, ` +
      `milieu (${mid.at.toFixed(0)} s) ${mib(mid.rss)}, fin (${end.at.toFixed(0)} s) ${mib(end.rss)}, max ${mib(max)}`,
  );
  print(`  échantillons (MiB) : ${samples.map((s) => (s.rss / MiB).toFixed(0)).join(' ')}`);
  const growth = (end.rss - warm.rss) / warm.rss;
  const ok = end.rss <= 400 * MiB && growth <= 0.1;
  print(
    `  objectif ≤ 400 MiB et stable : ${ok ? 'atteint' : 'NON atteint'} (croissance depuis l'échauffement ${(growth * 100).toFixed(1)} %)`,
  );
  return ok;
}

async function workerMemory(env: NodeJS.ProcessEnv): Promise<boolean> {
  const child: ChildProcess = spawn(process.execPath, [WORKER_MAIN], {
    env: { ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const loaded = await new Promise<string>((done, fail) => {
      let buffer = '';
      const timer = setTimeout(() => fail(new Error('worker: index not loaded after 10 min')), 600_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const line = buffer.split('\n').find((l) => l.includes('matching.index_loaded'));
        if (line) {
          clearTimeout(timer);
          done(line);
        }
      });
      child.once('exit', (code) => fail(new Error(`worker exited (${code})`)));
    });
    const missions = /"missions":(\d+)/.exec(loaded)?.[1] ?? '?';
    const ms = /"ms":(\d+)/.exec(loaded)?.[1] ?? '?';
    const right = rssOf(child.pid!);
    await sleep(10_000);
    const later = rssOf(child.pid!);
    print(
      `worker, index de ${missions} missions chargé en ${ms} ms : mémoire résidente ${mib(right)}, 10 s plus tard ${mib(later)}`,
    );
    const ok = Math.max(right, later) <= 300 * MiB;
    print(`  objectif ≤ 300 MiB : ${ok ? 'atteint' : 'NON atteint'}`);
    return ok;
  } finally {
    child.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  const server = await postgresServer();
  const redisUrl = process.env.REDIS_URL ?? ((await isPortOpen('127.0.0.1', 6379)) ? 'redis://127.0.0.1:6379' : '');
  const suffix = randomBytes(4).toString('hex');
  const database = `${process.env.BENCH_DB_PREFIX ?? 'tremplin_bench'}_api_${suffix}`;
  const prefix = `bench_api_${suffix}`;
  await ensureDatabase(server, database);
  const db = databaseUrl(server, database);
  const dataSource = new DataSource(buildDataSourceOptions(db, DATABASE_REGISTRY, { poolSize: 2 }));
  const port = 3900 + Math.floor(Math.random() * 900);
  const env = (p: number) => apiEnv({ db, redisUrl, prefix, port: p });
  let ok = true;
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const { token } = await seed(dataSource, MODE === 'memory' ? MISSIONS : 100);
    await dataSource.destroy();
    print(
      `bench:api — ${MODE}, ${PEOPLE} dossiers d'un référent, ${CONNECTIONS} connexions, machine : ${loadAverage()}`,
    );
    if (MODE === 'processes') await processes(env, port, token);
    else {
      ok = (await apiMemory(env, port, token)) && ok;
      ok = (await workerMemory(env(port))) && ok;
    }
    print(`charge de la machine à la fin : ${loadAverage()}`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    const admin = new Client({ connectionString: databaseUrl(server, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    if (redisUrl) {
      const redis = new Redis(redisOptionsFromUrl(redisUrl));
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    }
  }
  if (!ok) process.exitCode = 1;
}

function loadAverage(): string {
  return `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
