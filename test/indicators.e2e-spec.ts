import { LogbookEntryType } from '@tremplin/beneficiaries';
import { FakeClock, JobName, JobQueue, Role } from '@tremplin/core';
import { BELLEY, OYONNAX } from './support/beneficiary-helpers';
import { IndicatorScenario, paris } from './support/indicator-scenario';
import { StaffAccount, TestPlatform, eventually } from './support/test-platform';

/**
 * The indicators over a scenario built by hand, whose every value is known: the first quarter of
 * 2026 ([1 January, 1 April)) of the CDS Oyonnax, seen on 20 April 2026. Events sit on both sides
 * of each boundary: the start and the end of the period in Paris time (the end falls after the
 * change to summer time), the other territory (Belley), the delays of one, two, six and twelve
 * months, re-orientations, withdrawn engagements, emails to someone else than the host…
 */
const REPORT = `query($from: LocalDate!, $to: LocalDate!, $territoryId: ID) {
  indicators(from: $from, to: $to, territoryId: $territoryId) {
    from to periodLabel territoryId scopeLabel exactFigures
    values { code kind label definition unit value numerator denominator display numeratorDisplay denominatorDisplay masked }
    missionsByDomain { key label count display }
    missionsByHost { key label count display }
    competenciesAttested { key label count display }
    exchanges { territoryName month monthLabel proposals { count display } interviews { count display }
      messages { count display } total { count display } }
    monthly { month code value display }
    missions { title domainCode hostName communeName }
  } }`;

const HISTORY = `query($fromMonth: LocalDate!, $toMonth: LocalDate!, $territoryId: ID) {
  indicatorHistory(fromMonth: $fromMonth, toMonth: $toMonth, territoryId: $territoryId) {
    month code value numerator denominator display masked computedAt } }`;

interface ValueView {
  code: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  display: string;
  numeratorDisplay: string | null;
  denominatorDisplay: string | null;
  masked: boolean;
  definition: string;
}

interface ReportView {
  scopeLabel: string;
  exactFigures: boolean;
  periodLabel: string;
  values: ValueView[];
  missionsByDomain: Array<{ key: string; count: number | null; display: string }>;
  missionsByHost: Array<{ label: string; count: number | null; display: string }>;
  competenciesAttested: Array<{ key: string; count: number | null; display: string }>;
  exchanges: Array<{
    territoryName: string;
    month: string;
    proposals: { count: number | null; display: string };
    interviews: { count: number | null; display: string };
    messages: { count: number | null; display: string };
    total: { count: number | null; display: string };
  }>;
  monthly: Array<{ month: string; code: string; value: number | null; display: string }>;
  missions: Array<{ title: string; domainCode: string; hostName: string; communeName: string }>;
}

const Q1 = { from: '2026-01-01', to: '2026-04-01' };

