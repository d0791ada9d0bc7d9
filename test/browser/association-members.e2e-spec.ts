// A member of an association invites a colleague from « Membres »: the account opens without a
// password, the invitation email (through the worker and the SMTP sink) links to the console page
// where the person chooses it, and the person then logs in for the structure. Refusals keep their
// codes: another association, a non-member, an address already taken, a malformed address.
import { Role } from '@tremplin/core';
import type { Browser, Page } from 'playwright-core';
import { createAssociation } from '../support/association-helpers';
import { TEST_PASSWORD, TestPlatform, type StaffAccount } from '../support/test-platform';
import { auditPage, launchBrowser, logIn, newContext } from './support/browser';

const SUITE = 'association-members';
const INVITE = `mutation($input: InviteAssociationMemberInput!) { inviteAssociationMember(input: $input) { id email } }`;

interface GraphqlError {
  message: string;
  extensions?: { code?: string; fields?: { field: string; messages: string[] }[] };
}

describe('console in the browser: an association member invites a colleague', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let member: StaffAccount;
  let associationId: string;
  let otherAssociationId: string;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start({ worker: true }), launchBrowser()]);
    const host = await createAssociation(platform, { name: 'Épicerie solidaire du Revermont' });
    member = host.member;
    associationId = host.association.id;
    otherAssociationId = (await createAssociation(platform, { name: 'Les Restos du Cœur de Bourg' })).association.id;
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function freshPage(): Promise<Page> {
    const page = await (await newContext(browser)).newPage();
    // A step that hangs fails at its own line, well before the test's timeout.
    page.setDefaultTimeout(15_000);
    return page;
  }

  it('invites from « Membres »; the invited person chooses a password from the email and logs in', async () => {
    const page = await freshPage();
    await logIn(page, platform, member.user.email, TEST_PASSWORD);
    await page.getByRole('link', { name: 'Membres', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Membres' }).waitFor();
    await page.getByText('1 compte', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Inviter un membre' }).click();
    const dialog = page.getByRole('dialog', { name: 'Inviter un membre de votre structure' });
    await dialog.getByLabel('Prénom').fill('Julien');
    await dialog.getByLabel('Nom', { exact: true }).fill('Perrin');
    // Checked in the browser first, then by the server (an address that already has an account).
    await dialog.getByLabel('Adresse e-mail').fill('julien.perrin@');
    await dialog.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await dialog.getByText('Saisissez une adresse e-mail valide', { exact: false }).waitFor();
    await dialog.getByLabel('Adresse e-mail').fill(member.user.email);
    await dialog.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await dialog.getByText('Un compte Tremplin existe déjà avec cette adresse e-mail.').waitFor();
    expect(await auditPage(page, SUITE, 'invitation-erreur')).toEqual([]);

    await dialog.getByLabel('Adresse e-mail').fill('Julien.Perrin@exemple.fr');
    await dialog.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page
      .getByText(
        'Julien Perrin est invité(e) : un e-mail lui permet de choisir son mot de passe (lien valable 7 jours).',
      )
      .waitFor();
    await page.getByText('2 comptes', { exact: true }).waitFor();
    const invited = page.getByRole('listitem').filter({ hasText: 'Julien Perrin' });
    await invited.getByText('Invitation envoyée, mot de passe pas encore choisi').waitFor();
    expect(await auditPage(page, SUITE, 'membres')).toEqual([]);
    await page.context().close();

    // The invitation, as the worker sent it.
    const subject = `${member.user.firstName} ${member.user.lastName} vous invite sur Tremplin pour le compte d’Épicerie solidaire du Revermont`;
    const mails = await platform.smtp.waitFor((all) => all.some((m) => m.to.includes('julien.perrin@exemple.fr')));
    const mail = mails.find((m) => m.to.includes('julien.perrin@exemple.fr'))!;
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain('Bonjour Julien,');
    const link = /(http:\/\/[^\s\]]+\/mot-de-passe\/nouveau\?jeton=[\w.-]+)/.exec(mail.text)?.[1];
    if (!link) throw new Error(`no console link in: ${mail.text}`);

    const newcomer = await freshPage();
    await newcomer.goto(link);
    await newcomer.getByRole('heading', { level: 1, name: 'Bienvenue sur Tremplin' }).waitFor();
    await newcomer.getByLabel('Nouveau mot de passe', { exact: true }).fill('une phrase de passe solide');
    await newcomer.getByLabel('Confirmez le mot de passe').fill('une phrase de passe solide');
    await newcomer.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await newcomer.getByRole('heading', { level: 1, name: 'Bonjour Julien' }).waitFor();
    await newcomer.getByRole('button', { name: 'Se déconnecter' }).click();
    await newcomer.waitForURL(`${platform.baseUrl}/connexion`);

    // A real login with the password chosen, for the same structure.
    await logIn(newcomer, platform, 'julien.perrin@exemple.fr', 'une phrase de passe solide');
    await newcomer.getByRole('heading', { level: 1, name: 'Bonjour Julien' }).waitFor();
    await newcomer.getByRole('link', { name: 'Membres', exact: true }).click();
    await newcomer.getByRole('heading', { level: 2, name: 'Épicerie solidaire du Revermont' }).waitFor();
    const self = newcomer.getByRole('listitem').filter({ hasText: 'Julien Perrin (vous)' });
    await self.getByText('Actif', { exact: true }).waitFor();
    await newcomer.context().close();
  });

  it('refuses with stable codes: another association, a non-member, a taken or malformed address', async () => {
    const input = (fields: Record<string, unknown> = {}) => ({
      input: { associationId, firstName: 'Léa', lastName: 'Girard', email: 'lea.girard@exemple.fr', ...fields },
    });
    const errorOf = async (variables: Record<string, unknown>, token: string): Promise<GraphqlError> => {
      const result = await platform.gql(INVITE, variables, token);
      expect(result.data?.inviteAssociationMember ?? null).toBeNull();
      return (result.errors as GraphqlError[])[0];
    };

    const other = await errorOf(input({ associationId: otherAssociationId }), member.token);
    expect(other.extensions?.code).toBe('FORBIDDEN');
    const referent = await platform.createStaff(Role.REFERENT);
    expect((await errorOf(input(), referent.token)).extensions?.code).toBe('FORBIDDEN');

    const malformed = await errorOf(input({ email: 'lea.girard' }), member.token);
    expect(malformed.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.extensions?.fields?.map((f) => f.field)).toEqual(['email']);

    // Any role's address is taken, whatever its case.
    const taken = await errorOf(input({ email: referent.user.email.toUpperCase() }), member.token);
    expect(taken.extensions?.code).toBe('CONFLICT');
    expect(taken.extensions?.fields).toEqual([
      { field: 'email', messages: ['Un compte Tremplin existe déjà avec cette adresse e-mail.'] },
    ]);

    // The service Insertion may invite for any association; nothing was written by the refusals.
    const admin = await platform.createStaff(Role.ADMIN);
    await platform.gqlOk(INVITE, input({ associationId: otherAssociationId }), admin.token);
    const rows: { email: string; association_id: string }[] = await platform.dataSource.query(
      `SELECT email, association_id FROM app_user WHERE email LIKE 'lea.girard%'`,
    );
    expect(rows).toEqual([{ email: 'lea.girard@exemple.fr', association_id: otherAssociationId }]);
  });
});
