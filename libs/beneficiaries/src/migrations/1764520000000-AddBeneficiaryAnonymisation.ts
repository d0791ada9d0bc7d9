import { MigrationInterface, QueryRunner } from 'typeorm';
import { ACCESS_LOG_PURGE_SETTING, ERASED_LOGBOOK_SUMMARY } from '../domain/anonymisation';

/**
 * End of life of a file: `anonymised_at` marks a person whose identity, contact data and free texts
 * were erased at the end of the retention period (set in the same transaction as the erasure, so a
 * crash leaves either both or neither). The carnet de bord stays append-only, except for one change:
 * replacing an entry's text by the erasure notice, once the file is marked anonymised. The access
 * log stays append-only too, except for the retention job's purge of old lines, which declares
 * itself in its transaction (`SET LOCAL tremplin.retention_purge = 'on'`, see `ACCESS_LOG_PURGE_SETTING`).
 */
export class AddBeneficiaryAnonymisation1764520000000 implements MigrationInterface {
  name = 'AddBeneficiaryAnonymisation1764520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE beneficiary ADD COLUMN anonymised_at timestamptz`);
    await queryRunner.query(
      `CREATE INDEX ix_beneficiary_retention ON beneficiary (status_changed_at, id)
        WHERE status = 'LEFT' AND anonymised_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE FUNCTION guard_logbook_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND NEW.summary = $erased$${ERASED_LOGBOOK_SUMMARY}$erased$
           AND (NEW.id, NEW.beneficiary_id, NEW.type, NEW.author_id, NEW.occurred_at, NEW.recorded_at,
                NEW.confidential, NEW.reference_id)
               IS NOT DISTINCT FROM (OLD.id, OLD.beneficiary_id, OLD.type, OLD.author_id, OLD.occurred_at,
                OLD.recorded_at, OLD.confidential, OLD.reference_id)
           AND EXISTS (SELECT 1 FROM beneficiary b WHERE b.id = OLD.beneficiary_id AND b.anonymised_at IS NOT NULL)
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'integrity_constraint_violation';
      END $$`,
    );
    await queryRunner.query(`DROP TRIGGER tg_logbook_entry_append_only ON logbook_entry`);
    await queryRunner.query(`
      CREATE TRIGGER tg_logbook_entry_append_only BEFORE UPDATE OR DELETE ON logbook_entry
        FOR EACH ROW EXECUTE FUNCTION guard_logbook_entry_change()`);
    await queryRunner.query(
      `CREATE FUNCTION guard_sensitive_data_access_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('${ACCESS_LOG_PURGE_SETTING}', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'integrity_constraint_violation';
      END $$`,
    );
    await queryRunner.query(`DROP TRIGGER tg_sensitive_data_access_append_only ON sensitive_data_access`);
    await queryRunner.query(`
      CREATE TRIGGER tg_sensitive_data_access_append_only BEFORE UPDATE OR DELETE ON sensitive_data_access
        FOR EACH ROW EXECUTE FUNCTION guard_sensitive_data_access_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tg_sensitive_data_access_append_only ON sensitive_data_access`);
    await queryRunner.query(`
      CREATE TRIGGER tg_sensitive_data_access_append_only BEFORE UPDATE OR DELETE ON sensitive_data_access
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()`);
    await queryRunner.query(`DROP FUNCTION guard_sensitive_data_access_change()`);
    await queryRunner.query(`DROP TRIGGER tg_logbook_entry_append_only ON logbook_entry`);
    await queryRunner.query(`
      CREATE TRIGGER tg_logbook_entry_append_only BEFORE UPDATE OR DELETE ON logbook_entry
        FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()`);
    await queryRunner.query(`DROP FUNCTION guard_logbook_entry_change()`);
    await queryRunner.query(`DROP INDEX ix_beneficiary_retention`);
    await queryRunner.query(`ALTER TABLE beneficiary DROP COLUMN anonymised_at`);
  }
}
