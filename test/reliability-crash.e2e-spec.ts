import { QUEUE_CONCURRENCY, QueueName } from '@tremplin/core';
import { deliveryReport, queueEmails } from './support/email-batch';
import { TestPlatform, eventually } from './support/test-platform';
import { WorkerProcess } from './support/worker-process';

const FAST_RELAY = { OUTBOX_LEASE_SECONDS: '3', OUTBOX_RELAY_INTERVAL_SECONDS: '1', JOB_RETRY_MAX_DELAY_SECONDS: '2' };
const BATCH = 100;
const MAIL_CONCURRENCY = QUEUE_CONCURRENCY[QueueName.Mail];

/**
 * The worker (a separate process) is killed with SIGKILL in the middle of a batch, at no chosen
 * moment, and a new one started: no email is lost; the only duplicates are the sends the server
 * acknowledged while their SENT row was not written — at most the emails in « sending » at the
 * kill, each resent with its Message-ID.
 */
describe('a worker killed in the middle of a batch', () => {
  let platform: TestPlatform;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false, env: FAST_RELAY });
  });

  afterAll(async () => {
    for (const worker of workers) await worker.kill();
    await platform?.stop();
  });

  it('loses no email, and resends at most the ones in « sending », under the same Message-ID', async () => {
    const start = () => {
      const worker = WorkerProcess.start(platform.config, FAST_RELAY);
      workers.push(worker);
      return worker;
    };
    try {
      platform.smtp.beforeAccept = () => new Promise((done) => setTimeout(done, 20));
      const batch = await queueEmails(platform, BATCH, { label: 'crash' });
      const first = start();
      await platform.smtp.waitFor(30, 60_000);
      await first.kill();
      const [sending] = (await platform.dataSource.query(
        `SELECT count(*)::int AS n FROM email_message WHERE status = 'SENDING'`,
      )) as Array<{ n: number }>;
      expect(platform.smtp.messages.length).toBeLessThan(BATCH);

      const second = start();
      await platform.smtp.waitFor((all) => deliveryReport(batch.addresses, all).lost === 0, 80_000);
      await eventually(async () => {
        const [row] = (await platform.dataSource.query(
          `SELECT count(*) FILTER (WHERE status <> 'SENT')::int AS n FROM email_message`,
        )) as Array<{ n: number }>;
        return row.n === 0;
      }, 30_000);
      const report = deliveryReport(batch.addresses, platform.smtp.messages);
      process.stdout.write(
        `[crash] ${BATCH} emails: ${report.lost} lost, ${report.duplicated} duplicated (${sending.n} in « sending » just after the kill, ${second.events('mail.resend_after_crash')} resent)\n`,
      );
      expect(report.lost).toBe(0);
      expect(report.distinctIds).toBe(0);
      // Each resend of an email the dead worker left in « sending » is logged; the duplicates are among them,
      // and they are at most the sends in flight at the kill: the mail queue's concurrency (8 per worker).
      const resent = second.events('mail.resend_after_crash');
      expect(report.duplicated).toBeLessThanOrEqual(resent);
      expect(resent).toBeLessThanOrEqual(MAIL_CONCURRENCY);
    } catch (error) {
      process.stderr.write(`worker output:\n${workers.map((w) => w.log).join('\n')}\n`);
      throw error;
    } finally {
      platform.smtp.beforeAccept = undefined;
    }
  }, 120_000);
});
