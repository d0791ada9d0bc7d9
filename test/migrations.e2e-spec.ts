import { FakeClock, buildDataSourceOptions } from '@tremplin/core';
import { DATABASE_REGISTRY, MIGRATIONS, seedDemoData } from '@tremplin/platform';
import { DataSource } from 'typeorm';
import { TestPlatform } from './support/test-platform';

const SLOW = 240_000;

/**
 * `npm run migration:revert` is offered in the README: every down migration must work on a database
 * that holds data (the demo of the Ain: people, carnets, proposals, interviews, passports), down to
 * an empty schema, and the migrations must then apply again.
 */
describe('migrations on a database with data', () => {
  const clock = new FakeClock('2026-03-02T08:00:00.000Z');
  let platform: TestPlatform;
  let migrations: DataSource;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock, worker: false });
    await seedDemoData(platform.api);
    migrations = new DataSource(
      buildDataSourceOptions(platform.config.DATABASE_URL, DATABASE_REGISTRY, { poolSize: 1 }),
    );
    await migrations.initialize();
  }, SLOW);

  afterAll(async () => {
    await migrations?.destroy();
    await platform?.stop();
  });

  const executed = async (): Promise<number> =>
    ((await migrations.query(`SELECT count(*)::int AS n FROM migrations`)) as Array<{ n: number }>)[0].n;

  it(
    'reverts every migration, one by one, down to nothing, then applies them all again',
    async () => {
      expect(await executed()).toBe(MIGRATIONS.length);
      expect(
        ((await migrations.query(`SELECT count(*)::int AS n FROM logbook_entry`)) as Array<{ n: number }>)[0].n,
      ).toBeGreaterThan(900);

      for (let left = MIGRATIONS.length; left > 0; left--) {
        const name = (
          (await migrations.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`)) as Array<{
            name: string;
          }>
        )[0].name;
        await migrations.undoLastMigration({ transaction: 'each' }).catch((error: Error) => {
          throw new Error(`${name} ne se défait pas : ${error.message}`);
        });
        expect({ name, left: await executed() }).toEqual({ name, left: left - 1 });
      }
      const tables = (await migrations.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
      )) as Array<{ tablename: string }>;
      expect(tables.map((t) => t.tablename)).toEqual([]);

      const applied = await migrations.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(MIGRATIONS.length);
    },
    SLOW,
  );
});
