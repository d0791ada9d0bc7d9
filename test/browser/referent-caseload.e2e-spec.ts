import { Beneficiary } from '@tremplin/beneficiaries';
import { FakeClock, Role } from '@tremplin/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BELLEY, OYONNAX } from '../support/beneficiary-helpers';
import { CASELOAD_NOW, CaseloadPeople, lastNameOf, seedCaseload } from '../support/caseload-scenario';
import { StaffAccount, TEST_PASSWORD, TestPlatform, eventually } from '../support/test-platform';
import { auditPage, launchBrowser, newContext } from './support/browser';

const SUITE = 'referent-caseload';

/** The home's counters: their label, the figure the scenario gives, and the filter they open. */
const COUNTERS: Array<{ label: RegExp; value: number; param: [string, string] }> = [
  { label: /personnes? à orienter/, value: 1, param: ['etape', 'a-orienter'] },
  { label: /dossiers? en retard/, value: 1, param: ['echeance', 'en-retard'] },
  { label: /propositions? sans réponse/, value: 1, param: ['etape', 'sans-reponse'] },
  { label: /acceptations? sans entretien/, value: 2, param: ['etape', 'acceptee-sans-entretien'] },
  { label: /entretiens? cette semaine/, value: 1, param: ['etape', 'entretien-cette-semaine'] },
  { label: /missions? à suivre/, value: 1, param: ['etape', 'mission-en-cours'] },
  { label: /suites? à enregistrer/, value: 1, param: ['etape', 'suite-a-enregistrer'] },
];

