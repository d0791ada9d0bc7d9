import { QueueName, redisOptionsFromUrl } from '@tremplin/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createCast } from './support/beneficiary-helpers';
import { deliveryReport, queueEmails } from './support/email-batch';
import {
  answerToken,
  createConsentingBeneficiary,
  createMissionWithAssociation,
  postAnswer,
  proposalRow,
  proposeOk,
  waitUntilSent,
} from './support/proposal-helpers';
import { RedisProcess } from './support/redis-process';
import { TestPlatform, eventually } from './support/test-platform';
import { WorkerProcess } from './support/worker-process';

/** Short leases and relay passes, so that what Redis lost is found again within seconds. */
const FAST_RELAY = { OUTBOX_LEASE_SECONDS: '3', OUTBOX_RELAY_INTERVAL_SECONDS: '1', JOB_RETRY_MAX_DELAY_SECONDS: '2' };

/**
 * PostgreSQL is the system of record: Redis, flushed or restarted empty in the middle of a batch
 * (its own server, started by the test; the worker a separate process), loses no email, no delayed
 * job and no recurring schedule.
 */
describe('losing Redis in the middle of a batch', () => {
  let redis: RedisProcess;
  let platform: TestPlatform;
  let worker: WorkerProcess;

  beforeAll(async () => {
    redis = await RedisProcess.start();
    platform = await TestPlatform.start({
      worker: false,
      env: { QUEUE_BACKEND: 'redis', REDIS_URL: redis.url, ...FAST_RELAY },
    });
    worker = WorkerProcess.start(platform.config, FAST_RELAY);
  });

  afterAll(async () => {
    await worker?.kill();
    await platform?.stop();
    await redis?.stop();
  });

  async function schedulers(): Promise<string[]> {
    const connection = new Redis(redisOptionsFromUrl(redis.url));
    const queues = Object.values(QueueName).map(
      (name) => new Queue(name, { connection, prefix: platform.config.QUEUE_PREFIX }),
    );
    try {
      const keys = await Promise.all(queues.map(async (queue) => (await queue.getJobSchedulers()).map((s) => s.key)));
      return keys.flat().sort();
    } finally {
      await Promise.all(queues.map((queue) => queue.close()));
      connection.disconnect();
    }
  }

  function withWorkerLog<T>(run: () => Promise<T>): Promise<T> {
    return run().catch((error: unknown) => {
      process.stderr.write(`worker output:\n${worker.log}\n`);
      throw error;
    });
  }

  it(
    'after FLUSHALL, sends every email once, sends the delayed ones when due, and restores the schedules',
    () =>
      withWorkerLog(async () => {
        await eventually(async () => (await schedulers()).includes('sweep-proposals'), 30_000);
        // A real delayed domain job: the booking nudge of an accepted proposal (due 72 h after the « oui »),
        // brought forward in PostgreSQL to a few seconds from now; its Redis delayed job still says 72 h.
        const cast = await createCast(platform);
        const { mission } = await createMissionWithAssociation(platform, { places: 3 });
        const person = await createConsentingBeneficiary(platform, cast.referent);
        const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);
        await waitUntilSent(platform, proposed.id);
        const accepted = await postAnswer(
          platform,
          answerToken(platform, await proposalRow(platform, proposed.id)),
          'accept',
        );
        expect(accepted.status).toBe(200);
        const dueAt = new Date(Date.now() + 4_000);
        const nudges = (await platform.dataSource.query(
          `UPDATE outbox_job SET run_at = $2, leased_until = $2::timestamptz + interval '5 seconds'
            WHERE dedup_key = $1 AND done_at IS NULL RETURNING id`,
          [`interview-booking-nudge:${proposed.id}`, dueAt],
        )) as [unknown[], number];
        expect(nudges[1]).toBe(1);
        const delayed = await queueEmails(platform, 5, { label: 'rappel', runAt: dueAt });
        // The SMTP sink holds each message a moment, so that the flush falls in the middle of the batch.
        platform.smtp.beforeAccept = () => new Promise((done) => setTimeout(done, 20));
        const batch = await queueEmails(platform, 120, { label: 'flush' });
        await platform.smtp.waitFor(20, 30_000);
        await redis.flushAll();
        expect(platform.smtp.messages.length).toBeLessThan(120);

        await platform.smtp.waitFor(
          (all) => deliveryReport([...batch.addresses, ...delayed.addresses], all).lost === 0,
          60_000,
        );
        const report = deliveryReport([...batch.addresses, ...delayed.addresses], platform.smtp.messages);
        expect(report).toMatchObject({ lost: 0, distinctIds: 0 });
        // Only a send running at the flush may go twice (same Message-ID); nothing else does.
        expect(report.duplicated).toBe(0);
        for (const address of delayed.addresses) {
          const [mail] = platform.smtp.to(address);
          expect(new Date(mail.parsed.date ?? 0).getTime()).toBeGreaterThanOrEqual(dueAt.getTime() - 1_000);
        }
        // The nudge, whose Redis timer the flush erased, is sent from its due date in PostgreSQL.
        const nudge = await platform.smtp.waitFor(
          (all) =>
            all.some((m) => m.to.includes(person.email!) && m.subject.startsWith('Choisissez votre rendez-vous')),
          30_000,
        );
        const nudgeMails = nudge.filter((m) => m.to.includes(person.email!) && m.subject.startsWith('Choisissez'));
        expect(nudgeMails).toHaveLength(1);
        expect(new Date(nudgeMails[0].parsed.date ?? 0).getTime()).toBeGreaterThanOrEqual(dueAt.getTime() - 1_000);
        // The recurring schedules come back without a worker restart.
        await eventually(async () => {
          const keys = await schedulers();
          return (
            keys.includes('relay-outbox') && keys.includes('sweep-proposals') && keys.includes('send-overdue-digests')
          );
        }, 30_000);
        expect(worker.events('queue.scheduler_restored')).toBeGreaterThan(0);
        // Every outbox row is done in the end: none stays owed.
        await eventually(async () => {
          const [owed] = (await platform.dataSource.query(
            `SELECT count(*)::int AS n FROM outbox_job WHERE done_at IS NULL AND failed_at IS NULL`,
          )) as Array<{ n: number }>;
          return owed.n === 0;
        }, 30_000);
        platform.smtp.beforeAccept = undefined;
      }),
    90_000,
  );

  it(
    'after Redis stopped and restarted empty, sends every email once, those promised during the outage too',
    () =>
      withWorkerLog(async () => {
        platform.smtp.beforeAccept = () => new Promise((done) => setTimeout(done, 20));
        platform.smtp.clear();
        const before = await queueEmails(platform, 60, { label: 'avant' });
        await platform.smtp.waitFor(10, 30_000);
        await redis.stop();
        // Promised while Redis is down: committed in PostgreSQL, handed over once Redis answers again.
        const during = queueEmails(platform, 20, { label: 'pendant' });
        await eventually(async () => {
          const [row] = (await platform.dataSource.query(
            `SELECT count(*)::int AS n FROM email_message WHERE to_address LIKE 'pendant-%'`,
          )) as Array<{ n: number }>;
          return row.n === 20;
        }, 30_000);
        await redis.start();
        const duringBatch = await during;
        const addresses = [...before.addresses, ...duringBatch.addresses];
        await platform.smtp.waitFor((all) => deliveryReport(addresses, all).lost === 0, 60_000);
        expect(deliveryReport(addresses, platform.smtp.messages)).toMatchObject({
          lost: 0,
          duplicated: 0,
          distinctIds: 0,
        });
        platform.smtp.beforeAccept = undefined;
      }),
    90_000,
  );
});
