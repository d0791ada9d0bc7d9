// Every link of every email lands on the page it names. The test renders each template of the
// registry (MAIL_TEMPLATES, the list `npm run mail:preview` shows) with data about real records,
// takes each link out of the HTML, and opens it in Chromium: staff links logged in as the role the
// email goes to, and once logged out (login page → the same page); the beneficiaries' signed links
// as the person opens them. A template without a case here fails the test: a new email cannot
// escape it.
import { FakeClock, MailRenderer, Role, SignedLinks } from '@tremplin/core';
import { PasswordLinks, PASSWORD_LINK_VALIDITY, User } from '@tremplin/identity';
import { Mission, MissionStatus } from '@tremplin/missions';
import { PASSPORT_LINK_PURPOSE } from '@tremplin/passports';
import { MAIL_TEMPLATES } from '@tremplin/platform';
import { BOOKING_LINK_PURPOSE } from '@tremplin/proposals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  AttestedFollowup,
  FOLLOWUP_START,
  FollowupCast,
  createFollowupCast,
  seedAttestedEngagement,
} from '../support/followup-helpers';
import { answerToken, createMission, proposalRow } from '../support/proposal-helpers';
import { StaffAccount, TEST_PASSWORD, TestPlatform } from '../support/test-platform';
import { launchBrowser, newContext } from './support/browser';

type Audience = 'ADMIN' | 'REFERENT' | 'COORDINATOR' | 'ASSOCIATION' | 'BENEFICIARY' | 'ANYONE';

/** What a link must open: a page whose level-1 heading matches; or a PDF. */
type Expected = { heading: string | RegExp; tab?: string } | { pdf: true };

interface LinkCase {
  /** Who receives this rendering of the email (a template may go to several). */
  audience: Audience;
  data: Record<string, unknown>;
  /** Each link of the email by its text (the button's label). */
  links: Record<string, Expected>;
}

interface Link {
  text: string;
  href: string;
}

