import { FakeClock, Role, UnitOfWork } from '@tremplin/core';
import { Mission } from '@tremplin/missions';
import { PASSPORT_LINK_PURPOSE, PassportVerification } from '@tremplin/passports';
import { SignedLinks } from '@tremplin/core';
import { EngagementLoader } from '../libs/passports/src/engagement-scope';
import { createAssociation } from './support/association-helpers';
import { LOGBOOK } from './support/beneficiary-helpers';
import {
  ABANDON_ENGAGEMENT,
  ATTEST,
  COMPLETE_ENGAGEMENT,
  ENGAGEMENTS,
  EngagementView,
  HeldInterviewChain,
  PASSPORT,
  RECORD_OUTCOME,
  START_ENGAGEMENT,
  WITHDRAW_ENGAGEMENT,
  expectRefused,
  fieldsOf,
  pdfText,
  publishSlots,
  recordHeld,
  scheduleInterviewFor,
} from './support/passport-helpers';
import { WITHDRAW, createMission, flat } from './support/proposal-helpers';
import { StaffAccount, TestPlatform, eventually } from './support/test-platform';

/** Monday 2 March 2026, 9:00 in Paris. */
const START = '2026-03-02T08:00:00.000Z';
/** Booting the platform and walking the journey through three domains takes a while on a busy machine. */
const SLOW = 60_000;

type Start = { startEngagement: EngagementView };
type Attest = { attestCompetencies: { id: string; competencies: Array<{ competencyCode: string; level: number }> } };

