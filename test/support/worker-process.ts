import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppConfig } from '@tremplin/core';

// Jest runs from the repository root; the global setup builds the worker before any test file runs.
const ROOT = process.cwd();
const WORKER_MAIN = resolve(ROOT, 'dist/apps/worker/src/main.js');

/** A worker started as a separate process from the build, as in production. */
export class WorkerProcess {
  private output = '';

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  /** Starts `node dist/apps/worker/src/main.js` on the test platform's database, queue and mail settings. */
  static start(config: AppConfig, env: Record<string, string> = {}): WorkerProcess {
    if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: the e2e global setup builds it`);
    const child = spawn(process.execPath, [WORKER_MAIN], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: config.DATABASE_URL,
        REDIS_URL: config.REDIS_URL ?? '',
        QUEUE_BACKEND: config.QUEUE_BACKEND,
        QUEUE_PREFIX: config.QUEUE_PREFIX,
        SMTP_URL: config.SMTP_URL ?? '',
        MAIL_FROM: config.MAIL_FROM,
        APP_URL: config.APP_URL,
        JWT_SECRET: config.JWT_SECRET,
        LINK_SECRET: config.LINK_SECRET,
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new WorkerProcess(child);
  }

  /** What the process printed so far (JSON log lines). */
  get log(): string {
    return this.output;
  }

  /** How many log lines carry this `event`. */
  events(event: string): number {
    return this.output.split('\n').filter((line) => line.includes(`"event":"${event}"`)).length;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Kills the process (SIGKILL: no cleanup, as in a crash) and waits for it to exit. */
  async kill(): Promise<void> {
    if (!this.running) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGKILL');
    await exited;
  }

  /** Stops the process as the platform would (SIGTERM, graceful shutdown) and waits for it to exit. */
  async stop(): Promise<void> {
    if (!this.running) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGTERM');
    await exited;
  }
}
