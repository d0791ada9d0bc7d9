// The follow-up tabs of a person's file in the browser: the tripartite interviews, the missions
// and the Passeport Bénévole (its PDF downloaded with the session cookie), and the outcomes (one
// refused by the server, its message next to the field, then recorded).
import { FakeClock } from '@tremplin/core';
import { Outcome } from '@tremplin/passports';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  AttestedFollowup,
  FOLLOWUP_START,
  FollowupCast,
  createFollowupCast,
  seedAttestedEngagement,
} from '../support/followup-helpers';
import { pdfText } from '../support/passport-helpers';
import { TEST_PASSWORD, TestPlatform } from '../support/test-platform';
import { auditPage, launchBrowser, newContext } from './support/browser';

const SUITE = 'person-followup';
/** The platform's time once the host has attested (Friday 14 May 2027, 14:00 in Paris). */
const NOW = '2027-05-14T12:00:00.000Z';

describe('the follow-up tabs of a person’s file in the browser', () => {
  const clock = new FakeClock(FOLLOWUP_START);
  let platform: TestPlatform;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cast: FollowupCast;
  let followup: AttestedFollowup;
  let file: string;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start({ clock }), launchBrowser()]);
    cast = await createFollowupCast(platform);
    followup = await seedAttestedEngagement(platform, clock, cast);
    expect(clock.now().toISOString()).toBe(NOW);
    file = `${platform.baseUrl}/personnes/${followup.beneficiary.id}`;

    context = await newContext(browser);
    // The browser lives at the platform's (fake) time, so that « today » in the forms agrees with it.
    await context.clock.setFixedTime(new Date(NOW));
    const session = await platform.browserSession(cast.referent.user.email, TEST_PASSWORD);
    const [name, value] = session.cookie.split(/=(.*)/s);
    await context.addCookies([{ name, value, url: platform.baseUrl, httpOnly: true, sameSite: 'Strict' }]);
    page = await context.newPage();
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await platform?.stop();
  }, 180_000);

  const audit = (name: string) => auditPage(page, SUITE, name);

  it('lists the person’s interview in Paris time, with its place, coordinator, status and result', async () => {
    await page.goto(`${file}/entretiens`);
    await page.getByRole('heading', { level: 1, name: 'Karima Benali' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Entretiens', exact: true }).getAttribute('aria-selected')).toBe('true');
    const panel = page.getByRole('tabpanel');
    // 8:00 UTC on 9 March 2027 is 9:00 in Paris (winter time).
    await panel.getByRole('heading', { level: 3, name: 'mardi 9 mars 2027 à 09:00 – 09:45' }).waitFor();
    await panel.getByText('Réalisé', { exact: true }).waitFor();
    await panel.getByText('Mission « Accueil à l’épicerie solidaire » avec Épicerie solidaire du Haut-Bugey').waitFor();
    await panel.getByText('France Bénévolat Ain, 4 allée des Brotteaux, 01000 Bourg-en-Bresse').waitFor();
    await panel.getByText('Léa Coordinatrice').waitFor();
    await panel.getByText('L’entretien a eu lieu').waitFor();
    expect(await panel.textContent()).not.toMatch(/HELD|SCHEDULED|FRANCE_BENEVOLAT|[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await audit('entretiens')).toEqual([]);
  }, 120_000);

  it('shows the mission and the passport with its attested competencies, and downloads the PDF', async () => {
    await page.getByRole('tab', { name: 'Engagements et passeport' }).click();
    await page.waitForURL(/\/engagements$/);
    const panel = page.getByRole('tabpanel');
    const mission = panel.getByRole('listitem').filter({ hasText: 'En cours' }).first();
    await mission.getByRole('heading', { level: 3, name: 'Accueil à l’épicerie solidaire' }).waitFor();
    await mission.getByText('Épicerie solidaire du Haut-Bugey').waitFor();
    await mission.getByText('Depuis le 16 mars 2027').waitFor();
    await mission.getByText('32 heures prévues').waitFor();
    await panel.getByRole('heading', { level: 2, name: 'Passeport Bénévole' }).waitFor();
    await panel.getByText('Accueil du public : pratique', { exact: false }).waitFor();
    await panel.getByText('Travailler en équipe : maîtrise', { exact: false }).waitFor();
    await panel.getByText('« Accueille les familles avec beaucoup de tact »', { exact: false }).waitFor();
    await panel.getByText(/Attesté par Martine Lacroix \(Responsable des bénévoles\), le 14 mai 2027/).waitFor();
    expect(await audit('engagements')).toEqual([]);

    // The link is the staff route: the browser sends the session cookie with it, and gets the PDF.
    const link = panel.getByRole('link', { name: 'Télécharger le passeport (PDF)' });
    expect(await link.getAttribute('href')).toBe(`/passports/${followup.beneficiary.id}.pdf`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      link.click({ modifiers: ['Alt'] }), // Alt-click: Chromium saves the link's target instead of showing it
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const pdf = await readFile(path);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(new Uint8Array(pdf));
    expect(text).toContain('Karima Benali');
    expect(text).toContain('Accueil du public');
    // Without the session, the same address is refused.
    const anonymous = await newContext(browser);
    const refused = await anonymous.request.get(`${platform.baseUrl}/passports/${followup.beneficiary.id}.pdf`);
    expect(refused.status()).toBe(401);
    await anonymous.close();
  }, 120_000);

  it('refuses an outcome dated before the interview (message next to the field, what was typed kept), then records it', async () => {
    await page.goto(`${file}/suites`);
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('heading', { level: 2, name: 'Suites du parcours' }).waitFor();
    await panel.getByText('Aucune suite enregistrée pour l’instant.').waitFor();
    expect(await audit('suites-vide')).toEqual([]);

    const form = panel.getByRole('form', { name: 'Enregistrer une suite' });
    // The only mission is chosen already.
    await form.getByText('Emploi', { exact: true }).click();
    await form.getByLabel('Employeur').fill('Boulangerie Martin');
    await form.getByRole('button', { name: /Type de contrat/ }).click();
    await page.getByRole('option', { name: 'CDD' }).click();
    // A start on 1 March 2027, before the interview of 9 March: the server refuses it.
    const start = form.getByRole('group', { name: 'Date de début' });
    await start.getByRole('spinbutton').first().click();
    await page.keyboard.type('01032027');
    await form.getByRole('button', { name: 'Enregistrer la suite' }).click();
    await form.getByText(/ne peut pas précéder l'entretien tripartite du 09\/03\/2027/).waitFor();
    await panel.getByRole('alert').getByText('Un champ est à corriger : son message figure sous le champ.').waitFor();
    expect(await form.getByLabel('Employeur').inputValue()).toBe('Boulangerie Martin');
    expect(await platform.dataSource.getRepository(Outcome).count()).toBe(0);
    expect(await audit('suites-erreur')).toEqual([]);

    await start.getByRole('spinbutton').first().click();
    await page.keyboard.type('01062027');
    await form.getByRole('button', { name: 'Enregistrer la suite' }).click();
    await panel.getByText('Suite enregistrée : emploi.').waitFor();
    await panel.getByText('Emploi en CDD à partir du 1 juin 2027 — Boulangerie Martin').waitFor();
    await panel.getByText(/Après la mission « Accueil à l’épicerie solidaire » · enregistrée le 14 mai 2027/).waitFor();
    const outcomes = await platform.dataSource.getRepository(Outcome).find();
    expect(outcomes.map((o) => [o.kind, o.contractType, o.startDate, o.detail])).toEqual([
      ['JOB', 'CDD', '2027-06-01', 'Boulangerie Martin'],
    ]);
    expect(await audit('suites')).toEqual([]);
  }, 180_000);
});
