import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

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

/**
 * A Redis server of the test's own (the installed `redis-server` binary, on a free port, without
 * persistence as the compose file runs it), so that a test may flush it, stop it and start it
 * again: the machine's Redis, shared by everyone, is never touched.
 */
export class RedisProcess {
  private child: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  static async start(): Promise<RedisProcess> {
    const redis = new RedisProcess(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts (again) on the same port, empty, and waits until it answers. */
  async start(): Promise<void> {
    if (this.child) return;
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--logfile', ''],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.child = child;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const client = new Redis({ port: this.port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0 });
      client.on('error', () => undefined);
      try {
        await client.connect();
        if ((await client.ping()) === 'PONG') return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${this.port}: ${String(error)}`);
      } finally {
        client.disconnect();
      }
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /** Stops the server (SIGKILL: what it held is gone, as after a crash without persistence). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
  }

  /** FLUSHALL: every key gone (queues, delayed jobs, schedulers), the server still up. */
  async flushAll(): Promise<void> {
    const client = new Redis({ port: this.port, host: '127.0.0.1' });
    try {
      await client.flushall();
    } finally {
      client.disconnect();
    }
  }
}
