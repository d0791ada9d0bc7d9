import {
  AppConfig,
  ConfigError,
  EmbeddedPostgresHandle,
  StartError,
  databaseUrl,
  ensureDatabase,
  ensureDatabaseOf,
  isPortOpen,
  loadConfig,
  startEmbeddedPostgres,
} from '@tremplin/core';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { migrate, printCredentials, seedAndCheckAccounts } from './commands';

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
  if (env.DATABASE_URL) {
    // A database named by DATABASE_URL that does not exist yet is created (or the start says why not).
    if (await ensureDatabaseOf(env.DATABASE_URL)) {
      const url = new URL(env.DATABASE_URL);
      print(
        `PostgreSQL : la base « ${decodeURIComponent(url.pathname.slice(1))} » n'existait pas sur ${url.hostname}:${url.port || '5432'}, elle a été créée`,
      );
    }
  } else {
    if (await isPortOpen('127.0.0.1', 5432)) {
      const server = 'postgres://postgres@127.0.0.1:5432/postgres';
      await ensureDatabase(server, 'tremplin');
      env.DATABASE_URL = databaseUrl(server, 'tremplin');
      print('PostgreSQL : serveur local 127.0.0.1:5432, base « tremplin »');
    } else {
      print(
        `PostgreSQL : aucun serveur sur 127.0.0.1:5432, démarrage d'un PostgreSQL intégré (données dans .data/postgres, port ${EMBEDDED_PG_PORT})`,
      );
      embedded = await startEmbeddedPostgres(join(DATA_DIR, 'postgres'), EMBEDDED_PG_PORT, print);
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

/** The signals that stop `npm start`, whichever of its processes gets them (see launch). */
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** How long the API and the worker have to close before they are killed. */
const CHILD_STOP_TIMEOUT_MS = 15_000;

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function exited(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
  });
}

/**
 * `npm start`: prepares the environment, migrates, seeds a fresh database, runs the API and the
 * worker. Everything stops together, whichever process is told to:
 * - the launcher itself (SIGINT, SIGTERM, SIGHUP): it stops the API and the worker, then PostgreSQL;
 * - npm's process: the script `exec`s the launcher, so npm's forwarded SIGINT/SIGTERM reach it, and
 *   a parent that dies without forwarding (SIGHUP, kill -9) leaves it orphaned, which it notices;
 * - the API or the worker: its exit stops the rest;
 * - the embedded PostgreSQL: its log says it was signalled, or it exits, and the rest stops;
 * - a launcher killed with kill -9: the API and the worker see their IPC channel close and stop;
 *   the embedded PostgreSQL it leaves is stopped by the next start.
 */
export async function launch(): Promise<void> {
  const children: ChildProcess[] = [];
  let embedded: EmbeddedPostgresHandle | null = null;
  let stopping: Promise<void> | null = null;
  const shutdown = (reason: string, code: number): Promise<void> => {
    stopping ??= (async () => {
      print(`Arrêt de Tremplin : ${reason}.`);
      for (const child of children) if (!hasExited(child)) child.kill('SIGTERM');
      await Promise.all(children.map((child) => exited(child, CHILD_STOP_TIMEOUT_MS)));
      await embedded?.stop();
      print('Tremplin est arrêté.');
      process.exit(code);
    })();
    return stopping;
  };
  for (const signal of STOP_SIGNALS) process.on(signal, () => void shutdown(`signal ${signal} reçu`, 0));
  const parentPid = process.ppid;
  setInterval(() => {
    if (process.ppid !== parentPid) void shutdown('le processus qui l’a lancé (npm) s’est arrêté', 0);
  }, 1000).unref();

  try {
    const prepared = await prepareLocalEnvironment();
    embedded = prepared.embedded;
    embedded?.onStopRequest((reason) => void shutdown(reason, 1));
    await run(prepared, children, shutdown);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

async function run(
  { env, secrets }: LocalEnvironment,
  children: ChildProcess[],
  shutdown: (reason: string, code: number) => Promise<void>,
): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new StartError(error.message);
    throw error;
  }

  if (await isPortOpen('127.0.0.1', config.PORT)) {
    throw new StartError(
      `Le port ${config.PORT} est déjà utilisé : arrêtez l'autre service (peut-être un Tremplin encore lancé) ou lancez avec PORT=<autre port> npm start`,
    );
  }

  const applied = await migrate(config);
  print(applied.length ? `Migrations appliquées : ${applied.length}` : 'Base de données à jour');
  // Only what opens: each printed account is checked against the password printed beside it.
  const accounts = await seedAndCheckAccounts(config);
  print(
    accounts.seeded
      ? 'Données de démonstration de l’Ain chargées'
      : 'Base déjà remplie : données de démonstration non rechargées',
  );

  for (const app of ['api', 'worker']) {
    // An IPC channel: when the launcher dies, even by kill -9, the process sees it close and stops.
    const child = spawn(process.execPath, [resolve(`dist/apps/${app}/src/main.js`)], {
      env: { ...env, START_ERROR_LOG: join(DATA_DIR, `erreur-demarrage-${app}.log`) } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      // The processes log JSON lines; only warnings and errors are echoed to the terminal.
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        if (!line.startsWith('{')) print(`[${app}] ${line}`);
        else if (/"level":(40|50|60)/.test(line)) print(`[${app}] ${line}`);
      }
    });
    child.once('exit', (code, signal) => {
      void shutdown(
        `le processus ${app} s'est arrêté (${signal ? `signal ${signal}` : `code ${code}`})`,
        code ?? (signal ? 0 : 1),
      );
    });
    children.push(child);
  }

  await waitForHealth(`http://127.0.0.1:${config.PORT}/health`);
  print();
  print('Tremplin est démarré :');
  print(`  Console de l’équipe  ${config.APP_URL}/ (connexion avec un compte ci-dessous)`);
  print(`  Console GraphQL      ${config.APP_URL}/graphql`);
  print(`  Santé                ${config.APP_URL}/health`);
  print(`  Indicateurs          ${config.APP_URL}/indicators (après connexion)`);
  print(`  Files d’attente      ${config.APP_URL}/admin/queues (administrateurs)`);
  if (accounts.adminWorks) {
    print(
      `  Administrateur       ${config.ADMIN_EMAIL} / ${env.ADMIN_PASSWORD === secrets.ADMIN_PASSWORD ? `${secrets.ADMIN_PASSWORD} (dans .data/secrets.json)` : 'ADMIN_PASSWORD'}`,
    );
  } else if (config.ADMIN_EMAIL) {
    print(
      `  Administrateur       ${config.ADMIN_EMAIL} : ce compte n'ouvre pas avec le mot de passe configuré (base remplie par une autre installation, ou mot de passe changé depuis). « Mot de passe oublié ? » sur la page de connexion envoie un lien, ou videz la base pour repartir de zéro.`,
    );
  }
  if (accounts.demo.length) printCredentials(accounts.demo);
  if (!config.SMTP_URL) print(`  E-mails envoyés      ${resolve(config.MAIL_DIR)}`);
  print(`  Processus            lanceur ${process.pid}, API ${children[0].pid}, worker ${children[1].pid}`);
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
  throw new StartError(
    `L'API ne répond pas sur ${url} après ${timeoutMs / 1000} s : voyez les messages [api] ci-dessus (ou .data/erreur-demarrage-api.log).`,
  );
}
