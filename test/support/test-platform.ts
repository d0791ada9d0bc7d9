import { INestApplicationContext } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  AppConfig,
  CONSOLE_CLIENT_HEADER,
  CONSOLE_CLIENT_VALUE,
  Clock,
  Role,
  buildDataSourceOptions,
  loadConfig,
  redisOptionsFromUrl,
} from '@tremplin/core';
import { DATABASE_REGISTRY, MIGRATIONS } from '@tremplin/platform';
import { createHash } from 'node:crypto';
import {
  SmtpSink,
  TestDatabase,
  createTestDatabase,
  ensureTemplateDatabase,
  testEnvironment,
} from '@tremplin/core/testing';
import { PasswordHasher, Territory, User } from '@tremplin/identity';
import { GraphQLFormattedError } from 'graphql';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';

export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

export interface TestPlatformOptions {
  /** Start the worker too (default true). */
  worker?: boolean;
  clock?: Clock;
  /** Overrides of environment variables (e.g. LOGIN_RATE_LIMIT). */
  env?: Record<string, string>;
  /** Changes the URL the API and worker reach the file's database at (e.g. through a TcpProxy). */
  rewriteDatabaseUrl?: (url: string) => string;
}

export interface StaffAccount {
  user: User;
  token: string;
  password: string;
}

export const TEST_PASSWORD = 'mot-de-passe-de-test-1';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let cachedHash: Promise<string> | undefined;

/** The template's name changes whenever a migration is added or its code changes. */
export const TEMPLATE_DATABASE = (() => {
  const hash = createHash('sha1');
  for (const migration of MIGRATIONS) hash.update(migration.name).update(String(migration.prototype.up));
  return `tremplin_tpl_${hash.digest('hex').slice(0, 12)}`;
})();

