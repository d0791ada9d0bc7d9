import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox row stays owed until its job is done (`done_at`) or given up (`failed_at`), and each
 * hand-over to the queue is trusted only until `leased_until`: past it, the relay checks the queue
 * again and re-hands what the queue lost. An email is marked SENDING before the SMTP call, so that
 * a crash during it is found and resent under the same Message-ID.
 */
export class OutboxLeasesAndEmailSending1764400400000 implements MigrationInterface {
  name = 'OutboxLeasesAndEmailSending1764400400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE outbox_job
        ADD COLUMN leased_until timestamptz,
        ADD COLUMN done_at timestamptz,
        ADD COLUMN failed_at timestamptz,
        ADD COLUMN hand_overs integer NOT NULL DEFAULT 0,
        ADD COLUMN last_error text`);
    // Rows handed over long ago ran then (or their Redis job is long gone with its cause): done.
    // The recent ones stay owed, checked again once their hand-over is older than the lease.
    await queryRunner.query(`
      UPDATE outbox_job SET done_at = dispatched_at
       WHERE dispatched_at IS NOT NULL AND dispatched_at < now() - interval '1 day'
         AND (run_at IS NULL OR run_at < now() - interval '1 day')`);
    await queryRunner.query(`
      UPDATE outbox_job SET leased_until = GREATEST(dispatched_at, run_at), hand_overs = 1
       WHERE dispatched_at IS NOT NULL AND done_at IS NULL`);
    await queryRunner.query(`DROP INDEX ix_outbox_job_pending`);
    await queryRunner.query(
      `CREATE INDEX ix_outbox_job_owed ON outbox_job (leased_until NULLS FIRST, created_at)
         WHERE done_at IS NULL AND failed_at IS NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE email_message
        DROP CONSTRAINT ck_email_message_status,
        ADD CONSTRAINT ck_email_message_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
        ADD COLUMN sending_at timestamptz,
        ADD COLUMN sending_by text,
        ADD COLUMN failed_at timestamptz`);
    await queryRunner.query(`DROP INDEX ix_email_message_pending`);
    await queryRunner.query(
      `CREATE INDEX ix_email_message_pending ON email_message (created_at) WHERE status IN ('PENDING', 'SENDING')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_email_message_pending`);
    await queryRunner.query(`UPDATE email_message SET status = 'PENDING' WHERE status = 'SENDING'`);
    await queryRunner.query(`
      ALTER TABLE email_message
        DROP COLUMN failed_at,
        DROP COLUMN sending_by,
        DROP COLUMN sending_at,
        DROP CONSTRAINT ck_email_message_status,
        ADD CONSTRAINT ck_email_message_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))`);
    await queryRunner.query(
      `CREATE INDEX ix_email_message_pending ON email_message (created_at) WHERE status = 'PENDING'`,
    );
    await queryRunner.query(`DROP INDEX ix_outbox_job_owed`);
    await queryRunner.query(
      `CREATE INDEX ix_outbox_job_pending ON outbox_job (created_at) WHERE dispatched_at IS NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE outbox_job
        DROP COLUMN last_error,
        DROP COLUMN hand_overs,
        DROP COLUMN failed_at,
        DROP COLUMN done_at,
        DROP COLUMN leased_until`);
  }
}
