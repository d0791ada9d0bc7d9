import { DEMO_PASSWORD, seedDemoData } from '@tremplin/platform';
import { OverdueDigestHandler } from '@tremplin/orientation';
import { FakeClock } from '@tremplin/core';
import { TestPlatform, eventually } from './support/test-platform';

interface Count {
  n: number;
}

describe('demo data', () => {
  const clock = new FakeClock('2026-03-02T08:00:00.000Z');
  let platform: TestPlatform;
  const one = async (sql: string): Promise<number> => ((await platform.dataSource.query(sql)) as Count[])[0].n;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock });
  });
  afterAll(async () => {
    await platform.stop();
  });

  it('loads ~300 fictional beneficiaries with the profile of the Ain, some late, some re-oriented', async () => {
    const credentials = await seedDemoData(platform.api);
    expect(await one(`SELECT count(*)::int AS n FROM beneficiary`)).toBe(300);
    expect(await one(`SELECT count(*)::int AS n FROM beneficiary WHERE civility = 'MADAME'`)).toBe(165);
    expect(
      await one(
        `SELECT count(*)::int AS n FROM beneficiary WHERE date_part('year', age(DATE '2026-03-02', birth_date)) BETWEEN 30 AND 49`,
      ),
    ).toBe(162);
    expect(await one(`SELECT count(*)::int AS n FROM beneficiary WHERE rsa_entry_date <= DATE '2022-03-02'`)).toBe(120);
    // One or two referents per CDS, every CDS with beneficiaries, each file with its referent.
    expect(await one(`SELECT count(DISTINCT territory_id)::int AS n FROM beneficiary`)).toBe(11);
    expect(await one(`SELECT count(*)::int AS n FROM beneficiary WHERE referent_id IS NULL`)).toBe(0);
    expect(await one(`SELECT count(*)::int AS n FROM app_user WHERE role = 'REFERENT' AND is_territory_manager`)).toBe(
      1,
    );
    const late = await one(`SELECT count(*)::int AS n FROM beneficiary b WHERE status = 'ACTIVE' AND (
      (oriented_at IS NULL AND orientation_due_on < DATE '2026-03-02') OR
      (first_action_at IS NULL AND accompaniment_due_on < DATE '2026-03-02'))`);
    expect(late).toBeGreaterThanOrEqual(10);
    expect(late).toBeLessThan(60);
    expect(
      await one(`SELECT count(DISTINCT beneficiary_id)::int AS n FROM orientation WHERE is_reorientation`),
    ).toBeGreaterThanOrEqual(5);
    // Some re-orientations changed referent recently: the former referent still reads the logbook.
    expect(
      await one(`SELECT count(*)::int AS n FROM logbook_read_grant WHERE expires_at > '2026-03-02T08:00:00Z'`),
    ).toBeGreaterThan(0);
    expect(await one(`SELECT count(*)::int AS n FROM logbook_entry`)).toBeGreaterThan(900);
    expect(await one(`SELECT count(*)::int AS n FROM diagnostic_barrier`)).toBeGreaterThan(200);
    // Varied mobility and availability.
    expect(await one(`SELECT count(DISTINCT mobility_modes)::int AS n FROM beneficiary`)).toBeGreaterThanOrEqual(4);
    expect(await one(`SELECT count(DISTINCT availability_mask)::int AS n FROM beneficiary`)).toBeGreaterThan(100);
    // Nothing in the future.
    expect(await one(`SELECT count(*)::int AS n FROM logbook_entry WHERE occurred_at > '2026-03-02T08:00:00Z'`)).toBe(
      0,
    );

    const referent = credentials.find((c) => c.email === 'amandine.roussel@tremplin.local');
    expect(referent).toMatchObject({ role: 'REFERENT', password: DEMO_PASSWORD });
    const login = await platform.gqlOk<{ login: { token: string } }>(
      `mutation($input: LoginInput!) { login(input: $input) { token } }`,
      { input: { email: referent?.email, password: referent?.password } },
    );
    const overdue = await platform.gqlOk<{ overdueOrientations: { totalCount: number } }>(
      `query { overdueOrientations { totalCount } }`,
      {},
      login.login.token,
    );
    expect(referent?.note).toContain(`dont ${overdue.overdueOrientations.totalCount} en retard`);
    const mine = await platform.gqlOk<{ beneficiaries: { totalCount: number } }>(
      `query { beneficiaries { totalCount } }`,
      {},
      login.login.token,
    );
    expect(mine.beneficiaries.totalCount).toBeGreaterThan(5);

    const digest = await platform.worker!.get(OverdueDigestHandler).sendDigests();
    expect(digest.referentDigests).toBeGreaterThan(0);
    expect(digest.adminDigests).toBe(1);
    // Seeding the whole demo of the Ain takes tens of seconds on a busy 2-core machine.
  }, 180_000);

  it('loads ~20 associations and ~80 missions over the Ain, in every status, that the API serves by role', async () => {
    // Runs after the first test, on the data it loaded.
    expect(await one(`SELECT count(*)::int AS n FROM association`)).toBe(20);
    expect(await one(`SELECT count(DISTINCT status)::int AS n FROM association`)).toBe(3);
    const missions = await one(`SELECT count(*)::int AS n FROM mission`);
    expect(missions).toBeGreaterThanOrEqual(75);
    expect(missions).toBeLessThanOrEqual(90);
    expect(await one(`SELECT count(DISTINCT status)::int AS n FROM mission`)).toBe(5);
    expect(await one(`SELECT count(DISTINCT territory_id)::int AS n FROM mission`)).toBeGreaterThanOrEqual(8);
    expect(await one(`SELECT count(DISTINCT commune_code)::int AS n FROM mission`)).toBeGreaterThanOrEqual(30);
    for (const insee of ['01053', '01283', '01004', '01034', '01173', '01427']) {
      expect(await one(`SELECT count(*)::int AS n FROM mission WHERE commune_code = '${insee}'`)).toBeGreaterThan(0);
    }
    // Every mission has its history; nothing happens in the future.
    expect(
      await one(`SELECT count(*)::int AS n FROM mission m WHERE NOT EXISTS (
        SELECT 1 FROM mission_transition t WHERE t.mission_id = m.id AND t.action = 'CREATE')`),
    ).toBe(0);
    expect(
      await one(`SELECT count(*)::int AS n FROM mission_transition WHERE occurred_at > '2026-03-02T08:00:00Z'`),
    ).toBe(0);

    const login = async (email: string) =>
      (
        await platform.gqlOk<{ login: { token: string } }>(
          `mutation($input: LoginInput!) { login(input: $input) { token } }`,
          { input: { email, password: DEMO_PASSWORD } },
        )
      ).login.token;
    const referent = await login('referente.bourg@tremplin.local');
    const near = await platform.gqlOk<{ missions: { totalCount: number; edges: Array<{ node: { status: string } }> } }>(
      `query { missions(near: { latitude: 46.2052, longitude: 5.2255, radiusKm: 15 }, first: 100) {
        totalCount edges { node { status } } } }`,
      {},
      referent,
    );
    expect(near.missions.totalCount).toBeGreaterThan(5);
    expect(new Set(near.missions.edges.map((e) => e.node.status)).has('DRAFT')).toBe(false);
    const member = await login('la-passerelle@asso.tremplin.local');
    const own = await platform.gqlOk<{ missions: { totalCount: number } }>(
      `query { missions { totalCount } }`,
      {},
      member,
    );
    expect(own.missions.totalCount).toBeGreaterThanOrEqual(4);
    expect(own.missions.totalCount).toBeLessThanOrEqual(5);
  });

  it('has the worker compute the suggestions of the demo beneficiaries (one full rescore queued by the seed)', async () => {
    // Runs after the first test, on the data it loaded: the seed writes straight to the tables, without events.
    const computed = await eventually(async () => {
      const n = await one(`SELECT count(DISTINCT beneficiary_id)::int AS n FROM beneficiary_match_state`);
      return n >= 300 ? n : null;
    }, 45_000);
    expect(computed).toBe(300);
    expect(await one(`SELECT count(DISTINCT beneficiary_id)::int AS n FROM mission_suggestion`)).toBeGreaterThan(30);
  });
});
