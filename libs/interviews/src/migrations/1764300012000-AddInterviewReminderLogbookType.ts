import { MigrationInterface, QueryRunner } from 'typeorm';

/** Interview reminders land in the carnet de bord like every other step of the interview. */
export class AddInterviewReminderLogbookType1764300012000 implements MigrationInterface {
  name = 'AddInterviewReminderLogbookType1764300012000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO logbook_entry_type (code, label) VALUES ($1, $2)`, [
      'INTERVIEW_REMINDED',
      'Rappel d’entretien tripartite envoyé',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM logbook_entry WHERE type = 'INTERVIEW_REMINDED'`);
    await queryRunner.query(`DELETE FROM logbook_entry_type WHERE code = 'INTERVIEW_REMINDED'`);
  }
}
