import { MigrationInterface, QueryRunner } from 'typeorm';
import { dayPartMaskOf } from '../domain/slots';

/**
 * The half-days (Paris time) each slot touches, computed once when it is published, so that the
 * slots fitting a person's availability are chosen by the database — with no cap on how many it
 * reads — rather than filtered in JavaScript after a LIMIT that silently dropped fitting slots.
 */
export class AddSlotDayPartMask1764400800000 implements MigrationInterface {
  name = 'AddSlotDayPartMask1764400800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE interview_slot ADD COLUMN day_part_mask integer`);
    const slots = (await queryRunner.query(`SELECT id, starts_at, ends_at FROM interview_slot`)) as Array<{
      id: string;
      starts_at: Date;
      ends_at: Date;
    }>;
    for (const slot of slots) {
      await queryRunner.query(`UPDATE interview_slot SET day_part_mask = $2 WHERE id = $1`, [
        slot.id,
        dayPartMaskOf({ startsAt: new Date(slot.starts_at), endsAt: new Date(slot.ends_at) }),
      ]);
    }
    await queryRunner.query(`ALTER TABLE interview_slot ALTER COLUMN day_part_mask SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE interview_slot DROP COLUMN day_part_mask`);
  }
}
