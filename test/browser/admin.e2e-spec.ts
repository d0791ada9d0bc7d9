import { Role } from '@tremplin/core';
import { Association, AssociationStatus } from '@tremplin/associations';
import { Mission, MissionStatus } from '@tremplin/missions';
import { User } from '@tremplin/identity';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAssociation } from '../support/association-helpers';
import { insertMission } from '../support/mission-helpers';
import { StaffAccount, TEST_PASSWORD, TestPlatform, eventually } from '../support/test-platform';
import { auditPage, launchBrowser, logIn, newContext } from './support/browser';

const SUITE = 'admin';

describe('the Département’s workspace (service Insertion) in the browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: StaffAccount;
  let pending: { association: Association; member: StaffAccount };
  let submitted: Mission;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start({ worker: true }), launchBrowser()]);
    admin = await platform.createStaff(Role.ADMIN, { firstName: 'Sophie', lastName: 'Département' });
    pending = await createAssociation(platform, {
      name: 'Les Jardins partagés de Nantua',
      status: AssociationStatus.PENDING,
    });
    const { association } = await createAssociation(platform, { name: 'Restos du Cœur de l’Ain' });
    submitted = await insertMission(platform, association.id, {
      title: 'Accueil des familles le mardi',
      status: MissionStatus.SUBMITTED,
    });
    context = await newContext(browser);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await platform?.stop();
  }, 180_000);

  const audit = (name: string) => auditPage(page, SUITE, name);

  const navigation = () => page.getByRole('navigation', { name: 'Navigation principale' });

  it('logs in and opens the moderation queues, oldest first', async () => {
    await logIn(page, platform, admin.user.email, TEST_PASSWORD);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await audit('accueil')).toEqual([]);

    await navigation().getByRole('link', { name: 'Modération' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modération' }).waitFor();
    await page.getByRole('link', { name: 'Les Jardins partagés de Nantua' }).waitFor();
    await page.getByRole('link', { name: 'Accueil des familles le mardi' }).waitFor();
    expect(await audit('moderation')).toEqual([]);
  }, 180_000);

  it('validates a registration: the association is validated and its member told by email', async () => {
    await page.getByRole('link', { name: 'Les Jardins partagés de Nantua' }).click();
    await page.getByRole('heading', { level: 1, name: 'Les Jardins partagés de Nantua' }).waitFor();
    expect(await audit('association')).toEqual([]);

    await page.getByRole('button', { name: 'Valider l’association' }).click();
    const dialog = page.getByRole('dialog', { name: 'Valider « Les Jardins partagés de Nantua » ?' });
    await dialog.getByRole('button', { name: 'Valider' }).click();
    await page.getByText('L’association est validée ; ses membres en sont informés par e-mail.').waitFor();
    const saved = await platform.dataSource.getRepository(Association).findOneByOrFail({ id: pending.association.id });
    expect(saved.status).toBe(AssociationStatus.VALIDATED);
    await platform.smtp.waitFor((all) => all.some((mail) => mail.to.includes(pending.member.user.email)));
    // The decision buttons are gone: a second decision cannot be taken from this page.
    expect(await page.getByRole('button', { name: 'Valider l’association' }).count()).toBe(0);
  }, 180_000);

  it('sends a mission back with a reason, which the server requires', async () => {
    await page.getByRole('link', { name: 'Retour aux demandes en attente' }).click();
    await page.getByRole('link', { name: 'Accueil des familles le mardi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accueil des familles le mardi' }).waitFor();
    expect(await audit('mission')).toEqual([]);

    await page.getByRole('button', { name: 'Renvoyer à l’association' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Motif').fill('Précisez les horaires du mardi et le lieu exact de l’accueil.');
    await dialog.getByRole('button', { name: 'Renvoyer la mission' }).click();
    await page.getByText('La mission est renvoyée en brouillon ; l’association a reçu le motif par e-mail.').waitFor();
    const saved = await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: submitted.id });
    expect(saved.status).toBe(MissionStatus.DRAFT);
  }, 180_000);

  it('invites a référent, finds the account by name and disables it', async () => {
    await navigation().getByRole('link', { name: 'Utilisateurs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Utilisateurs' }).waitFor();
    expect(await audit('utilisateurs')).toEqual([]);

    await page.getByRole('button', { name: 'Inviter une personne' }).click();
    const dialog = page.getByRole('dialog', { name: 'Inviter une personne' });
    await dialog.getByLabel('Prénom').fill('Nadia');
    await dialog.getByLabel('Nom', { exact: true }).fill('Gauthier');
    await dialog.getByLabel('Adresse e-mail').fill('nadia.gauthier@ain.test');
    await dialog.getByRole('button', { name: /Rôle/ }).click();
    await page.getByRole('option', { name: 'Référent(e) de parcours' }).click();
    await dialog.getByRole('button', { name: /Territoire \(CDS\)/ }).click();
    await page.getByRole('option').first().click();
    expect(await audit('inviter')).toEqual([]);
    await dialog.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page.getByText(/Nadia Gauthier est invité\(e\)/).waitFor();
    const mails = await platform.smtp.waitFor((all) => all.some((mail) => mail.to.includes('nadia.gauthier@ain.test')));
    const invitation = mails.find((mail) => mail.to.includes('nadia.gauthier@ain.test'));
    // The person chooses her own password from the link (the administrator never sees it).
    expect(invitation?.text).toContain(`${platform.baseUrl}/mot-de-passe/nouveau`);
    const invited = await platform.dataSource.getRepository(User).findOneByOrFail({ email: 'nadia.gauthier@ain.test' });
    expect(invited.role).toBe(Role.REFERENT);

    // The list follows the search once it is sent, not letter by letter.
    await page.getByRole('searchbox', { name: 'Nom, prénom ou e-mail' }).fill('Gauthier');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const rows = page.getByRole('row').filter({ hasText: 'Gauthier' });
    await rows.first().waitFor();
    await eventually(async () => (await page.getByRole('row').filter({ hasText: 'Sophie' }).count()) === 0);

    await page.getByRole('button', { name: 'Désactiver le compte de Nadia Gauthier' }).click();
    await page
      .getByRole('dialog', { name: 'Désactiver le compte de Nadia Gauthier ?' })
      .getByRole('button', { name: 'Désactiver' })
      .click();
    await page.getByRole('button', { name: 'Réactiver le compte de Nadia Gauthier' }).waitFor();
    const disabled = await platform.dataSource.getRepository(User).findOneByOrFail({ id: invited.id });
    expect(disabled.disabledAt).not.toBeNull();
  }, 180_000);

  it('shows territories, indicators and the access log without accessibility violations', async () => {
    for (const [link, heading, name] of [
      ['Territoires', 'Territoires', 'territoires'],
      ['Indicateurs', 'Indicateurs', 'indicateurs'],
      ['Journal des accès', 'Journal des accès', 'journal-des-acces'],
    ] as const) {
      await navigation().getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('.card').first().waitFor();
      expect({ name, violations: await audit(name) }).toEqual({ name, violations: [] });
    }
  }, 180_000);

  it('offers the access log as a CSV file for the data protection officer', async () => {
    const download = page.getByRole('link', { name: /Télécharger le journal \(CSV/ });
    expect(await download.getAttribute('href')).toBe('/access-log.csv');
  });

  it('shows the dry run of the retention job, then records the approval without which it erases nothing', async () => {
    await navigation().getByRole('link', { name: 'Conservation des données' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conservation des données' }).waitFor();
    await page.getByRole('heading', { name: 'Simulation : ce que la tâche effacerait maintenant' }).waitFor();
    await page.getByText('La tâche n’a encore rien effacé').waitFor();
    const table = page.getByRole('table');
    await table.getByRole('cell', { name: 'Dossiers anonymisés (identité, coordonnées, commune, profil)' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(1 + 11);
    expect(await audit('conservation')).toEqual([]);

    await page.getByRole('button', { name: 'Donner mon accord' }).click();
    const dialog = page.getByRole('dialog', { name: 'Donner l’accord à la tâche de fin de conservation' });
    await dialog.waitFor();
    expect(await audit('conservation-accord')).toEqual([]);
    await dialog.getByRole('button', { name: 'Donner mon accord' }).click();
    await page.getByRole('status').filter({ hasText: 'Votre accord est enregistré' }).waitFor();
    await page.getByText(/Accord donné le .* par Sophie Département/).waitFor();
    expect(await page.getByRole('button', { name: 'Donner mon accord' }).count()).toBe(0);
    const [approval] = (await platform.dataSource.query(`SELECT approved_by_id FROM retention_approval`)) as Array<{
      approved_by_id: string;
    }>;
    expect(approval.approved_by_id).toBe(admin.user.id);
  }, 180_000);
});
