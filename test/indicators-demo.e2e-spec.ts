import { FakeClock } from '@tremplin/core';
import { seedDemoData } from '@tremplin/platform';
import { Role } from '@tremplin/core';
import { StaffAccount, TestPlatform } from './support/test-platform';

/** After the demo data are loaded (as `npm start` does), every indicator of the last year has values. */
describe('indicators on the demo data', () => {
  const clock = new FakeClock('2026-03-02T08:00:00.000Z');
  let platform: TestPlatform;
  let admin: StaffAccount;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock, worker: false });
    await seedDemoData(platform.api);
    admin = await platform.createStaff(Role.ADMIN);
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('makes every indicator of the last twelve months non-trivial for the whole département', async () => {
    const { indicators } = await platform.gqlOk<{
      indicators: {
        values: Array<{ code: string; value: number | null; numerator: number; denominator: number | null }>;
        missionsByDomain: unknown[];
        missionsByHost: unknown[];
        competenciesAttested: unknown[];
        exchanges: unknown[];
        missions: unknown[];
        monthly: Array<{ code: string; value: number }>;
      };
    }>(
      `query { indicators(from: "2025-03-01", to: "2026-03-01") {
        values { code value numerator denominator } missionsByDomain { key } missionsByHost { key }
        competenciesAttested { key } exchanges { month } missions { id } monthly { code value } } }`,
      {},
      admin.token,
    );
    const zero = indicators.values.filter((v) => !v.value || !v.numerator).map((v) => v.code);
    expect(zero).toEqual([]);
    expect(indicators.values).toHaveLength(15);
    expect(indicators.missionsByDomain.length).toBeGreaterThanOrEqual(5);
    expect(indicators.missionsByHost.length).toBeGreaterThanOrEqual(5);
    expect(indicators.competenciesAttested.length).toBeGreaterThanOrEqual(5);
    expect(indicators.exchanges.length).toBeGreaterThan(12);
    expect(indicators.missions.length).toBeGreaterThanOrEqual(10);
    // The missions of the demo were published in the last months: the series have values in several months.
    for (const code of ['A5-1', 'A5-4']) {
      expect(indicators.monthly.filter((p) => p.code === code && p.value > 0).length).toBeGreaterThanOrEqual(2);
    }
    // Passports (A5-3) are few (a handful a year) and come at the end of the journeys: the demo people's communes
    // are drawn from the referential, and with the current geography (391 communes) the draw leaves them all in
    // the last month (2018 geography: one in January, four in February).
    expect(indicators.monthly.filter((p) => p.code === 'A5-3' && p.value > 0).length).toBeGreaterThanOrEqual(1);
  });

  it('stores a year of monthly history', async () => {
    const [row] = (await platform.dataSource.query(
      `SELECT count(DISTINCT month)::int AS months, count(DISTINCT coalesce(territory_id::text, '-'))::int AS scopes
       FROM indicator_snapshot`,
    )) as Array<{ months: number; scopes: number }>;
    expect(row).toEqual({ months: 13, scopes: 12 });
  });

  it('leaves nothing in the future and keeps missions within their places', async () => {
    const one = async (sql: string) => ((await platform.dataSource.query(sql)) as Array<{ n: number }>)[0].n;
    expect(await one(`SELECT count(*)::int AS n FROM logbook_entry WHERE occurred_at > '2026-03-02T08:00:00Z'`)).toBe(
      0,
    );
    expect(
      await one(`SELECT count(*)::int AS n FROM passport_attestation WHERE attested_at > '2026-03-02T08:00:00Z'`),
    ).toBe(0);
    expect(await one(`SELECT count(*)::int AS n FROM engagement WHERE start_date > DATE '2026-03-02'`)).toBe(0);
    expect(await one(`SELECT count(*)::int AS n FROM mission WHERE places_taken > places`)).toBe(0);
  });
});
