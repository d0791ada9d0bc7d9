import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff accounts choose their own password: an invited account has none until its holder sets
 * it from the invitation link. `credentials_version` goes up at every password change; sessions
 * and password links carry it, so a change ends the other sessions and spends the links.
 */
export class AccountCredentials1764400100000 implements MigrationInterface {
  name = 'AccountCredentials1764400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN credentials_version integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN password_set_at timestamptz`);
    await queryRunner.query(`UPDATE app_user SET password_set_at = created_at WHERE password_hash IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Invited accounts that never chose a password get an unusable hash rather than being deleted.
    await queryRunner.query(`UPDATE app_user SET password_hash = '!' WHERE password_hash IS NULL`);
    await queryRunner.query(`ALTER TABLE app_user ALTER COLUMN password_hash SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN password_set_at`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN credentials_version`);
  }
}