/** HTML character references as a browser decodes them in an attribute or a text (`&#x3D;` → `=`). */
function decodeEntities(html: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
    const code = ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The links of an email's HTML part: `<a href="…">label</a>` (MJML buttons are anchors too). */
function linksOf(html: string): Link[] {
  const links: Link[] = [];
  for (const match of html.matchAll(/<a\s[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)) {
    const text = decodeEntities(match[2].replace(/<[^>]+>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    links.push({ href: decodeEntities(match[1]), text });
  }
  return links;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('every link of every email opens its page', () => {
  const clock = new FakeClock(FOLLOWUP_START);
  const renderer = new MailRenderer(MAIL_TEMPLATES);
  let platform: TestPlatform;
  let browser: Browser;
  let cast: FollowupCast;
  let followup: AttestedFollowup;
  let admin: StaffAccount;
  let draftMission: Mission;
  let newcomer: User;
  const contexts = new Map<Audience, BrowserContext>();
  let cases: Record<string, LinkCase[]>;

  const accountOf = (audience: Audience): StaffAccount | null => {
    switch (audience) {
      case 'ADMIN':
        return admin;
      case 'REFERENT':
        return cast.referent;
      case 'COORDINATOR':
        return cast.coordinator;
      case 'ASSOCIATION':
        return cast.host;
      default:
        return null;
    }
  };

  beforeAll(async () => {
    [platform, browser] = await Promise.all([TestPlatform.start({ clock }), launchBrowser()]);
    cast = await createFollowupCast(platform);
    admin = await platform.createStaff(Role.ADMIN, { firstName: 'Nadia', lastName: 'Admin' });
    followup = await seedAttestedEngagement(platform, clock, cast);
    draftMission = await createMission(platform, cast.association, {
      title: 'Atelier vélo du samedi',
      status: MissionStatus.DRAFT,
      startDate: '2027-06-05',
    });
    // An account opened by an administrator, whose owner has not chosen a password yet.
    const users = platform.dataSource.getRepository(User);
    const invited = await platform.createStaff(Role.REFERENT, { firstName: 'Camille', lastName: 'Nouvelle' });
    await users.update(invited.user.id, { passwordSetAt: null });
    newcomer = await users.findOneByOrFail({ id: invited.user.id });

    const appUrl = platform.baseUrl;
    const links = platform.api.get(SignedLinks);
    const passwordLinks = platform.api.get(PasswordLinks);
    const proposal = await proposalRow(platform, followup.proposalId);
    // Links signed to last: the clock has moved on past the proposal's own answer deadline.
    const farAway = new Date(Date.parse(FOLLOWUP_START) + 365 * 24 * 3600 * 1000);
    const answerUrl = links.url('/p', answerToken(platform, { id: proposal.id, expiresAt: farAway }));
    const bookingUrl = links.url('/rdv', links.sign(BOOKING_LINK_PURPOSE, proposal.id, farAway));
    const pdfUrl = links.url('/passeport', links.sign(PASSPORT_LINK_PURPOSE, followup.beneficiary.id, farAway));
    const person = `${followup.beneficiary.firstName} ${followup.beneficiary.lastName}`;
    const preview = (name: string) => {
      const template = MAIL_TEMPLATES.find((t) => t.name === name);
      if (!template) throw new Error(`no template ${name}`);
      return template.preview as Record<string, unknown>;
    };
    /** The beneficiary's own page: their proposal, accepted (its place is kept). */
    const proposalPage: Expected = { heading: /^Bonjour Karima, Votre place est réservée$/ };
    const bookingPage: Expected = { heading: /^(Mon rendez-vous|Choisir mon rendez-vous)$/ };
    /** The staff's copies of an interview email open the interview (a cancellation has no button). */
    const interview = (name: string, withButton = name !== 'interview.cancelled'): LinkCase[] => [
      { audience: 'BENEFICIARY', data: { ...preview(name), appUrl: null }, links: {} },
      {
        audience: 'REFERENT',
        data: {
          ...preview(name),
          forBeneficiary: false,
          forReferent: true,
          beneficiaryName: person,
          interviewId: followup.interviewId,
          beneficiaryId: followup.beneficiary.id,
          appUrl,
        },
        links: withButton ? { [`Voir les entretiens de ${person}`]: { heading: person, tab: 'Entretiens' } } : {},
      },
      {
        audience: 'COORDINATOR',
        data: {
          ...preview(name),
          forBeneficiary: false,
          forReferent: false,
          beneficiaryName: person,
          interviewId: followup.interviewId,
          beneficiaryId: followup.beneficiary.id,
          appUrl,
        },
        links: withButton ? { 'Ouvrir l’entretien': { heading: `Entretien de ${person}` } } : {},
      },
    ];

    cases = {
      'identity.welcome': [
        {
          audience: 'ANYONE',
          data: {
            ...preview('identity.welcome'),
            passwordUrl: passwordLinks.url(
              { userId: newcomer.id, credentialsVersion: newcomer.credentialsVersion },
              PASSWORD_LINK_VALIDITY.invitation.ms,
            ),
          },
          links: { 'Choisir mon mot de passe': { heading: 'Bienvenue sur Tremplin' } },
        },
      ],
      'associations.member-invited': [
        {
          audience: 'ANYONE',
          data: {
            ...preview('associations.member-invited'),
            passwordUrl: passwordLinks.url(
              { userId: newcomer.id, credentialsVersion: newcomer.credentialsVersion },
              PASSWORD_LINK_VALIDITY.invitation.ms,
            ),
          },
          links: { 'Choisir mon mot de passe': { heading: 'Bienvenue sur Tremplin' } },
        },
      ],
      'identity.password-reset': [
        {
          audience: 'ANYONE',
          data: {
            ...preview('identity.password-reset'),
            passwordUrl: passwordLinks.url(
              { userId: cast.referent.user.id, credentialsVersion: cast.referent.user.credentialsVersion },
              PASSWORD_LINK_VALIDITY.reset.ms,
            ),
          },
          links: { 'Choisir un nouveau mot de passe': { heading: 'Nouveau mot de passe' } },
        },
      ],
      'orientation.referent-digest': [
        {
          audience: 'REFERENT',
          data: { ...preview('orientation.referent-digest'), appUrl },
          links: { 'Ouvrir mon accueil Tremplin': { heading: 'Bonjour Claire' } },
        },
      ],
      'orientation.admin-digest': [
        {
          audience: 'ADMIN',
          data: { ...preview('orientation.admin-digest'), appUrl },
          links: { 'Ouvrir mon accueil Tremplin': { heading: 'Bonjour Nadia' } },
        },
      ],
      'associations.registered': [
        {
          audience: 'ASSOCIATION',
          data: { ...preview('associations.registered'), appUrl },
          links: { 'Préparer mes fiches mission': { heading: 'Missions' } },
        },
      ],
      'associations.validated': [
        {
          audience: 'ASSOCIATION',
          data: { ...preview('associations.validated'), appUrl },
          links: { 'Publier une mission': { heading: 'Nouvelle mission' } },
        },
      ],
      'associations.rejected': [
        {
          audience: 'ASSOCIATION',
          data: { ...preview('associations.rejected'), appUrl },
          links: { 'Ouvrir mon accueil Tremplin': { heading: 'Bonjour Camille' } },
        },
      ],
      'missions.published': [
        {
          audience: 'ASSOCIATION',
          data: { ...preview('missions.published'), missionId: cast.mission.id, appUrl },
          links: { 'Voir mes missions': { heading: 'Missions' } },
        },
      ],
      'missions.rejected': [
        {
          audience: 'ASSOCIATION',
          data: { ...preview('missions.rejected'), missionId: draftMission.id, appUrl },
          links: { 'Modifier la mission': { heading: 'Modifier « Atelier vélo du samedi »' } },
        },
      ],
      'missions.moderation-digest': [
        {
          audience: 'ADMIN',
          data: { ...preview('missions.moderation-digest'), appUrl },
          links: { 'Ouvrir la modération': { heading: 'Modération' } },
        },
        {
          audience: 'COORDINATOR',
          data: { ...preview('missions.moderation-digest'), associations: [], appUrl },
          links: { 'Ouvrir la modération': { heading: 'Modération' } },
        },
      ],
      'proposal.new': [
        {
          audience: 'BENEFICIARY',
          data: { ...preview('proposal.new'), acceptUrl: `${answerUrl}#oui`, declineUrl: `${answerUrl}#non` },
          links: { 'Je suis intéressé(e)': proposalPage, 'Non merci': proposalPage },
        },
      ],
      'proposal.reminder': [
        {
          audience: 'BENEFICIARY',
          data: { ...preview('proposal.reminder'), acceptUrl: `${answerUrl}#oui`, declineUrl: `${answerUrl}#non` },
          links: { 'Je suis intéressé(e)': proposalPage, 'Non merci': proposalPage },
        },
      ],
      'proposal.accepted': [
        {
          audience: 'BENEFICIARY',
          data: { ...preview('proposal.accepted'), bookingUrl, pageUrl: answerUrl },
          links: { 'Choisir mon rendez-vous': bookingPage, 'ma proposition de mission': proposalPage },
        },
      ],
      'proposal.waiting-list': [
        {
          audience: 'BENEFICIARY',
          data: { ...preview('proposal.waiting-list'), pageUrl: answerUrl },
          links: { 'voir la mission': proposalPage },
        },
      ],
      'proposal.withdrawn': [{ audience: 'BENEFICIARY', data: preview('proposal.withdrawn'), links: {} }],
      'proposal.referent-notice': [
        {
          audience: 'REFERENT',
          data: {
            ...preview('proposal.referent-notice'),
            beneficiaryId: followup.beneficiary.id,
            personLabel: 'Karima B.',
            appUrl,
          },
          links: { 'Voir les propositions de Karima B.': { heading: person, tab: 'Propositions' } },
        },
      ],
      'proposal.association-accepted': [
        {
          audience: 'ASSOCIATION',
          data: { ...preview('proposal.association-accepted'), missionId: cast.mission.id, appUrl },
          links: { 'Voir la mission': { heading: cast.mission.title } },
        },
      ],
      'proposal.referent-digest': [
        {
          audience: 'REFERENT',
          data: { ...preview('proposal.referent-digest'), appUrl },
          links: { 'Ouvrir mon accueil Tremplin': { heading: 'Bonjour Claire' } },
        },
      ],
      'interview.invitation': interview('interview.invitation'),
      'interview.cancelled': interview('interview.cancelled'),
      'interview.reminder': interview('interview.reminder'),
      'interview.association-notice': [false, true].map((cancelled) => ({
        audience: 'ASSOCIATION' as const,
        data: { ...preview('interview.association-notice'), cancelled, appUrl },
        links: { 'Voir mes bénévoles': { heading: 'Bénévoles' } },
      })),
      'interview.booking-nudge': [
        {
          audience: 'BENEFICIARY',
          data: { ...preview('interview.booking-nudge'), bookingUrl },
          links: { 'Choisir mon rendez-vous': bookingPage },
        },
      ],
      'passport.attestation': [
        {
          audience: 'BENEFICIARY',
          data: { ...preview('passport.attestation'), pdfUrl, verifyUrl: `${appUrl}/verify` },
          links: { 'Télécharger mon Passeport Bénévole (PDF)': { pdf: true } },
        },
      ],
    };

    // One logged-in browser profile per staff role (the session cookie handed over without the
    // platform's fake expiry), and one without a session for the beneficiaries and the public pages.
    for (const audience of ['ADMIN', 'REFERENT', 'COORDINATOR', 'ASSOCIATION'] as const) {
      const context = await newContext(browser);
      const account = accountOf(audience) as StaffAccount;
      const session = await platform.browserSession(account.user.email, TEST_PASSWORD);
      const [name, value] = session.cookie.split(/=(.*)/s);
      await context.addCookies([{ name, value, url: platform.baseUrl, httpOnly: true, sameSite: 'Strict' }]);
      contexts.set(audience, context);
    }
    const anonymous = await newContext(browser);
    contexts.set('BENEFICIARY', anonymous);
    contexts.set('ANYONE', anonymous);
  }, 240_000);

  afterAll(async () => {
    for (const context of new Set(contexts.values())) await context.close();
    await browser?.close();
    await platform?.stop();
  }, 180_000);

  it('has a case for every template of the registry (the mail:preview list)', () => {
    expect(Object.keys(cases).sort()).toEqual(MAIL_TEMPLATES.map((template) => template.name).sort());
  });

  /** Opens `href` in `page` and checks the page it lands on. */
  async function expectPage(page: Page, link: Link, expected: Expected, label: string): Promise<void> {
    if ('pdf' in expected) {
      const response = await page.context().request.get(link.href);
      expect({ label, status: response.status(), type: response.headers()['content-type'] }).toEqual({
        label,
        status: 200,
        type: 'application/pdf',
      });
      expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      return;
    }
    const response = await page.goto(link.href);
    expect({ label, status: response?.status() }).toEqual({ label, status: 200 });
    await checkHeading(page, link, expected, label);
  }

  async function checkHeading(
    page: Page,
    link: Link,
    expected: { heading: string | RegExp; tab?: string },
    label: string,
  ): Promise<void> {
    const heading = page.getByRole('heading', { level: 1 });
    const name =
      typeof expected.heading === 'string' ? new RegExp(`^${escapeRegExp(expected.heading)}$`) : expected.heading;
    await page
      .getByRole('heading', { level: 1, name })
      .waitFor({ timeout: 20_000 })
      .catch(async () => {
        throw new Error(
          `${label}: the page's heading is « ${(await heading.allTextContents()).join(' | ')} » at ${page.url()}`,
        );
      });
    expect({ label, notFound: await page.getByText('Page introuvable').count() }).toEqual({ label, notFound: 0 });
    expect({ label, forbidden: await page.getByText('Page non accessible').count() }).toEqual({ label, forbidden: 0 });
    const target = new URL(link.href);
    if (expected.tab) {
      // The tab the link names is the one shown, once that part of the file exists in the console.
      const tab = page.getByRole('tab', { name: expected.tab, exact: true });
      if ((await tab.count()) > 0) {
        expect({ label, selected: await tab.getAttribute('aria-selected') }).toEqual({ label, selected: 'true' });
        expect(new URL(page.url()).pathname).toBe(target.pathname);
      } else {
        expect(new URL(page.url()).pathname.startsWith(target.pathname.replace(/\/[^/]+$/, '/'))).toBe(true);
      }
    } else if (
      target.origin === platform.baseUrl &&
      !target.pathname.startsWith('/p/') &&
      !target.pathname.startsWith('/rdv/')
    ) {
      expect({ label, path: new URL(page.url()).pathname }).toEqual({ label, path: target.pathname });
    }
  }

  const rendered = async () => {
    const all: Array<{ template: string; linkCase: LinkCase; links: Link[] }> = [];
    for (const [template, list] of Object.entries(cases)) {
      for (const linkCase of list) {
        const mail = await renderer.render(template, linkCase.data);
        all.push({ template, linkCase, links: linksOf(mail.html) });
      }
    }
    return all;
  };

  it('renders each email with exactly the links its case names, all on this platform', async () => {
    for (const { template, linkCase, links } of await rendered()) {
      const label = `${template} (${linkCase.audience})`;
      expect({ label, links: links.map((l) => l.text).sort() }).toEqual({
        label,
        links: Object.keys(linkCase.links).sort(),
      });
      for (const link of links)
        expect({ label, origin: new URL(link.href).origin }).toEqual({ label, origin: platform.baseUrl });
    }
  }, 120_000);

  it('opens every link logged in as the person the email goes to', async () => {
    let opened = 0;
    const problems: string[] = [];
    for (const { template, linkCase, links } of await rendered()) {
      const page = await (contexts.get(linkCase.audience) as BrowserContext).newPage();
      for (const link of links) {
        const label = `${template} (${linkCase.audience}) « ${link.text} »`;
        // From a blank page, so that two links to one page (« #oui », « #non ») are each a real visit.
        await page.goto('about:blank');
        // Every link is tried; every failure is reported at the end, not only the first.
        await expectPage(page, link, linkCase.links[link.text], label).then(
          () => opened++,
          (error: Error) => problems.push(`${label}: ${error.message}`),
        );
      }
      await page.close();
    }
    expect(problems).toEqual([]);
    expect(opened).toBeGreaterThanOrEqual(20);
  }, 600_000);

  it('opens every staff link after the login page when the session has ended', async () => {
    let opened = 0;
    for (const { template, linkCase, links } of await rendered()) {
      const account = accountOf(linkCase.audience);
      if (!account) continue;
      for (const link of links) {
        const label = `${template} (${linkCase.audience}, déconnecté) « ${link.text} »`;
        const context = await newContext(browser);
        try {
          const page = await context.newPage();
          await page.goto(link.href);
          // The console sends to the login page itself (history API): no second « load » to wait for.
          await page.waitForURL((url) => url.pathname === '/connexion', { waitUntil: 'commit' });
          const target = new URL(link.href);
          expect({ label, suite: new URL(page.url()).searchParams.get('suite') }).toEqual({
            label,
            suite: target.pathname === '/accueil' ? null : `${target.pathname}${target.search}`,
          });
          await page.getByLabel('Adresse e-mail').fill(account.user.email);
          await page.getByLabel('Mot de passe', { exact: true }).fill(TEST_PASSWORD);
          await page.getByRole('button', { name: 'Se connecter' }).click();
          await page.waitForURL((url) => url.pathname !== '/connexion');
          await checkHeading(
            page,
            link,
            linkCase.links[link.text] as { heading: string | RegExp; tab?: string },
            label,
          );
          opened++;
        } finally {
          await context.close();
        }
      }
    }
    expect(opened).toBeGreaterThanOrEqual(12);
  }, 600_000);
});
