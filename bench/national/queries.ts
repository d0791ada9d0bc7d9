// `npm run bench:national:queries` — every query of the staff console (and the beneficiary link
// pages) against the built API on a national dataset (`npm run bench:national:generate` first),
// with real PostgreSQL and Redis, sessions of the right roles.
//
// 1. Capture: the API runs behind a TCP proxy that reads the SQL each operation sends
//    (pg-capture-proxy.ts); each operation runs once, its statements are `EXPLAIN`ed with the
//    parameters they ran with, and any sequential scan of a table over 100 k rows fails the run.
// 2. Load: the API is restarted directly on PostgreSQL; autocannon runs each operation for
//    BENCH_DURATION seconds (default 10) at BENCH_CONNECTIONS (default 20), `me` first as the
//    trivial baseline; p50, p99, requests/s and the ratio to `me` for each.
//
// Environment: BENCH_PG_URL, BENCH_DB (default perf_national), REDIS_URL (default
// redis://127.0.0.1:6379), BENCH_ONLY (comma-separated operation names), BENCH_SKIP_LOAD=1.
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DocumentNode, print as printDocument } from 'graphql';
import { Redis } from 'ioredis';
import jwt from 'jsonwebtoken';
import { Client } from 'pg';
import { NATIONAL_PASSWORD, nationalDatabaseUrl } from './national-data';
import { CapturedStatement, PgCaptureProxy } from './pg-capture-proxy';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SEQ_SCAN_LIMIT = 100_000;
const JWT_SECRET = 'perf-national-jwt-secret-0123456789abcdef';
const LINK_SECRET = 'perf-national-link-secret-0123456789abcdef';
const CONSOLE_HEADER = { 'x-tremplin-client': 'console' };
const print = (line = '') => process.stdout.write(`${line}\n`);

type Role = 'referent' | 'coordinator' | 'admin' | 'association' | 'none';

interface Operation {
  name: string;
  role: Role;
  /** A console document (apps/web/src/gql/graphql.ts) and its variables, or a GET path. */
  document?: string;
  variables?: Record<string, unknown>;
  path?: string;
}

/** The console's documents, as the generated code holds them (with the fragments they spread). */
function consoleDocuments(): Map<string, string> {
  const source = readFileSync(resolve('apps/web/src/gql/graphql.ts'), 'utf8');
  const documents = new Map<string, string>();
  for (const match of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)) {
    documents.set(match[1], printDocument(JSON.parse(match[2]) as DocumentNode));
  }
  return documents;
}

interface Subjects {
  referentEmail: string;
  coordinatorEmail: string;
  coordinatorId: string;
  associationEmail: string;
  associationId: string;
  personId: string;
  territoryId: string;
  interviewId: string;
  missionId: string;
  submittedMissionId: string;
  pendingAssociationId: string;
  sentProposalId: string;
  sentProposalExpiresAt: Date;
  acceptedProposalId: string;
}

