import { FakeClock, Role } from '@tremplin/core';
import { MissionStatus } from '@tremplin/missions';
import { Engagement, EngagementStatus, PassportAttestation } from '@tremplin/passports';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAssociation } from '../support/association-helpers';
import { CANCEL, SCHEDULE } from '../support/interview-helpers';
import { publishSlots, recordHeld, scheduleInterviewFor, START_ENGAGEMENT } from '../support/passport-helpers';
import {
  answerToken,
  createConsentingBeneficiary,
  createMission,
  postAnswer,
  proposalRow,
  proposeOk,
} from '../support/proposal-helpers';
import { StaffAccount, TEST_PASSWORD, TestPlatform } from '../support/test-platform';
import { auditPage, launchBrowser, newContext } from './support/browser';

const SUITE = 'association';
/** Monday 2 March 2026: the interviews are booked for Tuesday 10 March. */
const START = '2026-03-02T08:00:00.000Z';
/** Monday 23 March 2026, 9:00 in Paris: the interviews were held, one mission is under way. */
const NOW = '2026-03-23T08:00:00.000Z';
const SLOW = 120_000;

describe('the association’s home, volunteers and members in the browser', () => {
  const clock = new FakeClock(START);
  let platform: TestPlatform;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let member: StaffAccount;
  let karimaEngagementId: string;
  let paulInterviewId: string;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start({ clock }), launchBrowser()]);
    const referent = await platform.createStaff(Role.REFERENT, {
      firstName: 'Claire',
      lastName: 'Référente',
      territoryId: (await platform.territory('CDS-OYONNAX')).id,
    });
    const coordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Léa', lastName: 'Martin' });
    const created = await createAssociation(platform, { name: 'Épicerie solidaire du Haut-Bugey' });
    member = created.member;
    const mission = await createMission(platform, created.association, {
      title: 'Accueil à l’épicerie solidaire',
      places: 5,
    });
    await createMission(platform, created.association, {
      title: 'Tri des dons de vêtements',
      status: MissionStatus.SUBMITTED,
    });
    // A mission the service Insertion sent back, with its reason.
    const sentBack = await createMission(platform, created.association, {
      title: 'Jardin partagé du quartier',
      status: MissionStatus.SUBMITTED,
    });
    const admin = await platform.createStaff(Role.ADMIN);
    await platform.gqlOk(
      `mutation($input: RejectMissionInput!) { rejectMission(input: $input) { id } }`,
      { input: { missionId: sentBack.id, reason: 'Précisez les horaires du jardin.' } },
      admin.token,
    );

    // Karima and Paul had their tripartite interview on Tuesday 10 March; Inès accepted later.
    const availability = await publishSlots(platform, coordinator, '2026-03-10T08:00:00Z', '2026-03-10T09:30:00Z');
    const [first, second] = availability.slots.map((slot) => slot.id);
    const karima = await scheduleInterviewFor(platform, { referent }, mission, first, {
      firstName: 'Karima',
      lastName: 'Benali',
    });
    const paul = await scheduleInterviewFor(platform, { referent }, mission, second, {
      firstName: 'Paul',
      lastName: 'Martinez',
      civility: 'MONSIEUR',
    });
    paulInterviewId = paul.interviewId;
    clock.set('2026-03-10T09:45:00Z');
    await recordHeld(platform, coordinator, karima.interviewId);
    await recordHeld(platform, coordinator, paul.interviewId);
    const started = await platform.gqlOk<{ startEngagement: { id: string } }>(
      START_ENGAGEMENT,
      { input: { interviewId: karima.interviewId, startDate: '2026-03-11', plannedHours: 20 } },
      coordinator.token,
    );
    karimaEngagementId = started.startEngagement.id;
    const ines = await createConsentingBeneficiary(platform, referent, { firstName: 'Inès', lastName: 'Durand' });
    const proposal = await proposeOk(platform, referent, ines.id, mission.id);
    expect(
      (await postAnswer(platform, answerToken(platform, await proposalRow(platform, proposal.id)), 'accept')).status,
    ).toBe(200);
    // Inès's interview was booked for Thursday 26 March, then cancelled the same day.
    const later = await publishSlots(platform, coordinator, '2026-03-26T08:00:00Z', '2026-03-26T08:45:00Z');
    const booked = await platform.gqlOk<{ scheduleInterview: { id: string } }>(
      SCHEDULE,
      { input: { proposalId: proposal.id, slotId: later.slots[0].id } },
      referent.token,
    );
    await platform.gqlOk(
      CANCEL,
      { input: { interviewId: booked.scheduleInterview.id, reason: 'Rendez-vous médical ce jour-là.' } },
      coordinator.token,
    );
    clock.set(NOW);

    context = await newContext(browser);
    // The browser lives at the platform's (fake) time: « today » is the same on both sides.
    await context.clock.setFixedTime(new Date(NOW));
    const session = await platform.browserSession(member.user.email, TEST_PASSWORD);
    const [name, value] = session.cookie.split(/=(.*)/s);
    await context.addCookies([{ name, value, url: platform.baseUrl, httpOnly: true, sameSite: 'Strict' }]);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  }, SLOW);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await platform?.stop();
  }, SLOW);

  const audit = (name: string) => auditPage(page, SUITE, name);

  it(
    'lists on the home page what needs the association, each item opening its page',
    async () => {
      await page.goto(`${platform.baseUrl}/accueil`);
      await page.getByRole('heading', { level: 2, name: 'À faire' }).waitFor();
      const toStart = page.getByRole('link', { name: /1\s*mission à démarrer/ });
      await toStart.waitFor();
      await page.getByRole('link', { name: /2\s*personnes à accueillir/ }).waitFor();
      await page.getByRole('link', { name: /1\s*mission en cours/ }).waitFor();
      await page.getByRole('link', { name: /0\s*attestation à rédiger/ }).waitFor();
      await page.getByRole('link', { name: /1\s*mission en attente de validation/ }).waitFor();
      // Sent back: not counted as a draft, listed with its reason.
      await page.getByRole('link', { name: /0\s*brouillon à terminer/ }).waitFor();
      await page.getByText('Mission à corriger', { exact: true }).waitFor();
      await page.getByText('(« Précisez les horaires du jardin. »)', { exact: false }).waitFor();
      expect(await audit('accueil')).toEqual([]);

      await page.getByRole('link', { name: 'Jardin partagé du quartier' }).click();
      await page.getByRole('heading', { level: 1, name: 'Jardin partagé du quartier' }).waitFor();
      await page.goBack();

      await toStart.click();
      await page.getByRole('heading', { level: 1, name: 'Bénévoles' }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Paul' }).waitFor();
      expect(await page.getByRole('heading', { level: 3, name: 'Karima' }).count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('etape')).toBe('a-demarrer');

      await page.goBack();
      await page.getByRole('link', { name: /1\s*mission en attente de validation/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Missions' }).waitFor();
      await page.getByRole('link', { name: 'Tri des dons de vêtements' }).waitFor();
      expect(await page.getByRole('link', { name: 'Accueil à l’épicerie solidaire' }).count()).toBe(0);
    },
    SLOW,
  );

  it(
    'shows each volunteer’s first name and contact only, starts a mission, completes one and attests its competencies',
    async () => {
      await page.goto(`${platform.baseUrl}/benevoles`);
      await page.getByRole('heading', { level: 2, name: 'Accueil à l’épicerie solidaire' }).waitFor();
      const paul = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Paul' }) });
      const karima = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Karima' }) });
      await paul.getByText('Entretien réalisé : mission à démarrer').waitFor();
      await karima.getByText('Mission en cours').waitFor();
      const ines = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Inès' }) });
      await ines.getByText('Entretien tripartite à planifier par France Bénévolat').waitFor();
      // What the emails told the association, in its list too (the reason stays out).
      await ines
        .getByText(
          'Entretien tripartite du jeudi 26 mars 2026 à 09:00 annulé le 10 mars 2026 : un nouveau rendez-vous reste à fixer.',
        )
        .waitFor();
      expect(await ines.getByText(/médical/).count()).toBe(0);
      // An association sees first names and contacts, never a last name.
      for (const lastName of ['Benali', 'Martinez', 'Durand']) expect(await page.getByText(lastName).count()).toBe(0);
      expect(await audit('benevoles')).toEqual([]);

      await paul.getByRole('button', { name: 'Démarrer la mission' }).click();
      const startDialog = page.getByRole('dialog', { name: 'Démarrer la mission de Paul' });
      await startDialog.getByLabel('Heures de bénévolat prévues').fill('0');
      await startDialog.getByRole('button', { name: 'Démarrer' }).click();
      await startDialog.getByText('Saisissez un nombre entier d’heures entre 1 et 2').waitFor();
      await startDialog.getByLabel('Heures de bénévolat prévues').fill('24');
      expect(await audit('benevole-demarrer')).toEqual([]);
      await startDialog.getByRole('button', { name: 'Démarrer' }).click();
      await page.getByText('Mission de Paul démarrée.').waitFor();
      await paul.getByText('Mission en cours').waitFor();
      const paulEngagement = await platform.dataSource
        .getRepository(Engagement)
        .findOneByOrFail({ interviewId: paulInterviewId });
      expect(paulEngagement).toMatchObject({
        status: EngagementStatus.ACTIVE,
        startDate: '2026-03-23',
        plannedHours: 24,
      });

      await karima.getByRole('button', { name: 'Mission terminée' }).click();
      const completeDialog = page.getByRole('dialog', { name: 'La mission de Karima est terminée' });
      await completeDialog.getByLabel('Heures de bénévolat réalisées').fill('18');
      await completeDialog.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Mission de Karima terminée').waitFor();
      await karima.getByText('Compétences à attester').waitFor();

      await karima.getByRole('button', { name: 'Attester les compétences' }).click();
      const attestDialog = page.getByRole('dialog', { name: 'Attester les compétences de Karima' });
      // Nothing chosen: refused before sending, in French.
      await attestDialog.getByLabel('Sa fonction dans la structure').fill('Responsable des bénévoles');
      await attestDialog.getByRole('button', { name: 'Attester' }).click();
      await attestDialog.getByText('Choisissez un niveau pour au moins une compétence.').waitFor();
      await attestDialog
        .getByRole('group', { name: 'Travailler en équipe' })
        .getByRole('button', { name: /Niveau/ })
        .click();
      await page.getByRole('option', { name: 'Pratique' }).click();
      await attestDialog
        .getByRole('group', { name: 'Travailler en équipe' })
        .getByLabel(/Commentaire/)
        .fill('A su s’organiser avec l’équipe du samedi.');
      expect(await audit('benevole-attester')).toEqual([]);
      await attestDialog.getByRole('button', { name: 'Attester' }).click();
      await page.getByText('Compétences de Karima attestées').waitFor();
      await karima.getByText('Travailler en équipe : Pratique — A su s’organiser avec l’équipe du samedi.').waitFor();

      const completed = await platform.dataSource.getRepository(Engagement).findOneByOrFail({ id: karimaEngagementId });
      expect(completed).toMatchObject({ status: EngagementStatus.COMPLETED, endDate: '2026-03-23', hoursDone: 18 });
      const attestation = await platform.dataSource
        .getRepository(PassportAttestation)
        .findOneByOrFail({ engagementId: karimaEngagementId });
      expect(attestation).toMatchObject({ attestorRole: 'Responsable des bénévoles' });
      expect(await audit('benevoles-attestes')).toEqual([]);
    },
    SLOW,
  );

  it(
    'lists the structure’s accounts on the members page',
    async () => {
      await page.goto(`${platform.baseUrl}/membres`);
      await page.getByRole('heading', { level: 1, name: 'Membres' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Épicerie solidaire du Haut-Bugey' }).waitFor();
      await page.getByRole('heading', { level: 3, name: /\(vous\)$/ }).waitFor();
      await page.getByText(member.user.email).waitFor();
      expect(await audit('membres')).toEqual([]);
    },
    SLOW,
  );
});
