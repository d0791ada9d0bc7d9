import { EmailMessage } from '@tremplin/core';
import { Proposal } from '@tremplin/proposals';
import { Like } from 'typeorm';
import { createCast } from './support/beneficiary-helpers';
import { GatedSmtpSink } from './support/gated-smtp-sink';
import { createConsentingBeneficiary, createMissionWithAssociation, proposeOk } from './support/proposal-helpers';
import { TestPlatform, eventually } from './support/test-platform';
import { WorkerProcess } from './support/worker-process';

const BATCH = 40;
const DELIVERED_BEFORE_CRASH = 10;

/**
 * The worker is a separate process, as in production, killed with SIGKILL while it sends a batch of
 * proposal emails, then restarted. The SMTP sink acknowledges a first part of the batch, then
 * holds every message: at the kill, several sends are in flight and unacknowledged, and no send is
 * between the server's acknowledgement and the database commit.
 */
describe('proposal emails across a worker crash', () => {
  let platform: TestPlatform;
  let sink: GatedSmtpSink;
  const workers: WorkerProcess[] = [];

  function startWorker(): WorkerProcess {
    const worker = WorkerProcess.start(platform.config, { SMTP_URL: sink.url });
    workers.push(worker);
    return worker;
  }

  beforeAll(async () => {
    sink = await GatedSmtpSink.start();
    platform = await TestPlatform.start({ worker: false, env: { SMTP_URL: sink.url } });
  });

  afterAll(async () => {
    for (const worker of workers) await worker.kill();
    await platform?.stop();
    await sink?.close();
  });

  it('emails every proposal exactly once, with the same Message-ID when a send was cut off', async () => {
    const cast = await createCast(platform);
    const { mission } = await createMissionWithAssociation(platform, { places: 100 });
    const proposals: Array<{ id: string; email: string }> = [];
    for (let i = 0; i < BATCH; i++) {
      const person = await createConsentingBeneficiary(platform, cast.referent);
      proposals.push({
        id: (await proposeOk(platform, cast.referent, person.id, mission.id)).id,
        email: person.email!,
      });
    }
    const repository = platform.dataSource.getRepository(Proposal);
    const sentCount = () => repository.count({ where: { missionId: mission.id, status: 'SENT' as never } });

    sink.acceptThenHold(DELIVERED_BEFORE_CRASH);
    const first = startWorker();
    try {
      await eventually(async () => sink.accepted.length >= DELIVERED_BEFORE_CRASH && sink.heldCount >= 3, 60_000);
      // Every send that got its acknowledgement commits within milliseconds; the others wait on the sink.
      await eventually(async () => (await sentCount()) === DELIVERED_BEFORE_CRASH, 10_000);
      const inFlight = sink.heldCount;
      await first.kill();
      // The killed worker may have opened one more held connection between the count and the kill.
      await eventually(async () => sink.heldCount === 0 && sink.dropped.length >= inFlight, 30_000);
      expect(sink.accepted).toHaveLength(DELIVERED_BEFORE_CRASH);

      sink.open();
      startWorker();
      // Jobs that were running in the killed process come back once BullMQ sees them stalled (≈ 30-60 s).
      await eventually(async () => (await sentCount()) === BATCH, 150_000, 500);
    } catch (error) {
      process.stderr.write(`worker output:\n${workers.map((w) => w.log).join('\n')}\n`);
      throw error;
    }

    const proposalMails = sink.accepted.filter((m) => m.subject.includes('vous propose une mission'));
    // Exactly one email per proposal, to its person.
    for (const { email } of proposals) expect(proposalMails.filter((m) => m.to.includes(email))).toHaveLength(1);
    expect(proposalMails).toHaveLength(BATCH);
    expect(new Set(proposalMails.map((m) => m.messageId)).size).toBe(BATCH);
    // The sends cut off by the crash were retried under the same Message-ID.
    const delivered = new Set(proposalMails.map((m) => m.messageId));
    expect(sink.dropped.length).toBeGreaterThan(0);
    for (const lost of sink.dropped) expect(delivered.has(lost.messageId)).toBe(true);
    // Each proposal records the Message-ID that reached the person.
    for (const { id, email } of proposals) {
      const row = await repository.findOneByOrFail({ id });
      const mail = proposalMails.find((m) => m.to.includes(email))!;
      expect(row).toMatchObject({ status: 'SENT', messageId: mail.messageId });
    }
    const emails = await platform.dataSource
      .getRepository(EmailMessage)
      .findBy({ idempotencyKey: Like('proposal:%:new') });
    expect(emails).toHaveLength(BATCH);
    expect(emails.every((e) => e.status === 'SENT')).toBe(true);
  }, 240_000);
});
