import { MigrationInterface, QueryRunner } from 'typeorm';

/** The job outbox, the email table (see Outbox and Mailer) and rate-limit counters (see RateLimiters). */
export class CreateOutboxAndEmail1764300000100 implements MigrationInterface {
  name = 'CreateOutboxAndEmail1764300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_job (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        dedup_key text,
        run_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        CONSTRAINT pk_outbox_job_id PRIMARY KEY (id),
        CONSTRAINT uq_outbox_job_dedup_key UNIQUE (dedup_key)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_outbox_job_pending ON outbox_job (created_at) WHERE dispatched_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE email_message (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL,
        template text NOT NULL,
        to_address text NOT NULL,
        reply_to text,
        data jsonb NOT NULL,
        attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
        calendar_event jsonb,
        status text NOT NULL DEFAULT 'PENDING',
        message_id text,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT pk_email_message_id PRIMARY KEY (id),
        CONSTRAINT uq_email_message_idempotency_key UNIQUE (idempotency_key),
        CONSTRAINT ck_email_message_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_email_message_pending ON email_message (created_at) WHERE status = 'PENDING'`,
    );
    // Table layout of rate-limiter-flexible's PostgreSQL store (used when Redis is not configured).
    await queryRunner.query(`
      CREATE TABLE rate_limit (
        key varchar(255) NOT NULL,
        points integer NOT NULL DEFAULT 0,
        expire bigint,
        CONSTRAINT pk_rate_limit_key PRIMARY KEY (key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit`);
    await queryRunner.query(`DROP TABLE email_message`);
    await queryRunner.query(`DROP TABLE outbox_job`);
  }
}
