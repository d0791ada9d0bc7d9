import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each referent wants to hear about their proposals, and the notices kept for the daily
 * summary of those who chose it (one per proposal and event, like the email it replaces).
 */
export class CreateReferentNotices1764300008100 implements MigrationInterface {
  name = 'CreateReferentNotices1764300008100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE proposal_notification_setting (
        user_id uuid NOT NULL,
        mode text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_proposal_notification_setting PRIMARY KEY (user_id),
        CONSTRAINT fk_proposal_notification_setting_user FOREIGN KEY (user_id) REFERENCES app_user (id),
        CONSTRAINT ck_proposal_notification_setting_mode CHECK (mode IN ('IMMEDIATE', 'DAILY_DIGEST'))
      )`);
    await queryRunner.query(`
      CREATE TABLE proposal_referent_notice (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        referent_id uuid NOT NULL,
        proposal_id uuid NOT NULL,
        event text NOT NULL,
        headline text NOT NULL,
        created_at timestamptz NOT NULL,
        digested_at timestamptz,
        CONSTRAINT pk_proposal_referent_notice_id PRIMARY KEY (id),
        CONSTRAINT fk_proposal_referent_notice_referent FOREIGN KEY (referent_id) REFERENCES app_user (id),
        CONSTRAINT fk_proposal_referent_notice_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
        CONSTRAINT uq_proposal_referent_notice_event UNIQUE (proposal_id, event),
        CONSTRAINT ck_proposal_referent_notice_headline CHECK (length(headline) BETWEEN 1 AND 500)
      )`);
    await queryRunner.query(`
      CREATE INDEX ix_proposal_referent_notice_pending ON proposal_referent_notice (referent_id, created_at)
        WHERE digested_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE proposal_referent_notice`);
    await queryRunner.query(`DROP TABLE proposal_notification_setting`);
  }
}
