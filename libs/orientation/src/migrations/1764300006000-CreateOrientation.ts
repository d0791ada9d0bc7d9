import { MigrationInterface, QueryRunner } from 'typeorm';

/** Diagnostics (with their barriers) and orientation decisions (first orientation and re-orientations). */
export class CreateOrientation1764300006000 implements MigrationInterface {
  name = 'CreateOrientation1764300006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE diagnostic (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        author_id uuid NOT NULL,
        conducted_at timestamptz NOT NULL,
        proposed_pathway text NOT NULL,
        strengths text,
        notes text,
        CONSTRAINT pk_diagnostic_id PRIMARY KEY (id),
        CONSTRAINT fk_diagnostic_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
        CONSTRAINT fk_diagnostic_author FOREIGN KEY (author_id) REFERENCES app_user (id),
        CONSTRAINT ck_diagnostic_pathway CHECK (proposed_pathway IN ('PROFESSIONAL', 'SOCIO_PROFESSIONAL', 'SOCIAL')),
        CONSTRAINT ck_diagnostic_strengths CHECK (length(strengths) <= 2000),
        CONSTRAINT ck_diagnostic_notes CHECK (length(notes) <= 4000),
        CONSTRAINT uq_diagnostic_id_beneficiary UNIQUE (id, beneficiary_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_diagnostic_beneficiary ON diagnostic (beneficiary_id, conducted_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE diagnostic_barrier (
        diagnostic_id uuid NOT NULL,
        kind text NOT NULL,
        level text NOT NULL,
        note text,
        CONSTRAINT pk_diagnostic_barrier PRIMARY KEY (diagnostic_id, kind),
        CONSTRAINT fk_diagnostic_barrier_diagnostic FOREIGN KEY (diagnostic_id) REFERENCES diagnostic (id) ON DELETE CASCADE,
        CONSTRAINT ck_diagnostic_barrier_kind CHECK (kind IN (
          'MOBILITY', 'HOUSING', 'HEALTH', 'CHILDCARE', 'LANGUAGE', 'LITERACY', 'DIGITAL', 'FINANCES', 'ADMINISTRATIVE')),
        CONSTRAINT ck_diagnostic_barrier_level CHECK (level IN ('LOW', 'MEDIUM', 'HIGH')),
        CONSTRAINT ck_diagnostic_barrier_note CHECK (length(note) <= 2000)
      )`);
    await queryRunner.query(`
      CREATE TABLE orientation (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        diagnostic_id uuid NOT NULL,
        pathway text NOT NULL,
        organism text NOT NULL,
        referent_id uuid NOT NULL,
        previous_referent_id uuid,
        decided_by_id uuid NOT NULL,
        decided_at timestamptz NOT NULL,
        is_reorientation boolean NOT NULL,
        reason text,
        CONSTRAINT pk_orientation_id PRIMARY KEY (id),
        CONSTRAINT fk_orientation_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
        -- The diagnostic must be one of the same person.
        CONSTRAINT fk_orientation_diagnostic FOREIGN KEY (diagnostic_id, beneficiary_id)
          REFERENCES diagnostic (id, beneficiary_id),
        CONSTRAINT fk_orientation_referent FOREIGN KEY (referent_id) REFERENCES app_user (id),
        CONSTRAINT fk_orientation_previous_referent FOREIGN KEY (previous_referent_id) REFERENCES app_user (id),
        CONSTRAINT fk_orientation_decided_by FOREIGN KEY (decided_by_id) REFERENCES app_user (id),
        CONSTRAINT ck_orientation_pathway CHECK (pathway IN ('PROFESSIONAL', 'SOCIO_PROFESSIONAL', 'SOCIAL')),
        CONSTRAINT ck_orientation_organism CHECK (length(btrim(organism)) BETWEEN 2 AND 150),
        -- A re-orientation always states its reason; a first orientation has none.
        CONSTRAINT ck_orientation_reason CHECK (is_reorientation = (reason IS NOT NULL)),
        -- Each decision rests on its own diagnostic: a re-orientation needs a new one.
        CONSTRAINT uq_orientation_diagnostic UNIQUE (diagnostic_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_orientation_beneficiary ON orientation (beneficiary_id, decided_at DESC)`);
    // One first orientation per person; later decisions are re-orientations.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_orientation_first ON orientation (beneficiary_id) WHERE NOT is_reorientation`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE orientation`);
    await queryRunner.query(`DROP TABLE diagnostic_barrier`);
    await queryRunner.query(`DROP TABLE diagnostic`);
  }
}
