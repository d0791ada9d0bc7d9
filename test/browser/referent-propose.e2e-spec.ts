import { Role } from '@tremplin/core';
import { Mission } from '@tremplin/missions';
import { DayPart, Weekday, slotsToMask } from '@tremplin/referentials';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAssociation } from '../support/association-helpers';
import { LOGBOOK, OYONNAX, type BeneficiaryView } from '../support/beneficiary-helpers';
import { publishedMission } from '../support/matching-helpers';
import { pdfText } from '../support/passport-helpers';
import { answerToken, createConsentingBeneficiary, pageLinkOf, proposalRow } from '../support/proposal-helpers';
import { StaffAccount, TEST_PASSWORD, TestPlatform, eventually } from '../support/test-platform';
import { auditPage, launchBrowser, logIn, newContext } from './support/browser';

const SUITE = 'referent-propose';

/** Evaluated in the page (a string: the test files compile without the DOM's types). */
const FOCUSED_LABEL = `(() => {
  const element = document.activeElement;
  if (!element) return '';
  const label = element.labels && element.labels.length ? element.labels[0] : element.closest('label');
  const text = label?.textContent ?? element.getAttribute('aria-label') ?? element.textContent ?? '';
  return text.replace(/\\s+/g, ' ').trim();
})()`;

const SUGGESTIONS = `query($beneficiaryId: ID!) { missionSuggestions(beneficiaryId: $beneficiaryId, first: 20) {
  totalCount edges { node { explanation mission { id title } } } } }`;

type Suggestions = {
  missionSuggestions: {
    totalCount: number;
    edges: Array<{ node: { explanation: string[]; mission: { id: string; title: string } } }>;
  };
};

