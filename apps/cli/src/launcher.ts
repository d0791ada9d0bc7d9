import {
  AppConfig,
  ConfigError,
  EmbeddedPostgresHandle,
  databaseUrl,
  ensureDatabase,
  isPortOpen,
  loadConfig,
  startEmbeddedPostgres,
} from '@tremplin/core';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { migrate, printCredentials, seedIfEmpty } from './commands';

const DATA_DIR = resolve('.data');
const EMBEDDED_PG_PORT = 54329;
const print = (line = '') => process.stdout.write(`${line}\n`);

interface LocalSecrets {
  JWT_SECRET: string;
  LINK_SECRET: string;
  ADMIN_PASSWORD: string;
}

/** Secrets generated once per machine and kept in .data/secrets.json (never committed). */
async function localSecrets(): Promise<LocalSecrets> {
  const file = join(DATA_DIR, 'secrets.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as LocalSecrets;
  const secrets: LocalSecrets = {
    JWT_SECRET: randomBytes(32).toString('base64url'),
    LINK_SECRET: randomBytes(32).toString('base64url'),
    ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
  };
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export interface LocalEnvironment {
  env: Record<string, string | undefined>;
  secrets: LocalSecrets;
  embedded: EmbeddedPostgresHandle | null;
}

/**
 * Completes the environment for a developer machine: what is set is kept; what is missing is
 * found or started. PostgreSQL: DATABASE_URL, else 127.0.0.1:5432, else an embedded PostgreSQL
 * under .data/. Queues: REDIS_URL, else 127.0.0.1:6379, else BullMQ's PostgreSQL backend.
 * Mail: SMTP_URL, else .eml files under .data/mail. Secrets: generated once in .data/.
 */
export async function prepareLocalEnvironment(): Promise<LocalEnvironment> {
  const env: Record<string, string | undefined> = { ...process.env };
  const secrets = await localSecrets();
  env.JWT_SECRET ??= secrets.JWT_SECRET;
  env.LINK_SECRET ??= secrets.LINK_SECRET;
  env.ADMIN_EMAIL ??= 'admin@tremplin.local';
  env.ADMIN_PASSWORD ??= secrets.ADMIN_PASSWORD;
  env.PORT ??= '3000';
  env.APP_URL ??= `http://localhost:${env.PORT}`;

  let embedded: EmbeddedPostgresHandle | null = null;
  if (!env.DATABASE_URL) {
    if (await isPortOpen('127.0.0.1', 5432)) {
      const server = 'postgres://postgres@127.0.0.1:5432/postgres';
      await ensureDatabase(server, 'tremplin');
      env.DATABASE_URL = databaseUrl(server, 'tremplin');
      print('PostgreSQL : serveur local 127.0.0.1:5432, base « tremplin »');
    } else {
      print(
        `PostgreSQL : aucun serveur sur 127.0.0.1:5432, démarrage d'un PostgreSQL intégré (données dans .data/postgres, port ${EMBEDDED_PG_PORT})`,
      );
      embedded = await startEmbeddedPostgres(join(DATA_DIR, 'postgres'), EMBEDDED_PG_PORT);
      await ensureDatabase(embedded.serverUrl, 'tremplin');
      env.DATABASE_URL = databaseUrl(embedded.serverUrl, 'tremplin');
    }
  }
  if (!env.REDIS_URL && !env.QUEUE_BACKEND) {
    if (await isPortOpen('127.0.0.1', 6379)) {
      env.REDIS_URL = 'redis://127.0.0.1:6379';
      print('Files d’attente : Redis 127.0.0.1:6379');
    } else {
      env.QUEUE_BACKEND = 'postgres';
      print('Files d’attente : pas de Redis sur 127.0.0.1:6379, BullMQ utilise PostgreSQL');
    }
  }
  if (!env.SMTP_URL) {
    env.MAIL_DIR ??= join(DATA_DIR, 'mail');
    print(`E-mails : pas de SMTP_URL, les messages sont déposés dans ${env.MAIL_DIR} (fichiers .eml)`);
  }
  return { env, secrets, embedded };
}

/** `npm start`: prepares the environment, migrates, seeds a fresh database, runs the API and the worker. */
export async function launch(): Promise<void> {
  const { env, secrets, embedded } = await prepareLocalEnvironment();
  let config: AppConfig;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) print(error.message);
    await embedded?.stop();
    throw error;
  }

  if (await isPortOpen('127.0.0.1', config.PORT)) {
    await embedded?.stop();
    throw new Error(
      `Le port ${config.PORT} est déjà utilisé : arrêtez l'autre service ou lancez avec PORT=<autre port> npm start`,
    );
  }

  const applied = await migrate(config);
  print(applied.length ? `Migrations appliquées : ${applied.length}` : 'Base de données à jour');
  const credentials = await seedIfEmpty(config);
  print(
    credentials
      ? 'Données de démonstration de l’Ain chargées'
      : 'Base déjà remplie : données de démonstration non rechargées',
  );

  const children: ChildProcess[] = [];
  const stopAll = async (code: number) => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(
      children.map((child) => new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)))),
    );
    await embedded?.stop();
    process.exit(code);
  };
  for (const app of ['api', 'worker']) {
    const child = spawn(process.execPath, [resolve(`dist/apps/${app}/src/main.js`)], {
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      // The processes log JSON lines; only warnings and errors are echoed to the terminal.
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        if (!line.startsWith('{')) print(`[${app}] ${line}`);
        else if (/"level":(40|50|60)/.test(line)) print(`[${app}] ${line}`);
      }
    });
    child.once('exit', (code) => {
      print(`Le processus ${app} s'est arrêté (code ${code}).`);
      void stopAll(code ?? 1);
    });
    children.push(child);
  }
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  await waitForHealth(`http://127.0.0.1:${config.PORT}/health`);
  print();
  print('Tremplin est démarré :');
  print(`  Console de l’équipe  ${config.APP_URL}/ (connexion avec un compte ci-dessous)`);
  print(`  Console GraphQL      ${config.APP_URL}/graphql`);
  print(`  Santé                ${config.APP_URL}/health`);
  print(`  Indicateurs          ${config.APP_URL}/indicators (après connexion)`);
  print(`  Files d’attente      ${config.APP_URL}/admin/queues (administrateurs)`);
  print(
    `  Administrateur       ${config.ADMIN_EMAIL} / ${env.ADMIN_PASSWORD === secrets.ADMIN_PASSWORD ? `${secrets.ADMIN_PASSWORD} (dans .data/secrets.json)` : 'ADMIN_PASSWORD'}`,
  );
  if (credentials) printCredentials(credentials);
  if (!config.SMTP_URL) print(`  E-mails envoyés      ${resolve(config.MAIL_DIR)}`);
  print('Ctrl+C pour arrêter.');
}

async function waitForHealth(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`L'API ne répond pas sur ${url} après ${timeoutMs / 1000} s`);
}
