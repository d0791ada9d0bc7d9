/**
 * `npm run bench:drill`: N emails (BENCH_EMAILS, default 10,000) promised as the domains promise
 * them (email row + outbox job in one transaction), sent by a worker running as a separate process
 * (the build's dist/apps/worker/src/main.js) to a local SMTP sink that counts deliveries per
 * address, while a fault strikes in the middle of the batch. For each fault it prints how many
 * emails were lost (never delivered) and duplicated (delivered twice; always under one Message-ID).
 *
 * Faults (BENCH_FAULTS, comma-separated, default all): `flushall` (Redis FLUSHALL, with delayed
 * jobs pending), `redis-restart` (Redis killed, restarted empty), `pg-outage` (the worker's
 * PostgreSQL cut for BENCH_PG_OUTAGE_SECONDS, default 100, through a TCP proxy), `sigkill` (the
 * worker killed with SIGKILL twice and restarted).
 *
 * It starts its own `redis-server` (never the machine's), uses the PostgreSQL of DATABASE_URL (or
 * 127.0.0.1:5432) in a throw-away database, and never stops that server.
 */
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  EmailMessage,
  JobName,
  Mailer,
  UnitOfWork,
  buildDataSourceOptions,
  databaseUrl,
  ensureDatabase,
  isPortOpen,
  loadConfig,
} from '@tremplin/core';
import type { AppConfig } from '@tremplin/core';
import { WELCOME_MAIL } from '@tremplin/identity';
import { DATABASE_REGISTRY } from '@tremplin/platform';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { AddressInfo, Server, Socket, createConnection, createServer } from 'node:net';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { CliModule } from '../../apps/cli/src/cli.module';

const EMAILS = Number(process.env.BENCH_EMAILS ?? 10_000);
const DELAYED = Math.max(10, Math.round(EMAILS / 100));
const FAULTS = (process.env.BENCH_FAULTS ?? 'flushall,redis-restart,pg-outage,sigkill').split(',').map((f) => f.trim());
const PG_OUTAGE_MS = Number(process.env.BENCH_PG_OUTAGE_SECONDS ?? 100) * 1000;
const WORKER_MAIN = resolve(process.cwd(), 'dist/apps/worker/src/main.js');

const print = (line = '') => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

