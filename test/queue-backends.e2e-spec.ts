import { JOB_DEFINITIONS, JobQueue, QueueName, Role } from '@tremplin/core';
import { RECURRING_JOBS } from '../apps/worker/src/recurring-jobs';
import { testEnvironment } from '@tremplin/core/testing';
import { TcpProxy } from './support/tcp-proxy';
import { TestPlatform, eventually } from './support/test-platform';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;

/** createUser → outbox → BullMQ → worker → SMTP: the whole job round trip on a given queue backend. */
async function roundTrip(platform: TestPlatform, email: string): Promise<void> {
  const admin = await platform.createStaff(Role.ADMIN);
  await platform.gqlOk(
    CREATE_USER,
    {
      input: {
        email,
        role: 'COORDINATOR',
        firstName: 'Noé',
        lastName: 'Vidal',
      },
    },
    admin.token,
  );
  const mails = await platform.smtp.waitFor((all) => all.some((m) => m.to.includes(email)));
  const mail = mails.find((m) => m.to.includes(email));
  expect(mail?.subject).toBe('Votre compte Tremplin est ouvert : choisissez votre mot de passe');
  expect(mail?.text).toContain('coordinateur(trice) France Bénévolat');
}

describe('queue backends', () => {
  it('runs jobs through the worker on BullMQ’s PostgreSQL backend (no Redis at all)', async () => {
    const platform = await TestPlatform.start({ env: { QUEUE_BACKEND: 'postgres', REDIS_URL: '' } });
    try {
      expect(platform.config.QUEUE_BACKEND).toBe('postgres');
      await roundTrip(platform, 'postgres-backend@test.tremplin.fr');
      const [{ count }] = await platform.dataSource.query(
        `SELECT count(*)::int AS count FROM information_schema.schemata WHERE schema_name = 'bullmq'`,
      );
      expect(count).toBe(1);
      const health = await fetch(`${platform.baseUrl}/health`);
      expect(health.status).toBe(200);
    } finally {
      await platform.stop();
    }
  });

  it('on the PostgreSQL backend, has migrated every queue before it answers, so losing the database then is survived', async () => {
    const server = new URL(testEnvironment().pgServerUrl);
    const proxy = await TcpProxy.start(server.hostname, Number(server.port || 5432));
    const platform = await TestPlatform.start({
      worker: false,
      env: { QUEUE_BACKEND: 'postgres', REDIS_URL: '' },
      rewriteDatabaseUrl: (url) => proxy.rewrite(url),
    });
    try {
      // BullMQ memoises each queue's readiness: had it still been migrating here, the cut would
      // leave an unhandled ECONNRESET (failing this test file) and a queue that never recovers.
      await proxy.stop();
      expect((await fetch(`${platform.baseUrl}/health`)).status).toBe(503);
      await proxy.start();
      await eventually(async () => (await fetch(`${platform.baseUrl}/health`)).status === 200, 20_000);
      const jobs = platform.api.get(JobQueue);
      for (const name of Object.values(QueueName)) await jobs.queue(name).waitUntilReady();
    } finally {
      await proxy.start();
      await platform.stop();
      await proxy.stop();
    }
  });

  const redisIt = testEnvironment().redisUrl ? it : it.skip;
  redisIt('runs jobs through the worker on Redis', async () => {
    const platform = await TestPlatform.start({ env: { QUEUE_BACKEND: 'redis' } });
    try {
      await roundTrip(platform, 'redis-backend@test.tremplin.fr');
    } finally {
      await platform.stop();
    }
  });

  it('reports the queue down on /health (503) when Redis does not answer', async () => {
    const platform = await TestPlatform.start({
      worker: false,
      env: { QUEUE_BACKEND: 'redis', REDIS_URL: 'redis://127.0.0.1:1' },
    });
    try {
      const response = await fetch(`${platform.baseUrl}/health`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { status: string; details: Record<string, { status: string }> };
      expect(body.status).toBe('error');
      expect(body.details.database.status).toBe('up');
      expect(body.details.queue.status).toBe('down');
    } finally {
      await platform.stop();
    }
  });

  it('keeps the recurring schedulers as listed, and retires one an upgrade dropped', async () => {
    const platform = await TestPlatform.start();
    try {
      const queue = platform.api.get(JobQueue).queue(QueueName.Scheduling);
      // A scheduler left behind by an earlier version (its job no longer exists).
      await queue.upsertJobScheduler(
        'send-interview-reminders',
        { every: 60_000 },
        { name: 'send-interview-reminders' },
      );
      await platform.stopWorker();
      await platform.startWorker();
      const keys = (await queue.getJobSchedulers()).map((scheduler) => scheduler.key).sort();
      expect(keys).toEqual(
        RECURRING_JOBS.filter(({ job }) => JOB_DEFINITIONS[job].queue === QueueName.Scheduling)
          .map(({ job }) => job as string)
          .sort(),
      );
      expect(keys).not.toContain('send-interview-reminders');
    } finally {
      await platform.stop();
    }
  });
});