async function findSubjects(db: Client): Promise<Subjects> {
  const one = async (sql: string, params: unknown[] = []) => {
    const { rows } = await db.query(sql, params);
    if (!rows.length) throw new Error(`No row for: ${sql}`);
    return rows[0] as Record<string, never>;
  };
  // The référent with the largest caseload, one of their people with a full file (an engagement
  // completed: carnet, proposals, interview, passport), the coordinator of their territory.
  const referent = await one(
    `SELECT u.id, u.email, u.territory_id FROM app_user u
      WHERE u.id = (SELECT referent_id FROM beneficiary GROUP BY referent_id ORDER BY count(*) DESC, referent_id LIMIT 1)`,
  );
  const person = await one(
    `SELECT b.id FROM beneficiary b
      WHERE b.referent_id = $1 AND b.volunteering_consent_given_at IS NOT NULL
      ORDER BY EXISTS (SELECT 1 FROM passport p WHERE p.beneficiary_id = b.id) DESC,
               EXISTS (SELECT 1 FROM mission_suggestion s WHERE s.beneficiary_id = b.id) DESC, b.id
      LIMIT 1`,
    [referent.id],
  );
  const coordinator = await one(`SELECT id, email FROM app_user WHERE role = 'COORDINATOR' AND territory_id = $1`, [
    referent.territory_id,
  ]);
  const interview = await one(`SELECT id FROM interview WHERE coordinator_id = $1 ORDER BY starts_at DESC LIMIT 1`, [
    coordinator.id,
  ]);
  const association = await one(
    `SELECT u.email, m.association_id, m.id AS mission_id FROM mission m
       JOIN app_user u ON u.association_id = m.association_id
      WHERE m.status = 'PUBLISHED' AND m.territory_id = $1 ORDER BY m.id LIMIT 1`,
    [referent.territory_id],
  );
  const submitted = await one(`SELECT id FROM mission WHERE status = 'SUBMITTED' ORDER BY id LIMIT 1`);
  const pending = await one(`SELECT id FROM association WHERE status = 'PENDING' ORDER BY id LIMIT 1`);
  const sent = await one(
    `SELECT id, expires_at FROM proposal WHERE status = 'SENT' AND expires_at > now() + interval '1 day'
      ORDER BY id LIMIT 1`,
  );
  const accepted = await one(
    `SELECT p.id FROM proposal p WHERE p.status = 'ACCEPTED'
        AND NOT EXISTS (SELECT 1 FROM interview i WHERE i.proposal_id = p.id) ORDER BY p.answered_at DESC LIMIT 1`,
  );
  return {
    referentEmail: referent.email,
    coordinatorEmail: coordinator.email,
    coordinatorId: coordinator.id,
    associationEmail: association.email,
    associationId: association.association_id,
    personId: person.id,
    territoryId: referent.territory_id,
    interviewId: interview.id,
    missionId: association.mission_id,
    submittedMissionId: submitted.id,
    pendingAssociationId: pending.id,
    sentProposalId: sent.id,
    sentProposalExpiresAt: sent.expires_at,
    acceptedProposalId: accepted.id,
  };
}

