import { EmailMessage, JobName, Mailer, UnitOfWork } from '@tremplin/core';
import { WELCOME_MAIL } from '@tremplin/identity';
import { randomBytes } from 'node:crypto';
import type { TestPlatform } from './test-platform';

export interface QueuedBatch {
  /** One address per email, in the order written. */
  addresses: string[];
}

function welcome(to: string) {
  return {
    template: WELCOME_MAIL,
    to,
    data: {
      firstName: 'Dominique',
      roleLabel: 'référent(e) de parcours',
      email: to,
      passwordUrl: 'https://tremplin.test/mot-de-passe/nouveau?jeton=exemple',
      validity: '7 jours',
    },
  };
}

/**
 * Promises `count` emails as the domains do (email row + outbox job in one transaction, handed to
 * the queue after commit), to distinct addresses. With `runAt`, each one's job is delayed until
 * then, as interview reminders and booking nudges are (a due date in PostgreSQL).
 */
export async function queueEmails(
  platform: TestPlatform,
  count: number,
  options: { label?: string; runAt?: Date } = {},
): Promise<QueuedBatch> {
  const tag = `${options.label ?? 'lot'}-${randomBytes(3).toString('hex')}`;
  const addresses = Array.from({ length: count }, (_, i) => `${tag}-${i}@test.tremplin.fr`);
  const mailer = platform.api.get(Mailer);
  await platform.api.get(UnitOfWork).run(async (tx) => {
    for (const to of addresses) {
      const request = { idempotencyKey: `test:${to}`, ...welcome(to) };
      if (!options.runAt) {
        await mailer.queue(tx, request);
        continue;
      }
      const row = await tx.manager.save(
        tx.manager.create(EmailMessage, {
          idempotencyKey: request.idempotencyKey,
          template: request.template.name,
          toAddress: to,
          data: request.data,
        }),
      );
      await tx.promiseJob(
        JobName.SendEmail,
        { emailId: row.id },
        { dedupKey: `email:${row.id}`, runAt: options.runAt },
      );
    }
  });
  return { addresses };
}

/** Delivered count per address (from the SMTP sink), and the figures a drill reports. */
export function deliveryReport(addresses: string[], delivered: Array<{ to: string[]; messageId?: string }>) {
  const wanted = new Set(addresses);
  const perAddress = new Map<string, number>();
  const messageIds = new Map<string, Set<string>>();
  for (const mail of delivered) {
    for (const to of mail.to) {
      if (!wanted.has(to)) continue;
      perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
      const ids = messageIds.get(to) ?? new Set<string>();
      ids.add(mail.messageId ?? '');
      messageIds.set(to, ids);
    }
  }
  const lost = addresses.filter((a) => !perAddress.has(a)).length;
  const duplicated = [...perAddress.values()].reduce((sum, n) => sum + (n - 1), 0);
  /** Addresses that got two different Message-IDs: a real double, not a resend mail clients merge. */
  const distinctIds = [...messageIds.values()].filter((ids) => ids.size > 1).length;
  return { lost, duplicated, distinctIds, delivered: perAddress.size };
}