describe('the référent proposes missions from a person’s file, in the browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let referent: StaffAccount;
  let missions: Mission[];

  /** A person of the référent's, available on Tuesday and Thursday mornings, with suggestions computed. */
  async function personWithSuggestions(overrides: Record<string, unknown> = {}): Promise<BeneficiaryView> {
    const person = await createConsentingBeneficiary(platform, referent, overrides);
    await eventually(async () => {
      const data = await platform.gqlOk<Suggestions>(SUGGESTIONS, { beneficiaryId: person.id }, referent.token);
      return data.missionSuggestions.totalCount >= missions.length ? data : null;
    });
    return person;
  }

  async function suggestionsOf(personId: string) {
    return (await platform.gqlOk<Suggestions>(SUGGESTIONS, { beneficiaryId: personId }, referent.token))
      .missionSuggestions.edges;
  }

  const audit = (name: string) => auditPage(page, SUITE, name);

  /** Presses Tab (only the keyboard) until the focused element's text or label matches `name`. */
  async function tabTo(name: string | RegExp, key = 'Tab'): Promise<void> {
    for (let presses = 0; presses < 80; presses++) {
      await page.keyboard.press(key);
      // The focused element's label (a react-aria checkbox's input sits in its <label>), or its own text.
      const label = (await page.evaluate(FOCUSED_LABEL)) as string;
      if (typeof name === 'string' ? label === name : name.test(label)) return;
    }
    throw new Error(`The keyboard never reached « ${String(name)} »`);
  }

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start({ worker: true }), launchBrowser()]);
    const oyonnax = await platform.territory('CDS-OYONNAX');
    referent = await platform.createStaff(Role.REFERENT, {
      firstName: 'Claire',
      lastName: 'Martin',
      territoryId: oyonnax.id,
    });
    const admin = await platform.createStaff(Role.ADMIN, { firstName: 'Nadia', lastName: 'Admin' });
    const { association } = await createAssociation(platform, { name: 'Épicerie solidaire du Haut-Bugey' });
    const slots = slotsToMask([
      { day: Weekday.TUESDAY, part: DayPart.MORNING },
      { day: Weekday.THURSDAY, part: DayPart.MORNING },
    ]);
    missions = [
      await publishedMission(platform, admin, association.id, {
        communeCode: OYONNAX,
        title: 'Accueil à l’épicerie solidaire',
        weeklySlots: slots,
        places: 3,
      }),
      await publishedMission(platform, admin, association.id, {
        communeCode: OYONNAX,
        title: 'Tri et rangement des dons',
        domainCode: 'ALIMENTATION',
        weeklySlots: slots,
        places: 3,
      }),
    ];
    context = await newContext(browser);
    page = await context.newPage();
    await logIn(page, platform, referent.user.email, TEST_PASSWORD);
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await platform?.stop();
  }, 180_000);

  it('reads why each mission is suggested, proposes one with a message after the preview; the person accepts from the email', async () => {
    const person = await personWithSuggestions({ firstName: 'Karima', lastName: 'Benali' });
    const suggestions = await suggestionsOf(person.id);
    await page.goto(`${platform.baseUrl}/personnes/${person.id}/suggestions`);
    await page.getByRole('heading', { level: 2, name: 'Missions suggérées' }).waitFor();
    // Every suggestion shows its reasons, in French, as the API gives them.
    const list = page.getByRole('list', { name: 'Missions suggérées, de la plus adaptée à la moins adaptée' });
    for (const { node } of suggestions) {
      const item = list.getByRole('listitem').filter({ hasText: node.mission.title });
      await item.getByText(/\d+ \/ 100/).waitFor();
      for (const line of node.explanation) await item.getByText(line, { exact: true }).waitFor();
    }
    expect(await audit('suggestions')).toEqual([]);

    const title = missions[0].title;
    await page.getByText(`Choisir « ${title} »`).click();
    await page.getByText('1 mission choisie.').waitFor();
    await page.getByRole('button', { name: 'Proposer…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Proposer à Karima Benali' });
    await dialog.getByLabel('Votre message personnel').fill('Bonjour Karima,\nComme convenu mardi, voici la mission.');
    expect(await audit('proposer-message')).toEqual([]);
    await dialog.getByRole('button', { name: 'Voir l’aperçu' }).click();
    await dialog.getByRole('heading', { name: 'Aperçu avant envoi' }).waitFor();
    const preview = dialog.getByRole('region', { name: `Aperçu pour « ${title} »` });
    await preview.getByText(`Claire vous propose une mission bénévole : ${title}`).waitFor();
    await preview.getByText(/Comme convenu mardi, voici la mission\./).waitFor();
    await preview.getByText(person.email as string).waitFor();
    expect(await audit('proposer-apercu')).toEqual([]);
    await dialog.getByRole('button', { name: 'Envoyer la proposition' }).click();
    await page.getByText(`Proposition envoyée à Karima : « ${title} ».`).waitFor();

    // The email reaches the sink; the person opens its link in the browser and says yes.
    const [mail] = await platform.smtp.waitFor((all) => all.some((m) => m.to.includes(person.email as string)));
    const email = platform.smtp.to(person.email as string)[0] ?? mail;
    expect(email.subject).toBe(`Claire vous propose une mission bénévole : ${title}`);
    expect(email.text).toContain('Comme convenu mardi, voici la mission.');
    const personPage = await (await newContext(browser)).newPage();
    await personPage.goto(pageLinkOf(email));
    await personPage.getByRole('button', { name: 'Oui, je suis intéressé(e)' }).click();
    await personPage
      .getByText(/Une place vous est réservée|place est réservée|Merci/)
      .first()
      .waitFor();
    await personPage.context().close();

    await page.getByRole('link', { name: 'Voir les propositions' }).click();
    await page.getByRole('heading', { level: 2, name: 'Propositions de mission' }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: title });
    await item.getByText('acceptée', { exact: true }).waitFor();
    await item.getByText(/Réponse le .*, par le lien de la proposition/).waitFor();
    await item.getByText(/E-mail envoyé le/).waitFor();
    expect(await audit('propositions')).toEqual([]);
  }, 240_000);

  it('proposes with the keyboard only', async () => {
    const person = await personWithSuggestions({ firstName: 'Samir', lastName: 'Haddad' });
    await page.goto(`${platform.baseUrl}/personnes/${person.id}/suggestions`);
    await page.getByRole('heading', { level: 2, name: 'Missions suggérées' }).waitFor();
    const title = missions[1].title;
    await tabTo(`Choisir « ${title} »`);
    await page.keyboard.press('Space');
    await page.getByText('1 mission choisie.').waitFor();
    await tabTo('Proposer…');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Proposer à Samir Haddad' });
    await dialog.waitFor();
    await tabTo(/^Votre message personnel/);
    for (const key of ['B', 'o', 'n', 'j', 'o', 'u', 'r', '!']) await page.keyboard.press(key);
    await tabTo('Voir l’aperçu');
    await page.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: 'Aperçu avant envoi' }).waitFor();
    await dialog
      .getByText(/Bonjour !|Bonjour!/)
      .first()
      .waitFor();
    await tabTo('Envoyer la proposition');
    await page.keyboard.press('Enter');
    await page.getByText(`Proposition envoyée à Samir : « ${title} ».`).waitFor();
    const rows = await platform.dataSource.query<Array<{ message: string }>>(
      `SELECT message FROM proposal WHERE beneficiary_id = $1`,
      [person.id],
    );
    expect(rows).toEqual([{ message: 'Bonjour!' }]);
  }, 240_000);

  it('serves a person without email: letter PDF, its answer page, an answer recorded by phone, a withdrawal', async () => {
    const person = await personWithSuggestions({ firstName: 'Joël', lastName: 'Perrin', email: null });
    await page.goto(`${platform.baseUrl}/personnes/${person.id}/suggestions`);
    await page.getByRole('heading', { level: 2, name: 'Missions suggérées' }).waitFor();
    // Both missions at once.
    for (const mission of missions) await page.getByText(`Choisir « ${mission.title} »`).click();
    await page.getByText('2 missions choisies.').waitFor();
    await page.getByRole('button', { name: 'Proposer…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Proposer à Joël Perrin' });
    await dialog.getByLabel('Votre message personnel').fill('Bonjour Joël, voici les deux missions dont on a parlé.');
    await dialog.getByRole('button', { name: 'Voir l’aperçu' }).click();
    await dialog.getByText(/Joël n’a pas d’adresse e-mail : la proposition sera enregistrée/).waitFor();
    expect(await audit('proposer-lettre-apercu')).toEqual([]);
    await dialog.getByRole('button', { name: 'Enregistrer la proposition' }).click();
    await page.getByText(/Proposition enregistrée pour Joël/).waitFor();

    await page.goto(`${platform.baseUrl}/personnes/${person.id}/propositions`);
    await page.getByRole('heading', { level: 2, name: 'Propositions de mission' }).waitFor();
    const [first, second] = missions;
    const firstItem = page.getByRole('listitem').filter({ hasText: first.title });
    await firstItem.getByText('lettre à remettre, en attente de réponse').waitFor();
    await firstItem.getByText('Lettre à remettre (pas d’adresse e-mail)').waitFor();
    expect(await audit('propositions-lettre')).toEqual([]);

    // The letter: a PDF with the mission and the address of the same signed answer page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      firstItem.getByRole('link', { name: `Télécharger la lettre « ${first.title} » (PDF)` }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain(first.title);
    expect(text).toContain('Bonjour Joël, voici les deux missions dont on a parlé.');
    const [{ id: proposalId }] = await platform.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM proposal WHERE beneficiary_id = $1 AND mission_id = $2`,
      [person.id, first.id],
    );
    const link = `${platform.baseUrl}/p/${answerToken(platform, await proposalRow(platform, proposalId))}`;
    expect(text.replace(/\s/g, '')).toContain(link);
    const linkPage = await (await newContext(browser)).newPage();
    await linkPage.goto(link);
    await linkPage
      .getByRole('heading', { name: new RegExp(first.title) })
      .first()
      .waitFor();
    await linkPage.getByRole('button', { name: 'Oui, je suis intéressé(e)' }).waitFor();
    await linkPage.context().close();

    // Joël said yes on the phone: the référent records it.
    await firstItem.getByRole('button', { name: `Enregistrer la réponse pour « ${first.title} »` }).click();
    const answer = page.getByRole('dialog', { name: `Réponse de Joël à « ${first.title} »` });
    await answer.getByText('Oui, la mission l’intéresse').click();
    await answer.getByText('Par téléphone').click();
    expect(await audit('enregistrer-reponse')).toEqual([]);
    await answer.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await page.getByText('Réponse enregistrée : acceptée. Elle figure dans le carnet de bord.').waitFor();
    await firstItem.getByText('acceptée', { exact: true }).waitFor();
    await firstItem.getByText(/Réponse le .*, par téléphone \(enregistrée par Claire Martin\)/).waitFor();
    const book = await platform.gqlOk<{ logbook: { edges: Array<{ node: { summary: string } }> } }>(
      LOGBOOK,
      { beneficiaryId: person.id, first: 50 },
      referent.token,
    );
    expect(book.logbook.edges.map((e) => e.node.summary)).toContainEqual(
      expect.stringMatching(/Réponse recueillie par téléphone par Claire Martin\.$/),
    );

    // The other one is withdrawn, after confirming.
    const secondItem = page.getByRole('listitem').filter({ hasText: second.title });
    await secondItem.getByRole('button', { name: `Retirer « ${second.title} »` }).click();
    const confirm = page.getByRole('dialog', { name: `Retirer la proposition « ${second.title} » ?` });
    await confirm.getByLabel(/Motif/).fill('Joël a choisi l’autre mission.');
    expect(await audit('retirer')).toEqual([]);
    await confirm.getByRole('button', { name: 'Retirer la proposition' }).click();
    await page.getByText(`Proposition « ${second.title} » retirée : ses liens ne fonctionnent plus.`).waitFor();
    await secondItem.getByText('retirée', { exact: true }).waitFor();
  }, 240_000);
});