function operations(s: Subjects): Operation[] {
  const now = new Date();
  const monday = new Date(now);
  monday.setUTCDate(now.getUTCDate() - ((now.getUTCDay() + 6) % 7));
  monday.setUTCHours(0, 0, 0, 0);
  const sunday = new Date(monday.getTime() + 7 * 86_400_000);
  const year = now.getUTCFullYear();
  const link = (purpose: string, subject: string, expiresAt: Date) =>
    jwt.sign({ pur: purpose, sub: subject, exp: Math.floor(expiresAt.getTime() / 1000) }, LINK_SECRET, {
      algorithm: 'HS256',
      noTimestamp: true,
    });
  const person = { beneficiaryId: s.personId };
  return [
    { name: 'Me', role: 'referent', document: 'Me' },
    // Référent: home, caseload with its filters, a person's file, proposals.
    { name: 'ReferentDashboard', role: 'referent', document: 'ReferentDashboard' },
    { name: 'Caseload', role: 'referent', document: 'Caseload', variables: { first: 25 } },
    {
      name: 'Caseload (active, oriented, by deadline)',
      role: 'referent',
      document: 'Caseload',
      variables: { first: 25, status: 'ACTIVE', orientationStatus: 'ORIENTED', sort: 'NEXT_DEADLINE' },
    },
    { name: 'Caseload (overdue)', role: 'referent', document: 'Caseload', variables: { first: 25, overdue: true } },
    {
      name: 'Caseload (awaiting answer)',
      role: 'referent',
      document: 'Caseload',
      variables: { first: 25, stage: 'AWAITING_ANSWER' },
    },
    { name: 'Caseload (search)', role: 'referent', document: 'Caseload', variables: { first: 25, search: 'mart' } },
    {
      name: 'Caseload (admin, one territory)',
      role: 'admin',
      document: 'Caseload',
      variables: { first: 25, territoryId: s.territoryId, sort: 'NEWEST_ENTRY' },
    },
    {
      name: 'Caseload (admin, search)',
      role: 'admin',
      document: 'Caseload',
      variables: { first: 25, search: 'dubois' },
    },
    { name: 'PersonFileHeader', role: 'referent', document: 'PersonFileHeader', variables: { id: s.personId } },
    { name: 'PersonInformations', role: 'referent', document: 'PersonInformations', variables: { id: s.personId } },
    { name: 'PersonDiagnostic', role: 'referent', document: 'PersonDiagnostic', variables: { id: s.personId } },
    { name: 'PersonLogbook', role: 'referent', document: 'PersonLogbook', variables: { ...person, first: 20 } },
    { name: 'PersonConsentHistory', role: 'referent', document: 'PersonConsentHistory', variables: person },
    { name: 'PersonProposals', role: 'referent', document: 'PersonProposals', variables: person },
    { name: 'PersonSuggestions', role: 'referent', document: 'PersonSuggestions', variables: person },
    { name: 'PersonInterviews', role: 'referent', document: 'PersonInterviews', variables: { ...person, first: 20 } },
    { name: 'PersonEngagements', role: 'referent', document: 'PersonEngagements', variables: { ...person, first: 20 } },
    { name: 'PersonOutcomes', role: 'referent', document: 'PersonOutcomes', variables: { ...person, first: 20 } },
    { name: 'PersonPassport', role: 'referent', document: 'PersonPassport', variables: person },
    { name: 'ProposableMissions', role: 'referent', document: 'ProposableMissions', variables: { text: 'jardin' } },
    { name: 'MissionFichePage', role: 'referent', document: 'MissionFichePage', variables: { id: s.missionId } },
    // Coordinator: home, the week, the interviews, the proposals waiting for one.
    {
      name: 'CoordinatorHome',
      role: 'coordinator',
      document: 'CoordinatorHome',
      variables: { now: now.toISOString() },
    },
    {
      name: 'CoordinatorAgenda (week)',
      role: 'coordinator',
      document: 'CoordinatorAgenda',
      variables: { from: monday.toISOString(), to: sunday.toISOString() },
    },
    { name: 'CoordinatorInterviews', role: 'coordinator', document: 'CoordinatorInterviews', variables: {} },
    {
      name: 'CoordinatorInterview',
      role: 'coordinator',
      document: 'CoordinatorInterview',
      variables: { id: s.interviewId },
    },
    { name: 'ProposalsAwaitingInterview', role: 'coordinator', document: 'ProposalsAwaitingInterview', variables: {} },
    // Département: moderation queues, indicators, users.
    { name: 'ModerationMissions', role: 'admin', document: 'ModerationMissions', variables: { first: 20 } },
    { name: 'ModerationAssociations', role: 'admin', document: 'ModerationAssociations', variables: { first: 20 } },
    {
      name: 'ModerationMission',
      role: 'admin',
      document: 'ModerationMission',
      variables: { id: s.submittedMissionId },
    },
    {
      name: 'ModerationAssociation',
      role: 'admin',
      document: 'ModerationAssociation',
      variables: { id: s.pendingAssociationId },
    },
    {
      name: 'IndicatorsReport (year)',
      role: 'admin',
      document: 'IndicatorsReport',
      variables: { from: `${year}-01-01`, to: `${year}-12-31` },
    },
    {
      name: 'IndicatorsReport (year, territory)',
      role: 'admin',
      document: 'IndicatorsReport',
      variables: { from: `${year}-01-01`, to: `${year}-12-31`, territoryId: s.territoryId },
    },
    { name: 'UsersList', role: 'admin', document: 'UsersList', variables: { first: 25 } },
    // Association: home, missions, people.
    { name: 'AssociationHome', role: 'association', document: 'AssociationHome' },
    { name: 'AssociationMissions', role: 'association', document: 'AssociationMissions', variables: {} },
    { name: 'AssociationHomePeople', role: 'association', document: 'AssociationHomePeople' },
    // Beneficiary link pages (no session): the answer page, the booking page.
    {
      name: 'GET /p/:token (answer page)',
      role: 'none',
      path: `/p/${link('proposal.answer', s.sentProposalId, s.sentProposalExpiresAt)}`,
    },
    {
      name: 'GET /rdv/:token (booking page)',
      role: 'none',
      path: `/rdv/${link('interview.booking', s.acceptedProposalId, new Date(Date.now() + 7 * 86_400_000))}`,
    },
  ];
}

