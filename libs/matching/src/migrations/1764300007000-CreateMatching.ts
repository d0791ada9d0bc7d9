import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matching engine's tables:
 * - `mission_suggestion`: the ranked suggestions of each beneficiary (top 100), replaced as a
 *   whole in one transaction per beneficiary, so that readers never see half a result;
 * - `beneficiary_match_state`: when each beneficiary was last computed, against which version of
 *   the mission index, how many suggestions and the lowest score kept (the bar a changed
 *   mission must clear to enter the list), or why the profile cannot be matched;
 * - `matching_mission_change`: the change feed through which every worker keeps its in-memory
 *   mission index in step (a row per mission change, written in the transaction of the change,
 *   with the id of that transaction so that a worker never misses one committed late).
 */
export class CreateMatching1764300007000 implements MigrationInterface {
  name = 'CreateMatching1764300007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mission_suggestion (
        beneficiary_id uuid NOT NULL,
        mission_id uuid NOT NULL,
        rank integer NOT NULL,
        score double precision NOT NULL,
        breakdown jsonb NOT NULL,
        explanation text[] NOT NULL,
        computed_at timestamptz NOT NULL,
        index_version bigint NOT NULL,
        CONSTRAINT pk_mission_suggestion PRIMARY KEY (beneficiary_id, mission_id),
        CONSTRAINT uq_mission_suggestion_rank UNIQUE (beneficiary_id, rank),
        CONSTRAINT fk_mission_suggestion_beneficiary FOREIGN KEY (beneficiary_id)
          REFERENCES beneficiary (id) ON DELETE CASCADE,
        CONSTRAINT fk_mission_suggestion_mission FOREIGN KEY (mission_id) REFERENCES mission (id) ON DELETE CASCADE,
        CONSTRAINT ck_mission_suggestion_rank CHECK (rank >= 1),
        CONSTRAINT ck_mission_suggestion_score CHECK (score >= 0 AND score <= 100),
        CONSTRAINT ck_mission_suggestion_explanation CHECK (cardinality(explanation) BETWEEN 1 AND 3)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_mission_suggestion_mission ON mission_suggestion (mission_id, score DESC, beneficiary_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE beneficiary_match_state (
        beneficiary_id uuid NOT NULL,
        computed_at timestamptz NOT NULL,
        index_version bigint NOT NULL,
        suggestion_count integer NOT NULL,
        lowest_score double precision,
        problems text[] NOT NULL DEFAULT '{}',
        runs integer NOT NULL DEFAULT 1,
        CONSTRAINT pk_beneficiary_match_state PRIMARY KEY (beneficiary_id),
        CONSTRAINT fk_beneficiary_match_state_beneficiary FOREIGN KEY (beneficiary_id)
          REFERENCES beneficiary (id) ON DELETE CASCADE,
        CONSTRAINT ck_beneficiary_match_state_count CHECK (suggestion_count >= 0),
        CONSTRAINT ck_beneficiary_match_state_lowest CHECK ((suggestion_count = 0) = (lowest_score IS NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE matching_mission_change (
        seq bigserial NOT NULL,
        mission_id uuid NOT NULL,
        txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_matching_mission_change PRIMARY KEY (seq)
      )`);
    await queryRunner.query(`CREATE INDEX ix_matching_mission_change_txid ON matching_mission_change (txid)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE matching_mission_change`);
    await queryRunner.query(`DROP TABLE beneficiary_match_state`);
    await queryRunner.query(`DROP TABLE mission_suggestion`);
  }
}