async function until(what: string, probe: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what}: not after ${timeoutMs} ms`);
    await sleep(200);
  }
}

/** Counts deliveries per recipient and Message-ID (parses only the headers). */
class CountingSink {
  readonly deliveries: Array<{ to: string; messageId: string }> = [];
  private server: SMTPServer;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onData: (stream, session, callback) => {
        let head = '';
        stream.on('data', (chunk: Buffer) => {
          if (head.length < 4096) head += chunk.toString('latin1');
        });
        stream.on('end', () => {
          const messageId = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '';
          for (const rcpt of session.envelope.rcptTo) this.deliveries.push({ to: rcpt.address, messageId });
          callback();
        });
      },
    });
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', () => done()));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  report(addresses: string[]): { lost: number; duplicated: number; distinctIds: number } {
    const wanted = new Set(addresses);
    const counts = new Map<string, Set<string>>();
    let deliveries = 0;
    for (const { to, messageId } of this.deliveries) {
      if (!wanted.has(to)) continue;
      deliveries++;
      const ids = counts.get(to) ?? new Set<string>();
      ids.add(messageId);
      counts.set(to, ids);
    }
    return {
      lost: addresses.length - counts.size,
      duplicated: deliveries - counts.size,
      distinctIds: [...counts.values()].filter((ids) => ids.size > 1).length,
    };
  }

  close(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }
}

/** The drill's own Redis, without persistence (as the compose file runs it). */
class RedisServer {
  private child: ChildProcess | null = null;
  constructor(readonly port: number) {}

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    await until('redis-server', () => isPortOpen('127.0.0.1', this.port), 10_000);
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
  }

  async flushAll(): Promise<void> {
    const client = new Redis({ port: this.port, host: '127.0.0.1' });
    await client.flushall();
    client.disconnect();
  }
}

/** A TCP proxy in front of PostgreSQL that the drill cuts (the server itself is never touched). */
class Proxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = createConnection(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((done) => server.listen(this.port, '127.0.0.1', () => done()));
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise<void>((done) => server.close(() => done()));
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
    await closed;
  }
}

class Worker {
  private child: ChildProcess;
  log = '';

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, [WORKER_MAIN], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill(signal);
    await exited;
  }
}

async function postgresServer(): Promise<string> {
  if (process.env.DATABASE_URL) return databaseUrl(process.env.DATABASE_URL, 'postgres');
  if (await isPortOpen('127.0.0.1', 5432)) return 'postgres://postgres@127.0.0.1:5432/postgres';
  throw new Error('bench:drill needs PostgreSQL: set DATABASE_URL or start it on 127.0.0.1:5432');
}

/** Promises `count` emails in transactions of 500, as the domains do; with `runAt`, delayed jobs. */
async function promise(app: INestApplicationContext, tag: string, count: number, runAt?: Date): Promise<string[]> {
  const addresses = Array.from({ length: count }, (_, i) => `${tag}.${i}@exemple.test`);
  const mailer = app.get(Mailer);
  for (let start = 0; start < count; start += 500) {
    await app.get(UnitOfWork).run(async (tx) => {
      for (const to of addresses.slice(start, start + 500)) {
        const data = {
          firstName: 'Dominique',
          roleLabel: 'référent(e) de parcours',
          email: to,
          passwordUrl: 'https://tremplin.test/mot-de-passe/nouveau?jeton=exemple',
          validity: '7 jours',
        };
        if (!runAt) {
          await mailer.queue(tx, { idempotencyKey: `drill:${to}`, template: WELCOME_MAIL, to, data });
          continue;
        }
        const row = await tx.manager.save(
          tx.manager.create(EmailMessage, {
            idempotencyKey: `drill:${to}`,
            template: WELCOME_MAIL.name,
            toAddress: to,
            data,
          }),
        );
        await tx.promiseJob(JobName.SendEmail, { emailId: row.id }, { dedupKey: `email:${row.id}`, runAt });
      }
    });
  }
  return addresses;
}

async function main(): Promise<void> {
  const server = await postgresServer();
  const suffix = randomBytes(4).toString('hex');
  const database = `tremplin_drill_${suffix}`;
  await ensureDatabase(server, database);
  const sink = new CountingSink();
  await sink.start();
  const redis = new RedisServer(await freePort());
  await redis.start();
  const pg = new URL(databaseUrl(server, database));
  const proxy = new Proxy(await freePort(), { host: pg.hostname, port: Number(pg.port || 5432) });
  await proxy.start();
  const proxied = new URL(pg.toString());
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);

  const env = {
    DATABASE_URL: pg.toString(),
    REDIS_URL: `redis://127.0.0.1:${redis.port}`,
    QUEUE_BACKEND: 'redis',
    QUEUE_PREFIX: `drill_${suffix}`,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    APP_URL: 'http://127.0.0.1:3000',
    JWT_SECRET: `drill-jwt-${'x'.repeat(32)}`,
    LINK_SECRET: `drill-link-${'y'.repeat(32)}`,
    LOG_LEVEL: 'warn',
    OUTBOX_LEASE_SECONDS: process.env.OUTBOX_LEASE_SECONDS ?? '30',
    OUTBOX_RELAY_INTERVAL_SECONDS: process.env.OUTBOX_RELAY_INTERVAL_SECONDS ?? '5',
    JOB_RETRY_MAX_DELAY_SECONDS: process.env.JOB_RETRY_MAX_DELAY_SECONDS ?? '10',
  };
  const config: AppConfig = loadConfig(env);
  const workerEnv = { ...env, DATABASE_URL: proxied.toString() };
  const dataSource = new DataSource(buildDataSourceOptions(config.DATABASE_URL, DATABASE_REGISTRY, { poolSize: 2 }));
  let app: INestApplicationContext | null = null;
  const workers: Worker[] = [];
  const results: Array<{ fault: string; lost: number; duplicated: number; distinctIds: number; seconds: number }> = [];
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    app = await NestFactory.createApplicationContext(CliModule.register(config), { logger: ['error'] });
    print(
      `bench:drill — ${EMAILS} e-mails par panne (+ ${DELAYED} différés pour flushall), pannes : ${FAULTS.join(', ')}`,
    );

    for (const fault of FAULTS) {
      const started = Date.now();
      const tag = `${fault}-${randomBytes(2).toString('hex')}`;
      let addresses = await promise(app, tag, EMAILS);
      const delivered = () => EMAILS - sink.report(addresses).lost;
      const worker = new Worker(workerEnv);
      workers.push(worker);
      await until('first tenth delivered', () => delivered() >= EMAILS / 10, 10 * 60_000);
      let current = worker;
      if (fault === 'flushall') {
        const delayed = await promise(app, `${tag}-differe`, DELAYED, new Date(Date.now() + 20_000));
        addresses = [...addresses, ...delayed];
        await until('40 % delivered', () => delivered() >= EMAILS * 0.4, 10 * 60_000);
        await redis.flushAll();
      } else if (fault === 'redis-restart') {
        await until('40 % delivered', () => delivered() >= EMAILS * 0.4, 10 * 60_000);
        await redis.stop();
        await sleep(5_000);
        await redis.start();
      } else if (fault === 'pg-outage') {
        await until('20 % delivered', () => delivered() >= EMAILS * 0.2, 10 * 60_000);
        await proxy.stop();
        await sleep(PG_OUTAGE_MS);
        await proxy.start();
      } else if (fault === 'sigkill') {
        for (const share of [0.3, 0.6]) {
          await until(`${share * 100} % delivered`, () => delivered() >= EMAILS * share, 10 * 60_000);
          await current.kill();
          current = new Worker(workerEnv);
          workers.push(current);
        }
      } else {
        throw new Error(`unknown fault ${fault}`);
      }
      // Done when every email row is SENT (nothing lost means nothing left owed), or after 20 minutes.
      await until(
        'every email SENT',
        async () => {
          const [row] = (await dataSource.query(
            `SELECT count(*) FILTER (WHERE status <> 'SENT')::int AS n FROM email_message WHERE idempotency_key LIKE $1`,
            [`drill:${tag}%`],
          )) as Array<{ n: number }>;
          return row.n === 0 && sink.report(addresses).lost === 0;
        },
        20 * 60_000,
      ).catch((error: unknown) => print(`  ${fault}: ${String(error)}`));
      await sleep(3_000); // late duplicates, if any, arrive now
      await current.kill('SIGTERM');
      const report = sink.report(addresses);
      results.push({ fault, ...report, seconds: Math.round((Date.now() - started) / 1000) });
      print(
        `${fault.padEnd(14)} ${addresses.length} e-mails : ${report.lost} perdu(s), ${report.duplicated} doublon(s)` +
          ` (${report.distinctIds} avec un autre Message-ID), ${Math.round((Date.now() - started) / 1000)} s`,
      );
    }
    print();
    print('| panne | e-mails | perdus | doublons (même Message-ID) | durée |');
    print('|---|---|---|---|---|');
    for (const r of results) {
      print(
        `| ${r.fault} | ${r.fault === 'flushall' ? EMAILS + DELAYED : EMAILS} | ${r.lost} | ${r.duplicated} | ${r.seconds} s |`,
      );
    }
    if (results.some((r) => r.lost > 0 || r.distinctIds > 0)) process.exitCode = 1;
  } finally {
    for (const worker of workers) await worker.kill();
    await app?.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await proxy.stop();
    await redis.stop();
    await sink.close();
    const admin = new Client({ connectionString: databaseUrl(server, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
