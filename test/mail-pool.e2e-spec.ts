import { Logger } from '@nestjs/common';
import { EmailMessage, EmailStatus, MailSender, loadConfig } from '@tremplin/core';
import { SmtpSink } from '@tremplin/core/testing';
import { In } from 'typeorm';
import { deliveryReport, queueEmails } from './support/email-batch';
import { TestPlatform, eventually } from './support/test-platform';

const BASE_ENV = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused',
  JWT_SECRET: 'test-jwt-secret-0123456789abcdef-0123',
  LINK_SECRET: 'test-link-secret-0123456789abcdef-012',
  LOG_LEVEL: 'silent',
};

function message(i: number) {
  return {
    to: `pool-${i}@test.tremplin.fr`,
    subject: `Message ${i}`,
    text: `Bonjour ${i}`,
    messageId: `<pool-${i}@t>`,
  };
}

describe('pooled SMTP sender', () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    Logger.overrideLogger(['warn', 'error']);
    sink = await SmtpSink.start();
  });

  afterAll(async () => {
    await sink?.close();
  });

  it('carries many emails over at most SMTP_POOL_SIZE connections, and closes them all at shutdown', async () => {
    const sender = new MailSender(loadConfig({ ...BASE_ENV, SMTP_URL: sink.url, SMTP_POOL_SIZE: '3' }));
    const before = sink.connectionsOpened;
    await Promise.all(Array.from({ length: 40 }, (_, i) => sender.send(message(i))));

    expect(sink.messages).toHaveLength(40);
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(40);
    // 40 emails handed at once: the pool opens its 3 connections and no more, each carrying several.
    expect(sink.connectionsOpened - before).toBe(3);
    expect(sink.maxOpenConnections).toBe(3);
    expect(sink.openConnections).toBe(3);

    // Shutdown closes the idle connections (well before the pool's own idle timeout of 10 s).
    await sender.close();
    await sink.waitForNoConnection(5_000);
    await expect(sender.send(message(99))).rejects.toMatchObject({ code: 'ECONNECTION' });
  });

  it('replaces a connection once it has carried SMTP_POOL_MAX_MESSAGES emails', async () => {
    sink.clear();
    const sender = new MailSender(
      loadConfig({ ...BASE_ENV, SMTP_URL: sink.url, SMTP_POOL_SIZE: '1', SMTP_POOL_MAX_MESSAGES: '5' }),
    );
    const before = sink.connectionsOpened;
    for (let i = 0; i < 12; i++) await sender.send(message(i));
    expect(sink.messages).toHaveLength(12);
    expect(sink.connectionsOpened - before).toBe(3);
    await sender.close();
    await sink.waitForNoConnection(5_000);
  });
});

describe('pooled SMTP sender in the platform', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start({ env: { SMTP_POOL_SIZE: '2', JOB_RETRY_MAX_DELAY_SECONDS: '1' } });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('loses nothing when the relay drops a connection in the middle of a batch', async () => {
    let dropped = 0;
    platform.smtp.dropConnection = () => {
      if (dropped > 0 || platform.smtp.messages.length < 10) return false;
      dropped++;
      return true;
    };
    const before = platform.smtp.connectionsOpened;
    const { addresses } = await queueEmails(platform, 40, { label: 'coupure' });

    await platform.smtp.waitFor((all) => addresses.every((a) => all.some((m) => m.to.includes(a))), 30_000);
    expect(dropped).toBe(1);
    const report = deliveryReport(addresses, platform.smtp.messages);
    // The email cut off was never acknowledged: sent again, once; none lost, none twice.
    expect(report).toMatchObject({ lost: 0, duplicated: 0, delivered: 40 });
    const rows = await eventually(async () => {
      const found = await platform.dataSource
        .getRepository(EmailMessage)
        .findBy({ toAddress: In(addresses), status: EmailStatus.SENT });
      return found.length === addresses.length ? found : null;
    });
    expect(rows.filter((row) => row.attempts > 1).length).toBeLessThanOrEqual(1);
    // Few connections for 40 emails: the 2 of the pool and the ones replacing a dropped or idle one.
    expect(platform.smtp.connectionsOpened - before).toBeLessThan(10);
    expect(platform.smtp.maxOpenConnections).toBeLessThanOrEqual(2);

    // The worker's shutdown closes its connections (the sink would otherwise wait 30 s to close).
    await platform.stopWorker();
    await platform.smtp.waitForNoConnection(5_000);
  });
});
