import { MigrationInterface, QueryRunner } from 'typeorm';
import { AIN_COMMUNES_2018 } from '../data/ain-communes-2018.data';
import { AIN_COMMUNES, AIN_FORMER_COMMUNES } from '../data/ain-communes.data';
import { AIN_TERRITORIES } from '../data/territories.data';
import { nearestTerritory } from '../domain/nearest-territory';

/** Every column that references a commune (its foreign keys), found in the catalogue: new tables are covered too. */
type CommuneReference = { table: string; column: string; hasPoint: boolean; hasTerritory: boolean };

async function communeReferences(queryRunner: QueryRunner): Promise<CommuneReference[]> {
  return (await queryRunner.query(`
    SELECT cl.relname AS "table", a.attname AS "column",
      EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = cl.relname
        AND c.column_name = 'latitude') AND
      EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = cl.relname
        AND c.column_name = 'longitude') AS "hasPoint",
      cl.relname IN ('beneficiary', 'mission') AS "hasTerritory"
    FROM pg_constraint co
    JOIN pg_class cl ON cl.oid = co.conrelid
    JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = co.conkey[1]
    WHERE co.contype = 'f' AND co.confrelid = 'commune'::regclass AND cl.relname <> 'former_commune'
    ORDER BY 1, 2`)) as CommuneReference[];
}

/**
 * The communes of the Ain move from the 2018 geography (407) to the current official list (391, from
 * `@etalab/decoupage-administratif`, see ain-communes.data.ts): names, points, postcodes and population are
 * updated, the former codes and names are kept in `former_commune`, and every row that holds a code that is no
 * longer current (beneficiaries, missions, associations, interview places… any foreign key to `commune`) gets
 * its current commune. A row's point or territory copied from its commune follows the commune; a point
 * placed by hand (a mission's own address) stays.
 *
 * Down restores the 2018 list; rows keep the code they now hold (the merged commune kept its chef-lieu's
 * code, a 2018 code), their copied points going back to that commune's 2018 point.
 */
export class AdoptCurrentCommunes1764510000000 implements MigrationInterface {
  name = 'AdoptCurrentCommunes1764510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE commune ADD COLUMN postal_codes text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE commune ADD COLUMN population integer`);
    await queryRunner.query(`
      CREATE TABLE former_commune (
        insee_code text NOT NULL,
        name text,
        current_insee_code text NOT NULL,
        CONSTRAINT pk_former_commune_insee_code PRIMARY KEY (insee_code),
        CONSTRAINT fk_former_commune_current FOREIGN KEY (current_insee_code) REFERENCES commune (insee_code)
          ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX ix_former_commune_current ON former_commune (current_insee_code)`);
    await queryRunner.query(
      `CREATE INDEX ix_former_commune_name_trgm ON former_commune USING gin (immutable_unaccent(lower(name)) gin_trgm_ops)`,
    );

    const references = await communeReferences(queryRunner);
    const current = new Set(AIN_COMMUNES.map(([code]) => code));
    for (const [inseeCode, name, latitude, longitude, postalCodes, population] of AIN_COMMUNES) {
      // A commune missing (a database older than the 2018 list would not be) gets the nearest CDS.
      const territory = nearestTerritory(latitude, longitude, AIN_TERRITORIES);
      await queryRunner.query(
        `INSERT INTO commune (insee_code, name, latitude, longitude, territory_id)
         SELECT $1, $2, $3, $4, id FROM territory WHERE code = $5
         ON CONFLICT (insee_code) DO NOTHING`,
        [inseeCode, name, latitude, longitude, territory.code],
      );
      await this.movePoints(queryRunner, references, inseeCode, latitude, longitude);
      await queryRunner.query(
        `UPDATE commune SET name = $2, latitude = $3, longitude = $4, postal_codes = $5, population = $6
         WHERE insee_code = $1`,
        [inseeCode, name, latitude, longitude, postalCodes, population],
      );
    }
    for (const [inseeCode, name, currentCode] of AIN_FORMER_COMMUNES) {
      await queryRunner.query(`INSERT INTO former_commune (insee_code, name, current_insee_code) VALUES ($1, $2, $3)`, [
        inseeCode,
        name,
        currentCode,
      ]);
    }

