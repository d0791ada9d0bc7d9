import { MigrationInterface, QueryRunner } from 'typeorm';

const ENTRY_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['ENTRY', 'Entrée dans le dispositif'],
  ['DIAGNOSTIC', 'Diagnostic'],
  ['ORIENTATION', 'Orientation'],
  ['REORIENTATION', 'Réorientation'],
  ['NOTE', 'Note'],
  ['APPOINTMENT', 'Entretien'],
  ['INSERTION_ACTION', "Action d'insertion"],
  ['BARRIER_ACTION', 'Action de levée de freins'],
  ['CONSENT_GIVEN', 'Accord pour des propositions de bénévolat'],
  ['CONSENT_WITHDRAWN', 'Retrait de l’accord pour le bénévolat'],
  ['STATUS_CHANGED', 'Changement de situation'],
];

/**
 * The carnet de bord (append-only timeline of each beneficiary), the read grants of former
 * referents, and the access log of sensitive data (append-only too). Later modules add their
 * entry kinds with a migration inserting into `logbook_entry_type`.
 */
export class CreateLogbook1764300005100 implements MigrationInterface {
  name = 'CreateLogbook1764300005100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'integrity_constraint_violation';
      END $$`);

    await queryRunner.query(`
      CREATE TABLE logbook_entry_type (
        code text NOT NULL,
        label text NOT NULL,
        CONSTRAINT pk_logbook_entry_type_code PRIMARY KEY (code)
      )`);
    for (const [code, label] of ENTRY_TYPES) {
      await queryRunner.query(`INSERT INTO logbook_entry_type (code, label) VALUES ($1, $2)`, [code, label]);
    }

    await queryRunner.query(`
      CREATE TABLE logbook_entry (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        type text NOT NULL,
        author_id uuid,
        summary text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        confidential boolean NOT NULL DEFAULT false,
        reference_id uuid,
        CONSTRAINT pk_logbook_entry_id PRIMARY KEY (id),
        CONSTRAINT fk_logbook_entry_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
        CONSTRAINT fk_logbook_entry_type FOREIGN KEY (type) REFERENCES logbook_entry_type (code),
        CONSTRAINT fk_logbook_entry_author FOREIGN KEY (author_id) REFERENCES app_user (id),
        CONSTRAINT ck_logbook_entry_summary CHECK (length(btrim(summary)) BETWEEN 1 AND 4000)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_logbook_entry_timeline ON logbook_entry (beneficiary_id, occurred_at DESC, recorded_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TRIGGER tg_logbook_entry_append_only BEFORE UPDATE OR DELETE ON logbook_entry
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()`);
    await queryRunner.query(`
      CREATE TRIGGER tg_logbook_entry_no_truncate BEFORE TRUNCATE ON logbook_entry
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change()`);

    await queryRunner.query(`
      CREATE TABLE logbook_read_grant (
        beneficiary_id uuid NOT NULL,
        user_id uuid NOT NULL,
        granted_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT pk_logbook_read_grant PRIMARY KEY (beneficiary_id, user_id),
        CONSTRAINT fk_logbook_read_grant_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
        CONSTRAINT fk_logbook_read_grant_user FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT ck_logbook_read_grant_period CHECK (expires_at > granted_at)
      )`);
    await queryRunner.query(`CREATE INDEX ix_logbook_read_grant_user ON logbook_read_grant (user_id)`);

    await queryRunner.query(`
      CREATE TABLE sensitive_data_access (
        id bigint GENERATED ALWAYS AS IDENTITY,
        user_id uuid NOT NULL,
        beneficiary_id uuid NOT NULL,
        data_kind text NOT NULL,
        record_id uuid,
        accessed_at timestamptz NOT NULL,
        CONSTRAINT pk_sensitive_data_access_id PRIMARY KEY (id),
        CONSTRAINT fk_sensitive_data_access_user FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT fk_sensitive_data_access_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
        CONSTRAINT ck_sensitive_data_access_kind CHECK (
          data_kind IN ('DIAGNOSTIC_BARRIERS', 'DIAGNOSTIC_NOTES', 'REORIENTATION_REASON', 'CONFIDENTIAL_NOTE'))
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_sensitive_data_access_beneficiary ON sensitive_data_access (beneficiary_id, accessed_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_sensitive_data_access_user ON sensitive_data_access (user_id, accessed_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TRIGGER tg_sensitive_data_access_append_only BEFORE UPDATE OR DELETE ON sensitive_data_access
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()`);
    await queryRunner.query(`
      CREATE TRIGGER tg_sensitive_data_access_no_truncate BEFORE TRUNCATE ON sensitive_data_access
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sensitive_data_access`);
    await queryRunner.query(`DROP TABLE logbook_read_grant`);
    await queryRunner.query(`DROP TABLE logbook_entry`);
    await queryRunner.query(`DROP TABLE logbook_entry_type`);
    await queryRunner.query(`DROP FUNCTION refuse_append_only_change()`);
  }
}
