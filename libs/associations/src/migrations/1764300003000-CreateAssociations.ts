import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Host associations, and the foreign key from their members (app_user.association_id).
 * RNA / SIRET formats are checked here too; their checksum is checked by the service.
 */
export class CreateAssociations1764300003000 implements MigrationInterface {
  name = 'CreateAssociations1764300003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE association (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        rna text,
        siret text,
        description text,
        address text NOT NULL,
        commune_code text NOT NULL,
        email text NOT NULL,
        phone text NOT NULL,
        domain_codes text[] NOT NULL DEFAULT '{}',
        welcome_contact_name text NOT NULL,
        welcome_contact_email text NOT NULL,
        welcome_contact_phone text,
        status text NOT NULL DEFAULT 'PENDING',
        rejection_reason text,
        decided_at timestamptz,
        decided_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_association_id PRIMARY KEY (id),
        CONSTRAINT fk_association_commune FOREIGN KEY (commune_code) REFERENCES commune (insee_code),
        CONSTRAINT fk_association_decided_by FOREIGN KEY (decided_by_id) REFERENCES app_user (id),
        CONSTRAINT ck_association_status CHECK (status IN ('PENDING', 'VALIDATED', 'REJECTED')),
        CONSTRAINT ck_association_identifier CHECK (rna IS NOT NULL OR siret IS NOT NULL),
        CONSTRAINT ck_association_rna CHECK (rna ~ '^W[0-9]{9}$'),
        CONSTRAINT ck_association_siret CHECK (siret ~ '^[0-9]{14}$'),
        CONSTRAINT ck_association_rejection CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
        CONSTRAINT ck_association_name CHECK (length(btrim(name)) BETWEEN 2 AND 150),
        CONSTRAINT ck_association_description CHECK (length(description) <= 2000),
        CONSTRAINT ck_association_address CHECK (length(btrim(address)) BETWEEN 3 AND 200),
        CONSTRAINT ck_association_email_lower CHECK (email = lower(email)),
        CONSTRAINT ck_association_welcome_email_lower CHECK (welcome_contact_email = lower(welcome_contact_email)),
        CONSTRAINT ck_association_rejection_reason CHECK (length(rejection_reason) <= 1000)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_association_rna ON association (rna) WHERE rna IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_association_siret ON association (siret) WHERE siret IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX ix_association_status ON association (status, created_at)`);
    await queryRunner.query(`CREATE INDEX ix_association_commune ON association (commune_code)`);
    await queryRunner.query(
      `CREATE INDEX ix_association_name_trgm ON association USING gin (immutable_unaccent(lower(name)) gin_trgm_ops)`,
    );
    await queryRunner.query(`
      ALTER TABLE app_user
        ADD CONSTRAINT fk_app_user_association FOREIGN KEY (association_id) REFERENCES association (id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user DROP CONSTRAINT fk_app_user_association`);
    await queryRunner.query(`DROP TABLE association`);
  }
}
