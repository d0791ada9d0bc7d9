import { databaseUrl, dropDatabase, startEmbeddedPostgres } from '@tremplin/core';
import { testEnvironment } from '@tremplin/core/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MINUTE = 60_000;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

interface Started {
  launcher: ChildProcess;
  output: string;
}

/** Every launcher started, stopped at the end whatever happened. */
const launchers: ChildProcess[] = [];

/**
 * `npm start` as a person runs it (the launcher of dist/), until it prints « Ctrl+C pour arrêter. »;
 * `viaNpm`: through npm's own process, as `npm start` runs it once built (`npm run start:built`,
 * the same `exec` as `npm start` without the build).
 */
function start(env: NodeJS.ProcessEnv, viaNpm = false): Promise<Started> {
  const launcher = viaNpm
    ? spawn('npm', ['run', '--silent', 'start:built'], { cwd: resolve('.'), env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [resolve('dist/apps/cli/src/main.js'), 'start'], {
        cwd: resolve('.'),
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  launchers.push(launcher);
  // `output` goes on growing after the start (what the launcher prints when it stops).
  const started: Started = { launcher, output: '' };
  return new Promise((done, fail) => {
    launcher.stdout!.on('data', (chunk: Buffer) => {
      started.output += chunk.toString();
      if (started.output.includes('Ctrl+C pour arrêter.')) done(started);
    });
    launcher.stderr!.on('data', (chunk: Buffer) => (started.output += chunk.toString()));
    launcher.once('exit', (code) => fail(new Error(`npm start s'est arrêté (code ${code}) :\n${started.output}`)));
  });
}

/** Every « email / password » the start printed: the administrator's line and the demo accounts' table. */
function printedAccounts(output: string): Array<{ email: string; password: string }> {
  const accounts: Array<{ email: string; password: string }> = [];
  const admin = /Administrateur\s+(\S+@\S+) \/ (\S+)/.exec(output);
  if (admin) accounts.push({ email: admin[1], password: admin[2] });
  for (const match of output.matchAll(/^ {2}[A-Z]+\s+(\S+@\S+)\s+(\S+)/gm)) {
    accounts.push({ email: match[1], password: match[2] });
  }
  return accounts;
}

/** The process ids the start printed: launcher, API, worker. */
function printedPids(output: string): { launcher: number; api: number; worker: number } {
  const match = /Processus\s+lanceur (\d+), API (\d+), worker (\d+)/.exec(output);
  if (!match) throw new Error(`no process ids in:\n${output}`);
  return { launcher: Number(match[1]), api: Number(match[2]), worker: Number(match[3]) };
}

/** Whether a process runs: a zombie (exited, not yet reaped by the parent it was handed to) does not. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\s*[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 1));
  } catch {
    return false;
  }
}

/** Resolves once none of the processes is alive any more (the test's timeout bounds the wait). */
async function allGone(pids: number[]): Promise<void> {
  while (pids.some(isAlive)) await new Promise((done) => setTimeout(done, 100));
}

/** Resolves when the process's output pipes are closed: all it printed was read. */
function closed(child: ChildProcess): Promise<void> {
  if (child.stdout?.closed && child.stderr?.closed) return Promise.resolve();
  return new Promise((done) => child.once('close', () => done()));
}

/** Runs the launcher to its end (a start that fails), with its output. */
function failedStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const launcher = spawn(process.execPath, [resolve('dist/apps/cli/src/main.js'), 'start'], {
    cwd: resolve('.'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launchers.push(launcher);
  let output = '';
  launcher.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  launcher.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => launcher.once('exit', (code) => done({ code, output })));
}

async function logIn(port: number, email: string, password: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
      variables: { input: { email, password } },
    }),
  });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  return body.errors?.[0]?.message ?? 'ok';
}

async function stop(started: Started, port: number): Promise<void> {
  const exited = new Promise((done) => started.launcher.once('exit', done));
  started.launcher.kill('SIGTERM');
  await exited;
  // The API went with it.
  await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
}

