import { FakeClock, Role } from '@tremplin/core';
import { InterviewAvailability, Interview } from '@tremplin/interviews';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAssociation } from '../support/association-helpers';
import { invitationOf } from '../support/interview-helpers';
import {
  answerToken,
  createConsentingBeneficiary,
  createMission,
  postAnswer,
  proposalRow,
  proposeOk,
  waitUntilSent,
} from '../support/proposal-helpers';
import { StaffAccount, TEST_PASSWORD, TestPlatform, eventually } from '../support/test-platform';
import { auditPage, launchBrowser, newContext } from './support/browser';

const SUITE = 'coordinator';
/** Monday 23 March 2026, 9:00 in Paris (winter time): the series below starts after the March change. */
const NOW = '2026-03-23T08:00:00.000Z';

describe('the France Bénévolat coordinator’s workspace in the browser', () => {
  const clock = new FakeClock(NOW);
  let platform: TestPlatform;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let coordinator: StaffAccount;
  let referent: StaffAccount;
  let mission: Awaited<ReturnType<typeof createMission>>;
  let personEmail: string;
  let interviewId: string;

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start({ clock, worker: true }), launchBrowser()]);
    coordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Léa', lastName: 'Martin' });
    referent = await platform.createStaff(Role.REFERENT, {
      firstName: 'Claire',
      lastName: 'Référente',
      territoryId: (await platform.territory('CDS-BOURG-CROIX-BLANCHE')).id,
    });
    const { association } = await createAssociation(platform);
    mission = await createMission(platform, association, { places: 5 });
    // A person available on Monday mornings, who said « oui » to the mission.
    const person = await createConsentingBeneficiary(platform, referent, {
      firstName: 'Karima',
      lastName: 'Benali',
      availability: [{ day: 'MONDAY', part: 'MORNING' }],
    });
    personEmail = person.email as string;
    const proposal = await proposeOk(platform, referent, person.id, mission.id);
    await waitUntilSent(platform, proposal.id);
    expect(
      (await postAnswer(platform, answerToken(platform, await proposalRow(platform, proposal.id)), 'accept')).status,
    ).toBe(200);

    context = await newContext(browser);
    // The browser lives at the platform's (fake) time, so that « this week » and « to come » agree with it.
    await context.clock.setFixedTime(new Date(NOW));
    page = await context.newPage();
  });

  const audit = (name: string) => auditPage(page, SUITE, name);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await platform?.stop();
  }, 180_000);

  it('warns on the home page that slots are short for the proposals waiting', async () => {
    // The session comes from openSession as the login page gets it; its cookie is handed to the browser
    // without the platform's (fake, past) expiry date, which the browser's real-time cookie jar would drop.
    const session = await platform.browserSession(coordinator.user.email, TEST_PASSWORD);
    const [name, value] = session.cookie.split(/=(.*)/s);
    await context.addCookies([{ name, value, url: platform.baseUrl, httpOnly: true, sameSite: 'Strict' }]);
    await page.goto(`${platform.baseUrl}/accueil`);
    await page.getByRole('heading', { level: 1, name: 'Bonjour Léa' }).waitFor();
    await page.getByText('Il manque des créneaux').waitFor();
    await page
      .getByText(/Aucun créneau libre sur les 14 prochains jours pour 1 proposition acceptée qui attend/)
      .waitFor();
    expect(await audit('accueil')).toEqual([]);
  }, 180_000);

  it('publishes every Monday 9:00-12:00 for eight weeks, refused on Easter Monday until it is left out', async () => {
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Agenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await page.getByText('Semaine du 23 mars 2026 (heure de Paris)').waitFor();
    expect(await audit('agenda-vide')).toEqual([]);

    await page.getByRole('button', { name: 'Publier des disponibilités' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publier des disponibilités' });
    await dialog.getByRole('radio', { name: 'Chaque semaine, le même jour' }).check({ force: true });
    await dialog.getByRole('group', { name: 'Premier jour' }).getByRole('spinbutton').first().click();
    await page.keyboard.type('30032026');
    await dialog.getByLabel('Adresse').fill('4 allée des Brotteaux, 01000 Bourg-en-Bresse');
    await dialog.getByRole('combobox', { name: 'Commune' }).fill('Bourg-en');
    await page.getByRole('option', { name: 'Bourg-en-Bresse' }).click();
    await dialog.getByRole('checkbox', { name: 'lundi 6 avril 2026' }).waitFor();
    expect(await audit('publier-serie')).toEqual([]);

    await dialog.getByRole('button', { name: 'Publier' }).click();
    await dialog
      .getByRole('alert')
      .getByText(
        'Ce jour est férié : le lundi 6 avril 2026 (lundi de Pâques). Aucun entretien n’a lieu un jour férié : retirez cette date de la série.',
      )
      .waitFor();
    expect(await platform.dataSource.getRepository(InterviewAvailability).count()).toBe(0);

    // react-aria's checkbox input is visually hidden: a person clicks its label.
    await dialog.getByText('lundi 6 avril 2026', { exact: true }).click();
    expect(await dialog.getByRole('checkbox', { name: 'lundi 6 avril 2026' }).isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Publier' }).click();
    await page.getByText('7 plages de disponibilité publiées.').waitFor();
    expect(new URL(page.url()).searchParams.get('semaine')).toBe('2026-03-30');
    const ranges = await platform.dataSource.getRepository(InterviewAvailability).find({ order: { startsAt: 'ASC' } });
    // 9:00 in Paris is 7:00 UTC after the March change, and stays 9:00 week after week.
    expect(ranges.map((r) => r.startsAt.toISOString())).toEqual([
      '2026-03-30T07:00:00.000Z',
      '2026-04-13T07:00:00.000Z',
      '2026-04-20T07:00:00.000Z',
      '2026-04-27T07:00:00.000Z',
      '2026-05-04T07:00:00.000Z',
      '2026-05-11T07:00:00.000Z',
      '2026-05-18T07:00:00.000Z',
    ]);
    const monday = page.getByRole('region', { name: 'lundi 30 mars' });
    await monday.getByText('09:00–12:00').waitFor();
    expect(await monday.getByText('libre').count()).toBe(4);
    expect(await audit('agenda')).toEqual([]);

    // The week of Easter Monday shows the exception as a free day; previous/next weeks are in the address.
    await page.getByRole('link', { name: 'Semaine suivante →' }).click();
    await page.waitForURL(/semaine=2026-04-06/);
    await page.getByRole('region', { name: 'lundi 6 avril' }).getByText('Rien de prévu.').waitFor();
  }, 180_000);

  it('schedules the interview of the accepted proposal on a slot that fits, and the invitation reaches the person', async () => {
    await page.goto(`${platform.baseUrl}/entretiens?filtre=a-planifier`);
    await page.getByRole('heading', { level: 1, name: 'Entretiens tripartites' }).waitFor();
    await page.getByText('1 proposition acceptée attend son entretien.').waitFor();
    expect(await audit('entretiens-a-planifier')).toEqual([]);

    await page.getByRole('button', { name: 'Planifier l’entretien de Karima Benali' }).click();
    const dialog = page.getByRole('dialog', { name: 'Planifier l’entretien de Karima Benali' });
    await dialog.getByRole('radio', { name: /^lundi 30 mars, 9 h — France Bénévolat Ain/ }).check({ force: true });
    await dialog.getByRole('button', { name: 'Réserver et envoyer les invitations' }).click();
    await page.waitForURL(/\/entretiens\/[0-9a-f-]{36}$/);
    interviewId = new URL(page.url()).pathname.split('/').at(-1) as string;
    await page.getByRole('heading', { level: 1, name: 'Entretien de Karima Benali' }).waitFor();
    await page.getByText('Entretien planifié : les invitations partent par e-mail.').waitFor();
    expect(await audit('entretien')).toEqual([]);

    const invitation = await eventually(async () => {
      const mail = platform.smtp.messages.find((m) => m.to.includes(personEmail) && m.parsed.attachments.length > 0);
      return mail ? invitationOf(mail) : null;
    });
    expect(invitation.method).toBe('REQUEST');
    expect(invitation.sequence).toBe(0);
    expect(invitation.start.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  }, 180_000);

  it('moves the interview to another slot: the same invitation comes again with a new SEQUENCE', async () => {
    await page.getByRole('button', { name: 'Déplacer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Déplacer l’entretien' });
    await dialog.getByRole('radio', { name: /^lundi 30 mars, 9 h 45/ }).check({ force: true });
    await dialog.getByRole('button', { name: 'Déplacer' }).click();
    await page.getByText('Entretien déplacé : les participants reçoivent l’invitation mise à jour.').waitFor();
    await page.getByText(/lundi 30 mars 2026 à 09:45/).waitFor();
    const moved = await eventually(async () => {
      const invitations = platform.smtp.messages
        .filter((m) => m.to.includes(personEmail) && m.parsed.attachments.length > 0)
        .map(invitationOf);
      return invitations.find((i) => i.sequence === 1) ?? null;
    });
    expect(moved.method).toBe('REQUEST');
    expect(moved.start.toISOString()).toBe('2026-03-30T07:45:00.000Z');
  }, 180_000);

  it('records the interview as held once its time has come, then starts the mission', async () => {
    clock.set('2026-03-30T09:00:00.000Z');
    await context.clock.setFixedTime(new Date('2026-03-30T09:00:00.000Z'));
    await page.reload();
    await page.getByText('L’heure du rendez-vous est passée : enregistrez ce qu’il s’est passé.').waitFor();
    await page.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Résultat de l’entretien' });
    await dialog.getByRole('radio', { name: 'L’entretien a eu lieu' }).check({ force: true });
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Résultat enregistré.').waitFor();
    await page.getByText('Réalisé', { exact: true }).first().waitFor();
    expect((await platform.dataSource.getRepository(Interview).findOneByOrFail({ id: interviewId })).status).toBe(
      'HELD',
    );

    await page.getByRole('button', { name: 'Démarrer la mission' }).click();
    const start = page.getByRole('dialog', { name: 'Démarrer la mission' });
    await start.getByRole('button', { name: 'Démarrer' }).click();
    await page.getByText('Mission démarrée.').waitFor();
    await page.getByText('La mission a commencé').waitFor();
    expect(await audit('entretien-realise')).toEqual([]);

    await page.goto(`${platform.baseUrl}/entretiens?filtre=realises`);
    await page.getByRole('link', { name: /Karima Benali — lundi 30 mars 2026 à 09:45/ }).waitFor();
    expect(await audit('entretiens-realises')).toEqual([]);
  });

  it('cancels an interview with a reason: the person gets the cancellation and the proposal waits for a new date', async () => {
    // A second person who said « oui », at the time the previous test left (Monday 30 March, 11:00).
    const person = await createConsentingBeneficiary(platform, referent, {
      firstName: 'Yanis',
      lastName: 'Haddad',
      availability: [{ day: 'MONDAY', part: 'MORNING' }],
    });
    const proposal = await proposeOk(platform, referent, person.id, mission.id);
    await waitUntilSent(platform, proposal.id);
    expect(
      (await postAnswer(platform, answerToken(platform, await proposalRow(platform, proposal.id)), 'accept')).status,
    ).toBe(200);

    await page.goto(`${platform.baseUrl}/entretiens?filtre=a-planifier`);
    await page.getByRole('button', { name: 'Planifier l’entretien de Yanis Haddad' }).click();
    const book = page.getByRole('dialog', { name: 'Planifier l’entretien de Yanis Haddad' });
    await book.getByRole('radio', { name: /^lundi 13 avril, 9 h — France Bénévolat Ain/ }).check({ force: true });
    await book.getByRole('button', { name: 'Réserver et envoyer les invitations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Entretien de Yanis Haddad' }).waitFor();
    const id = new URL(page.url()).pathname.split('/').at(-1) as string;

    await page.getByRole('button', { name: 'Annuler l’entretien' }).click();
    const dialog = page.getByRole('dialog', { name: 'Annuler l’entretien' });
    await dialog.getByLabel('Motif').fill('ok');
    await dialog.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await dialog.getByText('Le motif doit contenir au moins 3 caractères.').waitFor();
    expect(await audit('annuler-erreur')).toEqual([]);
    await dialog
      .getByLabel('Motif')
      .fill('Empêchement de France Bénévolat ce jour-là : une autre date vous sera proposée.');
    await dialog.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await page.getByText('Entretien annulé : les participants reçoivent l’annulation.').waitFor();
    await page.getByText('Annulé', { exact: true }).first().waitFor();
    expect(await audit('entretien-annule')).toEqual([]);
    const cancelled = await platform.dataSource.getRepository(Interview).findOneByOrFail({ id });
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.cancelReason).toBe(
      'Empêchement de France Bénévolat ce jour-là : une autre date vous sera proposée.',
    );

    // The person's calendar drops the event: METHOD:CANCEL, a SEQUENCE above the invitation's.
    const cancellation = await eventually(async () => {
      const invitations = platform.smtp.messages
        .filter((m) => m.to.includes(person.email as string) && m.parsed.attachments.length > 0)
        .map(invitationOf);
      return invitations.find((i) => i.method === 'CANCEL') ?? null;
    });
    expect(cancellation.sequence).toBeGreaterThan(0);
    expect(cancellation.start.toISOString()).toBe('2026-04-13T07:00:00.000Z');

    // Listed with the cancelled ones, and the proposal is back among those waiting for an interview.
    await page.goto(`${platform.baseUrl}/entretiens?filtre=annules`);
    await page.getByRole('link', { name: /Yanis Haddad — lundi 13 avril 2026 à 09:00/ }).waitFor();
    await page.goto(`${platform.baseUrl}/entretiens?filtre=a-planifier`);
    await page.getByRole('button', { name: 'Planifier l’entretien de Yanis Haddad' }).waitFor();
  });
});