async function migrateTemplate(url: string): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions(url, DATABASE_REGISTRY, { poolSize: 1 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * The whole platform for one test file: its own database (copied from the migrated template),
 * its own queue prefix, a real SMTP sink, the API listening on a free port and the worker.
 */
export class TestPlatform {
  private constructor(
    readonly config: AppConfig,
    readonly db: TestDatabase,
    readonly smtp: SmtpSink,
    readonly api: NestExpressApplication,
    public worker: INestApplicationContext | null,
    private readonly clock: Clock | undefined,
  ) {}

  static async start(options: TestPlatformOptions = {}): Promise<TestPlatform> {
    const env = testEnvironment();
    await ensureTemplateDatabase(env, TEMPLATE_DATABASE, migrateTemplate);
    const [db, smtp, port] = await Promise.all([
      createTestDatabase(env, TEMPLATE_DATABASE),
      SmtpSink.start(),
      freePort(),
    ]);
    const config = loadConfig({
      DATABASE_URL: options.rewriteDatabaseUrl ? options.rewriteDatabaseUrl(db.url) : db.url,
      QUEUE_BACKEND: env.queueBackend,
      REDIS_URL: env.redisUrl,
      QUEUE_PREFIX: `t_${randomBytes(4).toString('hex')}`,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Tremplin <no-reply@tremplin.test>',
      APP_URL: `http://127.0.0.1:${port}`,
      PORT: String(port),
      JWT_SECRET: 'test-jwt-secret-0123456789abcdef-0123',
      LINK_SECRET: 'test-link-secret-0123456789abcdef-012',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      LOGIN_RATE_LIMIT: '1000',
      LINK_RATE_LIMIT: '1000',
      ...options.env,
    });
    const api = await createApiApp({ config, clock: options.clock });
    await api.listen(port, '127.0.0.1');
    // The test process is both client and server: while a test keeps the event loop busy (a PDF), Node's 5 s
    // keep-alive timer may close a socket the client is reusing ("other side closed"). Keep sockets longer.
    const server = api.getHttpServer() as { keepAliveTimeout: number; headersTimeout: number };
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    const platform = new TestPlatform(config, db, smtp, api, null, options.clock);
    if (options.worker !== false) await platform.startWorker();
    return platform;
  }

  get baseUrl(): string {
    return this.config.APP_URL;
  }

  get dataSource(): DataSource {
    return this.api.get(DataSource);
  }

  async startWorker(): Promise<INestApplicationContext> {
    this.worker ??= await createWorkerApp({ config: this.config, clock: this.clock });
    return this.worker;
  }

  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
  }

  /** POSTs a GraphQL operation; returns `{ data, errors }` as the client would see them. */
  /**
   * Waits until the worker has done everything that is due: no email owed or being sent, no outbox
   * row due and neither handed over nor done (so that table fingerprints and the SMTP sink hold still):
   * a row the relay found already in the queue is done without ever being marked dispatched.
   */
  async settle(timeoutMs = 15_000): Promise<void> {
    let owed: unknown[] = [];
    try {
      await eventually(async () => {
        owed = (await this.dataSource.query(
          `SELECT 'email' AS kind, status AS state, idempotency_key AS key FROM email_message
            WHERE status IN ('PENDING', 'SENDING')
           UNION ALL
           SELECT 'outbox', job_name, coalesce(dedup_key, id::text) FROM outbox_job
            WHERE dispatched_at IS NULL AND done_at IS NULL AND failed_at IS NULL
                    AND (run_at IS NULL OR run_at <= now())`,
        )) as unknown[];
        return owed.length === 0;
      }, timeoutMs);
    } catch (error) {
      throw new Error(`${String(error)}; still owed: ${JSON.stringify(owed.slice(0, 10))}`);
    }
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<T>;
  }

  /** Like gql, but fails the test with the errors when there are any. */
  async gqlOk<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> {
    const result = await this.gql<T>(query, variables, token);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  async territory(code: string): Promise<Territory> {
    return this.dataSource.getRepository(Territory).findOneByOrFail({ code });
  }

  /**
   * A browser's session as the console opens it (`openSession`: HttpOnly cookie), with helpers
   * that send what the console sends (the cookie and the console's header).
   */
  async browserSession(email: string, password: string): Promise<BrowserSession> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: LoginInput!) { openSession(input: $input) { expiresAt } }`,
        variables: { input: { email, password } },
      }),
    });
    const body = (await response.json()) as GraphqlResponse<unknown>;
    if (body.errors?.length) throw new Error(`openSession failed: ${JSON.stringify(body.errors)}`);
    return new BrowserSession(this.baseUrl, (response.headers.get('set-cookie') ?? '').split(';')[0]);
  }

  /** A staff account written directly in the database, with a valid token. */
  async createStaff(
    role: Role,
    fields: Partial<
      Pick<User, 'email' | 'firstName' | 'lastName' | 'territoryId' | 'isTerritoryManager' | 'associationId'>
    > = {},
  ): Promise<StaffAccount> {
    cachedHash ??= this.api.get(PasswordHasher).hash(TEST_PASSWORD);
    const repository = this.dataSource.getRepository(User);
    const user = await repository.save(
      repository.create({
        email: fields.email ?? `${role.toLowerCase()}.${randomBytes(4).toString('hex')}@test.tremplin.fr`,
        passwordHash: await cachedHash,
        passwordSetAt: new Date(),
        role,
        firstName: fields.firstName ?? 'Camille',
        lastName: fields.lastName ?? 'Test',
        territoryId: fields.territoryId ?? null,
        isTerritoryManager: fields.isTerritoryManager ?? false,
        associationId: fields.associationId ?? null,
      }),
    );
    const token = await this.api.get(JwtService).signAsync({ sub: user.id, role: user.role });
    return { user, token, password: TEST_PASSWORD };
  }

  async stop(): Promise<void> {
    await this.stopWorker();
    await this.api.close();
    await this.smtp.close();
    await this.db.drop();
    // Queue keys live in the shared Redis under this file's prefix (not when a test pointed REDIS_URL elsewhere).
    if (
      this.config.QUEUE_BACKEND === 'redis' &&
      this.config.REDIS_URL &&
      this.config.REDIS_URL === testEnvironment().redisUrl
    ) {
      const redis = new Redis(redisOptionsFromUrl(this.config.REDIS_URL));
      const keys = await redis.keys(`${this.config.QUEUE_PREFIX}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    }
  }
}

export class BrowserSession {
  constructor(
    readonly baseUrl: string,
    /** `tremplin_session=…` */
    public cookie: string,
  ) {}

  /** A GraphQL operation as the console sends it; keeps a renewed cookie. */
  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = { [CONSOLE_CLIENT_HEADER]: CONSOLE_CLIENT_VALUE },
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const renewed = response.headers.get('set-cookie');
    if (renewed?.startsWith('tremplin_session=')) this.cookie = renewed.split(';')[0];
    return (await response.json()) as GraphqlResponse<T>;
  }

  /** A plain HTTP request with the session cookie (downloads, dashboards). */
  fetch(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      redirect: 'manual',
      ...init,
      headers: { cookie: this.cookie, ...(init.headers as Record<string, string> | undefined) },
    });
  }
}

/** Polls `probe` until it returns a value that is not null/undefined/false, or fails after the timeout. */
export async function eventually<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((done) => setTimeout(done, intervalMs));
  }
  throw new Error(`Condition not met after ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}