describe('npm start', () => {
  const environment = testEnvironment();
  const database = `tremplin_start_${randomBytes(4).toString('hex')}`;
  let port: number;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    // The database is not created here: DATABASE_URL naming a database that does not exist yet,
    // the start creates it and says so.
    port = await freePort();
    env = {
      ...process.env,
      DATABASE_URL: databaseUrl(environment.pgServerUrl, database),
      PORT: String(port),
      APP_URL: `http://127.0.0.1:${port}`,
      MAIL_DIR: mkdtempSync(join(tmpdir(), 'tremplin-start-mail-')),
      LOGIN_RATE_LIMIT: '1000',
      LOG_LEVEL: 'warn',
      ...(environment.redisUrl
        ? { REDIS_URL: environment.redisUrl, QUEUE_PREFIX: `start_${randomBytes(4).toString('hex')}` }
        : { QUEUE_BACKEND: 'postgres' }),
    };
  }, MINUTE);

  afterAll(async () => {
    for (const launcher of launchers) {
      if (launcher.exitCode === null && launcher.signalCode === null) {
        const exited = new Promise((done) => launcher.once('exit', done));
        launcher.kill('SIGTERM');
        await exited;
      }
    }
    await dropDatabase(environment.pgServerUrl, database);
  }, MINUTE);

  it(
    'prints accounts that each log in, on the first start and on the next one',
    async () => {
      const first = await start(env);
      expect(first.output).toContain(`PostgreSQL : la base « ${database} » n'existait pas sur`);
      const accounts = printedAccounts(first.output);
      // The administrator and one account at least per role of the console.
      expect(accounts[0]?.email ?? first.output).toBe('admin@tremplin.local'); // the output, when it is not
      for (const role of ['ADMIN', 'REFERENT', 'COORDINATOR', 'ASSOCIATION']) {
        expect(first.output).toMatch(new RegExp(`^ {2}${role} `, 'm'));
      }
      const refused = [];
      for (const { email, password } of accounts) {
        const outcome = await logIn(port, email, password);
        if (outcome !== 'ok') refused.push(`${email}: ${outcome}`);
      }
      expect(refused).toEqual([]);
      await stop(first, port);

      const second = await start(env);
      expect(second.output).toContain('Base déjà remplie');
      // The administrator again, and one demo account per role, each among those printed the first time.
      const again = printedAccounts(second.output);
      expect(again[0]?.email).toBe('admin@tremplin.local');
      for (const role of ['ADMIN', 'REFERENT', 'COORDINATOR', 'ASSOCIATION']) {
        expect(second.output).toMatch(new RegExp(`^ {2}${role} `, 'm'));
      }
      expect(accounts.map((a) => a.email)).toEqual(expect.arrayContaining(again.map((a) => a.email)));
      for (const { email, password } of again)
        expect({ email, outcome: await logIn(port, email, password) }).toEqual({ email, outcome: 'ok' });
      await stop(second, port);
    },
    10 * MINUTE,
  );
  it(
    'stops the API, the worker and itself whichever of them is signalled, npm included',
    async () => {
      // SIGTERM to npm's own process (a process manager, a closing terminal): forwarded to the launcher.
      const byNpm = await start(env, true);
      const first = printedPids(byNpm.output);
      byNpm.launcher.kill('SIGTERM');
      await allGone([byNpm.launcher.pid!, first.launcher, first.api, first.worker]);
      await closed(byNpm.launcher);
      expect(byNpm.output).toContain('Tremplin est arrêté.');

      // SIGHUP to the worker alone: the rest follows.
      const byWorker = await start(env);
      const second = printedPids(byWorker.output);
      process.kill(second.worker, 'SIGHUP');
      await allGone([second.launcher, second.api, second.worker]);
      await closed(byWorker.launcher);
      expect(byWorker.output).toContain('Arrêt de Tremplin : le processus worker s');

      // kill -9 of the launcher (no signal to forward): the API and the worker see it go and stop.
      const killed = await start(env);
      const third = printedPids(killed.output);
      process.kill(third.launcher, 'SIGKILL');
      await allGone([third.api, third.worker]);
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    },
    5 * MINUTE,
  );

  it(
    'refuses to start with a French sentence, never a stack trace',
    async () => {
      const closed = await freePort();
      const refused = await failedStart({ ...env, DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/tremplin` });
      expect(refused.code).toBe(1);
      expect(refused.output).toContain(
        `Rien ne répond sur 127.0.0.1:${closed} : démarrez le service attendu (PostgreSQL pour DATABASE_URL, Redis pour REDIS_URL) ou corrigez l’adresse.`,
      );
      expect(refused.output).not.toMatch(/^\s+at /m);
      expect(refused.output).not.toContain('undefined');
    },
    MINUTE,
  );

  it(
    'stops the embedded PostgreSQL a killed start left running, then starts its own, and tells when it is signalled',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'tremplin-embedded-'));
      // As root, the server runs as the « postgres » user: it must be able to enter the directory.
      chmodSync(dataDir, 0o755);
      const pgPort = await freePort();
      // A start killed with kill -9 right after its PostgreSQL came up leaves the server running.
      const core = resolve('dist/libs/core/src/runtime/local-services.js');
      const orphanMaker = spawn(
        process.execPath,
        [
          '-e',
          `require(${JSON.stringify(core)}).startEmbeddedPostgres(${JSON.stringify(join(dataDir, 'pg'))}, ${pgPort}).then((h) => console.log('pid ' + h.pid))`,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const stalePid = await new Promise<number>((done, fail) => {
        orphanMaker.stdout!.on('data', (chunk: Buffer) => {
          const match = /pid (\d+)/.exec(chunk.toString());
          if (match) done(Number(match[1]));
        });
        orphanMaker.once('exit', (code) => fail(new Error(`the embedded PostgreSQL did not start (code ${code})`)));
      });
      orphanMaker.kill('SIGKILL');
      await new Promise((done) => orphanMaker.once('exit', done));
      expect(isAlive(stalePid)).toBe(true);

      const reported: string[] = [];
      const embedded = await startEmbeddedPostgres(join(dataDir, 'pg'), pgPort, (line) => reported.push(line));
      try {
        expect(reported).toEqual([
          `PostgreSQL intégré : le serveur d’un démarrage précédent tournait encore (PID ${stalePid}, arrêt brutal du lanceur) ; il a été arrêté proprement avant de redémarrer.`,
        ]);
        expect(isAlive(stalePid)).toBe(false);
        expect(embedded.pid).not.toBe(stalePid);
        // A signal sent to the server itself is reported, for the launcher to stop the rest.
        const told = new Promise<string>((done) => embedded.onStopRequest(done));
        process.kill(embedded.pid!, 'SIGHUP');
        expect(await told).toBe('le PostgreSQL intégré a reçu SIGHUP');
      } finally {
        await embedded.stop();
      }
      expect(isAlive(embedded.pid!)).toBe(false);
      rmSync(dataDir, { recursive: true, force: true });
    },
    2 * MINUTE,
  );
});
