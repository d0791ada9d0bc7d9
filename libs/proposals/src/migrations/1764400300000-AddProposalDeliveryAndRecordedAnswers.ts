import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People without an email address: a proposal goes out as a printed letter (`delivery`), and the
 * référent records the answer the person gave by phone or in person (`answer_channel`, who recorded
 * it). An answer recorded by someone always names them; an answer from the link names nobody.
 */
export class AddProposalDeliveryAndRecordedAnswers1764400300000 implements MigrationInterface {
  name = 'AddProposalDeliveryAndRecordedAnswers1764400300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE proposal
        ADD COLUMN delivery text NOT NULL DEFAULT 'EMAIL',
        ADD COLUMN answer_channel text,
        ADD COLUMN answer_recorded_by_id uuid,
        ADD CONSTRAINT fk_proposal_answer_recorded_by FOREIGN KEY (answer_recorded_by_id) REFERENCES app_user (id),
        ADD CONSTRAINT ck_proposal_delivery CHECK (delivery IN ('EMAIL', 'LETTER')),
        ADD CONSTRAINT ck_proposal_answer_channel CHECK (
          answer_channel IS NULL OR (answered_at IS NOT NULL AND answer_channel IN ('LINK', 'PHONE', 'IN_PERSON'))),
        ADD CONSTRAINT ck_proposal_answer_recorded_by CHECK (
          (answer_recorded_by_id IS NOT NULL) = (answer_channel IS NOT NULL AND answer_channel <> 'LINK'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE proposal
        DROP CONSTRAINT ck_proposal_answer_recorded_by,
        DROP CONSTRAINT ck_proposal_answer_channel,
        DROP CONSTRAINT ck_proposal_delivery,
        DROP CONSTRAINT fk_proposal_answer_recorded_by,
        DROP COLUMN answer_recorded_by_id,
        DROP COLUMN answer_channel,
        DROP COLUMN delivery`);
  }
}