class Api {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly output: string[],
  ) {}

  static async start(databaseUrl: string, port: number): Promise<Api> {
    const child = spawn(process.execPath, [resolve('dist/apps/api/src/main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        QUEUE_BACKEND: 'redis',
        QUEUE_PREFIX: `perf_national_${process.pid}`,
        JWT_SECRET,
        LINK_SECRET,
        PORT: String(port),
        APP_URL: `http://127.0.0.1:${port}`,
        LOG_LEVEL: 'warn',
        // The link pages are rate limited per address (30/min): autocannon is one address.
        LINK_RATE_LIMIT: '100000000',
        LOGIN_RATE_LIMIT: '1000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
    const api = new Api(child, `http://127.0.0.1:${port}`, output);
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`API exited:\n${output.join('')}`);
      try {
        const response = await fetch(`${api.url}/health`);
        if (response.ok) return api;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`API not ready:\n${output.join('')}`);
      await new Promise((done) => setTimeout(done, 250));
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGTERM');
    await exited;
  }

  async session(email: string): Promise<string> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...CONSOLE_HEADER },
      body: JSON.stringify({
        query: `mutation($input: LoginInput!) { openSession(input: $input) { expiresAt } }`,
        variables: { input: { email, password: NATIONAL_PASSWORD } },
      }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors?.length) throw new Error(`openSession ${email}: ${JSON.stringify(body.errors)}`);
    return (response.headers.get('set-cookie') ?? '').split(';')[0];
  }
}

interface Request {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function requestOf(op: Operation, documents: Map<string, string>, cookies: Record<Role, string>): Request {
  if (op.path) return { method: 'GET', path: op.path, headers: {} };
  const query = documents.get(op.document!);
  if (!query) throw new Error(`No console document ${op.document}`);
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', cookie: cookies[op.role], ...CONSOLE_HEADER },
    body: JSON.stringify({ operationName: op.document, query, variables: op.variables ?? {} }),
  };
}

