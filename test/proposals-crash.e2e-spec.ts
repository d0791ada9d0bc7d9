import { EmailMessage } from '@tremplin/core';
import { Proposal } from '@tremplin/proposals';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Like } from 'typeorm';
import { createCast } from './support/beneficiary-helpers';
import { GatedSmtpSink } from './support/gated-smtp-sink';
import { createConsentingBeneficiary, createMissionWithAssociation, proposeOk } from './support/proposal-helpers';
import { TestPlatform, eventually } from './support/test-platform';

// Jest runs from the repository root.
const ROOT = process.cwd();
const WORKER_MAIN = resolve(ROOT, 'dist/apps/worker/src/main.js');
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
  const workers: ChildProcess[] = [];
  let output = '';

  function startWorker(): ChildProcess {
    const config = platform.config;
    const child = spawn(process.execPath, [WORKER_MAIN], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: config.DATABASE_URL,
        REDIS_URL: config.REDIS_URL ?? '',
        QUEUE_BACKEND: config.QUEUE_BACKEND,
        QUEUE_PREFIX: config.QUEUE_PREFIX,
        SMTP_URL: sink.url,
        MAIL_FROM: config.MAIL_FROM,
        APP_URL: config.APP_URL,
        JWT_SECRET: config.JWT_SECRET,
        LINK_SECRET: config.LINK_SECRET,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    workers.push(child);
    return child;
  }

  beforeAll(async () => {
    // The worker runs from the build: bring it up to date (incremental, a few seconds when it is).
    execFileSync(process.execPath, [resolve(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'build'], {
      cwd: ROOT,
      stdio: 'ignore',
      timeout: 240_000,
    });
    if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing after the build`);
    sink = await GatedSmtpSink.start();
    platform = await TestPlatform.start({ worker: false, env: { SMTP_URL: sink.url } });
  }, 300_000);

  afterAll(async () => {
    for (const child of workers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
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
      await new Promise((done) => setTimeout(done, 300));
      expect(await sentCount()).toBe(DELIVERED_BEFORE_CRASH);
      const inFlight = sink.heldCount;
      first.kill('SIGKILL');
      await new Promise((done) => first.once('exit', done));
      await eventually(async () => sink.heldCount === 0 && sink.dropped.length === inFlight, 10_000);
      expect(sink.accepted).toHaveLength(DELIVERED_BEFORE_CRASH);

      sink.open();
      startWorker();
      // Jobs that were running in the killed process come back once BullMQ sees them stalled (≈ 30-60 s).
      await eventually(async () => (await sentCount()) === BATCH, 150_000, 500);
    } catch (error) {
      process.stderr.write(`worker output:\n${output}\n`);
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
