/**
 * `npm run bench:mail`: 10,000 mission proposals emailed to a local SMTP sink through the whole
 * pipeline (proposeMission → outbox → BullMQ → worker: render, SMTP over the sender's connection
 * pool, mark SENT), then prints the throughput, the ratio to a baseline (the same email sent by
 * bare pooled nodemailer, with the same pool size and as many sends at once as the worker's mail
 * queue runs, to the same sink, no database, no queue), the SMTP connections each opened and the
 * count of duplicates, which must be 0. SMTP_POOL_SIZE sets the pool of both.
 *
 * Needs PostgreSQL (DATABASE_URL's server, or 127.0.0.1:5432) and uses Redis when it answers on
 * 127.0.0.1:6379 (REDIS_URL), else BullMQ's PostgreSQL backend. It works in a throw-away database
 * and queue prefix, removed at the end. BENCH_PROPOSALS changes the count.
 */
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  AppConfig,
  MailRenderer,
  QUEUE_CONCURRENCY,
  QueueName,
  Role,
  buildDataSourceOptions,
  databaseUrl,
  ensureDatabase,
  isPortOpen,
  loadConfig,
  redisOptionsFromUrl,
} from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { DATABASE_REGISTRY, MAIL_TEMPLATES } from '@tremplin/platform';
import { PROPOSAL_MAIL, ProposalsService } from '@tremplin/proposals';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { CliModule } from '../../apps/cli/src/cli.module';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';

const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 10_000);
const MISSIONS = 100;
const PEOPLE = Math.ceil(PROPOSALS / MISSIONS);
const BASELINE_MESSAGES = Math.min(2_000, PROPOSALS);
/** As many sends at once as one worker's mail queue runs. */
const CONCURRENCY = QUEUE_CONCURRENCY[QueueName.Mail];

const print = (line = '') => process.stdout.write(`${line}\n`);
const rate = (count: number, ms: number) => Math.round((count * 1000) / ms);