/** Runs a request once; fails on an HTTP error or a GraphQL error. */
async function check(api: Api, op: Operation, request: Request): Promise<void> {
  const response = await fetch(`${api.url}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    redirect: 'manual',
  });
  const text = await response.text();
  if (response.status >= 400) throw new Error(`${op.name}: HTTP ${response.status} ${text.slice(0, 300)}`);
  if (request.method === 'POST') {
    const body = JSON.parse(text) as { errors?: unknown[] };
    if (body.errors?.length) throw new Error(`${op.name}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  }
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/** EXPLAINs a captured statement with its parameters; returns the plan's text and its sequential scans. */
async function explain(
  db: Client,
  statement: CapturedStatement,
  rowsOf: Map<string, number>,
): Promise<{ text: string; seqScans: { table: string; rows: number }[] } | null> {
  const sql = statement.sql.trim();
  if (!/^(SELECT|WITH)\b/i.test(sql)) return null;
  await db.query(`DEALLOCATE ALL`);
  const literal = (value: string | null) => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`);
  await db.query(`PREPARE captured AS ${sql}`);
  const execute = statement.params.length
    ? `EXECUTE captured(${statement.params.map(literal).join(', ')})`
    : 'EXECUTE captured';
  const [{ 'QUERY PLAN': json }] = (await db.query(`EXPLAIN (FORMAT JSON) ${execute}`)).rows as {
    'QUERY PLAN': { Plan: PlanNode }[];
  }[];
  const text = (await db.query(`EXPLAIN ${execute}`)).rows.map((r) => r['QUERY PLAN'] as string).join('\n');
  const seqScans: { table: string; rows: number }[] = [];
  walk(json[0].Plan, (node) => {
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) {
      const rows = rowsOf.get(node['Relation Name']) ?? 0;
      seqScans.push({ table: node['Relation Name'], rows });
    }
  });
  return { text, seqScans };
}

interface LoadResult {
  name: string;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

async function load(api: Api, op: Operation, request: Request): Promise<LoadResult> {
  const result = await autocannon({
    url: `${api.url}${request.path}`,
    method: request.method,
    headers: request.headers,
    body: request.body,
    connections: CONNECTIONS,
    duration: DURATION,
  });
  return {
    name: op.name,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function main(): Promise<void> {
  const databaseUrl = nationalDatabaseUrl();
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const people = Number((await db.query(`SELECT count(*) FROM beneficiary`)).rows[0].count);
  const subjects = await findSubjects(db);
  const documents = consoleDocuments();
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const all = operations(subjects).filter((op) => !only || op.name === 'Me' || only.includes(op.name));
  const rowsOf = new Map<string, number>(
    (await db.query(`SELECT relname, reltuples::bigint AS rows FROM pg_class WHERE relkind = 'r'`)).rows.map((r) => [
      r.relname as string,
      Number(r.rows),
    ]),
  );
  const load1 = (await db.query(`SELECT 1`)) && readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  print(
    `Console queries on ${new URL(databaseUrl).pathname.slice(1)} (${people.toLocaleString('en')} people), load ${load1}`,
  );

  // --- 1. Capture and EXPLAIN ---------------------------------------------------------------
  const target = new URL(databaseUrl);
  const proxy = new PgCaptureProxy(
    { host: target.hostname, port: Number(target.port || 5432) },
    15_432 + (process.pid % 1000),
  );
  await proxy.start();
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  let api = await Api.start(proxied.toString(), 13_000 + (process.pid % 1000));
  const emails: Record<Role, string> = {
    referent: subjects.referentEmail,
    coordinator: subjects.coordinatorEmail,
    admin: 'admin.1@national.tremplin.fr',
    association: subjects.associationEmail,
    none: '',
  };
  const sessions = async () => {
    const cookies = { none: '' } as Record<Role, string>;
    for (const role of ['referent', 'coordinator', 'admin', 'association'] as const)
      cookies[role] = await api.session(emails[role]);
    return cookies;
  };
  let cookies = await sessions();
  const failures: string[] = [];
  try {
    // Warm the API's caches (sessions, referentials), then record each operation's statements alone.
    for (const op of all) await check(api, op, requestOf(op, documents, cookies)).catch(() => undefined);
    for (const op of all) {
      proxy.statements.length = 0;
      await check(api, op, requestOf(op, documents, cookies));
      const seen = new Set<string>();
      print(`\n### ${op.name} — ${proxy.statements.length} statements`);
      for (const statement of proxy.statements) {
        if (seen.has(statement.sql)) continue;
        seen.add(statement.sql);
        const plan = await explain(db, statement, rowsOf);
        if (!plan) continue;
        const big = plan.seqScans.filter((s) => s.rows > SEQ_SCAN_LIMIT);
        print(`${statement.sql.replace(/\s+/g, ' ').slice(0, 400)}`);
        print(plan.text.replace(/^/gm, '    '));
        for (const scan of big) {
          failures.push(`${op.name}: Seq Scan on ${scan.table} (${scan.rows.toLocaleString('en')} rows)`);
          print(`    FAIL: sequential scan of ${scan.table} (${scan.rows.toLocaleString('en')} rows)`);
        }
      }
    }
  } finally {
    await api.stop();
    await proxy.stop();
  }
  print(`\nSequential scans of tables over ${SEQ_SCAN_LIMIT.toLocaleString('en')} rows: ${failures.length}`);
  for (const failure of failures) print(`  ${failure}`);

  // --- 2. Load ------------------------------------------------------------------------------
  if (process.env.BENCH_SKIP_LOAD !== '1') {
    api = await Api.start(databaseUrl, 13_000 + (process.pid % 1000));
    try {
      cookies = await sessions();
      const results: LoadResult[] = [];
      print(
        `\nautocannon, ${CONNECTIONS} connections, ${DURATION} s each; load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
      );
      print(
        `${'operation'.padEnd(44)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'req/s'.padStart(8)} ${'× me'.padStart(6)} errors  goal p99 ≤ 100 ms`,
      );
      for (const op of all) {
        const request = requestOf(op, documents, cookies);
        await check(api, op, request);
        const r = await load(api, op, request);
        results.push(r);
        const ratio = r.rps / results[0].rps;
        print(
          `${r.name.padEnd(44)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${r.rps.toFixed(0).padStart(8)} ${ratio.toFixed(2).padStart(6)} ${String(r.errors).padStart(6)}  ${r.rps > 0 && r.errors === 0 && r.p99 <= 100 ? 'met' : 'NOT MET'}`,
        );
      }
      const me = results[0];
      const suggestions = results.find((r) => r.name === 'PersonSuggestions');
      if (suggestions)
        print(`\nmissionSuggestions / me throughput: ${(suggestions.rps / me.rps).toFixed(2)} (goal ≥ 0.5)`);
      print(`load at the end ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
    } finally {
      await api.stop();
    }
  }
  await db.end();
  // The API's queues left their keys under this run's prefix in the shared Redis.
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const keys = await redis.keys(`perf_national_${process.pid}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  if (failures.length) process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
