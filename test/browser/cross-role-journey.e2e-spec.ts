// The whole journey across roles, each step through the console's (or the person's) pages: an
// association signs up, the Département validates it, its member posts a mission, the Département
// publishes it, a référent proposes it, the person accepts from the email and books her interview
// on a coordinator's slot, the coordinator records it held and starts the mission, the association
// completes it and attests competencies, the référent downloads the passport. Accounts, the person
// and the coordinator's availability are set up through the test helpers; the pages are audited by
// the other browser files, not here.
import { FakeClock, Role } from '@tremplin/core';
import { Association, AssociationStatus } from '@tremplin/associations';
import { Interview } from '@tremplin/interviews';
import { Mission, MissionStatus } from '@tremplin/missions';
import { Engagement, EngagementStatus } from '@tremplin/passports';
import { Proposal, ProposalStatus } from '@tremplin/proposals';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { randomRna } from '../support/association-helpers';
import { OYONNAX } from '../support/beneficiary-helpers';
import { pdfText, publishSlots } from '../support/passport-helpers';
import { createConsentingBeneficiary, pageLinkOf } from '../support/proposal-helpers';
import { StaffAccount, TEST_PASSWORD, TestPlatform, eventually } from '../support/test-platform';
import { launchBrowser, newContext } from './support/browser';

/** Monday 2 March 2026, 9:00 in Paris: the journey starts. */
const START = '2026-03-02T08:00:00.000Z';
/** Tuesday 10 March 2026, 10:00 in Paris: the interview of 9:00 is over. */
const AFTER_INTERVIEW = '2026-03-10T09:00:00.000Z';
/** Monday 23 March 2026, 9:00 in Paris: the mission is over. */
const MISSION_OVER = '2026-03-23T08:00:00.000Z';
const SLOW = 120_000;

const SUGGESTIONS = `query($beneficiaryId: ID!) { missionSuggestions(beneficiaryId: $beneficiaryId, first: 20) {
  edges { node { mission { id } } } } }`;

const MEMBER_EMAIL = 'remi.garnier@jardins-oyonnax.test';
const MEMBER_PASSWORD = 'Des-Tomates-En-Hiver-2026';
const ASSOCIATION = 'Les Jardins d’Oyonnax';
const MISSION = 'Accueil au jardin solidaire';

