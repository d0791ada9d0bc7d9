import { QueueName, redisOptionsFromUrl } from '@tremplin/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { deliveryReport, queueEmails } from './support/email-batch';
import { TcpProxy } from './support/tcp-proxy';
import { TestPlatform, eventually } from './support/test-platform';
import { WorkerProcess } from './support/worker-process';

/** The retries of a job before this issue: 6 attempts (≈ 62 s of backoff), then `failed` for good. */
const OLD_ATTEMPTS_BUDGET = 6;

const FAST_RELAY = { OUTBOX_LEASE_SECONDS: '3', OUTBOX_RELAY_INTERVAL_SECONDS: '1', JOB_RETRY_MAX_DELAY_SECONDS: '2' };

/** The highest attempt count the worker logged for a failed job. */
function mostAttempts(worker: WorkerProcess): number {
  let most = 0;
  for (const line of worker.log.split('\n')) {
    if (!line.includes('"event":"job.failed"')) continue;
    const match = /"attempts":(\d+)/.exec(line);
    if (match) most = Math.max(most, Number(match[1]));
  }
  return most;
}

/**
 * The worker (a separate process) reaches PostgreSQL through a TCP proxy the test stops in the
 * middle of a batch, for longer than the old retry budget, then starts again: every email goes,
 * once, and no job ends in `failed`. The machine's PostgreSQL is never touched.
 */
describe('losing PostgreSQL in the middle of a batch', () => {
  let platform: TestPlatform;
  let proxy: TcpProxy;
  let worker: WorkerProcess;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false, env: FAST_RELAY });
    const target = new URL(platform.config.DATABASE_URL);
    proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
    worker = WorkerProcess.start(platform.config, {
      ...FAST_RELAY,
      DATABASE_URL: proxy.rewrite(platform.config.DATABASE_URL),
    });
  });

  afterAll(async () => {
    await worker?.kill();
    await proxy?.stop();
    await platform?.stop();
  });

  it('sends every email once after an outage longer than the old retry budget, with no failed job', async () => {
    try {
      platform.smtp.beforeAccept = () => new Promise((done) => setTimeout(done, 20));
      const batch = await queueEmails(platform, 80, { label: 'panne-pg' });
      await platform.smtp.waitFor(15, 60_000);
      await proxy.stop();
      // Down until some job has been tried more often than the old budget allowed (it would be `failed` now).
      await eventually(async () => mostAttempts(worker) > OLD_ATTEMPTS_BUDGET, 60_000, 250);
      const deliveredDuringOutage = platform.smtp.messages.length;
      expect(deliveredDuringOutage).toBeLessThan(80);
      await proxy.start();

      await platform.smtp.waitFor((all) => deliveryReport(batch.addresses, all).lost === 0, 60_000);
      expect(deliveryReport(batch.addresses, platform.smtp.messages)).toMatchObject({
        lost: 0,
        duplicated: 0,
        distinctIds: 0,
      });
      await eventually(async () => {
        const [row] = (await platform.dataSource.query(
          `SELECT count(*) FILTER (WHERE status <> 'SENT')::int AS unsent,
                  (SELECT count(*) FROM outbox_job WHERE done_at IS NULL AND failed_at IS NULL)::int AS owed
             FROM email_message`,
        )) as Array<{ unsent: number; owed: number }>;
        return row.unsent === 0 && row.owed === 0;
      }, 30_000);
      const connection = new Redis(redisOptionsFromUrl(platform.config.REDIS_URL!));
      const queue = new Queue(QueueName.Mail, { connection, prefix: platform.config.QUEUE_PREFIX });
      try {
        expect(await queue.getFailedCount()).toBe(0);
      } finally {
        await queue.close();
        connection.disconnect();
      }
    } catch (error) {
      process.stderr.write(`worker output:\n${worker.log}\n`);
      throw error;
    } finally {
      platform.smtp.beforeAccept = undefined;
    }
  }, 90_000);
});
