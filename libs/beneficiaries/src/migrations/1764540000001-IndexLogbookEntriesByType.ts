import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The indicators count carnet entries of one kind over a period (barrier actions of the year):
 * an index by kind and date, carrying the person, instead of a scan of every entry (20 M at
 * national scale).
 */
export class IndexLogbookEntriesByType1764540000001 implements MigrationInterface {
  name = 'IndexLogbookEntriesByType1764540000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX ix_logbook_entry_type_occurred ON logbook_entry (type, occurred_at) INCLUDE (beneficiary_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_logbook_entry_type_occurred`);
  }
}
