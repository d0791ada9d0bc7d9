import { Role, buildDataSourceOptions } from '@tremplin/core';
import { DATABASE_REGISTRY } from '@tremplin/platform';
import { AIN_COMMUNES, AIN_COMMUNES_2018 } from '@tremplin/referentials';
import { DataSource } from 'typeorm';
import { createAssociation } from './support/association-helpers';
import { beneficiaryInput, CREATE_BENEFICIARY } from './support/beneficiary-helpers';
import { insertMission, missionInput } from './support/mission-helpers';
import { StaffAccount, TestPlatform } from './support/test-platform';

const COMMUNES = `query($search: String, $first: Int) {
  communes(search: $search, first: $first) {
    totalCount edges { node { inseeCode name postalCodes population formerCommunes { inseeCode name } } } } }`;
const CREATE_MISSION = `mutation($input: CreateMissionInput!) { createMission(input: $input) { id communeCode commune { name } } }`;
const MISSIONS = `query($communeCode: String) { missions(communeCode: $communeCode, first: 50) { edges { node { id } } } }`;

interface CommuneNode {
  inseeCode: string;
  name: string;
  postalCodes: string[];
  population: number | null;
  formerCommunes: Array<{ inseeCode: string; name: string | null }>;
}

const point = (rows: ReadonlyArray<readonly [string, string, number, number, ...unknown[]]>, code: string) => {
  const row = rows.find(([c]) => c === code);
  if (!row) throw new Error(`no commune ${code}`);
  return { latitude: row[2], longitude: row[3] };
};

