import { SensitiveDataAccess } from '@tremplin/beneficiaries';
import { Role } from '@tremplin/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BeneficiaryView, LOGBOOK } from '../support/beneficiary-helpers';
import { createConsentingBeneficiary } from '../support/proposal-helpers';
import { StaffAccount, TEST_PASSWORD, TestPlatform } from '../support/test-platform';
import { DESKTOP, PHONE, auditPage, launchBrowser, newContext } from './support/browser';

const SUITE = 'person-file';

const PROFILE = `query($id: ID!) { beneficiary(id: $id) {
  email availability { day part } targetJobs { romeCode } mobility { maxDistanceKm hasDrivingLicence }
  volunteeringConsent { given } orientationStatus referent { id }
  diagnostics { proposedPathway barriers { kind level note } }
  orientations { pathway organism referent { id } } } }`;

interface Profile {
  beneficiary: {
    email: string | null;
    availability: { day: string; part: string }[];
    targetJobs: { romeCode: string }[];
    mobility: { maxDistanceKm: number | null; hasDrivingLicence: boolean };
    volunteeringConsent: { given: boolean };
    orientationStatus: string;
    referent: { id: string } | null;
    diagnostics: { proposedPathway: string; barriers: { kind: string; level: string; note: string | null }[] }[];
    orientations: { pathway: string; organism: string; referent: { id: string } }[];
  };
}

