// Runs outside Jest's module system: relative imports of dependency-free helpers only.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { databaseUrl, isPortOpen, startEmbeddedPostgres } from '../../libs/core/src/runtime/local-services';

const EMBEDDED_TEST_PG_PORT = 54330;

async function findPostgres(): Promise<string> {
  const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (configured) return databaseUrl(configured, 'postgres');
  if (await isPortOpen('127.0.0.1', 5432)) return 'postgres://postgres@127.0.0.1:5432/postgres';
  process.stdout.write(
    `\n[tests] aucun PostgreSQL sur 127.0.0.1:5432 : démarrage d'un PostgreSQL intégré (port ${EMBEDDED_TEST_PG_PORT})\n`,
  );
  // Sized for the suite: each of the 3 Jest workers runs an API and a worker (10 connections each),
  // BullMQ's PostgreSQL backend and the test's own queries; 100 (the default) ran out.
  const embedded = await startEmbeddedPostgres('.data/test-postgres', EMBEDDED_TEST_PG_PORT, undefined, {
    maxConnections: 400,
  });
  (globalThis as { __embeddedPostgres?: typeof embedded }).__embeddedPostgres = embedded;
  return embedded.serverUrl;
}

async function findRedis(): Promise<string | undefined> {
  if (process.env.QUEUE_BACKEND === 'postgres') return undefined;
  const configured = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL;
  if (configured) return configured;
  return (await isPortOpen('127.0.0.1', 6379)) ? 'redis://127.0.0.1:6379' : undefined;
}

/**
 * Some tests run the worker as a separate process from the build (a crash, two workers sharing
 * a rescore) and the browser tests load the built console: build both once here, before any test
 * file runs (nest build is incremental: seconds when up to date).
 */
function buildOnce(): void {
  const root = process.cwd();
  process.stdout.write('\n[tests] nest build et vite build (worker en processus séparé, console dans le navigateur)\n');
  // Jest sets NODE_ENV=test: the builds are those of production, as `npm run build` makes them.
  const run = (script: string, args: string[]) =>
    execFileSync(process.execPath, [resolve(root, script), ...args], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 300_000,
    });
  run('node_modules/@nestjs/cli/bin/nest.js', ['build']);
  run('node_modules/vite/bin/vite.js', ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']);
}

/** Finds (or starts) PostgreSQL and Redis once per run; test files read the result from the environment. */
export default async function globalSetup(): Promise<void> {
  buildOnce();
  const serverUrl = await findPostgres();
  const redisUrl = await findRedis();
  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.env.TEST_QUEUE_BACKEND = redisUrl ? 'redis' : 'postgres';
  process.env.TEST_REDIS_URL = redisUrl ?? '';
}
