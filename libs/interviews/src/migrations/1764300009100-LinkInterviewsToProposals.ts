import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interviews belong to an accepted proposal of a mission: the foreign keys, added once the
 * proposals and missions tables exist (the interviews schema was published before them).
 */
export class LinkInterviewsToProposals1764300009100 implements MigrationInterface {
  name = 'LinkInterviewsToProposals1764300009100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE interview ADD CONSTRAINT fk_interview_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)`,
    );
    await queryRunner.query(
      `ALTER TABLE interview ADD CONSTRAINT fk_interview_mission FOREIGN KEY (mission_id) REFERENCES mission (id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE interview DROP CONSTRAINT fk_interview_mission`);
    await queryRunner.query(`ALTER TABLE interview DROP CONSTRAINT fk_interview_proposal`);
  }
}
