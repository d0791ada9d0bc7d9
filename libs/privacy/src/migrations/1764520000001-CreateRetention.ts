import { MigrationInterface, QueryRunner } from 'typeorm';

/** The retention job's approvals (nothing is erased before the first) and the record of its runs. */
export class CreateRetention1764520000001 implements MigrationInterface {
  name = 'CreateRetention1764520000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE retention_approval (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        approved_by_id uuid NOT NULL,
        approved_at timestamptz NOT NULL,
        months_after_exit integer NOT NULL,
        access_log_months integer NOT NULL,
        email_months integer NOT NULL,
        preview jsonb NOT NULL,
        CONSTRAINT pk_retention_approval_id PRIMARY KEY (id),
        CONSTRAINT fk_retention_approval_approved_by FOREIGN KEY (approved_by_id) REFERENCES app_user (id),
        CONSTRAINT ck_retention_approval_months CHECK (
          months_after_exit >= 0 AND access_log_months >= 0 AND email_months >= 0)
      )`);
    await queryRunner.query(`CREATE INDEX ix_retention_approval_at ON retention_approval (approved_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE retention_run (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL,
        anonymised_people integer NOT NULL,
        access_log_deleted integer NOT NULL,
        emails_deleted integer NOT NULL,
        emails_stripped integer NOT NULL,
        CONSTRAINT pk_retention_run_id PRIMARY KEY (id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_retention_run_finished ON retention_run (finished_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE retention_run`);
    await queryRunner.query(`DROP TABLE retention_approval`);
  }
}