describe('a person’s file in the browser: informations, diagnostic and orientation, carnet de bord', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let referent: StaffAccount;
  let person: BeneficiaryView;

  const focused = () => page.locator(':focus').getAttribute('aria-label');
  const profile = async () => (await platform.gqlOk<Profile>(PROFILE, { id: person.id }, referent.token)).beneficiary;

  /** The page's audit (axe, screenshots, width) once react-aria's live announcer has let go of what it announced. */
  async function audit(name: string): Promise<string[]> {
    const violations = await auditPage(page, SUITE, name);
    // Usable at 390 px: nothing makes the page scroll sideways (a wide grid scrolls inside its box).
    await page.setViewportSize(PHONE);
    const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
    await page.setViewportSize(DESKTOP);
    return width > PHONE.width ? [...violations, `[390px] la page déborde : ${width} px de large`] : violations;
  }

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start({ worker: true }), launchBrowser()]);
    referent = await platform.createStaff(Role.REFERENT, {
      firstName: 'Claire',
      lastName: 'Référente',
      territoryId: (await platform.territory('CDS-OYONNAX')).id,
    });
    // Available on Tuesday and Thursday mornings, aiming at K2204, consenting; no diagnostic yet.
    person = await createConsentingBeneficiary(platform, referent, { firstName: 'Karima', lastName: 'Benali' });
    context = await newContext(browser);
    const session = await platform.browserSession(referent.user.email, TEST_PASSWORD);
    const [name, value] = session.cookie.split(/=(.*)/s);
    await context.addCookies([{ name, value, url: platform.baseUrl, httpOnly: true, sameSite: 'Strict' }]);
    page = await context.newPage();
    // An error thrown in the page fails the test that caused it (see afterEach).
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  const pageErrors: string[] = [];
  afterEach(() => {
    const errors = pageErrors.splice(0);
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await platform?.stop();
  }, 180_000);

  it('opens the file on « Informations » with the profile as recorded', async () => {
    await page.goto(`${platform.baseUrl}/personnes/${person.id}/informations`);
    await page.getByRole('heading', { level: 1, name: 'Karima Benali' }).waitFor();
    await page.getByRole('tab', { name: 'Informations', selected: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Profil' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Mardi matin' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Lundi matin' }).isChecked()).toBe(false);
    const jobs = page.getByRole('grid', { name: 'Métiers visés' });
    await jobs.getByRole('row', { name: "Agent / agente d'entretien de locaux" }).waitFor();
    // No ROME code, INSEE code nor enum value on the page.
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/K2204|01283|PUBLIC_TRANSPORT|MORNING|SOCIO_PROFESSIONAL/);
    expect(await audit('informations')).toEqual([]);
  }, 180_000);

  it('edits the availability grid with the keyboard alone', async () => {
    // Tuesday morning is ticked; the arrows move inside the grid, Space ticks.
    await page.getByRole('checkbox', { name: 'Mardi matin' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('Mardi après-midi');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Jeudi après-midi');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('Jeudi matin');
    // Thursday morning was ticked: Space unticks it.
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: 'Mardi après-midi' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Jeudi matin' }).isChecked()).toBe(false);
    // The whole of Saturday with its button, pressed from the keyboard.
    await page.getByRole('button', { name: 'Journée entière du samedi' }).focus();
    await page.keyboard.press('Enter');
    for (const part of ['matin', 'après-midi', 'soir']) {
      expect(await page.getByRole('checkbox', { name: `Samedi ${part}` }).isChecked()).toBe(true);
    }
  }, 180_000);

  it('adds a target job found by a word of its label, shows the server’s error next to its field and keeps what was typed', async () => {
    const search = page.getByRole('combobox', { name: 'Ajouter un métier visé' });
    await search.fill('cuisine');
    await page.getByRole('option', { name: 'Commis de cuisine' }).click();
    expect(await search.getAttribute('aria-expanded')).not.toBe('true');
    await page.getByRole('grid', { name: 'Métiers visés' }).getByRole('row', { name: 'Commis de cuisine' }).waitFor();
    expect(await search.inputValue()).toBe('');

    // The console's check of an address is looser than the server's: a one-letter domain passes it.
    const email = page.getByRole('textbox', { name: 'Adresse e-mail' });
    await email.fill('karima.benali@exemple.c');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await page.getByRole('alert').getByText('Un champ est à corriger : son message figure sous le champ.').waitFor();
    const emailField = page.locator('.field', { has: email });
    await emailField
      .locator('.field__error')
      .getByText('doit être une adresse e-mail valide (par exemple prenom.nom@exemple.fr)')
      .waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    // Nothing was saved, and nothing typed was lost.
    expect((await profile()).email).toBe(person.email);
    expect(await email.inputValue()).toBe('karima.benali@exemple.c');
    expect(await page.getByRole('checkbox', { name: 'Samedi soir' }).isChecked()).toBe(true);
    await page.getByRole('grid', { name: 'Métiers visés' }).getByRole('row', { name: 'Commis de cuisine' }).waitFor();
    expect(await audit('informations-erreur')).toEqual([]);

    // A distance the server refuses is caught before sending, in the same words.
    const distance = page.getByRole('textbox', { name: 'Distance maximale acceptée, en km' });
    await distance.fill('200');
    await email.fill('karima.benali@exemple.fr');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await page.locator('.field', { has: distance }).getByText('doit être compris entre 1 et 150 km').waitFor();
    expect((await profile()).mobility.maxDistanceKm).toBe(12);

    await distance.fill('25');
    await page.getByText('Titulaire du permis de conduire (B)').click();
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await page.getByText('Profil enregistré : les suggestions de missions vont être recalculées.').waitFor();
    const saved = await profile();
    expect(saved.email).toBe('karima.benali@exemple.fr');
    expect(saved.mobility).toEqual({ maxDistanceKm: 25, hasDrivingLicence: true });
    expect(saved.targetJobs.map((job) => job.romeCode).sort()).toEqual(['G1602', 'K2204']);
    expect(saved.availability).toEqual([
      { day: 'TUESDAY', part: 'MORNING' },
      { day: 'TUESDAY', part: 'AFTERNOON' },
      { day: 'SATURDAY', part: 'MORNING' },
      { day: 'SATURDAY', part: 'AFTERNOON' },
      { day: 'SATURDAY', part: 'EVENING' },
    ]);
  }, 180_000);

  it('records the withdrawal then the return of the consent, each in its history', async () => {
    const consent = page.getByRole('region', { name: 'Accord pour le bénévolat' });
    await consent.getByRole('button', { name: 'Enregistrer le retrait de l’accord' }).click();
    await consent.getByText('Retrait enregistré : plus aucune mission ne sera proposée à la personne.').waitFor();
    await consent.getByText(/^Accord retiré le .* — enregistré par Claire Référente$/).waitFor();
    expect((await profile()).volunteeringConsent.given).toBe(false);

    await consent.getByRole('button', { name: 'Enregistrer l’accord de la personne' }).click();
    await consent.getByText('Accord enregistré : la personne peut recevoir des propositions de missions.').waitFor();
    await consent
      .getByText(/^Accord donné le /)
      .nth(1)
      .waitFor();
    expect(await consent.getByRole('listitem').count()).toBe(3);
    expect((await profile()).volunteeringConsent.given).toBe(true);
    expect(await audit('informations-accord')).toEqual([]);
  }, 180_000);

  it('prepares the export of the person’s data (right of access) and offers its two files', async () => {
    const section = page.getByRole('region', { name: 'Données personnelles (droit d’accès)' });
    await section.getByRole('button', { name: 'Préparer l’export de ses données' }).click();
    const pdf = section.getByRole('link', { name: 'Télécharger le PDF' });
    await pdf.waitFor({ timeout: 30_000 });
    const response = await fetch(`${platform.baseUrl}${await pdf.getAttribute('href')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const json = section.getByRole('link', { name: 'Télécharger le fichier JSON' });
    const file = (await (await fetch(`${platform.baseUrl}${await json.getAttribute('href')}`)).json()) as {
      holderName: string;
    };
    expect(file.holderName).toBe('Karima Benali');
    expect(await audit('informations-export')).toEqual([]);
  }, 180_000);

  it('records a diagnostic, then orients the person; reading the barriers is in the access log', async () => {
    await page.getByRole('tab', { name: 'Diagnostic et orientation' }).click();
    await page.waitForURL(/\/diagnostic$/);
    await page.getByText('Aucun diagnostic enregistré.').waitFor();
    await page.getByText('Enregistrez d’abord un diagnostic : l’orientation s’appuie sur lui.').waitFor();
    expect(await audit('diagnostic-vide')).toEqual([]);

    await page.getByRole('button', { name: 'Enregistrer un diagnostic' }).click();
    await page.getByText('Mobilité', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Précisions sur le frein « mobilité »' }).fill('Pas de bus avant 8 h');
    await page.getByRole('textbox', { name: 'Atouts et potentiels' }).fill('Ponctuelle, aime le contact');
    expect(await audit('diagnostic-formulaire')).toEqual([]);
    // Without a pathway the form says so and sends nothing.
    await page.getByRole('button', { name: 'Enregistrer le diagnostic' }).click();
    await page.getByText('Choisissez le parcours proposé.').waitFor();
    expect((await profile()).diagnostics).toEqual([]);
    await page.getByRole('radio', { name: /^Professionnel/ }).check({ force: true });
    await page.getByRole('button', { name: 'Enregistrer le diagnostic' }).click();
    await page.getByText('Diagnostic enregistré et inscrit au carnet de bord.').waitFor();
    await page.getByText('Mobilité — Modéré').waitFor();
    await page.getByText('Pas de bus avant 8 h').waitFor();
    expect((await profile()).diagnostics).toEqual([
      {
        proposedPathway: 'PROFESSIONAL',
        barriers: [{ kind: 'MOBILITY', level: 'MEDIUM', note: 'Pas de bus avant 8 h' }],
      },
    ]);
    const reads = await platform.dataSource
      .getRepository(SensitiveDataAccess)
      .countBy({ beneficiaryId: person.id, userId: referent.user.id, dataKind: 'DIAGNOSTIC_BARRIERS' as never });
    expect(reads).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Orienter' }).click();
    // The pathway proposed by the diagnostic, the territory's CDS and the référent come filled in.
    expect(await page.getByRole('radio', { name: /^Professionnel/ }).isChecked()).toBe(true);
    const organism = page.getByRole('textbox', { name: 'Organisme du référent unique' });
    expect(await organism.inputValue()).toMatch(/Oyonnax/);
    await organism.fill('France Travail Oyonnax');
    expect(await audit('orientation-formulaire')).toEqual([]);
    await page.getByRole('button', { name: 'Enregistrer l’orientation' }).click();
    await page.getByText('Orientation enregistrée.').waitFor();
    await page.getByText('Orienté(e), avec un référent unique').waitFor();
    await page
      .getByRole('region', { name: 'Historique des orientations' })
      .getByText(/parcours professionnel, France Travail Oyonnax, référent unique Claire Référente/)
      .waitFor();
    const oriented = await profile();
    expect(oriented.orientationStatus).toBe('ORIENTED');
    expect(oriented.orientations).toEqual([
      { pathway: 'PROFESSIONAL', organism: 'France Travail Oyonnax', referent: { id: referent.user.id } },
    ]);
    // A re-orientation asks for a new diagnostic first.
    await page
      .getByText(
        'Pour réorienter la personne, enregistrez d’abord un nouveau diagnostic, réalisé après l’orientation en cours.',
      )
      .waitFor();
    expect(await page.getByRole('button', { name: 'Réorienter' }).count()).toBe(0);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/PROFESSIONAL|MOBILITY|MEDIUM|ORIENTED/);
    expect(await audit('diagnostic')).toEqual([]);
  }, 180_000);

  it('adds a note to the carnet de bord, warned against health details, and sees it first in the timeline', async () => {
    await page.getByRole('tab', { name: 'Carnet de bord' }).click();
    await page.waitForURL(/\/carnet$/);
    await page.getByText('Pas de détail de santé dans le texte libre').waitFor();
    // Every module's entries: the entry, the consents, the diagnostic and the orientation.
    const timeline = page.getByRole('region', { name: 'Carnet de bord' });
    await timeline.getByText('Orientation vers le parcours', { exact: false }).first().waitFor();
    expect(await audit('carnet')).toEqual([]);

    await page
      .getByRole('textbox', { name: 'Texte de la note' })
      .fill('Rendez-vous au CDS : projet en cuisine confirmé.');
    await page.getByRole('button', { name: 'Type d’inscription' }).click();
    await page.getByRole('option', { name: 'Entretien ou rendez-vous avec la personne' }).click();
    await page.getByRole('button', { name: 'Ajouter au carnet' }).click();
    await page.getByText('Note ajoutée au carnet de bord.').waitFor();
    const first = timeline.getByRole('listitem').first();
    await first.getByText('Rendez-vous au CDS : projet en cuisine confirmé.').waitFor();
    await first.getByText('Claire Référente').waitFor();
    expect(await page.getByRole('textbox', { name: 'Texte de la note' }).inputValue()).toBe('');

    const logbook = await platform.gqlOk<{ logbook: { edges: { node: { type: string; summary: string } }[] } }>(
      LOGBOOK,
      { beneficiaryId: person.id, first: 1 },
      referent.token,
    );
    expect(logbook.logbook.edges[0].node).toMatchObject({
      type: 'APPOINTMENT',
      summary: 'Rendez-vous au CDS : projet en cuisine confirmé.',
    });
    expect(await audit('carnet-note')).toEqual([]);
  }, 180_000);
});
