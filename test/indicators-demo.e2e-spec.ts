import { FakeClock, Role } from '@tremplin/core';
import { IndicatorsService } from '@tremplin/indicators';
import { seedDemoData } from '@tremplin/platform';
import { RetentionService } from '@tremplin/privacy';
import { StaffAccount, TestPlatform } from './support/test-platform';

const SLOW = 240_000;

/**
 * After the demo data are loaded (as `npm start` does), every indicator of the last year has values;
 * and the anonymisation at the end of the retention period leaves every one of them unchanged.
 */
describe('indicators on the demo data', () => {
  const clock = new FakeClock('2026-03-02T08:00:00.000Z');
  let platform: TestPlatform;
  let admin: StaffAccount;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock, worker: false, env: { ANONYMISATION_BATCH_SIZE: '500' } });
    await seedDemoData(platform.api);
    admin = await platform.createStaff(Role.ADMIN);
  }, SLOW);
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

  // Last: it makes every file leave the scheme and anonymises them all.
  const count = async (sql: string) => ((await platform.dataSource.query(sql)) as Array<{ n: number }>)[0].n;

  it(
    'gives the same figures for every month and territory, and the whole year, once every file is anonymised',
    async () => {
      // The demo holds a few exits; so that the proof covers every file, every other person leaves
      // the scheme at the demo's « now », before any figure is taken (past periods keep them present).
      await platform.dataSource.query(
        `UPDATE beneficiary SET status = 'LEFT', status_changed_at = $1 WHERE status <> 'LEFT'`,
        [clock.now()],
      );
      const people = await count(`SELECT count(*)::int AS n FROM beneficiary`);
      expect(people).toBeGreaterThan(100);

      // Twenty-four months and a day later, every file is past its retention. The figures are taken at
      // that same instant before and after (delays still running depend on « today »).
      clock.set('2028-03-03T08:00:00.000Z');
      const indicators = platform.api.get(IndicatorsService);
      const viewer = { role: Role.ADMIN, territoryId: null, isTerritoryManager: false };
      const territories = (await platform.dataSource.query(`SELECT id FROM territory ORDER BY code`)) as Array<{
        id: string;
      }>;
      // The département month by month and as a whole; each territory over the whole range, a year and a
      // quarter (every month of every territory would take minutes for little more).
      const whole = { from: '2024-01-01', to: '2026-04-01' };
      const scopes: Array<{ from: string; to: string; territoryId: string | null }> = [{ ...whole, territoryId: null }];
      for (let month = new Date(Date.UTC(2025, 0, 1)); month < new Date(Date.UTC(2026, 3, 1));) {
        const next = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
        scopes.push({ from: month.toISOString().slice(0, 10), to: next.toISOString().slice(0, 10), territoryId: null });
        month = next;
      }
      for (const { id } of territories) {
        for (const period of [
          whole,
          { from: '2025-01-01', to: '2026-01-01' },
          { from: '2026-01-01', to: '2026-04-01' },
        ]) {
          scopes.push({ ...period, territoryId: id });
        }
      }
      const figures = async () => {
        const all: Record<string, unknown> = {};
        for (const scope of scopes) {
          const { computedAt: _computedAt, ...report } = await indicators.report(viewer, scope);
          all[`${scope.from}/${scope.to}/${scope.territoryId ?? 'département'}`] = report;
        }
        return JSON.parse(JSON.stringify(all)) as Record<string, unknown>;
      };

      const before = await figures();
      // Not a vacuous proof: the figures are there to compare.
      const year = before['2024-01-01/2026-04-01/département'] as {
        values: Array<{ code: string; numerator: number }>;
      };
      expect(year.values.filter((value) => value.numerator > 0).length).toBeGreaterThanOrEqual(12);

      const retention = platform.api.get(RetentionService);
      const dryRun = await retention.preview();
      expect(dryRun.counts.find((c) => c.category === 'PEOPLE')?.count).toBe(people);
      await retention.approve({ ...admin.user, associationId: null });
      const run = await retention.apply();
      expect(run.anonymisedPeople).toBe(people);

      const after = await figures();
      expect(after).toEqual(before);

      // …and the files are anonymised indeed.
      expect(await count(`SELECT count(*)::int AS n FROM beneficiary WHERE anonymised_at IS NULL`)).toBe(0);
      expect(
        await count(`SELECT count(*)::int AS n FROM beneficiary WHERE email IS NOT NULL OR phone IS NOT NULL`),
      ).toBe(0);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM logbook_entry WHERE summary <> 'Contenu effacé à la fin de la durée de conservation.'`,
        ),
      ).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM diagnostic_barrier`)).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM passport_verification WHERE revoked_at IS NULL`)).toBe(0);
    },
    SLOW,
  );
});
