import { FakeClock, Role } from '@tremplin/core';
import { BELLEY, OYONNAX } from './support/beneficiary-helpers';
import { CASELOAD_NOW, CaseloadPeople, lastNameOf, seedCaseload } from './support/caseload-scenario';
import { StaffAccount, TestPlatform } from './support/test-platform';

const DASHBOARD = `query($territoryId: ID, $referentId: ID) {
  referentDashboard(territoryId: $territoryId, referentId: $referentId) {
    active toOrient overdue awaitingAnswer acceptedWithoutInterview interviewsThisWeek engagementsInProgress outcomesToRecord } }`;
const LIST = `query($stage: CaseloadStage, $status: BeneficiaryStatus, $overdue: Boolean, $sort: BeneficiarySort,
    $territoryId: ID, $first: Int) {
  beneficiaries(stage: $stage, status: $status, overdue: $overdue, sort: $sort, territoryId: $territoryId, first: $first) {
    totalCount edges { node { id lastName } } } }`;

interface Dashboard {
  active: number;
  toOrient: number;
  overdue: number;
  awaitingAnswer: number;
  acceptedWithoutInterview: number;
  interviewsThisWeek: number;
  engagementsInProgress: number;
  outcomesToRecord: number;
}
interface List {
  beneficiaries: { totalCount: number; edges: Array<{ node: { id: string; lastName: string } }> };
}

/** Which dashboard counter each list filter gives (the home's links). */
const COUNTER_FILTERS: Array<[keyof Dashboard, Record<string, unknown>]> = [
  ['active', {}],
  ['toOrient', { stage: 'TO_ORIENT' }],
  ['overdue', { overdue: true }],
  ['awaitingAnswer', { stage: 'AWAITING_ANSWER' }],
  ['acceptedWithoutInterview', { stage: 'ACCEPTED_WITHOUT_INTERVIEW' }],
  ['interviewsThisWeek', { stage: 'INTERVIEW_THIS_WEEK' }],
  ['engagementsInProgress', { stage: 'ENGAGEMENT_IN_PROGRESS' }],
  ['outcomesToRecord', { stage: 'OUTCOME_TO_RECORD' }],
];

