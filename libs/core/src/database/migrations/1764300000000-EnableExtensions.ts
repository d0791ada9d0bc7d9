import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions later migrations rely on: btree_gist (exclusion constraints against double
 * booking), unaccent and pg_trgm (French text search tolerant to accents and typos).
 * `immutable_unaccent` wraps unaccent so that it can be used in indexes.
 */
export class EnableExtensions1764300000000 implements MigrationInterface {
  name = 'EnableExtensions1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
         LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS immutable_unaccent(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