    // Rows on a code that is no longer current: to the current commune, with its point and territory
    // where they were the former commune's.
    const gone = (await queryRunner.query(
      `SELECT c.insee_code AS code, f.current_insee_code AS "currentCode"
         FROM commune c JOIN former_commune f ON f.insee_code = c.insee_code
         WHERE NOT (c.insee_code = ANY($1))`,
      [[...current]],
    )) as Array<{ code: string; currentCode: string }>;
    for (const { code, currentCode } of gone) {
      for (const { table, column, hasPoint, hasTerritory } of references) {
        const sets = [`"${column}" = $2`];
        if (hasPoint) {
          sets.push(
            `latitude = CASE WHEN (t.latitude, t.longitude) = (o.latitude, o.longitude) THEN n.latitude ELSE t.latitude END`,
            `longitude = CASE WHEN (t.latitude, t.longitude) = (o.latitude, o.longitude) THEN n.longitude ELSE t.longitude END`,
          );
        }
        if (hasTerritory) {
          sets.push(
            `territory_id = CASE WHEN t.territory_id = o.territory_id THEN n.territory_id ELSE t.territory_id END`,
          );
        }
        await queryRunner.query(
          `UPDATE "${table}" t SET ${sets.join(', ')}
           FROM commune o, commune n
           WHERE o.insee_code = $1 AND n.insee_code = $2 AND t."${column}" = $1`,
          [code, currentCode],
        );
      }
    }
    const unmapped = (await queryRunner.query(
      `SELECT insee_code, name FROM commune c WHERE NOT (insee_code = ANY($1))
         AND NOT EXISTS (SELECT 1 FROM former_commune f WHERE f.insee_code = c.insee_code)`,
      [[...current]],
    )) as Array<{ insee_code: string; name: string }>;
    if (unmapped.length > 0) {
      throw new Error(
        `Communes sans commune actuelle : ${unmapped.map((c) => `${c.insee_code} ${c.name}`).join(', ')}`,
      );
    }
    await queryRunner.query(`DELETE FROM commune WHERE NOT (insee_code = ANY($1))`, [[...current]]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const references = await communeReferences(queryRunner);
    const codes = new Set(AIN_COMMUNES_2018.map(([code]) => code));
    for (const [inseeCode, name, latitude, longitude] of AIN_COMMUNES_2018) {
      const territory = nearestTerritory(latitude, longitude, AIN_TERRITORIES);
      // A former commune comes back in the CDS of the commune it had joined.
      await queryRunner.query(
        `INSERT INTO commune (insee_code, name, latitude, longitude, territory_id)
         SELECT $1, $2, $3, $4, COALESCE(
           (SELECT c.territory_id FROM former_commune f JOIN commune c ON c.insee_code = f.current_insee_code
             WHERE f.insee_code = $1),
           (SELECT id FROM territory WHERE code = $5))
         ON CONFLICT (insee_code) DO NOTHING`,
        [inseeCode, name, latitude, longitude, territory.code],
      );
      await this.movePoints(queryRunner, references, inseeCode, latitude, longitude);
      await queryRunner.query(`UPDATE commune SET name = $2, latitude = $3, longitude = $4 WHERE insee_code = $1`, [
        inseeCode,
        name,
        latitude,
        longitude,
      ]);
    }
    const extra = (await queryRunner.query(`SELECT insee_code FROM commune WHERE NOT (insee_code = ANY($1))`, [
      [...codes],
    ])) as Array<{ insee_code: string }>;
    if (extra.length > 0) {
      throw new Error(`Communes absentes de la géographie 2018 : ${extra.map((c) => c.insee_code).join(', ')}`);
    }
    await queryRunner.query(`DROP TABLE former_commune`);
    await queryRunner.query(`ALTER TABLE commune DROP COLUMN population`);
    await queryRunner.query(`ALTER TABLE commune DROP COLUMN postal_codes`);
  }

  /** Rows on this commune whose point is the commune's (copied from it) move with the commune's point. */
  private async movePoints(
    queryRunner: QueryRunner,
    references: readonly CommuneReference[],
    inseeCode: string,
    latitude: number,
    longitude: number,
  ): Promise<void> {
    for (const { table, column, hasPoint } of references) {
      if (!hasPoint) continue;
      await queryRunner.query(
        `UPDATE "${table}" t SET latitude = $2, longitude = $3
         FROM commune c
         WHERE c.insee_code = $1 AND t."${column}" = $1 AND (t.latitude, t.longitude) = (c.latitude, c.longitude)
           AND (c.latitude, c.longitude) <> ($2::double precision, $3::double precision)`,
        [inseeCode, latitude, longitude],
      );
    }
  }
}