describe('the référent’s caseload: home counters and list filters', () => {
  const clock = new FakeClock(CASELOAD_NOW);
  let platform: TestPlatform;
  let referent: StaffAccount;
  let manager: StaffAccount;
  let colleague: StaffAccount;
  let elsewhere: StaffAccount;
  let admin: StaffAccount;
  let people: CaseloadPeople;
  let oyonnax: string;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock, worker: false });
    oyonnax = (await platform.dataSource.query(`SELECT territory_id FROM commune WHERE insee_code = $1`, [OYONNAX]))[0]
      .territory_id as string;
    const belley = (
      await platform.dataSource.query(`SELECT territory_id FROM commune WHERE insee_code = $1`, [BELLEY])
    )[0].territory_id as string;
    referent = await platform.createStaff(Role.REFERENT, { territoryId: oyonnax });
    colleague = await platform.createStaff(Role.REFERENT, { territoryId: oyonnax });
    manager = await platform.createStaff(Role.REFERENT, { territoryId: oyonnax, isTerritoryManager: true });
    elsewhere = await platform.createStaff(Role.REFERENT, { territoryId: belley });
    admin = await platform.createStaff(Role.ADMIN);
    people = await seedCaseload(platform, referent, colleague, elsewhere);
  });
  afterAll(async () => {
    await platform.stop();
  });

  const dashboard = async (account: StaffAccount, variables: Record<string, unknown> = {}) =>
    (await platform.gqlOk<{ referentDashboard: Dashboard }>(DASHBOARD, variables, account.token)).referentDashboard;
  const list = async (account: StaffAccount, variables: Record<string, unknown>) =>
    (await platform.gqlOk<List>(LIST, { first: 100, ...variables }, account.token)).beneficiaries;
  const idsOf = (result: List['beneficiaries']) => result.edges.map(({ node }) => node.id).sort();

  it('counts each stage of a référent’s active files, and only theirs', async () => {
    expect(await dashboard(referent)).toEqual({
      active: 11,
      toOrient: 1,
      overdue: 1,
      awaitingAnswer: 1,
      acceptedWithoutInterview: 2,
      interviewsThisWeek: 1,
      engagementsInProgress: 1,
      outcomesToRecord: 1,
    });
  });

  it('lists exactly the people each counter counts', async () => {
    const expected: Record<string, string[]> = {
      TO_ORIENT: [people.toOrient],
      AWAITING_ANSWER: [people.awaiting],
      // a cancelled interview leaves the acceptance without an interview; one next week does not
      ACCEPTED_WITHOUT_INTERVIEW: [people.accepted, people.acceptedCancelled],
      // the cancelled interview of this week is not counted, nor the one of next Monday
      INTERVIEW_THIS_WEEK: [people.interviewThisWeek],
      ENGAGEMENT_IN_PROGRESS: [people.inMission],
      // a mission done with its outcome recorded is not
      OUTCOME_TO_RECORD: [people.missionDone],
    };
    for (const [stage, ids] of Object.entries(expected)) {
      expect({ stage, ids: idsOf(await list(referent, { stage, status: 'ACTIVE' })) }).toEqual({
        stage,
        ids: [...ids].sort(),
      });
    }
    expect(idsOf(await list(referent, { overdue: true, status: 'ACTIVE' }))).toEqual([people.overdue]);
    const counts = await dashboard(referent);
    for (const [counter, filters] of COUNTER_FILTERS) {
      const { totalCount } = await list(referent, { status: 'ACTIVE', ...filters });
      expect({ counter, totalCount }).toEqual({ counter, totalCount: counts[counter] });
    }
  });

  it('keeps closed files out of the counters, but lists them when the status filter is lifted', async () => {
    const awaiting = idsOf(await list(referent, { stage: 'AWAITING_ANSWER' }));
    expect(awaiting).toEqual([people.awaiting, people.left].sort());
  });

  it('shows a territory manager their territory, and the admin everything (or one territory)', async () => {
    const managed = await dashboard(manager);
    expect(managed.awaitingAnswer).toBe(2); // the référent's and the colleague's, not the other territory's
    expect(managed.active).toBe(12);
    expect(idsOf(await list(manager, { stage: 'AWAITING_ANSWER', status: 'ACTIVE' }))).toEqual(
      [people.awaiting, people.colleagues].sort(),
    );
    const all = await dashboard(admin);
    expect(all.awaitingAnswer).toBeGreaterThanOrEqual(3);
    expect((await dashboard(admin, { territoryId: oyonnax })).awaitingAnswer).toBe(2);
    expect((await dashboard(admin, { referentId: colleague.user.id })).awaitingAnswer).toBe(1);
    expect((await dashboard(elsewhere)).awaitingAnswer).toBe(1);
  });

  it('moves « this week » at Monday 00:00 in Paris', async () => {
    try {
      clock.set('2026-03-08T22:59:00.000Z'); // Sunday 23:59 in Paris
      expect(idsOf(await list(referent, { stage: 'INTERVIEW_THIS_WEEK' }))).toEqual([people.interviewThisWeek]);
      clock.set('2026-03-08T23:00:00.000Z'); // Monday 00:00 in Paris
      expect(idsOf(await list(referent, { stage: 'INTERVIEW_THIS_WEEK' }))).toEqual([people.interviewNextWeek]);
    } finally {
      clock.set(CASELOAD_NOW);
    }
  });

  it('sorts by name, by the most recent entry, or by the nearest open deadline', async () => {
    const names = async (sort?: string) =>
      (await list(referent, { status: 'ACTIVE', ...(sort ? { sort } : {}) })).edges.map(({ node }) => node.lastName);
    const byName = await names();
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(await names('NAME')).toEqual(byName);
    const newest = await names('NEWEST_ENTRY');
    expect(newest.slice(0, 2)).toEqual([lastNameOf('Aorienter'), lastNameOf('Retard')]);
    // Retard's orientation was due on 10 February, Aorienter's on 20 March; the others have none open.
    const deadline = await names('NEXT_DEADLINE');
    expect(deadline.slice(0, 2)).toEqual([lastNameOf('Retard'), lastNameOf('Aorienter')]);
    expect(deadline.slice(2)).toEqual(byName.filter((name) => !deadline.slice(0, 2).includes(name)));
  });

  it('refuses an unknown stage or sort with a coded error, and associations and coordinators', async () => {
    for (const variables of [{ stage: 'PLUS_TARD' }, { sort: 'AGE' }]) {
      const result = await platform.gql(LIST, variables, referent.token);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/^Requête GraphQL invalide/);
    }
    for (const role of [Role.ASSOCIATION, Role.COORDINATOR]) {
      const outsider = await platform.createStaff(role);
      const result = await platform.gql(DASHBOARD, {}, outsider.token);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await platform.gql(DASHBOARD, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const malformed = await platform.gql(DASHBOARD, { territoryId: 'pas-un-identifiant' }, referent.token);
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
