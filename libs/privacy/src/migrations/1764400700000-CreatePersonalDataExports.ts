import { addLogbookEntryTypes, removeUnusedLogbookEntryTypes } from '@tremplin/beneficiaries';
import { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'DIAGNOSTIC_BARRIERS', 'DIAGNOSTIC_NOTES', 'REORIENTATION_REASON', 'CONFIDENTIAL_NOTE'`;

/**
 * Exports of a person's data (right of access): the request, then the JSON and PDF files kept a
 * short time; producing one is a carnet de bord entry and a line of the sensitive-data access log.
 */
export class CreatePersonalDataExports1764400700000 implements MigrationInterface {
  name = 'CreatePersonalDataExports1764400700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE personal_data_export (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        requested_by_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'PENDING',
        requested_at timestamptz NOT NULL,
        ready_at timestamptz,
        expires_at timestamptz,
        json text,
        pdf bytea,
        CONSTRAINT pk_personal_data_export_id PRIMARY KEY (id),
        CONSTRAINT fk_personal_data_export_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
        CONSTRAINT fk_personal_data_export_requested_by FOREIGN KEY (requested_by_id) REFERENCES app_user (id),
        CONSTRAINT ck_personal_data_export_status CHECK (status IN ('PENDING', 'READY', 'EXPIRED')),
        CONSTRAINT ck_personal_data_export_files CHECK (
          (status = 'READY') = (json IS NOT NULL AND pdf IS NOT NULL)
          AND (status = 'PENDING') = (ready_at IS NULL)
          AND (ready_at IS NULL) = (expires_at IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_personal_data_export_beneficiary ON personal_data_export (beneficiary_id, requested_at DESC)`,
    );
    await addLogbookEntryTypes(queryRunner, [
      ['PERSONAL_DATA_EXPORTED', 'Export des données personnelles (droit d’accès)'],
    ]);
    await queryRunner.query(`ALTER TABLE sensitive_data_access DROP CONSTRAINT ck_sensitive_data_access_kind`);
    await queryRunner.query(`
      ALTER TABLE sensitive_data_access ADD CONSTRAINT ck_sensitive_data_access_kind
        CHECK (data_kind IN (${OLD_KINDS}, 'PERSONAL_DATA_EXPORT'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE sensitive_data_access DROP CONSTRAINT ck_sensitive_data_access_kind`);
    await queryRunner.query(`
      ALTER TABLE sensitive_data_access ADD CONSTRAINT ck_sensitive_data_access_kind CHECK (data_kind IN (${OLD_KINDS})) NOT VALID`);
    // The exports already written stay in the append-only carnet (and their kind with them).
    await removeUnusedLogbookEntryTypes(queryRunner, ['PERSONAL_DATA_EXPORTED']);
    await queryRunner.query(`DROP TABLE personal_data_export`);
  }
}