/** An SMTP server that only counts messages and their Message-IDs (no parsing beyond the header). */
class CountingSink {
  readonly messageIds: string[] = [];
  connections = 0;
  /** When the first and the last message arrived (ms). */
  firstAt = 0;
  lastAt = 0;
  private server: SMTPServer;
  private waiters: Array<() => void> = [];
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onConnect: (_session, callback) => {
        this.connections++;
        callback();
      },
      onData: (stream, _session, callback) => {
        let head = '';
        stream.on('data', (chunk: Buffer) => {
          if (head.length < 4096) head += chunk.toString('latin1');
        });
        stream.on('end', () => {
          const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? `(sans identifiant ${this.messageIds.length})`;
          this.messageIds.push(id);
          this.lastAt = Date.now();
          if (this.messageIds.length === 1) this.firstAt = this.lastAt;
          this.waiters.forEach((w) => w());
          callback();
        });
      },
    });
    await new Promise<void>((resolve) =>
      this.server.listen(0, '127.0.0.1', () => {
        this.port = (this.server.server.address() as AddressInfo).port;
        resolve();
      }),
    );
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async waitFor(count: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.messageIds.length < count) {
      if (Date.now() > deadline) throw new Error(`sink: ${this.messageIds.length}/${count} after ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.waiters = [];
    }
  }

  reset(): void {
    this.messageIds.length = 0;
    this.connections = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function postgresServer(): Promise<string> {
  if (process.env.DATABASE_URL) return databaseUrl(process.env.DATABASE_URL, 'postgres');
  if (await isPortOpen('127.0.0.1', 5432)) return 'postgres://postgres@127.0.0.1:5432/postgres';
  throw new Error('bench:mail needs PostgreSQL: set DATABASE_URL or start it on 127.0.0.1:5432');
}

async function seed(dataSource: DataSource): Promise<{ admin: AuthUser; pairs: Array<[string, string]> }> {
  const [admin] = (await dataSource.query(
    `INSERT INTO app_user (email, password_hash, role, first_name, last_name)
     VALUES ('bench.admin@tremplin.test', 'x', 'ADMIN', 'Claire', 'Banc') RETURNING id`,
  )) as Array<{ id: string }>;
  const [association] = (await dataSource.query(
    `INSERT INTO association (name, rna, address, commune_code, email, phone, welcome_contact_name, welcome_contact_email, status)
     VALUES ('Épicerie solidaire du banc', 'W000000001', '12 rue du Banc', '01283', 'banc@tremplin.test', '04 74 00 00 00',
             'Martine Lacroix', 'accueil@tremplin.test', 'VALIDATED') RETURNING id`,
  )) as Array<{ id: string }>;
  const missions = (await dataSource.query(
    `INSERT INTO mission (association_id, title, summary, description, follow_ups, domain_code, competency_codes,
       commune_code, territory_id, address, latitude, longitude, weekly_slots, start_date, hours_per_week,
       duration_weeks, places, status, published_at)
     SELECT $1, 'Accueil à l’épicerie solidaire n° ' || n, 'Accueillir les familles et ranger les rayons avec l’équipe.',
       'Vous accueillez les familles et vous rangez les rayons.', 'Une formation d’agent(e) d’accueil.', 'ALIMENTATION',
       '{SE_EQUIPE,TR_ACCUEIL}', c.insee_code, c.territory_id, '12 rue Anatole France', c.latitude, c.longitude,
       10, '2026-03-16', 4, 8, 500, 'PUBLISHED', now()
     FROM generate_series(1, $2) AS n, commune c WHERE c.insee_code = '01283'
     RETURNING id`,
    [association.id, MISSIONS],
  )) as Array<{ id: string }>;
  const people = (await dataSource.query(
    `INSERT INTO beneficiary (first_name, last_name, birth_date, email, commune_code, latitude, longitude, territory_id,
       rsa_entry_date, referent_id, volunteering_consent_given_at)
     SELECT 'Karima', 'Banc-' || n, '1988-05-14', 'karima.' || n || '@exemple.test', c.insee_code, c.latitude,
       c.longitude, c.territory_id, '2026-01-10', $1, now()
     FROM generate_series(1, $2) AS n, commune c WHERE c.insee_code = '01283'
     RETURNING id`,
    [admin.id, PEOPLE],
  )) as Array<{ id: string }>;
  const pairs: Array<[string, string]> = [];
  // People vary fastest: concurrent proposals lock different files.
  for (const mission of missions) for (const person of people) pairs.push([person.id, mission.id]);
  return {
    admin: {
      id: admin.id,
      email: 'bench.admin@tremplin.test',
      role: Role.ADMIN,
      firstName: 'Claire',
      lastName: 'Banc',
      territoryId: null,
      isTerritoryManager: false,
      associationId: null,
    },
    pairs: pairs.slice(0, PROPOSALS),
  };
}

/** Bare pooled nodemailer to the same sink: what SMTP alone allows on this machine. */
async function baseline(config: AppConfig, sink: CountingSink): Promise<number> {
  const renderer = new MailRenderer(MAIL_TEMPLATES);
  const mail = await renderer.render(PROPOSAL_MAIL.name, PROPOSAL_MAIL.preview);
  const transport = nodemailer.createTransport({
    url: sink.url,
    pool: true,
    maxConnections: config.SMTP_POOL_SIZE,
    maxMessages: config.SMTP_POOL_MAX_MESSAGES,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  const started = Date.now();
  await pool(
    Array.from({ length: BASELINE_MESSAGES }, (_, i) => i),
    CONCURRENCY,
    async (i) => {
      await transport.sendMail({
        from: config.MAIL_FROM,
        to: `baseline.${i}@exemple.test`,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
      });
    },
  );
  transport.close();
  return rate(BASELINE_MESSAGES, Date.now() - started);
}

async function main(): Promise<void> {
  const server = await postgresServer();
  const redisUrl = process.env.REDIS_URL ?? ((await isPortOpen('127.0.0.1', 6379)) ? 'redis://127.0.0.1:6379' : '');
  const suffix = randomBytes(4).toString('hex');
  const database = `tremplin_bench_${suffix}`;
  await ensureDatabase(server, database);
  const sink = new CountingSink();
  await sink.start();
  const config = loadConfig({
    DATABASE_URL: databaseUrl(server, database),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `bench_${suffix}`,
    SMTP_URL: sink.url,
    APP_URL: 'http://127.0.0.1:3000',
    JWT_SECRET: `bench-jwt-${'x'.repeat(32)}`,
    LINK_SECRET: `bench-link-${'y'.repeat(32)}`,
    LOG_LEVEL: 'warn',
    ...(process.env.SMTP_POOL_SIZE ? { SMTP_POOL_SIZE: process.env.SMTP_POOL_SIZE } : {}),
  });
  const dataSource = new DataSource(buildDataSourceOptions(config.DATABASE_URL, DATABASE_REGISTRY, { poolSize: 2 }));
  let app: INestApplicationContext | null = null;
  let worker: INestApplicationContext | null = null;
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    print(
      `bench:mail — ${PROPOSALS} propositions, files d'attente ${config.QUEUE_BACKEND}, ${CONCURRENCY} envois en parallèle, ` +
        `${config.SMTP_POOL_SIZE} connexions SMTP au plus (${config.SMTP_POOL_MAX_MESSAGES} e-mails chacune)`,
    );

    const baselineRate = await baseline(config, sink);
    const baselineConnections = sink.connections;
    sink.reset();
    const { admin, pairs } = await seed(dataSource);

    // 1. The referents propose (API side): proposal, logbook, email row and outbox job in one transaction each.
    app = await NestFactory.createApplicationContext(CliModule.register(config), { logger: ['error', 'warn'] });
    const proposals = app.get(ProposalsService);
    const createStart = Date.now();
    await pool(pairs, CONCURRENCY, async ([beneficiaryId, missionId]) => {
      await proposals.propose(admin, { beneficiaryId, missionId, message: 'Bonjour, cette mission peut vous plaire.' });
    });
    const createMs = Date.now() - createStart;

    // 2. One worker process sends them.
    const sendStart = Date.now();
    worker = await createWorkerApp({ config });
    await sink.waitFor(PROPOSALS, 30 * 60_000);
    const sendMs = Date.now() - sendStart;
    const steadyMs = sink.lastAt - sink.firstAt;
    // Late duplicates, if any, would arrive now.
    await new Promise((done) => setTimeout(done, 3_000));

    const ids = sink.messageIds;
    const duplicates = ids.length - new Set(ids).size;
    const [{ sent }] = (await dataSource.query(
      `SELECT count(*)::int AS sent FROM proposal WHERE status = 'SENT' AND message_id IS NOT NULL`,
    )) as Array<{ sent: number }>;
    const sendRate = rate(PROPOSALS - 1, steadyMs);
    print();
    print(
      `propositions créées      : ${PROPOSALS} en ${(createMs / 1000).toFixed(1)} s (${rate(PROPOSALS, createMs)}/s)`,
    );
    print(
      `e-mails envoyés          : ${ids.length} en ${(steadyMs / 1000).toFixed(1)} s du premier au dernier (${sendRate}/s) ; ` +
        `${(sendMs / 1000).toFixed(1)} s avec le démarrage du worker (${rate(PROPOSALS, sendMs)}/s)`,
    );
    print(`connexions SMTP ouvertes : ${sink.connections}`);
    print(
      `référence nodemailer seul: ${baselineRate}/s (pool, même puits SMTP, sans base ni file ; ${baselineConnections} connexions pour ${BASELINE_MESSAGES})`,
    );
    print(`ratio plateforme / seul  : ${(sendRate / baselineRate).toFixed(2)}`);
    print(`propositions SENT        : ${sent}/${PROPOSALS}`);
    print(`doublons                 : ${duplicates}`);
    if (duplicates !== 0 || sent !== PROPOSALS || ids.length !== PROPOSALS) process.exitCode = 1;
  } finally {
    await worker?.close();
    await app?.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await sink.close();
    const admin = new Client({ connectionString: databaseUrl(server, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    if (config.QUEUE_BACKEND === 'redis' && config.REDIS_URL) {
      const redis = new Redis(redisOptionsFromUrl(config.REDIS_URL));
      const keys = await redis.keys(`${config.QUEUE_PREFIX}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