describe('the référent’s home, caseload and new file in the browser', () => {
  const clock = new FakeClock(CASELOAD_NOW);
  let platform: TestPlatform;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let referent: StaffAccount;
  let people: CaseloadPeople;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start({ clock, worker: false }), launchBrowser()]);
    const territoryOf = async (code: string) =>
      (await platform.dataSource.query(`SELECT territory_id FROM commune WHERE insee_code = $1`, [code]))[0]
        .territory_id as string;
    const oyonnax = await territoryOf(OYONNAX);
    referent = await platform.createStaff(Role.REFERENT, {
      firstName: 'Claire',
      lastName: 'Morel',
      territoryId: oyonnax,
    });
    const colleague = await platform.createStaff(Role.REFERENT, { territoryId: oyonnax });
    const elsewhere = await platform.createStaff(Role.REFERENT, { territoryId: await territoryOf(BELLEY) });
    people = await seedCaseload(platform, referent, colleague, elsewhere);

    context = await newContext(browser);
    // The browser lives at the platform's (fake) time, so that « this week » and « today » agree with it.
    await context.clock.setFixedTime(new Date(CASELOAD_NOW));
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await platform?.stop();
  }, 180_000);

  const audit = (name: string) => auditPage(page, SUITE, name);

  const caseloadUrl = () => new URL(page.url());
  /** The person's file: its header once its tabs exist (other parts of the workspace), else its empty state. */
  const fileOpened = (on: Page, name: string) =>
    on.getByRole('heading', { level: 1, name }).or(on.getByText('Ce dossier n’a encore aucun onglet.')).waitFor();
  const rows = () => page.locator('table tbody tr');
  const rowNames = async () =>
    (await page.locator('table tbody tr td:first-child').allInnerTexts()).map((text) => text.trim());
  /** Waits for the list to show these names, in this order (the previous list may still be on screen). */
  const expectRows = async (names: string[]) => {
    await rows().nth(0).getByText(names[0], { exact: true }).waitFor();
    await rows()
      .nth(names.length - 1)
      .waitFor();
    await rows().nth(names.length).waitFor({ state: 'detached' });
    expect(await rowNames()).toEqual(names);
  };

  it('logs in to a home whose counters give the real figures', async () => {
    // The session comes from openSession as the login page gets it; its cookie is handed to the browser
    // without the platform's (fake, past) expiry date, which the browser's real-time cookie jar would drop.
    const session = await platform.browserSession(referent.user.email, TEST_PASSWORD);
    const [name, value] = session.cookie.split(/=(.*)/s);
    await context.addCookies([{ name, value, url: platform.baseUrl, httpOnly: true, sameSite: 'Strict' }]);
    await page.goto(`${platform.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Bonjour Claire' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'À faire' }).waitFor();
    for (const counter of COUNTERS) {
      const link = page.getByRole('link', { name: counter.label });
      expect(await link.locator('.counter__value').innerText()).toBe(String(counter.value));
    }
    await page.getByRole('link', { name: '11 dossiers en cours' }).waitFor();
    expect(await audit('accueil')).toEqual([]);
  }, 180_000);

  it('opens, from each counter, the list of exactly the people it counts', async () => {
    for (const counter of COUNTERS) {
      await page.goto(`${platform.baseUrl}/accueil`);
      await page.getByRole('link', { name: counter.label }).click();
      await page.getByRole('heading', { level: 1, name: 'Personnes suivies' }).waitFor();
      await page
        .getByRole('status')
        .getByText(`${counter.value} ${counter.value >= 2 ? 'personnes' : 'personne'}`, { exact: true })
        .waitFor();
      expect(caseloadUrl().pathname).toBe('/personnes');
      expect(caseloadUrl().searchParams.get(counter.param[0])).toBe(counter.param[1]);
      expect(caseloadUrl().searchParams.get('situation')).toBe('en-cours');
      expect(await rows().count()).toBe(counter.value);
    }
    // The last one: « suite à enregistrer », a mission done without its outcome.
    await expectRows([`${lastNameOf('Terminee')} Personne`]);
  }, 180_000);

  it('searches and filters in the address bar; back restores the list as it was', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Personnes' })
      .click();
    await page.getByRole('status').getByText('12 personnes', { exact: true }).waitFor();
    expect(caseloadUrl().search).toBe('');
    expect(await audit('liste')).toEqual([]);

    await page.getByRole('searchbox', { name: 'Nom ou prénom' }).fill('scenario-se');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL((url) => url.searchParams.get('recherche') === 'scenario-se');
    await page.getByRole('status').getByText('1 personne', { exact: true }).waitFor();
    await expectRows([`${lastNameOf('Semaine')} Personne`]);

    await page.getByRole('searchbox', { name: 'Nom ou prénom' }).fill('');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL((url) => !url.searchParams.has('recherche'));
    await page.getByRole('button', { name: /Étape du parcours/ }).click();
    await page.getByRole('option', { name: 'Acceptée, sans entretien réservé' }).click();
    await page.waitForURL((url) => url.searchParams.get('etape') === 'acceptee-sans-entretien');
    await page.getByRole('status').getByText('2 personnes', { exact: true }).waitFor();
    await page.getByRole('button', { name: /Trier par/ }).click();
    await page.getByRole('option', { name: 'Entrée au RSA la plus récente' }).click();
    await page.waitForURL((url) => url.searchParams.get('tri') === 'entree-recente');
    await page.getByRole('status').getByText('2 personnes', { exact: true }).waitFor();
    // Annulee entered on 3 December, Acceptee on 2 December.
    await expectRows([`${lastNameOf('Annulee')} Personne`, `${lastNameOf('Acceptee')} Personne`]);

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('tri'));
    expect(caseloadUrl().searchParams.get('etape')).toBe('acceptee-sans-entretien');
    await page
      .getByRole('button', { name: /Trier par/ })
      .getByText('Nom', { exact: true })
      .waitFor();
    await expectRows([`${lastNameOf('Acceptee')} Personne`, `${lastNameOf('Annulee')} Personne`]);

    await page.goBack();
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('recherche') === 'scenario-se');
    // The address changes first; the search field follows it with the next render.
    const searchbox = page.getByRole('searchbox', { name: 'Nom ou prénom' });
    await eventually(async () => (await searchbox.inputValue()) === 'scenario-se');
    await page.getByRole('status').getByText('1 personne', { exact: true }).waitFor();
    await expectRows([`${lastNameOf('Semaine')} Personne`]);
  }, 180_000);

  it('opens a shared link filtered, and each row opens the person’s file', async () => {
    const shared = await context.newPage();
    await shared.goto(`${platform.baseUrl}/personnes?etape=mission-en-cours&situation=en-cours`);
    await shared.getByRole('status').getByText('1 personne', { exact: true }).waitFor();
    await shared
      .getByRole('button', { name: /Étape du parcours/ })
      .getByText('Mission en cours', { exact: true })
      .waitFor();
    await shared.getByRole('link', { name: `${lastNameOf('Mission')} Personne` }).click();
    await shared.waitForURL((url) => url.pathname.startsWith(`/personnes/${people.inMission}`));
    await fileOpened(shared, `Personne ${lastNameOf('Mission')}`);
    await shared.close();
  }, 180_000);

  it('creates a file: checked before sending, a server refusal next to its field, then the new file', async () => {
    await page.goto(`${platform.baseUrl}/personnes`);
    await page.getByRole('link', { name: 'Créer un dossier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau dossier' }).waitFor();
    expect(caseloadUrl().pathname).toBe('/personnes/nouvelle');

    // Sent empty: the form's own checks, nothing sent.
    await page.getByRole('button', { name: 'Créer le dossier' }).click();
    await page
      .locator('.field')
      .filter({ hasText: /^Prénom/ })
      .getByText('Ce champ est obligatoire.')
      .waitFor();

    await page.getByRole('textbox', { name: 'Prénom' }).fill('Karima');
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Benali');
    await page
      .getByRole('group', { name: /^Date de naissance/ })
      .getByRole('spinbutton')
      .first()
      .click();
    await page.keyboard.type('14051988');
    await page
      .getByRole('group', { name: /^Date d’entrée au RSA/ })
      .getByRole('spinbutton')
      .first()
      .click();
    await page.keyboard.type('02032026');
    // A former name finds the current commune, and says so.
    await page.getByRole('combobox', { name: 'Commune de résidence' }).fill('Bellegarde');
    await page.getByRole('option', { name: /^Valserhône \(anciennement Bellegarde-sur-Valserine\)$/ }).waitFor();
    await page.getByRole('combobox', { name: 'Commune de résidence' }).fill('Oyonn');
    await page.getByRole('option', { name: 'Oyonnax' }).click();
    await page.getByText('Territoire : ').waitFor();
    // An address the console lets through but the server refuses (a one-letter domain ending).
    await page.getByRole('textbox', { name: /Adresse e-mail/ }).fill('karima.benali@exemple.f');
    await page.getByRole('button', { name: 'Créer le dossier' }).click();

    await page.getByRole('alert').getByText('Un champ est à corriger').waitFor();
    await page
      .locator('.field')
      .filter({ hasText: /^Adresse e-mail/ })
      .getByText(/adresse e-mail valide/)
      .waitFor();
    expect(await page.getByRole('textbox', { name: 'Prénom' }).inputValue()).toBe('Karima');
    expect(await page.getByRole('textbox', { name: /Adresse e-mail/ }).inputValue()).toBe('karima.benali@exemple.f');
    expect(await page.locator('input[name="birthDate"]').first().inputValue()).toBe('1988-05-14');
    expect(await platform.dataSource.getRepository(Beneficiary).countBy({ lastName: 'Benali' })).toBe(0);
    expect(await audit('nouveau-dossier-erreur')).toEqual([]);

    await page.getByRole('textbox', { name: /Adresse e-mail/ }).fill('karima.benali@exemple.fr');
    await page.getByRole('button', { name: 'Créer le dossier' }).click();
    await page.waitForURL((url) => /^\/personnes\/[0-9a-f-]{36}/.test(url.pathname));
    await fileOpened(page, 'Karima Benali');
    const created = await platform.dataSource.getRepository(Beneficiary).findOneByOrFail({ lastName: 'Benali' });
    expect(caseloadUrl().pathname.startsWith(`/personnes/${created.id}`)).toBe(true);
    expect(created).toMatchObject({
      referentId: referent.user.id,
      email: 'karima.benali@exemple.fr',
      birthDate: '1988-05-14',
      rsaEntryDate: '2026-03-02',
      communeCode: OYONNAX,
    });

    // A second file for the same person: the server's refusal, what was typed kept.
    await page.goto(`${platform.baseUrl}/personnes/nouvelle`);
    await page.getByRole('textbox', { name: 'Prénom' }).fill('Karima');
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Benali');
    await page
      .getByRole('group', { name: /^Date de naissance/ })
      .getByRole('spinbutton')
      .first()
      .click();
    await page.keyboard.type('14051988');
    await page
      .getByRole('group', { name: /^Date d’entrée au RSA/ })
      .getByRole('spinbutton')
      .first()
      .click();
    await page.keyboard.type('02032026');
    await page.getByRole('combobox', { name: 'Commune de résidence' }).fill('Oyonn');
    await page.getByRole('option', { name: 'Oyonnax' }).click();
    await page.getByRole('button', { name: 'Créer le dossier' }).click();
    await page
      .getByRole('alert')
      .getByText(/Un dossier existe déjà/)
      .waitFor();
    expect(await page.getByRole('textbox', { name: 'Nom', exact: true }).inputValue()).toBe('Benali');
    expect(await platform.dataSource.getRepository(Beneficiary).countBy({ lastName: 'Benali' })).toBe(1);
  }, 180_000);

  it('keeps the list usable at 390 px and the new-file page accessible, empty', async () => {
    await page.goto(`${platform.baseUrl}/personnes/nouvelle`);
    await page.getByRole('heading', { level: 1, name: 'Nouveau dossier' }).waitFor();
    expect(await audit('nouveau-dossier')).toEqual([]);
    await page.goto(`${platform.baseUrl}/personnes?etape=entretien-cette-semaine`);
    await page.getByRole('status').getByText('1 personne', { exact: true }).waitFor();
    expect(await audit('liste-filtree')).toEqual([]);
    await page.goto(`${platform.baseUrl}/personnes?recherche=personne-inexistante`);
    await page.getByText('Aucune personne ne correspond à ces critères.').waitFor();
    expect(await audit('liste-vide')).toEqual([]);
  }, 180_000);
});
