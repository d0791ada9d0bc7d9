import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The history of the indicators: each indicator's value per calendar month and per territory
 * (or the whole département, territory null), as computed by the nightly job. One row per month,
 * territory and code (NULLS NOT DISTINCT: one département row too), so recomputing a month
 * overwrites it instead of adding a second value.
 */
export class CreateIndicatorSnapshots1764300011000 implements MigrationInterface {
  name = 'CreateIndicatorSnapshots1764300011000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicator_snapshot (
        id bigint GENERATED ALWAYS AS IDENTITY,
        month date NOT NULL,
        territory_id uuid,
        code text NOT NULL,
        value double precision,
        numerator integer NOT NULL,
        denominator integer,
        breakdown jsonb,
        computed_at timestamptz NOT NULL,
        CONSTRAINT pk_indicator_snapshot_id PRIMARY KEY (id),
        CONSTRAINT fk_indicator_snapshot_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
        CONSTRAINT uq_indicator_snapshot UNIQUE NULLS NOT DISTINCT (month, territory_id, code),
        CONSTRAINT ck_indicator_snapshot_month CHECK (extract(day FROM month) = 1),
        CONSTRAINT ck_indicator_snapshot_code CHECK (code ~ '^A[0-9]+-[0-9A-Z-]+$'),
        CONSTRAINT ck_indicator_snapshot_numerator CHECK (numerator >= 0),
        CONSTRAINT ck_indicator_snapshot_denominator CHECK (denominator >= 0)
      )`);
    await queryRunner.query(`CREATE INDEX ix_indicator_snapshot_territory ON indicator_snapshot (territory_id, month)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE indicator_snapshot`);
  }
}