describe('communes: the current official list of the Ain', () => {
  let platform: TestPlatform;
  let admin: StaffAccount;

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: false });
    admin = await platform.createStaff(Role.ADMIN, { firstName: 'Nadia', lastName: 'Admin' });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  const search = async (text: string): Promise<CommuneNode[]> =>
    (
      await platform.gqlOk<{ communes: { edges: Array<{ node: CommuneNode }> } }>(COMMUNES, { search: text, first: 10 })
    ).communes.edges.map((e) => e.node);

  it('holds the 391 current communes, Valserhône with its former communes, postcodes and population', async () => {
    const all = await platform.gqlOk<{ communes: { totalCount: number } }>(COMMUNES, { first: 1 });
    expect(all.communes.totalCount).toBe(391);
    const [valserhone] = await search('Valserh');
    expect(valserhone).toMatchObject({ inseeCode: '01033', name: 'Valserhône', postalCodes: ['01200'] });
    expect(valserhone.population).toBeGreaterThan(15000);
    expect(valserhone.formerCommunes).toEqual(
      expect.arrayContaining([
        { inseeCode: '01033', name: 'Bellegarde-sur-Valserine' },
        { inseeCode: '01091', name: 'Châtillon-en-Michaille' },
        { inseeCode: '01205', name: 'Lancrans' },
      ]),
    );
    expect(await search('Lancrans')).toHaveLength(1);
    expect((await search('Bresse Vallons'))[0].formerCommunes).toEqual(
      expect.arrayContaining([{ inseeCode: '01154', name: 'Étrez' }]),
    );
  });

  it('finds the current commune by a former name or a former code, accents ignored', async () => {
    expect((await search('Bellegarde-sur-Valserine')).map((c) => c.name)).toEqual(['Valserhône']);
    expect((await search('chatillon-en-michaille')).map((c) => c.name)).toEqual(['Valserhône']);
    expect((await search('Hauteville-Lompnes')).map((c) => c.name)).toEqual(["Plateau d'Hauteville"]);
    expect((await search('Thézillieu')).map((c) => c.name)).toEqual(["Plateau d'Hauteville"]);
    expect((await search('01205')).map((c) => c.name)).toEqual(['Valserhône']);
    expect((await search('01200')).map((c) => c.name)).toContain('Valserhône');
  });

  it('accepts a former code as input and stores the current commune', async () => {
    const person = await platform.gqlOk<{ createBeneficiary: { id: string; commune: { inseeCode: string } } }>(
      CREATE_BENEFICIARY,
      { input: beneficiaryInput({ communeCode: '01205' }) },
      admin.token,
    );
    const [stored] = (await platform.dataSource.query(
      `SELECT commune_code, latitude, longitude FROM beneficiary WHERE id = $1`,
      [person.createBeneficiary.id],
    )) as Array<{ commune_code: string; latitude: number; longitude: number }>;
    expect(stored).toEqual({ commune_code: '01033', ...point(AIN_COMMUNES, '01033') });

    const { association, member } = await createAssociation(platform);
    const mission = await platform.gqlOk<{
      createMission: { id: string; communeCode: string; commune: { name: string } };
    }>(CREATE_MISSION, { input: missionInput({ communeCode: '01186' }) }, member.token);
    expect(mission.createMission).toMatchObject({ communeCode: '01185', commune: { name: "Plateau d'Hauteville" } });
    await insertMission(platform, association.id, { communeCode: '01033' });
    const byFormerCode = await platform.gqlOk<{ missions: { edges: Array<{ node: { id: string } }> } }>(
      MISSIONS,
      { communeCode: '01091' },
      admin.token,
    );
    expect(byFormerCode.missions.edges).toHaveLength(1);

    const unknown = await platform.gql(
      CREATE_BENEFICIARY,
      { input: beneficiaryInput({ communeCode: '01999' }) },
      admin.token,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('migrates the rows that hold a former code to the current commune (and back down to 2018)', async () => {
    const { association } = await createAssociation(platform);
    const lancrans = await platform.gqlOk<{ createBeneficiary: { id: string } }>(
      CREATE_BENEFICIARY,
      { input: beneficiaryInput({ communeCode: '01033' }) },
      admin.token,
    );
    const hostiaz = await insertMission(platform, association.id, { communeCode: '01185' });
    const placed = await insertMission(platform, association.id, { communeCode: '01033' });

    const migrations = new DataSource(
      buildDataSourceOptions(platform.config.DATABASE_URL, DATABASE_REGISTRY, { poolSize: 1 }),
    );
    await migrations.initialize();
    try {
      const executed = async () =>
        ((await migrations.query(`SELECT name FROM migrations`)) as Array<{ name: string }>).map((m) => m.name);
      while ((await executed()).includes('AdoptCurrentCommunes1764510000000')) {
        await migrations.undoLastMigration({ transaction: 'each' });
      }
      expect(
        await migrations.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE insee_code = '01205')::int AS lancrans
          FROM commune`),
      ).toEqual([{ n: 407, lancrans: 1 }]);

      // Rows written under the 2018 geography: on Lancrans, Hostiaz and Étrez at their communes' points,
      // and a mission placed by hand in Châtillon-en-Michaille.
      const old = (code: string) => point(AIN_COMMUNES_2018, code);
      await migrations.query(
        `UPDATE beneficiary SET commune_code = '01205', latitude = $2, longitude = $3,
           territory_id = (SELECT territory_id FROM commune WHERE insee_code = '01205') WHERE id = $1`,
        [lancrans.createBeneficiary.id, old('01205').latitude, old('01205').longitude],
      );
      await migrations.query(`UPDATE mission SET commune_code = '01186', latitude = $2, longitude = $3 WHERE id = $1`, [
        hostiaz.id,
        old('01186').latitude,
        old('01186').longitude,
      ]);
      await migrations.query(
        `UPDATE mission SET commune_code = '01091', latitude = 46.11, longitude = 5.87 WHERE id = $1`,
        [placed.id],
      );
      await migrations.query(`UPDATE association SET commune_code = '01154' WHERE id = $1`, [association.id]);

      await migrations.runMigrations({ transaction: 'each' });

      expect(
        await migrations.query(`SELECT commune_code, latitude, longitude FROM beneficiary WHERE id = $1`, [
          lancrans.createBeneficiary.id,
        ]),
      ).toEqual([{ commune_code: '01033', ...point(AIN_COMMUNES, '01033') }]);
      expect(
        await migrations.query(
          `SELECT commune_code, latitude, longitude FROM mission WHERE id = ANY($1) ORDER BY commune_code`,
          [[hostiaz.id, placed.id]],
        ),
      ).toEqual([
        { commune_code: '01033', latitude: 46.11, longitude: 5.87 },
        { commune_code: '01185', ...point(AIN_COMMUNES, '01185') },
      ]);
      expect(await migrations.query(`SELECT commune_code FROM association WHERE id = $1`, [association.id])).toEqual([
        { commune_code: '01130' },
      ]);
      expect(await migrations.query(`SELECT count(*)::int AS n FROM commune`)).toEqual([{ n: 391 }]);
    } finally {
      await migrations.destroy();
    }
  });
});
