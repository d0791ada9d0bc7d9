import { MigrationInterface, QueryRunner } from 'typeorm';

/** Territories (CDS) and staff users. */
export class CreateIdentity1764300001000 implements MigrationInterface {
  name = 'CreateIdentity1764300001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE territory (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_territory_id PRIMARY KEY (id),
        CONSTRAINT uq_territory_code UNIQUE (code),
        CONSTRAINT uq_territory_name UNIQUE (name)
      )`);
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL,
        phone text,
        territory_id uuid,
        is_territory_manager boolean NOT NULL DEFAULT false,
        association_id uuid,
        disabled_at timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_app_user_id PRIMARY KEY (id),
        CONSTRAINT fk_app_user_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
        CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'REFERENT', 'COORDINATOR', 'ASSOCIATION')),
        CONSTRAINT ck_app_user_email_lower CHECK (email = lower(email))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_app_user_email ON app_user (email)`);
    await queryRunner.query(`CREATE INDEX ix_app_user_territory ON app_user (territory_id)`);
    await queryRunner.query(`CREATE INDEX ix_app_user_association ON app_user (association_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE app_user`);
    await queryRunner.query(`DROP TABLE territory`);
  }
}
