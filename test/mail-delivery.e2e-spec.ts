import { EmailMessage, EmailStatus } from '@tremplin/core';
import { Like } from 'typeorm';
import { createCast } from './support/beneficiary-helpers';
import { queueEmails } from './support/email-batch';
import { createConsentingBeneficiary, createMissionWithAssociation, proposeOk } from './support/proposal-helpers';
import { TestPlatform, eventually } from './support/test-platform';

const PROPOSAL_DELIVERY = `query($id: ID!) { proposal(id: $id) { id status statusLabel sentAt emailFailedAt emailFailure } }`;

/** The SMTP sink refuses some recipients for good (550) and answers « try later » (451) to others. */
function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

describe('email delivery failures', () => {
  let platform: TestPlatform;
  const tries = new Map<string, number>();

  beforeAll(async () => {
    platform = await TestPlatform.start({ env: { JOB_RETRY_MAX_DELAY_SECONDS: '1' } });
    platform.smtp.beforeAccept = (mail) => {
      for (const to of mail.to) {
        tries.set(to, (tries.get(to) ?? 0) + 1);
        if (to.includes('inconnu')) throw smtpError('5.1.1 Boîte aux lettres inconnue', 550);
        if (to.includes('occupe') && tries.get(to)! <= 3) throw smtpError('4.3.2 Réessayez plus tard', 451);
      }
    };
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('records a refusal for good on the email and on the proposal, in French, and never retries it', async () => {
    const cast = await createCast(platform);
    const { mission } = await createMissionWithAssociation(platform, { places: 3 });
    const person = await createConsentingBeneficiary(platform, cast.referent, {
      email: `inconnu.${Date.now()}@exemple.test`,
    });
    const proposed = await proposeOk(platform, cast.referent, person.id, mission.id);

    const email = await eventually(async () => {
      const row = await platform.dataSource
        .getRepository(EmailMessage)
        .findOneBy({ idempotencyKey: Like(`proposal:${proposed.id}:new`) });
      return row?.status === EmailStatus.FAILED ? row : null;
    });
    expect(email.lastError).toBe('Refusé par le serveur de messagerie (550) : 550 5.1.1 Boîte aux lettres inconnue');
    expect(email.failedAt).not.toBeNull();

    const { proposal } = await platform.gqlOk<{
      proposal: { statusLabel: string; sentAt: string | null; emailFailedAt: string | null; emailFailure: string };
    }>(PROPOSAL_DELIVERY, { id: proposed.id }, cast.referent.token);
    expect(proposal).toMatchObject({
      statusLabel: 'e-mail refusé par la messagerie, non remis',
      sentAt: null,
      emailFailure: 'Refusé par le serveur de messagerie (550) : 550 5.1.1 Boîte aux lettres inconnue',
    });
    expect(proposal.emailFailedAt).not.toBeNull();

    // Its outbox row is done (not owed), so no relay hands it over again.
    const [job] = (await platform.dataSource.query(
      `SELECT done_at IS NOT NULL AS done FROM outbox_job WHERE payload->>'emailId' = $1`,
      [email.id],
    )) as Array<{ done: boolean }>;
    expect(job.done).toBe(true);
    // Another email sent after it proves the worker moved on; the refused one was tried once.
    const { addresses } = await queueEmails(platform, 1, { label: 'apres-refus' });
    await platform.smtp.waitFor((all) => all.some((m) => m.to.includes(addresses[0])));
    expect(tries.get(person.email!)).toBe(1);
  });

  it('retries an email the server asks to send later until it goes, once', async () => {
    const { addresses } = await queueEmails(platform, 1, { label: 'occupe' });
    await platform.smtp.waitFor((all) => all.some((m) => m.to.includes(addresses[0])), 30_000);
    expect(platform.smtp.to(addresses[0])).toHaveLength(1);
    expect(tries.get(addresses[0])).toBe(4);
    const email = await eventually(() =>
      platform.dataSource.getRepository(EmailMessage).findOneBy({ toAddress: addresses[0], status: EmailStatus.SENT }),
    );
    expect(email.attempts).toBe(4);
  });
});
