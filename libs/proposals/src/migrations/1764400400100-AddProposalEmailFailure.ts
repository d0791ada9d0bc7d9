import { MigrationInterface, QueryRunner } from 'typeorm';

/** A proposal email the mail server refused for good: when, and why (shown to staff, never retried). */
export class AddProposalEmailFailure1764400400100 implements MigrationInterface {
  name = 'AddProposalEmailFailure1764400400100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE proposal ADD COLUMN email_failed_at timestamptz, ADD COLUMN email_failure text`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE proposal DROP COLUMN email_failure, DROP COLUMN email_failed_at`);
  }
}