describe('the journey across roles, from the sign-up of an association to the passport, in the browser', () => {
  const clock = new FakeClock(START);
  let platform: TestPlatform;
  let browser: Browser;
  let admin: StaffAccount;
  let referent: StaffAccount;
  let coordinator: StaffAccount;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start({ clock, worker: true }), launchBrowser()]);
    admin = await platform.createStaff(Role.ADMIN, { firstName: 'Sophie', lastName: 'Département' });
    referent = await platform.createStaff(Role.REFERENT, {
      firstName: 'Claire',
      lastName: 'Martin',
      territoryId: (await platform.territory('CDS-OYONNAX')).id,
    });
    coordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Léa', lastName: 'Coordinatrice' });
  }, SLOW);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await platform?.stop();
  }, SLOW);

  /** A fresh browser profile living at the platform's (fake) time. */
  async function freshPage(): Promise<Page> {
    const context = await newContext(browser);
    contexts.push(context);
    await context.clock.setFixedTime(clock.now());
    const page = await context.newPage();
    // A step that hangs fails at its own line.
    page.setDefaultTimeout(20_000);
    return page;
  }

  /**
   * A page signed in as `email`. The session is the one the login page opens; its cookie is handed
   * to the browser without the platform's (fake, past) expiry date, which the real-time cookie jar
   * would drop (as the other browser files do).
   */
  async function signedInPage(email: string, password = TEST_PASSWORD): Promise<Page> {
    const page = await freshPage();
    const session = await platform.browserSession(email, password);
    const [name, value] = session.cookie.split(/=(.*)/s);
    await page.context().addCookies([{ name, value, url: platform.baseUrl, httpOnly: true, sameSite: 'Strict' }]);
    return page;
  }

  /** Moves the platform and the given pages' browsers to `iso`. */
  async function moveTo(iso: string, ...pages: Page[]): Promise<void> {
    clock.set(iso);
    for (const page of pages) await page.context().clock.setFixedTime(new Date(iso));
  }

  async function next(page: Page): Promise<void> {
    // Leave the field first: a corrected value clears its error on blur, which moves the button up;
    // a click during that shift (mousedown blurs the field) would press where the button was.
    await page.evaluate('document.activeElement instanceof HTMLElement && document.activeElement.blur()');
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
  }

  const stepHeading = (page: Page, text: string) =>
    page.getByRole('heading', { level: 2, name: new RegExp(text) }).waitFor();

  it(
    'takes a structure from its sign-up to a volunteer’s attested passport, each role on its own pages',
    async () => {
      // 1. The association signs up on the public page.
      const signUp = await freshPage();
      await signUp.goto(`${platform.baseUrl}/connexion`);
      await signUp.getByRole('link', { name: 'Inscrire votre structure' }).click();
      await signUp.getByRole('heading', { level: 1, name: 'Inscrire votre structure' }).waitFor();
      await signUp.getByRole('textbox', { name: 'Nom de la structure' }).fill(ASSOCIATION);
      await signUp.getByLabel(/^Numéro RNA/).fill(randomRna());
      await signUp.getByRole('checkbox', { name: 'Alimentation et lutte contre le gaspillage' }).check({ force: true });
      await signUp.getByLabel('Adresse (numéro et voie)').fill('12 rue Anatole France');
      await signUp.getByRole('combobox', { name: /Commune/ }).fill('Oyonn');
      await signUp.getByRole('option', { name: 'Oyonnax' }).click();
      await signUp.getByLabel('Adresse e-mail de la structure').fill('contact@jardins-oyonnax.test');
      await signUp.getByLabel('Téléphone de la structure').fill('04 74 00 11 22');
      await signUp.getByLabel('Prénom et nom').fill('Odile Favre');
      await signUp.getByRole('textbox', { name: 'Adresse e-mail', exact: true }).fill('accueil@jardins-oyonnax.test');
      await signUp.getByLabel('Prénom', { exact: true }).fill('Rémi');
      await signUp.getByLabel('Nom', { exact: true }).fill('Garnier');
      await signUp.getByLabel(/^Votre adresse e-mail/).fill(MEMBER_EMAIL);
      await signUp.getByLabel(/^Mot de passe/).fill(MEMBER_PASSWORD);
      await signUp.getByLabel('Confirmez le mot de passe').fill(MEMBER_PASSWORD);
      await signUp.getByRole('checkbox', { name: /J’ai lu la charte/ }).check({ force: true });
      await signUp.getByRole('button', { name: 'Envoyer l’inscription' }).click();
      await signUp.getByRole('heading', { level: 1, name: 'Inscription envoyée' }).waitFor();
      const association = await platform.dataSource.getRepository(Association).findOneByOrFail({ name: ASSOCIATION });
      expect(association.status).toBe(AssociationStatus.PENDING);

      // 2. The administrator validates it in the Département's workspace.
      const adminPage = await signedInPage(admin.user.email);
      await adminPage.goto(`${platform.baseUrl}/accueil`);
      await adminPage
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Modération' })
        .click();
      await adminPage.getByRole('heading', { level: 1, name: 'Modération' }).waitFor();
      await adminPage.getByRole('link', { name: ASSOCIATION }).click();
      await adminPage.getByRole('heading', { level: 1, name: ASSOCIATION }).waitFor();
      await adminPage.getByRole('button', { name: 'Valider l’association' }).click();
      await adminPage
        .getByRole('dialog', { name: `Valider « ${ASSOCIATION} » ?` })
        .getByRole('button', { name: 'Valider' })
        .click();
      await adminPage.getByText('L’association est validée ; ses membres en sont informés par e-mail.').waitFor();
      await platform.smtp.waitFor((all) => all.some((mail) => mail.to.includes(MEMBER_EMAIL)));

      // 3. Its member posts a mission through the step-by-step form.
      const member = await signedInPage(MEMBER_EMAIL, MEMBER_PASSWORD);
      await member.goto(`${platform.baseUrl}/accueil`);
      await member.getByRole('link', { name: 'Missions', exact: true }).click();
      await member.getByRole('heading', { level: 1, name: 'Missions' }).waitFor();
      await member.getByRole('link', { name: 'Nouvelle mission' }).click();
      await stepHeading(member, 'Étape 1 sur 7 : Présentation');
      await member.getByLabel('Titre').fill(MISSION);
      await member.getByLabel('Résumé').fill('Accueillir les familles et ranger les rayons avec l’équipe.');
      await member.getByLabel('Description').fill('Vous accueillez les familles et participez à la mise en rayon.');
      await member.getByRole('button', { name: /Domaine/ }).click();
      await member.getByRole('option', { name: 'Alimentation et lutte contre le gaspillage' }).click();
      await next(member);
      await stepHeading(member, 'Déroulé et objectifs');
      await next(member);
      await stepHeading(member, 'Compétences développées');
      await member.getByLabel('Rechercher une compétence').fill('equipe');
      await member.getByRole('checkbox', { name: 'Travailler en équipe' }).check({ force: true });
      await member.getByRole('status').getByText('1 compétence choisie : Travailler en équipe.').waitFor();
      await next(member);
      await stepHeading(member, 'Lieu, dates et horaires');
      await member.getByRole('combobox', { name: /Commune/ }).fill('Oyonn');
      await member.getByRole('option', { name: 'Oyonnax' }).click();
      await member.getByLabel('Adresse (numéro et voie)').fill('12 rue Anatole France');
      await member.getByRole('checkbox', { name: 'Mardi matin' }).check({ force: true });
      await member.getByRole('checkbox', { name: 'Jeudi matin' }).check({ force: true });
      await member.getByLabel('Heures par semaine').fill('4');
      await member.getByLabel('Durée en semaines').fill('8');
      await member.getByLabel('Nombre de places').fill('2');
      await next(member);
      await stepHeading(member, 'Conditions et accessibilité');
      await next(member);
      await stepHeading(member, 'Accueil du bénévole');
      await next(member);
      await stepHeading(member, 'Aperçu et enregistrement');
      await member.getByRole('button', { name: 'Enregistrer et soumettre à validation' }).click();
      await member.getByText('Mission enregistrée et soumise à validation').waitFor();
      const mission = await platform.dataSource
        .getRepository(Mission)
        .findOneByOrFail({ associationId: association.id, title: MISSION });
      expect(mission.status).toBe(MissionStatus.SUBMITTED);

      // 4. The administrator publishes it.
      await adminPage
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Modération' })
        .click();
      await adminPage.getByRole('heading', { level: 1, name: 'Modération' }).waitFor();
      await adminPage.getByRole('link', { name: MISSION }).click();
      await adminPage.getByRole('heading', { level: 1, name: MISSION }).waitFor();
      await adminPage.getByRole('button', { name: 'Publier la mission' }).click();
      await adminPage
        .getByRole('dialog', { name: `Publier « ${MISSION} » ?` })
        .getByRole('button', { name: 'Publier' })
        .click();
      await adminPage.getByText('La mission est publiée ; l’association en est informée par e-mail.').waitFor();

      // 5. A référent proposes it to a person of hers, from the suggestions of the person's file
      // (the worker computes them: waited for before the page is opened).
      const person = await createConsentingBeneficiary(platform, referent, {
        firstName: 'Karima',
        lastName: 'Benali',
        communeCode: OYONNAX,
      });
      await eventually(async () => {
        const data = await platform.gqlOk<{
          missionSuggestions: { edges: Array<{ node: { mission: { id: string } } }> };
        }>(SUGGESTIONS, { beneficiaryId: person.id }, referent.token);
        return data.missionSuggestions.edges.some((edge) => edge.node.mission.id === mission.id) || null;
      });
      const referentPage = await signedInPage(referent.user.email);
      await referentPage.goto(`${platform.baseUrl}/personnes/${person.id}/suggestions`);
      await referentPage.getByRole('heading', { level: 2, name: 'Missions suggérées' }).waitFor();
      await referentPage.getByText(`Choisir « ${MISSION} »`).click();
      await referentPage.getByText('1 mission choisie.').waitFor();
      await referentPage.getByRole('button', { name: 'Proposer…' }).click();
      const propose = referentPage.getByRole('dialog', { name: 'Proposer à Karima Benali' });
      await propose.getByLabel('Votre message personnel').fill('Bonjour Karima, voici la mission du jardin.');
      await propose.getByRole('button', { name: 'Voir l’aperçu' }).click();
      await propose.getByRole('heading', { name: 'Aperçu avant envoi' }).waitFor();
      await propose.getByRole('button', { name: 'Envoyer la proposition' }).click();
      await referentPage.getByText(`Proposition envoyée à Karima : « ${MISSION} ».`).waitFor();

      // 6. The person accepts from the email's link.
      const personEmail = person.email as string;
      await platform.smtp.waitFor((all) => all.some((mail) => mail.to.includes(personEmail)));
      const [proposalMail] = platform.smtp.to(personEmail);
      const personPage = await freshPage();
      await personPage.goto(pageLinkOf(proposalMail));
      await personPage.getByRole('button', { name: 'Oui, je suis intéressé(e)' }).click();
      const proposal = await eventually(async () => {
        const row = await platform.dataSource.getRepository(Proposal).findOneBy({ beneficiaryId: person.id });
        return row?.status === ProposalStatus.ACCEPTED ? row : null;
      });
      expect(proposal.missionId).toBe(mission.id);

      // 7. She books her interview from the acceptance page, on a slot the coordinator published
      // (Tuesday 10 March, 9:00-10:30 in Paris: two slots of 45 minutes, set up through the helpers).
      await publishSlots(platform, coordinator, '2026-03-10T08:00:00.000Z', '2026-03-10T09:30:00.000Z');
      await personPage.getByRole('link', { name: 'Choisir mon rendez-vous' }).click();
      await personPage.getByRole('heading', { level: 1, name: 'Choisir mon rendez-vous' }).waitFor();
      await personPage.getByLabel(/9 h – 9 h 45/).check();
      await personPage.getByRole('button', { name: 'Réserver ce rendez-vous' }).click();
      await personPage.getByRole('heading', { level: 1, name: 'Mon rendez-vous' }).waitFor();
      await personPage.getByText(/mardi 10 mars 2026 de 9 h à 9 h 45/).waitFor();

      // 8. The coordinator finds it among the interviews to come, records it held once its time has
      // come, and starts the mission.
      const coordinatorPage = await signedInPage(coordinator.user.email);
      await coordinatorPage.goto(`${platform.baseUrl}/entretiens?filtre=a-venir`);
      await coordinatorPage.getByRole('heading', { level: 1, name: 'Entretiens tripartites' }).waitFor();
      await coordinatorPage.getByRole('link', { name: /Karima Benali — mardi 10 mars 2026 à 09:00/ }).click();
      await coordinatorPage.getByRole('heading', { level: 1, name: 'Entretien de Karima Benali' }).waitFor();
      const interviewId = new URL(coordinatorPage.url()).pathname.split('/').at(-1) as string;
      await moveTo(AFTER_INTERVIEW, coordinatorPage);
      await coordinatorPage.reload();
      await coordinatorPage.getByRole('button', { name: 'Enregistrer le résultat' }).click();
      const outcome = coordinatorPage.getByRole('dialog', { name: 'Résultat de l’entretien' });
      await outcome.getByRole('radio', { name: 'L’entretien a eu lieu' }).check({ force: true });
      await outcome.getByRole('button', { name: 'Enregistrer' }).click();
      await coordinatorPage.getByText('Résultat enregistré.').waitFor();
      expect((await platform.dataSource.getRepository(Interview).findOneByOrFail({ id: interviewId })).status).toBe(
        'HELD',
      );
      await coordinatorPage.getByRole('button', { name: 'Démarrer la mission' }).click();
      await coordinatorPage
        .getByRole('dialog', { name: 'Démarrer la mission' })
        .getByRole('button', { name: 'Démarrer' })
        .click();
      await coordinatorPage.getByText('Mission démarrée.').waitFor();
      const engagement = await platform.dataSource.getRepository(Engagement).findOneByOrFail({ interviewId });
      expect(engagement.status).toBe(EngagementStatus.ACTIVE);

      // 9. Once the mission is over, the association completes it and attests the competencies.
      await moveTo(MISSION_OVER, member);
      await member.goto(`${platform.baseUrl}/benevoles`);
      const karima = member.getByRole('listitem').filter({ has: member.getByRole('heading', { name: 'Karima' }) });
      await karima.getByText('Mission en cours').waitFor();
      await karima.getByRole('button', { name: 'Mission terminée' }).click();
      const complete = member.getByRole('dialog', { name: 'La mission de Karima est terminée' });
      await complete.getByLabel('Heures de bénévolat réalisées').fill('18');
      await complete.getByRole('button', { name: 'Enregistrer' }).click();
      await member.getByText('Mission de Karima terminée').waitFor();
      await karima.getByRole('button', { name: 'Attester les compétences' }).click();
      const attest = member.getByRole('dialog', { name: 'Attester les compétences de Karima' });
      await attest.getByLabel('Sa fonction dans la structure').fill('Responsable des bénévoles');
      const teamwork = attest.getByRole('group', { name: 'Travailler en équipe' });
      await teamwork.getByRole('button', { name: /Niveau/ }).click();
      await member.getByRole('option', { name: 'Pratique' }).click();
      await teamwork.getByLabel(/Commentaire/).fill('A su s’organiser avec l’équipe du samedi.');
      await attest.getByRole('button', { name: 'Attester' }).click();
      await member.getByText('Compétences de Karima attestées').waitFor();
      expect((await platform.dataSource.getRepository(Engagement).findOneByOrFail({ id: engagement.id })).status).toBe(
        EngagementStatus.COMPLETED,
      );

      // 10. The référent downloads the passport from the person's file.
      await moveTo(MISSION_OVER, referentPage);
      await referentPage.goto(`${platform.baseUrl}/personnes/${person.id}/engagements`);
      const panel = referentPage.getByRole('tabpanel');
      await panel.getByRole('heading', { level: 2, name: 'Passeport Bénévole' }).waitFor();
      await panel.getByText('Travailler en équipe : pratique', { exact: false }).waitFor();
      const [download] = await Promise.all([
        referentPage.waitForEvent('download'),
        // Alt-click: Chromium saves the link's target instead of showing it.
        panel.getByRole('link', { name: 'Télécharger le passeport (PDF)' }).click({ modifiers: ['Alt'] }),
      ]);
      const pdf = await readFile(await download.path());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = await pdfText(new Uint8Array(pdf));
      expect(text).toContain('Karima Benali');
      expect(text).toContain(MISSION);
      expect(text).toContain('Travailler en équipe');
    },
    SLOW,
  );
});
