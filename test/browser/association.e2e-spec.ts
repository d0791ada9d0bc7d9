import { Role } from '@tremplin/core';
import { Mission, MissionStatus } from '@tremplin/missions';
import type { Browser, Page } from 'playwright-core';
import { createAssociation } from '../support/association-helpers';
import { insertMission } from '../support/mission-helpers';
import { TEST_PASSWORD, TestPlatform, type StaffAccount } from '../support/test-platform';
import { auditPage, launchBrowser, logIn, newContext } from './support/browser';

const SUITE = 'association';
/** The form journeys audit many pages at two widths. */
const LONG = 180_000;

/** The page audited, then the layout let settle before the next click. */
async function audit(page: Page, name: string): Promise<string[]> {
  const violations = await auditPage(page, SUITE, name);
  // Back at 1280 px: let the layout settle before the next click.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  return violations;
}

describe('console in the browser: the association workspace', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let member: StaffAccount;
  let associationId: string;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start({ worker: true }), launchBrowser()]);
    const created = await createAssociation(platform, { name: 'Épicerie solidaire du Revermont' });
    member = created.member;
    associationId = created.association.id;
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function memberPage(path = '/connexion'): Promise<Page> {
    const page = await (await newContext(browser)).newPage();
    // A step that hangs fails at its own line, well before the test's timeout.
    page.setDefaultTimeout(15_000);
    await logIn(page, platform, member.user.email, TEST_PASSWORD, path);
    return page;
  }

  async function next(page: Page): Promise<void> {
    // Leave the field first: a corrected value clears its error on blur, which moves the button up;
    // a click during that shift (mousedown blurs the field) would press where the button was.
    await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
  }

  async function stepHeading(page: Page, text: string): Promise<void> {
    await page.getByRole('heading', { level: 2, name: new RegExp(text) }).waitFor();
  }

  it(
    'creates a mission through the step-by-step form, with French errors next to the fields, previews it and submits it',
    async () => {
      const page = await memberPage();
      await page.getByRole('link', { name: 'Missions', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Missions' }).waitFor();
      await page.getByText('Aucune mission pour l’instant.').waitFor();
      expect(await audit(page, 'missions-vide')).toEqual([]);

      await page.getByRole('link', { name: 'Nouvelle mission' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nouvelle mission' }).waitFor();
      await stepHeading(page, 'Étape 1 sur 7 : Présentation');

      // Checked before going further, in French, next to each field.
      await next(page);
      expect(await page.getByText('Ce champ est obligatoire.').count()).toBeGreaterThanOrEqual(3);
      await page.getByLabel('Titre').fill('Ab');
      await next(page);
      await page.getByText('Saisissez au moins 3 caractères.').waitFor();
      expect(await audit(page, 'mission-etape-1-erreurs')).toEqual([]);

      await page.getByLabel('Titre').fill('Accueil à l’épicerie solidaire');
      await page.getByLabel('Résumé').fill('Accueillir les familles et ranger les rayons avec l’équipe.');
      await page.getByLabel('Description').fill('Vous accueillez les familles et participez à la mise en rayon.');
      await page.getByRole('button', { name: /Domaine/ }).click();
      await page.getByRole('option', { name: 'Alimentation et lutte contre le gaspillage' }).click();
      await next(page);

      await stepHeading(page, 'Déroulé et objectifs');
      await page
        .getByRole('textbox', { name: 'Déroulé (facultatif)' })
        .fill('Accueil à 8 h 45 par la responsable, binôme avec un bénévole.');
      await page.getByRole('textbox', { name: /^Suites possibles/ }).fill('Un stage dans l’enseigne partenaire.');
      await next(page);

      await stepHeading(page, 'Compétences développées');
      await page.getByLabel('Rechercher une compétence').fill('equipe');
      await page.getByRole('checkbox', { name: 'Travailler en équipe' }).check({ force: true });
      await page.getByRole('status').getByText('1 compétence choisie : Travailler en équipe.').waitFor();
      expect(await audit(page, 'mission-etape-3')).toEqual([]);
      await next(page);

      await stepHeading(page, 'Lieu, dates et horaires');
      // The association's commune is proposed; another is found by its name.
      const commune = page.getByRole('combobox', { name: /Commune/ });
      await commune.fill('Ambéri');
      await page.getByRole('option', { name: 'Ambérieu-en-Bugey' }).click();
      await page.getByLabel('Adresse (numéro et voie)').fill('12 rue de la République');
      await page.getByRole('checkbox', { name: 'Mardi matin' }).check({ force: true });
      await page.getByRole('checkbox', { name: 'Jeudi matin' }).check({ force: true });
      await page.getByLabel('Heures par semaine').fill('4');
      await page.getByLabel('Durée en semaines').fill('8');
      await page.getByLabel('Nombre de places').fill('0');
      await next(page);
      await page.getByText('Saisissez un nombre entre 1 et 500.').waitFor();
      await page.getByLabel('Nombre de places').fill('2');
      // The corrected value clears the error as it is typed, before the field is left.
      await page.getByText('Saisissez un nombre entre 1 et 500.').waitFor({ state: 'detached' });
      expect(await page.evaluate("document.activeElement?.getAttribute('name')")).toBe('places');
      expect(await audit(page, 'mission-etape-4')).toEqual([]);
      await next(page);

      await stepHeading(page, 'Conditions et accessibilité');
      await page.getByRole('checkbox', { name: 'Desservi par les transports en commun' }).check({ force: true });
      await next(page);

      await stepHeading(page, 'Accueil du bénévole');
      await page.getByText('Martine Lacroix').waitFor();
      await next(page);

      // The preview, as the person reads it in the email.
      await stepHeading(page, 'Aperçu et enregistrement');
      const sheet = page.getByRole('region', { name: 'Aperçu de la fiche dans l’e-mail' });
      await sheet.getByText('La mission : Accueil à l’épicerie solidaire').waitFor();
      await sheet.getByText('Mardi et jeudi matin').waitFor();
      await sheet.getByText('Environ 4 heures par semaine, pendant 8 semaines').waitFor();
      await sheet.getByText('Travailler en équipe').waitFor();
      await sheet.getByText('Qui vous accueille : Martine').waitFor();
      expect(await audit(page, 'mission-apercu')).toEqual([]);

      await page.getByRole('button', { name: 'Enregistrer et soumettre à validation' }).click();
      await page.getByRole('heading', { level: 1, name: 'Accueil à l’épicerie solidaire' }).waitFor();
      await page.getByText('Mission enregistrée et soumise à validation').waitFor();
      await page.getByText('En attente de validation').first().waitFor();
      expect(await audit(page, 'mission')).toEqual([]);

      const saved = await platform.dataSource
        .getRepository(Mission)
        .findOneByOrFail({ associationId, title: 'Accueil à l’épicerie solidaire' });
      expect(saved).toMatchObject({
        status: MissionStatus.SUBMITTED,
        communeCode: '01004',
        places: 2,
        hoursPerWeek: 4,
        durationWeeks: 8,
        competencyCodes: ['SE_EQUIPE'],
        publicTransport: true,
        remote: false,
      });
      await page.context().close();
    },
    LONG,
  );

  it('shows a server refusal next to its field, back on the step that holds it, keeping what was typed', async () => {
    const mission = await insertMission(platform, associationId, {
      title: 'Tri des dons de vêtements',
      status: MissionStatus.DRAFT,
    });
    const page = await memberPage(`/connexion?suite=%2Fmissions%2F${mission.id}%2Fmodifier`);
    await page.getByRole('heading', { level: 1, name: 'Modifier « Tri des dons de vêtements »' }).waitFor();
    for (let step = 0; step < 3; step++) await next(page);
    await stepHeading(page, 'Lieu, dates et horaires');
    // Typed as French writes it: jj/mm/aaaa.
    await page
      .getByRole('group', { name: /^Dernier jour/ })
      .getByRole('spinbutton')
      .first()
      .click();
    await page.keyboard.type('31012020');
    expect(await page.locator('input[name="endDate"]').first().inputValue()).toBe('2020-01-31');
    for (let step = 0; step < 3; step++) await next(page);
    await page.getByRole('button', { name: 'Enregistrer et soumettre à validation' }).click();

    await stepHeading(page, 'Lieu, dates et horaires');
    await page.getByRole('alert').getByText('Un champ est à corriger').waitFor();
    expect(await page.locator('input[name="endDate"]').first().inputValue()).toBe('2020-01-31');
    await page
      .locator('.field')
      .filter({ hasText: /^Dernier jour/ })
      .getByText('ne doit pas être déjà passée')
      .waitFor();
    expect(await audit(page, 'mission-erreur-serveur')).toEqual([]);
    expect((await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: mission.id })).endDate).toBeNull();
    await page.context().close();
  });

  it('shows a sent-back mission with its reason, re-submits it, duplicates it and closes it', async () => {
    const admin = await platform.createStaff(Role.ADMIN);
    const mission = await insertMission(platform, associationId, {
      title: 'Jardin partagé du quartier',
      status: MissionStatus.SUBMITTED,
    });
    await platform.gqlOk(
      `mutation($input: RejectMissionInput!) { rejectMission(input: $input) { id } }`,
      { input: { missionId: mission.id, reason: 'Précisez les horaires du jardin.' } },
      admin.token,
    );

    const page = await memberPage('/connexion?suite=%2Fmissions');
    const item = page.getByRole('listitem').filter({ hasText: 'Jardin partagé du quartier' });
    await item.getByText('Renvoyée pour correction').waitFor();
    await item.getByText('Précisez les horaires du jardin.').waitFor();
    expect(await audit(page, 'missions')).toEqual([]);

    await item.getByRole('link', { name: 'Jardin partagé du quartier' }).click();
    await page.getByText('Le service Insertion vous a renvoyé cette mission').waitFor();
    await page.getByRole('button', { name: 'Aperçu pour la personne' }).click();
    await page.getByRole('dialog').getByText('La mission : Jardin partagé du quartier').waitFor();
    expect(await audit(page, 'mission-apercu-dialogue')).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Fermer' }).click();

    await page.getByRole('button', { name: 'Soumettre à nouveau' }).click();
    await page.getByText('Mission soumise à validation').waitFor();
    expect((await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: mission.id })).status).toBe(
      MissionStatus.SUBMITTED,
    );

    await page.getByRole('link', { name: 'Dupliquer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle mission' }).waitFor();
    expect(await page.getByLabel('Titre').inputValue()).toBe('Jardin partagé du quartier (copie)');
    await page.goBack();

    await page.getByRole('button', { name: 'Clôturer la mission' }).click();
    await page.getByRole('dialog').getByLabel('Motif').fill('Le jardin ferme pour l’hiver.');
    await page.getByRole('button', { name: 'Clôturer définitivement' }).click();
    await page.getByText('Clôturée').first().waitFor();
    expect((await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: mission.id })).status).toBe(
      MissionStatus.CLOSED,
    );
    await page.context().close();
  });

  it('refuses another association’s mission and keeps the pages of the workspace to associations', async () => {
    const other = await createAssociation(platform, { name: 'Les Restos du Bugey' });
    const foreign = await insertMission(platform, other.association.id, { title: 'Mission d’une autre structure' });
    const page = await memberPage(`/connexion?suite=%2Fmissions%2F${foreign.id}`);
    await page.getByText('Impossible d’afficher cette page').waitFor();
    expect(await page.getByText('Mission d’une autre structure').count()).toBe(0);
    await page.context().close();

    const referent = await platform.createStaff(Role.REFERENT);
    const referentPage = await (await newContext(browser)).newPage();
    await logIn(referentPage, platform, referent.user.email, TEST_PASSWORD, '/connexion?suite=%2Fmissions%2Fnouvelle');
    await referentPage.getByRole('heading', { level: 1, name: 'Page non accessible' }).waitFor();
    await referentPage.context().close();
  });
});
