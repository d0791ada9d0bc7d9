import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl } from '../runtime/local-services';

/** Where the test run's PostgreSQL and template live (set by the global setup). */
export interface TestEnvironment {
  pgServerUrl: string;
  queueBackend: 'redis' | 'postgres';
  redisUrl?: string;
}

export function testEnvironment(): TestEnvironment {
  const pgServerUrl = process.env.TEST_PG_SERVER_URL;
  if (!pgServerUrl) {
    throw new Error('Test environment missing: run tests through `npm test` (the jest global setup finds PostgreSQL)');
  }
  const queueBackend = process.env.TEST_QUEUE_BACKEND === 'redis' ? 'redis' : 'postgres';
  return { pgServerUrl, queueBackend, redisUrl: process.env.TEST_REDIS_URL || undefined };
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function withServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Builds the template database once per migration set: an advisory lock keeps parallel test
 * files from building it twice, and the build happens under a temporary name renamed when done.
 */
export async function ensureTemplateDatabase(
  env: TestEnvironment,
  name: string,
  migrate: (databaseUrl: string) => Promise<void>,
): Promise<void> {
  await withServer(env.pgServerUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount) return;
      const building = `${name}_building`;
      await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${building}"`);
      await migrate(databaseUrl(env.pgServerUrl, building));
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
}

/** A fresh database for one test file, copied from the migrated template (fast: a file copy). */
export async function createTestDatabase(env: TestEnvironment, templateDatabase: string): Promise<TestDatabase> {
  const name = `tremplin_test_${randomBytes(5).toString('hex')}`;
  await withServer(env.pgServerUrl, async (client) => {
    // CREATE DATABASE … TEMPLATE fails while another session is connected to the template;
    // the template is only ever connected to while it is being built, so retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes('is being accessed by other users')) throw error;
        await new Promise((done) => setTimeout(done, 250));
      }
    }
  });
  return {
    name,
    url: databaseUrl(env.pgServerUrl, name),
    drop: () =>
      withServer(env.pgServerUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
