import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coordinators' queue of accepted proposals waiting for an interview (list by answer date,
 * and its count) read the accepted proposals only: a partial index in the list's order, instead
 * of a scan of every proposal (5 M at national scale).
 */
export class IndexAcceptedProposals1764540000000 implements MigrationInterface {
  name = 'IndexAcceptedProposals1764540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX ix_proposal_accepted ON proposal (answered_at NULLS FIRST, id) WHERE status = 'ACCEPTED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_proposal_accepted`);
  }
}
