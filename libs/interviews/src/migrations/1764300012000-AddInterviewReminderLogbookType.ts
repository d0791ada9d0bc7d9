import { addLogbookEntryTypes, removeUnusedLogbookEntryTypes } from '@tremplin/beneficiaries';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Interview reminders land in the carnet de bord like every other step of the interview. */
export class AddInterviewReminderLogbookType1764300012000 implements MigrationInterface {
  name = 'AddInterviewReminderLogbookType1764300012000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addLogbookEntryTypes(queryRunner, [['INTERVIEW_REMINDED', 'Rappel d’entretien tripartite envoyé']]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The reminders already written stay in the append-only carnet (and their kind with them).
    await removeUnusedLogbookEntryTypes(queryRunner, ['INTERVIEW_REMINDED']);
  }
}
