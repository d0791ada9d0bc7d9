// `npm run bench:national:rescore` — a full rescore of the national dataset (every person against
// every published mission, the top 100 kept), split in chunks (`rescore-chunk` jobs) that worker
// processes share, timed with 1 worker and with 2 (BENCH_WORKERS, default "1,2") in the same run.
// Workers are the built ones (dist/apps/worker), on real PostgreSQL and Redis; each loads its
// mission index before the clock starts. The suggestion tables are emptied before each run; the
// two runs must give the same table (count and sum of scores compared).
//
// Environment: BENCH_PG_URL, BENCH_DB (default perf_national), REDIS_URL, BENCH_WORKERS,
// MATCHING_RESCORE_CHUNK_SIZE (default 500, the platform's), BENCH_SECONDS (stop each run after
// that long and compare the rates: when a full rescore does not fit the time at hand).
import { Queue } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { nationalDatabaseUrl } from './national-data';

const print = (line = '') => process.stdout.write(`${line}\n`);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
/** Stop each run after this many seconds and compare rates (people per second) instead of totals. */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 0);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

class Worker {
  readonly output: string[] = [];
  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (d: Buffer) => this.output.push(d.toString()));
    child.stderr!.on('data', (d: Buffer) => this.output.push(d.toString()));
  }

  static start(env: Record<string, string>): Worker {
    return new Worker(
      spawn(process.execPath, [resolve('dist/apps/worker/src/main.js')], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
  }

  events(name: string): number {
    return this.output.join('').split(`"event":"${name}"`).length - 1;
  }

  get exited(): boolean {
    return this.child.exitCode !== null;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGTERM');
    // A worker finishes its running chunks before it exits; a timed run does not wait for them.
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

async function main(): Promise<void> {
  const databaseUrl = nationalDatabaseUrl();
  const redisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const people = Number((await db.query(`SELECT count(*) FROM beneficiary`)).rows[0].count);
  const missions = Number((await db.query(`SELECT count(*) FROM mission WHERE status = 'PUBLISHED'`)).rows[0].count);
  const counts = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
  print(
    `Full rescore of ${new URL(databaseUrl).pathname.slice(1)}: ${people.toLocaleString('en')} people, ` +
      `${missions.toLocaleString('en')} published missions; load ${loadavg()}`,
  );
  const results: {
    workers: number;
    seconds: number;
    done: number;
    rows: number;
    scoreSum: number;
    chunks: number[];
  }[] = [];
  for (const workers of counts) {
    await db.query(`TRUNCATE mission_suggestion, beneficiary_match_state`);
    const prefix = `perf_national_rescore_${process.pid}_${workers}`;
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl.toString(),
      QUEUE_BACKEND: 'redis',
      QUEUE_PREFIX: prefix,
      JWT_SECRET: 'perf-national-jwt-secret-0123456789abcdef',
      LINK_SECRET: 'perf-national-link-secret-0123456789abcdef',
      LOG_LEVEL: 'info',
      MATCHING_RESCORE_CHUNK_SIZE: process.env.MATCHING_RESCORE_CHUNK_SIZE ?? '500',
    };
    const pool = Array.from({ length: workers }, () => Worker.start(env));
    const queue = new Queue('matching', {
      connection: { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) },
      prefix,
    });
    try {
      while (!pool.every((w) => w.events('matching.index_loaded') >= 1)) {
        const dead = pool.find((w) => w.exited);
        if (dead) throw new Error(`worker exited:\n${dead.output.join('').slice(-3000)}`);
        await sleep(200);
      }
      const started = Date.now();
      await queue.add('rescore-all', {}, { jobId: `bench-${Date.now()}` });
      let done = 0;
      for (;;) {
        const [row] = (await db.query(`SELECT count(*)::int AS done FROM beneficiary_match_state`)).rows;
        done = row.done;
        const waiting = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        if (done >= people && Object.values(waiting).every((n) => n === 0)) break;
        if (SECONDS && Date.now() - started >= SECONDS * 1000) break;
        const dead = pool.find((w) => w.exited);
        if (dead) throw new Error(`worker exited:\n${dead.output.join('').slice(-3000)}`);
        await sleep(500);
      }
      const seconds = (Date.now() - started) / 1000;
      const [table] = (
        await db.query(`SELECT count(*)::int AS rows, coalesce(sum(score), 0)::float8 AS sum FROM mission_suggestion`)
      ).rows;
      const chunks = pool.map((w) => w.events('matching.rescore_chunk_done'));
      results.push({ workers, seconds, done, rows: table.rows, scoreSum: table.sum, chunks });
      print(
        `  ${workers} worker(s): ${done.toLocaleString('en')} people in ${seconds.toFixed(1)} s, ` +
          `${(done / seconds).toFixed(1)} people/s (national 1.8 M at this rate: ${(1_800_000 / (done / seconds) / 3600).toFixed(1)} h), ` +
          `${table.rows.toLocaleString('en')} suggestions, chunks per worker ${chunks.join(' + ')}; load ${loadavg()}`,
      );
    } finally {
      await Promise.all(pool.map((w) => w.stop()));
      await queue.obliterate({ force: true });
      await queue.close();
    }
  }
  await db.end();
  if (results.length >= 2) {
    const [one, two] = results;
    const rate = (r: (typeof results)[number]) => r.done / r.seconds;
    print(`Speed-up ${two.workers} workers / ${one.workers}: ×${(rate(two) / rate(one)).toFixed(2)} (goal ≥ 1.8)`);
    if (SECONDS) return;
    const same = one.rows === two.rows && Math.abs(one.scoreSum - two.scoreSum) < 1e-6 * Math.max(1, one.scoreSum);
    print(
      `Same table: ${same ? 'yes' : 'NO'} (${one.rows} / ${two.rows} rows, score sums ${one.scoreSum} / ${two.scoreSum})`,
    );
    if (!same) process.exit(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