describe('engagements, Passeport Bénévole and outcomes', () => {
  const clock = new FakeClock(START);
  let platform: TestPlatform;
  let admin: StaffAccount;
  let referent: StaffAccount;
  let colleague: StaffAccount;
  let coordinator: StaffAccount;
  let host: StaffAccount;
  let otherHost: StaffAccount;
  let mission: Mission;
  let karima: HeldInterviewChain;
  let paul: HeldInterviewChain;
  let notHeld: HeldInterviewChain;
  let engagement: EngagementView;

  const placesTaken = async () =>
    (await platform.dataSource.getRepository(Mission).findOneByOrFail({ id: mission.id })).placesTaken;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock });
    const oyonnax = await platform.territory('CDS-OYONNAX');
    admin = await platform.createStaff(Role.ADMIN, { firstName: 'Nadia', lastName: 'Admin' });
    referent = await platform.createStaff(Role.REFERENT, {
      firstName: 'Claire',
      lastName: 'Référente',
      territoryId: oyonnax.id,
    });
    colleague = await platform.createStaff(Role.REFERENT, {
      firstName: 'Julien',
      lastName: 'Collègue',
      territoryId: oyonnax.id,
    });
    coordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Léa', lastName: 'Coordinatrice' });
    const epicerie = await createAssociation(platform, { name: 'Épicerie solidaire du Haut-Bugey' });
    host = epicerie.member;
    otherHost = (await createAssociation(platform, { name: 'Jardins partagés de Bourg' })).member;
    mission = await createMission(platform, epicerie.association, {
      title: 'Accueil à l’épicerie solidaire',
      places: 3,
    });

    // Tuesday 10 March, 9:00-11:15 in Paris: three slots of 45 minutes, inside the people's Tuesday mornings.
    const availability = await publishSlots(platform, coordinator, '2026-03-10T08:00:00Z', '2026-03-10T10:15:00Z');
    const [first, second, third] = availability.slots.map((s) => s.id);
    karima = await scheduleInterviewFor(platform, { referent }, mission, first, {
      firstName: 'Karima',
      lastName: 'Benali',
    });
    paul = await scheduleInterviewFor(platform, { referent }, mission, second, {
      firstName: 'Paul',
      lastName: 'Martin',
      civility: 'MONSIEUR',
    });
    notHeld = await scheduleInterviewFor(platform, { referent }, mission, third, {
      firstName: 'Inès',
      lastName: 'Durand',
    });
  }, SLOW);
  afterAll(async () => {
    await platform?.stop();
  });

  const start = (account: StaffAccount, input: Record<string, unknown>) =>
    platform.gql<Start>(START_ENGAGEMENT, { input }, account.token);

  describe('startEngagement', () => {
    it(
      'refuses while the interview has not been held, writing nothing',
      async () => {
        const result = await expectRefused(platform, 'INVALID_TRANSITION', () =>
          start(referent, { interviewId: karima.interviewId, startDate: '2026-03-17', plannedHours: 32 }),
        );
        expect(result.errors?.[0]?.message).toContain("n'a pas été réalisé");
      },
      SLOW,
    );

    it(
      'starts the mission after the held interview, in the carnet de bord, without taking a second place',
      async () => {
        clock.set('2026-03-10T09:00:00Z');
        await recordHeld(platform, coordinator, karima.interviewId);
        await recordHeld(platform, coordinator, paul.interviewId);
        const before = await placesTaken();
        expect(before).toBe(3);

        const data = await platform.gqlOk<Start>(
          START_ENGAGEMENT,
          { input: { interviewId: karima.interviewId, startDate: '2026-03-17', plannedHours: 32 } },
          referent.token,
        );
        engagement = data.startEngagement;
        expect(engagement).toMatchObject({
          interviewId: karima.interviewId,
          proposalId: karima.proposalId,
          beneficiaryId: karima.beneficiary.id,
          missionId: mission.id,
          status: 'ACTIVE',
          startDate: '2026-03-17',
          plannedHours: 32,
          endDate: null,
          hoursDone: null,
          mission: { title: 'Accueil à l’épicerie solidaire' },
          association: { name: 'Épicerie solidaire du Haut-Bugey' },
          volunteer: { firstName: 'Karima', lastName: 'Benali' },
          attestations: [],
          outcomes: [],
        });
        // The accepted proposal already holds the place.
        expect(await placesTaken()).toBe(before);

        const book = await platform.gqlOk<{ logbook: { edges: Array<{ node: { type: string; summary: string } }> } }>(
          LOGBOOK,
          { beneficiaryId: karima.beneficiary.id, types: ['ENGAGEMENT_STARTED'] },
          referent.token,
        );
        expect(book.logbook.edges.map((e) => e.node.summary)).toEqual([
          'Début de la mission bénévole « Accueil à l’épicerie solidaire » (Épicerie solidaire du Haut-Bugey) le 17/03/2026 ; 32 heures prévues.',
        ]);
      },
      SLOW,
    );

    it(
      'refuses a second start, a start before the interview, and strangers, writing nothing',
      async () => {
        await expectRefused(platform, 'CONFLICT', () =>
          start(referent, { interviewId: karima.interviewId, startDate: '2026-03-17', plannedHours: 32 }),
        );
        const early = await expectRefused(platform, 'BAD_USER_INPUT', () =>
          start(referent, { interviewId: paul.interviewId, startDate: '2026-03-09', plannedHours: 32 }),
        );
        expect(fieldsOf(early)).toEqual(['startDate']);
        expect(early.errors?.[0]?.message).toContain('10/03/2026');
        const hours = await expectRefused(platform, 'BAD_USER_INPUT', () =>
          start(referent, { interviewId: paul.interviewId, startDate: '2026-03-17', plannedHours: 0 }),
        );
        expect(fieldsOf(hours)).toEqual(['plannedHours']);
        await expectRefused(platform, 'FORBIDDEN', () =>
          start(colleague, { interviewId: paul.interviewId, startDate: '2026-03-17', plannedHours: 32 }),
        );
        await expectRefused(platform, 'FORBIDDEN', () =>
          start(otherHost, { interviewId: paul.interviewId, startDate: '2026-03-17', plannedHours: 32 }),
        );
        await expectRefused(platform, 'NOT_FOUND', () =>
          start(referent, {
            interviewId: '00000000-0000-4000-8000-000000000000',
            startDate: '2026-03-17',
            plannedHours: 32,
          }),
        );
      },
      SLOW,
    );
  });

  describe('engagements', () => {
    it(
      'shows each role what it may see',
      async () => {
        // The host starts Paul's mission itself.
        await platform.gqlOk<Start>(
          START_ENGAGEMENT,
          { input: { interviewId: paul.interviewId, startDate: '2026-03-19', plannedHours: 20 } },
          host.token,
        );
        type List = {
          engagements: {
            totalCount: number;
            edges: Array<{
              node: { beneficiaryId: string; volunteer: { firstName: string; lastName: string | null } };
            }>;
          };
        };
        const list = (account: StaffAccount, variables: Record<string, unknown> = {}) =>
          platform.gqlOk<List>(ENGAGEMENTS, variables, account.token);

        expect((await list(referent)).engagements.totalCount).toBe(2);
        expect((await list(admin)).engagements.totalCount).toBe(2);
        expect((await list(coordinator)).engagements.totalCount).toBe(2);
        expect((await list(colleague)).engagements.totalCount).toBe(0);
        expect((await list(otherHost)).engagements.totalCount).toBe(0);
        const seenByHost = await list(host);
        expect(seenByHost.engagements.totalCount).toBe(2);
        // The host sees first names, never last names.
        expect(
          seenByHost.engagements.edges
            .map((e) => e.node.volunteer)
            .sort((a, b) => a.firstName.localeCompare(b.firstName)),
        ).toEqual([
          { firstName: 'Karima', lastName: null },
          { firstName: 'Paul', lastName: null },
        ]);

        const page = await list(referent, { first: 1 });
        expect(page.engagements.edges).toHaveLength(1);
        // Most recent start first: Paul (19 March) then Karima (17 March).
        expect(page.engagements.edges[0].node.beneficiaryId).toBe(paul.beneficiary.id);
        const filtered = await list(referent, { beneficiaryId: karima.beneficiary.id });
        expect(filtered.engagements.edges.map((e) => e.node.beneficiaryId)).toEqual([karima.beneficiary.id]);
      },
      SLOW,
    );
  });

  describe('attestCompetencies', () => {
    const attest = (account: StaffAccount, overrides: Record<string, unknown> = {}) =>
      platform.gql<Attest>(
        ATTEST,
        {
          input: {
            engagementId: engagement.id,
            attestorName: 'Martine Lacroix',
            attestorRole: 'Responsable des bénévoles',
            competencies: [
              { competencyCode: 'TR_ACCUEIL', level: 2, comment: 'Accueille les familles avec beaucoup de tact' },
              { competencyCode: 'SE_EQUIPE', level: 3 },
            ],
            ...overrides,
          },
        },
        account.token,
      );

    it(
      'refuses another association, unknown competencies and levels out of range, writing and sending nothing',
      async () => {
        clock.set('2026-05-15T12:00:00Z');
        const stranger = await expectRefused(platform, 'FORBIDDEN', () => attest(otherHost));
        expect(stranger.errors?.[0]?.message).toContain('structure d’accueil');
        await expectRefused(platform, 'FORBIDDEN', () => attest(referent));
        const unknown = await expectRefused(platform, 'BAD_USER_INPUT', () =>
          attest(host, { competencies: [{ competencyCode: 'XX_JONGLAGE', level: 2 }] }),
        );
        expect(fieldsOf(unknown)).toEqual(['competencies.0.competencyCode']);
        expect(unknown.errors?.[0]?.message).toContain('compétence inconnue : XX_JONGLAGE');
        for (const level of [0, 4]) {
          const out = await expectRefused(platform, 'BAD_USER_INPUT', () =>
            attest(host, { competencies: [{ competencyCode: 'TR_ACCUEIL', level }] }),
          );
          expect(fieldsOf(out)).toEqual(['competencies.0.level']);
          expect(out.errors?.[0]?.message).toContain('1 (découverte), 2 (pratique) ou 3 (maîtrise)');
        }
        const longComment = await expectRefused(platform, 'BAD_USER_INPUT', () =>
          attest(host, { competencies: [{ competencyCode: 'TR_ACCUEIL', level: 1, comment: 'x'.repeat(281) }] }),
        );
        expect(fieldsOf(longComment)).toEqual(['competencies.0.comment']);
      },
      SLOW,
    );

    it(
      'records the attestation, issues the passport and emails the person a link to the PDF',
      async () => {
        const data = await platform.gqlOk<Attest>(
          ATTEST,
          {
            input: {
              engagementId: engagement.id,
              attestorName: 'Martine Lacroix',
              attestorRole: 'Responsable des bénévoles',
              competencies: [
                { competencyCode: 'TR_ACCUEIL', level: 2, comment: 'Accueille les familles avec beaucoup de tact' },
                { competencyCode: 'SE_EQUIPE', level: 3 },
              ],
            },
          },
          host.token,
        );
        expect(data.attestCompetencies.competencies.map((c) => [c.competencyCode, c.level]).sort()).toEqual([
          ['SE_EQUIPE', 3],
          ['TR_ACCUEIL', 2],
        ]);

        const mail = await eventually(async () =>
          platform.smtp.to(karima.beneficiary.email as string).find((m) => m.subject.includes('Passeport Bénévole')),
        );
        expect(mail.subject).toBe(
          'Votre Passeport Bénévole : Épicerie solidaire du Haut-Bugey atteste vos compétences',
        );
        const text = flat(mail.text);
        expect(text).toContain('Bonjour Karima');
        expect(text).toContain('Accueil du public : pratique');
        expect(text).toContain('Travailler en équipe : maîtrise');
        const link = /(http:\/\/127\.0\.0\.1:\d+\/passeport\/[\w-]+\.[\w-]+\.[\w-]+)/.exec(mail.text)?.[1];
        expect(link).toBeDefined();

        // The link opens the PDF, whose text names the missions, competencies, levels and attestor.
        const response = await fetch(link as string);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/pdf');
        const pdf = await pdfText(new Uint8Array(await response.arrayBuffer()));
        for (const expected of [
          'PASSEPORT BÉNÉVOLE',
          'Titulaire : Karima Benali',
          'Accueil à l’épicerie solidaire',
          'Épicerie solidaire du Haut-Bugey (Oyonnax)',
          'Depuis le 17/03/2026 (mission en cours)',
          'Accueil du public — Pratique (2/3)',
          'Travailler en équipe — Maîtrise (3/3)',
          '« Accueille les familles avec beaucoup de tact »',
          'Attesté par Martine Lacroix, Responsable des bénévoles, le 15/05/2026',
        ]) {
          expect(pdf).toContain(expected);
        }

        const book = await platform.gqlOk<{ logbook: { edges: Array<{ node: { summary: string } }> } }>(
          LOGBOOK,
          { beneficiaryId: karima.beneficiary.id, types: ['COMPETENCIES_ATTESTED'] },
          referent.token,
        );
        expect(book.logbook.edges.map((e) => e.node.summary)).toEqual([
          '2 compétences attestées pour la mission bénévole « Accueil à l’épicerie solidaire » (Épicerie solidaire du Haut-Bugey) par Martine Lacroix, Responsable des bénévoles : Accueil du public (pratique), Travailler en équipe (maîtrise).',
        ]);
      },
      SLOW,
    );

    it(
      'refuses a forged or expired passport link with the French error page',
      async () => {
        const links = platform.api.get(SignedLinks);
        const expired = links.sign(PASSPORT_LINK_PURPOSE, karima.beneficiary.id, new Date('2026-05-01T00:00:00Z'));
        const wrongPurpose = links.sign('proposal.answer', karima.beneficiary.id, new Date('2027-01-01T00:00:00Z'));
        for (const token of [expired, wrongPurpose, 'abc.def.ghi']) {
          const response = await fetch(`${platform.baseUrl}/passeport/${token}`, { headers: { accept: 'text/html' } });
          expect(response.status).toBe(401);
          const html = await response.text();
          expect(html).toContain('Ce lien n&#x27;est pas valide ou a expiré.');
          expect(html).not.toContain('%PDF');
        }
      },
      SLOW,
    );
  });

  describe('passport PDF, verification page and passport query', () => {
    let code: string;

    it(
      'serves the PDF to the referent and the admin, not to others',
      async () => {
        const url = `${platform.baseUrl}/passports/${karima.beneficiary.id}.pdf`;
        const forReferent = await fetch(url, { headers: { authorization: `Bearer ${referent.token}` } });
        expect(forReferent.status).toBe(200);
        const text = await pdfText(new Uint8Array(await forReferent.arrayBuffer()));
        expect(text).toContain('Accueil du public — Pratique (2/3)');
        code = /code de vérification ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)?.[1] as string;
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(text).toContain(`/verify/${code.replace(/-/g, '')}`);

        // The same attestations, printed again, carry the same code.
        const again = await fetch(url, { headers: { authorization: `Bearer ${admin.token}` } });
        expect(await pdfText(new Uint8Array(await again.arrayBuffer()))).toContain(code);
        expect(await platform.dataSource.getRepository(PassportVerification).count()).toBe(1);

        for (const account of [colleague, coordinator, host]) {
          const refused = await fetch(url, {
            headers: { authorization: `Bearer ${account.token}`, accept: 'application/json' },
          });
          expect(refused.status).toBe(403);
          expect(((await refused.json()) as { code: string }).code).toBe('FORBIDDEN');
        }
        const anonymous = await fetch(url, { headers: { accept: 'application/json' } });
        expect(anonymous.status).toBe(401);
        const none = await fetch(`${platform.baseUrl}/passports/${paul.beneficiary.id}.pdf`, {
          headers: { authorization: `Bearer ${referent.token}`, accept: 'application/json' },
        });
        expect(none.status).toBe(404);
      },
      SLOW,
    );

    it(
      'confirms the attestations on the public verification page, without personal data',
      async () => {
        const response = await fetch(`${platform.baseUrl}/verify/${code}`, { headers: { accept: 'text/html' } });
        expect(response.status).toBe(200);
        const html = await response.text();
        for (const expected of [
          'Passeport Bénévole authentique',
          `sous le code <strong>${code}</strong>`,
          'Accueil à l’épicerie solidaire',
          'Épicerie solidaire du Haut-Bugey (Oyonnax)',
          'depuis le 17/03/2026',
          'Accueil du public',
          'Pratique (2/3)',
          'Travailler en équipe',
          'Maîtrise (3/3)',
          'le 15/05/2026 (Responsable des bénévoles)',
        ]) {
          expect(html).toContain(expected);
        }
        for (const personal of ['Karima', 'Benali', karima.beneficiary.email as string, 'Martine Lacroix', 'RSA']) {
          expect(html).not.toContain(personal);
        }
        // Typed by hand: lower case, spaces, an O for a 0 still find it.
        const typed = code.toLowerCase().replace(/-/g, ' ');
        const byHand = await fetch(`${platform.baseUrl}/verify?code=${encodeURIComponent(typed)}`, {
          redirect: 'manual',
        });
        expect(byHand.status).toBe(303);
        expect(byHand.headers.get('location')).toBe(`/verify/${code.replace(/-/g, '')}`);
      },
      SLOW,
    );

    it(
      'answers an unknown or malformed code with a clear French page',
      async () => {
        const unknown = await fetch(`${platform.baseUrl}/verify/ZZZZ-ZZZZ-ZZZZ`);
        expect(unknown.status).toBe(404);
        const html = await unknown.text();
        expect(html).toContain('Code de vérification inconnu');
        expect(html).toContain('Aucun\nPasseport Bénévole ne porte le code <strong>ZZZZ-ZZZZ-ZZZZ</strong>');
        const malformed = await fetch(`${platform.baseUrl}/verify/${encodeURIComponent('<script>alert(1)</script>')}`);
        expect(malformed.status).toBe(404);
        const page = await malformed.text();
        expect(page).toContain("Ce texte n'est pas un code de vérification");
        expect(page).not.toContain('<script>alert(1)</script>');
      },
      SLOW,
    );

    it(
      'gathers the entries in the passport query for the referent only',
      async () => {
        type View = {
          passport: {
            holderName: string;
            issuedAt: string;
            pdfUrl: string;
            entries: Array<{
              missionTitle: string;
              hostName: string;
              competencies: Array<{ code: string; level: number; levelLabel: string }>;
              attestors: Array<{ name: string; role: string }>;
            }>;
          };
        };
        const view = await platform.gqlOk<View>(PASSPORT, { beneficiaryId: karima.beneficiary.id }, referent.token);
        expect(view.passport).toMatchObject({
          holderName: 'Karima Benali',
          issuedAt: '2026-05-15T12:00:00.000Z',
          pdfUrl: `${platform.baseUrl}/passports/${karima.beneficiary.id}.pdf`,
          entries: [
            {
              missionTitle: 'Accueil à l’épicerie solidaire',
              hostName: 'Épicerie solidaire du Haut-Bugey',
              competencies: [
                { code: 'SE_EQUIPE', level: 3, levelLabel: 'Maîtrise' },
                { code: 'TR_ACCUEIL', level: 2, levelLabel: 'Pratique' },
              ],
              attestors: [{ name: 'Martine Lacroix', role: 'Responsable des bénévoles' }],
            },
          ],
        });
        const refused = await platform.gql(PASSPORT, { beneficiaryId: karima.beneficiary.id }, colleague.token);
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const hostRefused = await platform.gql(PASSPORT, { beneficiaryId: karima.beneficiary.id }, host.token);
        expect(hostRefused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      },
      SLOW,
    );

    it(
      'gives a new code once the passport has a new attestation, the old one still vouching for what it printed',
      async () => {
        clock.set('2026-05-15T16:00:00Z');
        await platform.gqlOk<Attest>(
          ATTEST,
          {
            input: {
              engagementId: engagement.id,
              attestorName: 'Martine Lacroix',
              attestorRole: 'Responsable des bénévoles',
              competencies: [{ competencyCode: 'TR_ACCUEIL', level: 3, comment: 'Autonome à l’accueil' }],
            },
          },
          host.token,
        );
        const response = await fetch(`${platform.baseUrl}/passports/${karima.beneficiary.id}.pdf`, {
          headers: { authorization: `Bearer ${referent.token}` },
        });
        const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
        expect(text).toContain('Accueil du public — Maîtrise (3/3)');
        const newCode = /code de vérification ([0-9A-Z-]{14})/.exec(text)?.[1];
        expect(newCode).not.toBe(code);
        const old = await (await fetch(`${platform.baseUrl}/verify/${code}`)).text();
        expect(old).toContain('Pratique (2/3)');
        const current = await (await fetch(`${platform.baseUrl}/verify/${newCode}`)).text();
        expect(current).toContain('Maîtrise (3/3)');
        expect(current).not.toContain('Pratique (2/3)');
      },
      SLOW,
    );
  });

  describe('completeEngagement, abandon and withdrawal', () => {
    it(
      'completes the mission: dates and hours, the place stays taken',
      async () => {
        const before = await placesTaken();
        const bad = await expectRefused(platform, 'BAD_USER_INPUT', () =>
          platform.gql(
            COMPLETE_ENGAGEMENT,
            { input: { engagementId: engagement.id, endDate: '2026-03-16', hoursDone: 30 } },
            referent.token,
          ),
        );
        expect(fieldsOf(bad)).toEqual(['endDate']);
        await expectRefused(platform, 'BAD_USER_INPUT', () =>
          platform.gql(
            COMPLETE_ENGAGEMENT,
            { input: { engagementId: engagement.id, endDate: '2026-05-16', hoursDone: 30 } },
            referent.token,
          ),
        );
        const done = await platform.gqlOk<{ completeEngagement: EngagementView }>(
          COMPLETE_ENGAGEMENT,
          { input: { engagementId: engagement.id, endDate: '2026-05-12', hoursDone: 30 } },
          host.token,
        );
        expect(done.completeEngagement).toMatchObject({ status: 'COMPLETED', endDate: '2026-05-12', hoursDone: 30 });
        expect(await placesTaken()).toBe(before);
        await expectRefused(platform, 'INVALID_TRANSITION', () =>
          platform.gql(
            WITHDRAW_ENGAGEMENT,
            { input: { engagementId: engagement.id, reason: 'Erreur de saisie' } },
            referent.token,
          ),
        );
      },
      SLOW,
    );

    it(
      'cancels a mission that did not take place: the place goes back to the mission',
      async () => {
        const paulEngagement = (
          await platform.gqlOk<{ engagements: { edges: Array<{ node: { id: string } }> } }>(
            ENGAGEMENTS,
            { beneficiaryId: paul.beneficiary.id },
            referent.token,
          )
        ).engagements.edges[0].node.id;
        const before = await placesTaken();
        await expectRefused(platform, 'FORBIDDEN', () =>
          platform.gql(
            WITHDRAW_ENGAGEMENT,
            { input: { engagementId: paulEngagement, reason: 'Jamais venu' } },
            otherHost.token,
          ),
        );
        const withdrawn = await platform.gqlOk<{ withdrawEngagement: EngagementView }>(
          WITHDRAW_ENGAGEMENT,
          { input: { engagementId: paulEngagement, reason: 'Ne s’est jamais présenté à l’épicerie' } },
          referent.token,
        );
        expect(withdrawn.withdrawEngagement).toMatchObject({
          status: 'WITHDRAWN',
          withdrawalReason: 'Ne s’est jamais présenté à l’épicerie',
        });
        expect(await placesTaken()).toBe(before - 1);
        const book = await platform.gqlOk<{ logbook: { edges: Array<{ node: { summary: string } }> } }>(
          LOGBOOK,
          { beneficiaryId: paul.beneficiary.id, types: ['ENGAGEMENT_WITHDRAWN'] },
          referent.token,
        );
        expect(book.logbook.edges[0].node.summary).toContain('la place est rendue à la mission');
        // The proposal cannot be withdrawn on top: that would free the place a second time.
        const again = await expectRefused(platform, 'INVALID_TRANSITION', () =>
          platform.gql(WITHDRAW, { input: { proposalId: paul.proposalId } }, referent.token),
        );
        expect(again.errors?.[0]?.message).toContain('l’engagement doit d’abord être annulé');
        await expectRefused(platform, 'INVALID_TRANSITION', () =>
          platform.gql(WITHDRAW, { input: { proposalId: karima.proposalId } }, referent.token),
        );
        // Nothing to attest or record after a cancellation.
        await expectRefused(platform, 'INVALID_TRANSITION', () =>
          platform.gql(
            ABANDON_ENGAGEMENT,
            { input: { engagementId: paulEngagement, endDate: '2026-04-01', reason: 'Trop loin' } },
            referent.token,
          ),
        );
        await expectRefused(platform, 'INVALID_TRANSITION', () =>
          platform.gql(
            RECORD_OUTCOME,
            { input: { engagementId: paulEngagement, kind: 'NOTHING_YET', startDate: '2026-05-15' } },
            referent.token,
          ),
        );
      },
      SLOW,
    );
  });

  describe('recordOutcome', () => {
    const record = (account: StaffAccount, input: Record<string, unknown>) =>
      platform.gql<{
        recordOutcome: {
          id: string;
          kind: string;
          contractType: string | null;
          startDate: string;
          endDate: string | null;
        };
      }>(RECORD_OUTCOME, { input: { engagementId: engagement.id, ...input } }, account.token);

    it(
      'refuses an outcome dated before the interview, a job without contract, and others than the referent',
      async () => {
        const early = await expectRefused(platform, 'BAD_USER_INPUT', () =>
          record(referent, { kind: 'TRAINING', startDate: '2026-03-09' }),
        );
        expect(fieldsOf(early)).toEqual(['startDate']);
        expect(early.errors?.[0]?.message).toContain("ne peut pas précéder l'entretien tripartite du 10/03/2026");
        const noContract = await expectRefused(platform, 'BAD_USER_INPUT', () =>
          record(referent, { kind: 'JOB', startDate: '2026-06-01' }),
        );
        expect(fieldsOf(noContract)).toEqual(['contractType']);
        await expectRefused(platform, 'BAD_USER_INPUT', () =>
          record(referent, { kind: 'JOB', contractType: 'CDI', startDate: '2026-06-01', endDate: '2026-12-31' }),
        );
        await expectRefused(platform, 'FORBIDDEN', () =>
          record(colleague, { kind: 'NOTHING_YET', startDate: '2026-05-15' }),
        );
        for (const account of [host, coordinator]) {
          await expectRefused(platform, 'FORBIDDEN', () =>
            record(account, { kind: 'NOTHING_YET', startDate: '2026-05-15' }),
          );
        }
      },
      SLOW,
    );

    it(
      'records a job with its contract and dates, into the carnet de bord',
      async () => {
        clock.set('2026-05-20T08:00:00Z');
        const data = await record(referent, {
          kind: 'JOB',
          contractType: 'CDD',
          startDate: '2026-06-01',
          endDate: '2026-11-30',
          detail: 'Employée libre-service, Intermarché Oyonnax',
        });
        expect(data.errors).toBeUndefined();
        expect(data.data?.recordOutcome).toMatchObject({
          kind: 'JOB',
          contractType: 'CDD',
          startDate: '2026-06-01',
          endDate: '2026-11-30',
        });
        const book = await platform.gqlOk<{ logbook: { edges: Array<{ node: { type: string; summary: string } }> } }>(
          LOGBOOK,
          { beneficiaryId: karima.beneficiary.id },
          referent.token,
        );
        expect(book.logbook.edges[0].node).toEqual({
          type: 'OUTCOME_RECORDED',
          summary:
            'Suite de la mission « Accueil à l’épicerie solidaire » : emploi en CDD du 01/06/2026 au 30/11/2026 — Employée libre-service, Intermarché Oyonnax.',
          id: expect.any(String),
          typeLabel: 'Suite du parcours',
          confidential: false,
          occurredAt: expect.any(String),
          author: { id: referent.user.id },
          referenceId: expect.any(String),
        });
        // Every step of the mission is in the carnet de bord.
        expect(book.logbook.edges.map((e) => e.node.type)).toEqual(
          expect.arrayContaining([
            'ENGAGEMENT_STARTED',
            'COMPETENCIES_ATTESTED',
            'ENGAGEMENT_COMPLETED',
            'OUTCOME_RECORDED',
          ]),
        );
        const seen = await platform.gqlOk<{ engagements: { edges: Array<{ node: { id: string } }> } }>(
          ENGAGEMENTS,
          { beneficiaryId: karima.beneficiary.id },
          referent.token,
        );
        expect(seen.engagements.edges).toHaveLength(1);
      },
      SLOW,
    );
  });

  describe('abandonEngagement', () => {
    it(
      'interrupts a mission with a reason; the place stays taken',
      async () => {
        clock.set('2026-03-10T09:30:00Z');
        await recordHeld(platform, coordinator, notHeld.interviewId);
        // Twelve people press « démarrer » at once: one mission starts, the others are told it already has.
        const attempts = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            start(i % 2 ? coordinator : referent, {
              interviewId: notHeld.interviewId,
              startDate: '2026-03-12',
              plannedHours: 24,
            }),
          ),
        );
        const winners = attempts.filter((a) => a.data?.startEngagement);
        expect(winners).toHaveLength(1);
        expect(attempts.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(11);
        const started = winners[0].data as Start;
        const [{ n }] = (await platform.dataSource.query(
          `SELECT count(*)::int AS n FROM logbook_entry WHERE type = 'ENGAGEMENT_STARTED' AND beneficiary_id = $1`,
          [notHeld.beneficiary.id],
        )) as Array<{ n: number }>;
        expect(n).toBe(1);
        clock.set('2026-04-02T10:00:00Z');
        const before = await placesTaken();
        const noReason = await expectRefused(platform, 'BAD_USER_INPUT', () =>
          platform.gql(
            ABANDON_ENGAGEMENT,
            { input: { engagementId: started.startEngagement.id, endDate: '2026-04-01', reason: ' ' } },
            referent.token,
          ),
        );
        expect(fieldsOf(noReason)).toEqual(['reason']);
        const abandoned = await platform.gqlOk<{ abandonEngagement: EngagementView }>(
          ABANDON_ENGAGEMENT,
          {
            input: {
              engagementId: started.startEngagement.id,
              endDate: '2026-04-01',
              hoursDone: 9,
              reason: 'A repris un emploi à temps plein',
            },
          },
          referent.token,
        );
        expect(abandoned.abandonEngagement).toMatchObject({
          status: 'ABANDONED',
          endDate: '2026-04-01',
          hoursDone: 9,
          abandonReason: 'A repris un emploi à temps plein',
        });
        expect(await placesTaken()).toBe(before);
      },
      SLOW,
    );
  });

  describe('locks', () => {
    it(
      'locks an engagement being changed without holding up the rows that refer to it (no deadlock with an outcome)',
      async () => {
        // An attestation locks the engagement, then appends to the person's logbook; recording an
        // outcome locks the person's file, then inserts a row referring to the engagement. With the
        // engagement locked FOR UPDATE, each waited for the other: PostgreSQL ended one (deadlock).
        const other = platform.dataSource.createQueryRunner();
        await other.connect();
        try {
          await platform.api.get(UnitOfWork).run(async (tx) => {
            await platform.api.get(EngagementLoader).forUpdate(tx, engagement.id);
            await other.startTransaction();
            // What a foreign key asks of the engagement's row; NOWAIT: an error at once if it had to wait.
            expect(
              await other.query('SELECT 1 FROM engagement WHERE id = $1 FOR KEY SHARE NOWAIT', [engagement.id]),
            ).toHaveLength(1);
            // Two changes of the same engagement still take turns.
            await expect(
              other.query('SELECT 1 FROM engagement WHERE id = $1 FOR NO KEY UPDATE NOWAIT', [engagement.id]),
            ).rejects.toMatchObject({ code: '55P03' });
            await other.rollbackTransaction();
          });
        } finally {
          await other.release();
        }
      },
      SLOW,
    );
  });
});

describe('verification page rate limit', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false, env: { LINK_RATE_LIMIT: '3' } });
  }, SLOW);
  afterAll(async () => {
    await platform?.stop();
  });

  it(
    'answers RATE_LIMITED with a French page once the budget of the minute is spent',
    async () => {
      const statuses: number[] = [];
      let last = '';
      for (let i = 0; i < 4; i++) {
        const response = await fetch(`${platform.baseUrl}/verify/AAAA-BBBB-CCC${i}`, {
          headers: { accept: 'text/html' },
        });
        statuses.push(response.status);
        last = await response.text();
      }
      expect(statuses).toEqual([404, 404, 404, 429]);
      expect(last).toContain('Trop de tentatives. Merci de patienter une minute avant de réessayer.');
    },
    SLOW,
  );
});
