import { MigrationInterface, QueryRunner } from 'typeorm';
import { addLogbookEntryTypes, removeUnusedLogbookEntryTypes } from './logbook-entry-types';

/** Every correction of a profile lands in the carnet de bord: who changed what, from which value, and when. */
export class AddProfileCorrectionLogbookType1764400710000 implements MigrationInterface {
  name = 'AddProfileCorrectionLogbookType1764400710000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addLogbookEntryTypes(queryRunner, [['PROFILE_CORRECTED', 'Correction du profil']]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The corrections already written stay in the append-only carnet (and their kind with them).
    await removeUnusedLogbookEntryTypes(queryRunner, ['PROFILE_CORRECTED']);
  }
}