describe('indicators', () => {
  const clock = new FakeClock(paris('2026-04-20 09:00'));
  let platform: TestPlatform;
  let s: IndicatorScenario;
  let admin: StaffAccount;
  let manager: StaffAccount;
  let belleyManager: StaffAccount;
  let plainReferent: StaffAccount;
  let associationMember: StaffAccount;
  let coordinator: StaffAccount;
  let oyonnaxId: string;
  let belleyId: string;

  async function report(account: StaffAccount, territoryId: string | null, period = Q1): Promise<ReportView> {
    return (await platform.gqlOk<{ indicators: ReportView }>(REPORT, { ...period, territoryId }, account.token))
      .indicators;
  }

  const byCode = (view: ReportView) => new Map(view.values.map((v) => [v.code, v]));
  const figures = (view: ReportView) =>
    Object.fromEntries(view.values.map((v) => [v.code, [v.value, v.numerator, v.denominator]]));

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock });
    s = new IndicatorScenario(platform);
    await s.init();
    oyonnaxId = s.place(OYONNAX).territoryId;
    belleyId = s.place(BELLEY).territoryId;
    admin = await platform.createStaff(Role.ADMIN);
    manager = await platform.createStaff(Role.REFERENT, { territoryId: oyonnaxId, isTerritoryManager: true });
    belleyManager = await platform.createStaff(Role.REFERENT, { territoryId: belleyId, isTerritoryManager: true });
    plainReferent = await platform.createStaff(Role.REFERENT, { territoryId: oyonnaxId });
    coordinator = await platform.createStaff(Role.COORDINATOR);
    const L = LogbookEntryType;

    // Action 1 and 2 — entrants of the quarter in Oyonnax (one-month and two-month delays).
    const b1 = await s.beneficiary('B1', { entry: '2026-01-10' });
    await s.orientation(b1, paris('2026-02-10 15:00')); // on the due date: on time
    await s.logbook(b1, L.APPOINTMENT, paris('2026-03-10 10:00')); // accompanied on the due date
    const b2 = await s.beneficiary('B2', { entry: '2026-01-31' });
    await s.orientation(b2, paris('2026-02-28 11:00')); // 31 January + 1 month = 28 February
    await s.logbook(b2, L.APPOINTMENT, paris('2026-04-01 10:00')); // due 31 March: late
    const b3 = await s.beneficiary('B3', { entry: '2026-01-31' });
    await s.orientation(b3, paris('2026-03-01 09:00')); // a day late
    await s.logbook(b3, L.BARRIER_ACTION, paris('2026-02-10 10:00'));
    await s.logbook(b3, L.BARRIER_ACTION, paris('2026-03-01 10:00'));
    const b4 = await s.beneficiary('B4', { entry: '2026-03-31' });
    await s.orientation(b4, paris('2026-04-10 10:00')); // after the period, within its delay
    await s.beneficiary('B5', { entry: '2026-02-15' }); // never oriented nor accompanied, delays over
    await s.beneficiary('B6', { entry: '2026-04-20' }); // entered after the period
    const b9 = await s.beneficiary('B9', { entry: '2026-03-25' }); // not oriented yet, still within the month
    await s.logbook(b9, L.INSERTION_ACTION, paris('2026-04-02 10:00'));
    const b10 = await s.beneficiary('B10', { entry: '2026-02-01' });
    await s.orientation(b10, paris('2026-03-05 10:00')); // due 1 March: late
    await s.logbook(b10, L.APPOINTMENT, paris('2026-02-05 10:00'));
    await s.logbook(b10, L.INSERTION_ACTION, paris('2026-02-20 10:00'));
    // Re-orientations within 6 months of the first orientation, and barrier actions at the boundaries.
    const b7 = await s.beneficiary('B7', { entry: '2025-12-31' });
    await s.orientation(b7, paris('2026-01-05 10:00'));
    await s.orientation(b7, paris('2026-03-20 10:00'), true);
    await s.orientation(b7, paris('2026-03-28 10:00'), true);
    await s.logbook(b7, L.BARRIER_ACTION, paris('2026-01-01 00:00'));
    const b11 = await s.beneficiary('B11', { entry: '2025-06-01' });
    await s.orientation(b11, paris('2025-07-01 10:00'));
    await s.orientation(b11, paris('2026-01-01 00:30'), true); // exactly 6 months later, first minutes of the period
    await s.logbook(b11, L.BARRIER_ACTION, paris('2026-03-31 23:59'));
    const b12 = await s.beneficiary('B12', { entry: '2025-06-01' });
    await s.orientation(b12, paris('2025-07-01 10:00'));
    await s.orientation(b12, paris('2026-01-02 10:00'), true); // 6 months and a day
    await s.logbook(b12, L.BARRIER_ACTION, paris('2025-12-31 23:30'));
    await s.logbook(b12, L.BARRIER_ACTION, paris('2026-04-01 00:00'));
    const b13 = await s.beneficiary('B13', { entry: '2025-10-01' });
    await s.orientation(b13, paris('2026-02-01 10:00'));
    await s.orientation(b13, paris('2026-04-01 00:30'), true); // just after the period
    await s.beneficiary('B14', { entry: '2025-05-01', leftAt: paris('2025-12-15 10:00') }); // left before
    const b15 = await s.beneficiary('B15', { entry: '2025-05-01', leftAt: paris('2026-02-01 10:00') });
    await s.logbook(b15, L.INSERTION_ACTION, paris('2026-01-15 10:00'));
    // The same kinds of facts in Belley: they count for the département only.
    const b8 = await s.beneficiary('B8', { entry: '2026-01-15', commune: BELLEY });
    await s.orientation(b8, paris('2026-01-20 10:00'));
    await s.orientation(b8, paris('2026-02-20 10:00'), true);
    await s.logbook(b8, L.BARRIER_ACTION, paris('2026-02-01 10:00'));

    // Action 5 — hosts, missions, proposals, interviews, engagements, passports, outcomes, emails.
    const h1 = await s.association(
      'Épicerie solidaire du Haut-Bugey',
      OYONNAX,
      'contact@epicerie-hb.fr',
      'accueil@epicerie-hb.fr',
    );
    const h2 = await s.association(
      'Club sportif d’Arbent',
      '01014',
      'club@arbent-sport.fr',
      'benevoles@arbent-sport.fr',
    );
    const h3 = await s.association('Sentiers du Bugey', BELLEY, 'contact@sentiers-bugey.fr', 'sentiers@belley.fr');
    associationMember = await platform.createStaff(Role.ASSOCIATION, { associationId: h1 });
    const m1 = await s.mission(h1, {
      title: 'Accueil à l’épicerie solidaire',
      domain: 'ALIMENTATION',
      commune: OYONNAX,
      publishedAt: paris('2025-11-01 10:00'),
    });
    const m2 = await s.mission(h1, {
      title: 'Aide aux démarches en ligne',
      domain: 'SOLIDARITE_INSERTION',
      commune: OYONNAX,
      publishedAt: paris('2026-02-01 10:00'),
    });
    const m3 = await s.mission(h2, {
      title: 'Encadrement des jeunes joueurs',
      domain: 'SPORT',
      commune: '01014',
      publishedAt: paris('2025-10-01 10:00'),
      closedAt: paris('2026-03-15 10:00'),
    });
    const m4 = await s.mission(h3, {
      title: 'Entretien des sentiers',
      domain: 'ENVIRONNEMENT',
      commune: BELLEY,
      publishedAt: paris('2025-10-01 10:00'),
    });
    await s.mission(h1, { title: 'Brouillon de mission', domain: 'ALIMENTATION', commune: OYONNAX, publishedAt: null });
    await s.mission(h2, {
      title: 'Tournoi de printemps',
      domain: 'SPORT',
      commune: '01014',
      publishedAt: paris('2026-04-05 10:00'),
    });
    await s.mission(h1, {
      title: 'Collecte de Noël',
      domain: 'ALIMENTATION',
      commune: OYONNAX,
      publishedAt: paris('2025-11-15 10:00'),
      closedAt: paris('2025-12-31 23:59'),
    });
    const m8 = await s.mission(h1, {
      title: 'Distribution hivernale',
      domain: 'ALIMENTATION',
      commune: OYONNAX,
      publishedAt: paris('2024-10-01 10:00'),
      closedAt: paris('2025-06-01 10:00'),
    });

    const e = new Map<string, string>();
    for (const name of ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8']) {
      e.set(name, await s.beneficiary(name, { entry: '2025-09-01' }));
    }
    const f1 = await s.beneficiary('F1', { entry: '2025-09-01', commune: BELLEY });
    const E = (name: string) => e.get(name) as string;

    const p1 = await s.proposal(E('E1'), m1, paris('2025-12-20 10:00'));
    const i1 = await s.interview(p1, paris('2026-01-03 10:00'));
    const g1 = await s.engagement(i1, { start: '2026-01-05', status: 'COMPLETED', end: '2026-03-01' });
    const p2 = await s.proposal(E('E2'), m1, paris('2026-01-20 10:00'));
    const i2 = await s.interview(p2, paris('2026-02-05 10:00'));
    const g2 = await s.engagement(i2, { start: '2026-02-10' });
    const p3 = await s.proposal(E('E3'), m3, paris('2026-03-01 10:00'));
    const i3 = await s.interview(p3, paris('2026-03-31 22:45')); // the last hour of the period
    const g3 = await s.engagement(i3, { start: '2026-03-31', status: 'ABANDONED', end: '2026-04-10' });
    const p4 = await s.proposal(E('E4'), m2, paris('2026-03-15 10:00'));
    const i4 = await s.interview(p4, paris('2026-04-01 09:00'));
    await s.engagement(i4, { start: '2026-04-01' });
    const p5 = await s.proposal(E('E5'), m1, paris('2025-11-01 10:00'));
    const i5 = await s.interview(p5, paris('2025-11-20 10:00'));
    const g5 = await s.engagement(i5, { start: '2025-12-01' }); // under way through the period
    const p6 = await s.proposal(E('E6'), m3, paris('2026-01-10 10:00'));
    const i6 = await s.interview(p6, paris('2026-01-25 10:00'));
    const g6 = await s.engagement(i6, { start: '2026-02-01', status: 'WITHDRAWN' }); // never took place
    const p7 = await s.proposal(E('E1'), m2, paris('2026-02-20 10:00'));
    const i7 = await s.interview(p7, paris('2026-03-05 10:00'));
    const g7 = await s.engagement(i7, { start: '2026-03-10' }); // E1's second mission
    const p8 = await s.proposal(f1, m4, paris('2026-01-05 10:00'));
    const i8 = await s.interview(p8, paris('2026-01-15 10:00'));
    await s.engagement(i8, { start: '2026-01-20' });
    const p9 = await s.proposal(E('E7'), m8, paris('2024-11-01 10:00'));
    const i9 = await s.interview(p9, paris('2024-11-20 10:00'));
    const g9 = await s.engagement(i9, { start: '2024-12-01', status: 'COMPLETED', end: '2025-03-01' });
    const p10 = await s.proposal(E('E8'), m8, paris('2024-12-15 10:00'));
    const i10 = await s.interview(p10, paris('2025-01-10 10:00'));
    const g10 = await s.engagement(i10, { start: '2025-01-15', status: 'COMPLETED', end: '2025-04-15' });
    await s.proposal(E('E2'), m3, paris('2026-03-31 23:30'), 'DECLINED');
    await s.proposal(E('E3'), m1, paris('2026-04-01 00:30'), 'PROPOSED');
    await s.interview(await s.proposal(b1, m1, paris('2026-02-01 10:00')), paris('2026-02-10 10:00'), 'NO_SHOW');
    await s.interview(await s.proposal(b3, m2, paris('2026-02-02 10:00')), paris('2026-02-12 10:00'), 'CANCELLED');
    await s.interview(await s.proposal(b10, m2, paris('2026-04-10 10:00')), paris('2026-05-01 10:00'), 'SCHEDULED');

    await s.passport(E('E1'), paris('2026-03-01 10:00'));
    await s.passport(E('E2'), paris('2026-03-31 23:30'));
    await s.passport(E('E3'), paris('2026-04-01 00:10'));
    await s.passport(E('E5'), paris('2025-12-20 10:00'));
    await s.attestation(g1, paris('2026-03-01 10:00'), ['TR_ACCUEIL', 'SE_EQUIPE', 'PR_LOGISTIQUE']);
    await s.attestation(g2, paris('2026-03-31 23:30'), ['TR_ACCUEIL', 'SE_SERVICE']);
    await s.attestation(g3, paris('2026-04-01 00:10'), ['TR_ACCUEIL']);
    await s.attestation(g5, paris('2025-12-20 10:00'), ['SE_EQUIPE']);
    await s.attestation(g5, paris('2026-02-15 10:00'), ['TR_ACCUEIL', 'SE_EQUIPE']);

    await s.outcome(g1, 'JOB', '2026-03-20');
    await s.outcome(g7, 'JOB', '2026-03-25'); // the same person again
    await s.outcome(g5, 'JOB', '2026-01-15');
    await s.outcome(g2, 'TRAINING', '2026-03-01'); // a training is no job
    await s.outcome(g3, 'JOB', '2026-03-30'); // before the mission started
    await s.outcome(g9, 'JOB', '2026-01-10'); // more than 12 months after the start
    await s.outcome(g10, 'JOB', '2026-01-15'); // exactly 12 months after the start
    await s.outcome(g6, 'JOB', '2026-03-01'); // after a mission that never took place

    await s.email(`interview:${i2}:v0:welcome`, 'accueil@epicerie-hb.fr', paris('2026-01-30 10:00'));
    await s.email(`interview:${i3}:v0:welcome`, 'benevoles@arbent-sport.fr', paris('2026-03-20 10:00'));
    await s.email(`proposal:${p2}:accepted`, 'e2@exemple.fr', paris('2026-01-21 10:00')); // to the person
    await s.email(`interview:${i1}:v0:welcome`, 'accueil@epicerie-hb.fr', paris('2025-12-28 10:00')); // before
    await s.email(`interview:${i7}:v0:member`, associationMember.user.email, paris('2026-03-01 10:00'));
    await s.email(`interview:${i6}:v0:welcome`, 'benevoles@arbent-sport.fr', paris('2026-01-20 10:00'), 'FAILED');
    await s.email(`interview:${i8}:v0:welcome`, 'sentiers@belley.fr', paris('2026-01-10 10:00')); // Belley
    await s.email(`proposal:${p3}:host-notice`, 'club@arbent-sport.fr', paris('2026-03-02 10:00'));
    await s.email(`passport:attestation:${g1}`, 'contact@epicerie-hb.fr', paris('2026-03-05 10:00')); // not an exchange
    await s.email(`interview:${i2}:v0:other`, 'benevoles@arbent-sport.fr', paris('2026-02-06 10:00')); // not the host
  });

  afterAll(async () => {
    await platform?.stop();
  });

  describe('indicators(from, to, territoryId)', () => {
    it('gives the service Insertion the exact value of every indicator of a territory', async () => {
      const view = await report(admin, oyonnaxId);
      expect(view).toMatchObject({
        scopeLabel: 'CDS Oyonnax',
        exactFigures: true,
        periodLabel: 'du 01/01/2026 au 31/03/2026',
      });
      expect(figures(view)).toEqual({
        'A5-1': [3, 3, null],
        'A5-2': [3, 3, null],
        'A5-3': [2, 2, null],
        'A5-4': [5, 5, null],
        'A5-Q1': [4, 4, null],
        'A5-Q1-DOM': [0.63, 3, 4],
        'A5-Q1-STR': [0.38, 2, 4],
        'A5-Q2': [17, 17, null],
        'A5-Q3': [6, 6, null],
        'A1-1': [50, 3, 6],
        'A1-2': [3, 3, null],
        'A1-4': [30, 6, 20],
        'A2-1': [4, 4, null],
        'A2-2': [3, 3, null],
        'A2-3': [66.7, 4, 6],
      });
      const values = byCode(view);
      expect(values.get('A1-1')?.display).toBe('50,0 %');
      expect(values.get('A5-Q1-DOM')?.display).toBe('0,63');
      expect(values.get('A5-2')?.definition).toContain('12 mois');
      expect(view.values.every((v) => !v.masked)).toBe(true);
    });

    it('counts the whole département, Belley included', async () => {
      expect(figures(await report(admin, null))).toEqual({
        'A5-1': [4, 4, null],
        'A5-2': [3, 3, null],
        'A5-3': [2, 2, null],
        'A5-4': [6, 6, null],
        'A5-Q1': [5, 5, null],
        'A5-Q1-DOM': [0.72, 4, 5],
        'A5-Q1-STR': [0.56, 3, 5],
        'A5-Q2': [20, 20, null],
        'A5-Q3': [6, 6, null],
        'A1-1': [57.1, 4, 7],
        'A1-2': [4, 4, null],
        'A1-4': [31.8, 7, 22],
        'A2-1': [5, 5, null],
        'A2-2': [4, 4, null],
        'A2-3': [71.4, 5, 7],
      });
    });

    it('gives the monthly series of A5-1 to A5-4', async () => {
      const view = await report(admin, oyonnaxId);
      expect(view.monthly.map((p) => `${p.month.slice(0, 7)} ${p.code}=${p.value}`)).toEqual([
        '2026-01 A5-1=1',
        '2026-01 A5-2=2',
        '2026-01 A5-3=0',
        '2026-01 A5-4=2',
        '2026-02 A5-1=1',
        '2026-02 A5-2=0',
        '2026-02 A5-3=0',
        '2026-02 A5-4=1',
        '2026-03 A5-1=2',
        '2026-03 A5-2=1',
        '2026-03 A5-3=2',
        '2026-03 A5-4=2',
      ]);
    });

    it('details missions by domain and host, competencies attested, exchanges and the missions of the map', async () => {
      const view = await report(admin, oyonnaxId);
      expect(view.missionsByDomain.map((d) => [d.key, d.count])).toEqual([
        ['ALIMENTATION', 2],
        ['SOLIDARITE_INSERTION', 1],
        ['SPORT', 1],
      ]);
      expect(view.missionsByHost.map((h) => [h.label, h.count])).toEqual([
        ['Épicerie solidaire du Haut-Bugey', 3],
        ['Club sportif d’Arbent', 1],
      ]);
      expect(view.competenciesAttested.map((c) => [c.key, c.count])).toEqual([
        ['TR_ACCUEIL', 3],
        // E5's « Travailler en équipe » was first attested in December: February's attestation does not count it again.
        ['SE_SERVICE', 1], // « Avoir le sens du service », « Logistique », « Travailler en équipe »
        ['PR_LOGISTIQUE', 1],
        ['SE_EQUIPE', 1],
      ]);
      expect(
        view.exchanges.map((x) => [
          x.territoryName,
          x.month,
          x.proposals.count,
          x.interviews.count,
          x.messages.count,
          x.total.count,
        ]),
      ).toEqual([
        ['CDS Oyonnax', '2026-01-01', 2, 2, 1, 5],
        ['CDS Oyonnax', '2026-02-01', 3, 1, 0, 4],
        ['CDS Oyonnax', '2026-03-01', 3, 2, 3, 8],
      ]);
      expect(view.missions.map((m) => m.title).sort()).toEqual([
        'Accueil à l’épicerie solidaire',
        'Aide aux démarches en ligne',
        'Encadrement des jeunes joueurs',
      ]);
      expect((await report(admin, null)).missions).toHaveLength(4);
    });

    it('protects small numbers for a territory manager', async () => {
      const view = await report(manager, oyonnaxId);
      expect(view.exactFigures).toBe(false);
      const values = byCode(view);
      expect(values.get('A5-1')).toMatchObject({ value: null, numerator: null, display: '< 5', masked: true });
      expect(values.get('A5-4')).toMatchObject({ value: 5, display: '5', masked: false });
      expect(values.get('A5-Q2')).toMatchObject({ value: 17, display: '17' });
      expect(values.get('A1-1')).toMatchObject({
        value: null,
        numerator: null,
        denominator: 6,
        display: 'non diffusé',
        numeratorDisplay: '< 5',
        masked: true,
      });
      expect(values.get('A1-4')).toMatchObject({ value: 30, numerator: 6, denominator: 20, display: '30,0 %' });
      expect(values.get('A5-Q1-DOM')).toMatchObject({ value: null, display: 'non diffusé' });
      expect(view.competenciesAttested.map((c) => c.display)).toEqual(['< 5', '< 5', '< 5', '< 5']);
      expect(view.exchanges[0]).toMatchObject({
        proposals: { count: null, display: '< 5' },
        total: { count: null, display: 'non diffusé' },
      });
      expect(view.monthly.find((p) => p.code === 'A5-4' && p.month === '2026-01-01')).toMatchObject({
        value: null,
        display: '< 5',
      });
      expect(JSON.stringify(view.values.map((v) => v.numerator))).not.toMatch(/\b[1-4]\b/);
    });

    it('refuses other territories, the whole département and other roles to a manager, with coded errors', async () => {
      const code = async (account: StaffAccount, variables: Record<string, unknown>) =>
        (await platform.gql(REPORT, { ...Q1, ...variables }, account.token)).errors?.[0]?.extensions?.code;
      expect(await code(manager, { territoryId: belleyId })).toBe('FORBIDDEN');
      expect(await code(manager, { territoryId: null })).toBe('FORBIDDEN');
      expect(await code(belleyManager, { territoryId: oyonnaxId })).toBe('FORBIDDEN');
      expect(await code(plainReferent, { territoryId: oyonnaxId })).toBe('FORBIDDEN');
      expect(await code(associationMember, { territoryId: null })).toBe('FORBIDDEN');
      expect(await code(coordinator, { territoryId: null })).toBe('FORBIDDEN');
      expect(await code(admin, { territoryId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
      expect(await code(manager, { territoryId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    });

    it('refuses bad periods in French', async () => {
      const bad = async (from: string, to: string) =>
        (await platform.gql(REPORT, { from, to }, admin.token)).errors?.[0];
      const reversed = await bad('2026-04-01', '2026-01-01');
      expect(reversed?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(reversed?.message).toBe(
        'La date de début (01/04/2026) doit précéder la date de fin (01/01/2026) : la période va du premier jour inclus au dernier jour exclu.',
      );
      const long = await bad('2021-01-01', '2026-01-02');
      expect(long?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(long?.message).toContain('ne peut pas dépasser 5 ans');
      expect((await bad('2026-02-30', '2026-04-01'))?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await platform.gql(REPORT, Q1)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('GET /indicators.csv', () => {
    async function csv(account: StaffAccount, query: string): Promise<Response> {
      return fetch(`${platform.baseUrl}/indicators.csv?${query}`, {
        headers: { authorization: `Bearer ${account.token}` },
      });
    }

    it('is UTF-8 with a byte order mark, separated by semicolons, with CRLF line ends', async () => {
      const response = await csv(admin, `from=2026-01-01&to=2026-04-01&territoryId=${oyonnaxId}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="indicateurs-cds-oyonnax-2026-01-01-2026-04-01.csv"',
      );
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      const lines = text.split('\r\n');
      expect(lines[0]).toBe(
        'Code;Indicateur;Détail;Valeur;Unité;Numérateur;Dénominateur;Début de période;Fin de période (incluse);Territoire;Définition',
      );
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
      const a11 = lines.find((l) => l.startsWith('A1-1;'))?.split(';');
      expect(a11?.slice(3, 10)).toEqual(['50,0', '%', '3', '6', '01/01/2026', '31/03/2026', 'CDS Oyonnax']);
      expect(lines.find((l) => l.startsWith('A5-Q1-DOM;'))?.split(';')[3]).toBe('0,63');
      expect(lines.filter((l) => l.startsWith('A5-Q2;'))).toHaveLength(1 + 9);
    });

    it('applies the small-number rule and the rights of the query', async () => {
      const text = await (await csv(manager, `from=2026-01-01&to=2026-04-01`)).text();
      expect(
        text
          .split('\r\n')
          .find((l) => l.startsWith('A5-1;'))
          ?.split(';')[3],
      ).toBe('< 5');
      expect((await csv(manager, `from=2026-01-01&to=2026-04-01&territoryId=${belleyId}`)).status).toBe(403);
      expect((await csv(associationMember, 'from=2026-01-01&to=2026-04-01')).status).toBe(403);
      const bad = await csv(admin, 'from=2026-04-01&to=2026-01-01');
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('GET /indicators', () => {
    it('renders the dashboard with SVG charts and the map for the admin', async () => {
      const response = await fetch(
        `${platform.baseUrl}/indicators?from=2026-01-01&to=2026-04-01&territoryId=${oyonnaxId}`,
        {
          headers: { authorization: `Bearer ${admin.token}`, accept: 'text/html' },
        },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain('<html lang="fr">');
      expect(html).toContain('Indicateurs du Plan insertion 01');
      expect((html.match(/<svg /g) ?? []).length).toBe(4);
      expect(html).toContain('aria-label="Graphique : évolution mensuelle des indicateurs A5-1 à A5-4"');
      expect(html).toContain('aria-label="Carte des missions de bénévolat dans les communes de l’Ain');
      expect(html).toContain('Encadrement des jeunes joueurs');
      expect(html).toContain('50,0 %');
      const decoded = html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
      expect(decoded).toContain(`href="/indicators.csv?from=2026-01-01&to=2026-04-01&territoryId=${oyonnaxId}"`);
    });

    it('opens on the manager’s own territory, and is refused to an association', async () => {
      const page = await fetch(`${platform.baseUrl}/indicators`, {
        headers: { authorization: `Bearer ${manager.token}`, accept: 'text/html' },
      });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<strong>CDS Oyonnax</strong>');
      expect(html).toContain('Protection des petits effectifs');
      const refused = await fetch(`${platform.baseUrl}/indicators`, {
        headers: { authorization: `Bearer ${associationMember.token}`, accept: 'text/html' },
      });
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toContain('<svg');
    });

    it('sends a browser without a session to the login page', async () => {
      const response = await fetch(`${platform.baseUrl}/indicators`, {
        headers: { accept: 'text/html' },
        redirect: 'manual',
      });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/connexion?suite=%2Findicators');
    });
  });

  describe('history', () => {
    it('stores each indicator per month and territory, and recomputing a month changes nothing', async () => {
      const jobs = platform.api.get(JobQueue);
      const rows = () =>
        platform.dataSource.query(
          `SELECT id, territory_id, code, value, numerator, denominator, breakdown FROM indicator_snapshot
           WHERE month = '2026-03-01' ORDER BY territory_id NULLS FIRST, code`,
        ) as Promise<
          Array<{ id: string; territory_id: string | null; code: string; value: number; breakdown: unknown }>
        >;
      const territories = (await platform.dataSource.query(`SELECT count(*)::int AS n FROM territory`)) as Array<{
        n: number;
      }>;
      const expected = (territories[0].n + 1) * 15;

      await jobs.add(JobName.RecordIndicatorSnapshots, { month: '2026-03-01' });
      const first = await eventually(async () => {
        const found = await rows();
        return found.length === expected ? found : null;
      });
      const march = first.filter((r) => r.territory_id === oyonnaxId);
      expect(Object.fromEntries(march.map((r) => [r.code, r.value]))).toMatchObject({
        'A5-1': 2,
        'A5-3': 2,
        'A5-4': 2,
        'A5-Q2': 8,
        'A5-Q3': 5,
      });
      expect(march.find((r) => r.code === 'A5-Q3')?.breakdown).toEqual({
        TR_ACCUEIL: 2,
        SE_EQUIPE: 1,
        PR_LOGISTIQUE: 1,
        SE_SERVICE: 1,
      });

      const before = await platform.dataSource.query(`SELECT max(computed_at) AS at FROM indicator_snapshot`);
      clock.advance(60_000);
      await jobs.add(JobName.RecordIndicatorSnapshots, { month: '2026-03-01' });
      await eventually(async () => {
        const after = (await platform.dataSource.query(
          `SELECT max(computed_at) AS at FROM indicator_snapshot`,
        )) as Array<{ at: Date }>;
        return after[0].at.getTime() > (before as Array<{ at: Date }>)[0].at.getTime();
      });
      const second = await rows();
      expect(second).toEqual(first);

      const history = await platform.gqlOk<{
        indicatorHistory: Array<{ month: string; code: string; value: number | null; display: string }>;
      }>(HISTORY, { fromMonth: '2026-03-01', toMonth: '2026-03-31', territoryId: oyonnaxId }, manager.token);
      expect(history.indicatorHistory.find((h) => h.code === 'A5-Q2')).toMatchObject({ month: '2026-03-01', value: 8 });
      expect(history.indicatorHistory.find((h) => h.code === 'A5-1')).toMatchObject({ value: null, display: '< 5' });
      const refused = await platform.gql(
        HISTORY,
        { fromMonth: '2026-03-01', toMonth: '2026-03-01', territoryId: belleyId },
        manager.token,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
