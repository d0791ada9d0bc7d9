import { MigrationInterface, QueryRunner } from 'typeorm';

/** Beneficiaries of the RSA followed on the platform, with the compact profile the matching engine reads. */
export class CreateBeneficiaries1764300005000 implements MigrationInterface {
  name = 'CreateBeneficiaries1764300005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE beneficiary (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        civility text,
        first_name text NOT NULL,
        last_name text NOT NULL,
        birth_date date NOT NULL,
        email text,
        phone text,
        commune_code text NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        territory_id uuid NOT NULL,
        rsa_entry_date date NOT NULL,
        referent_id uuid,
        status text NOT NULL DEFAULT 'ACTIVE',
        status_changed_at timestamptz,
        mobility_modes integer NOT NULL DEFAULT 0,
        has_driving_licence boolean NOT NULL DEFAULT false,
        has_vehicle boolean NOT NULL DEFAULT false,
        max_distance_km integer,
        availability_mask integer NOT NULL DEFAULT 0,
        interest_domain_codes text[] NOT NULL DEFAULT '{}',
        target_job_codes text[] NOT NULL DEFAULT '{}',
        competency_codes text[] NOT NULL DEFAULT '{}',
        french_level text,
        volunteering_consent_given_at timestamptz,
        volunteering_consent_withdrawn_at timestamptz,
        orientation_status text NOT NULL DEFAULT 'PENDING_DIAGNOSTIC',
        oriented_at timestamptz,
        first_action_at timestamptz,
        orientation_due_on date,
        accompaniment_due_on date,
        created_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_beneficiary_id PRIMARY KEY (id),
        CONSTRAINT fk_beneficiary_commune FOREIGN KEY (commune_code) REFERENCES commune (insee_code),
        CONSTRAINT fk_beneficiary_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
        CONSTRAINT fk_beneficiary_referent FOREIGN KEY (referent_id) REFERENCES app_user (id),
        CONSTRAINT fk_beneficiary_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id),
        CONSTRAINT ck_beneficiary_civility CHECK (civility IN ('MADAME', 'MONSIEUR')),
        CONSTRAINT ck_beneficiary_first_name CHECK (length(btrim(first_name)) BETWEEN 1 AND 100),
        CONSTRAINT ck_beneficiary_last_name CHECK (length(btrim(last_name)) BETWEEN 1 AND 100),
        CONSTRAINT ck_beneficiary_email_lower CHECK (email = lower(email)),
        CONSTRAINT ck_beneficiary_entry_after_birth CHECK (rsa_entry_date > birth_date),
        CONSTRAINT ck_beneficiary_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'LEFT')),
        CONSTRAINT ck_beneficiary_mobility_modes CHECK (mobility_modes BETWEEN 0 AND 15),
        CONSTRAINT ck_beneficiary_max_distance CHECK (max_distance_km BETWEEN 1 AND 150),
        CONSTRAINT ck_beneficiary_availability CHECK (availability_mask BETWEEN 0 AND 2097151),
        CONSTRAINT ck_beneficiary_french_level CHECK (french_level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
        CONSTRAINT ck_beneficiary_consent CHECK (
          volunteering_consent_withdrawn_at IS NULL OR volunteering_consent_given_at IS NOT NULL),
        CONSTRAINT ck_beneficiary_orientation_status CHECK (
          orientation_status IN ('PENDING_DIAGNOSTIC', 'PENDING_ORIENTATION', 'ORIENTED')),
        CONSTRAINT ck_beneficiary_oriented CHECK ((orientation_status = 'ORIENTED') = (oriented_at IS NOT NULL)),
        CONSTRAINT ck_beneficiary_oriented_has_referent CHECK (orientation_status <> 'ORIENTED' OR referent_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX ix_beneficiary_referent ON beneficiary (referent_id)`);
    await queryRunner.query(`CREATE INDEX ix_beneficiary_territory ON beneficiary (territory_id)`);
    // One file per person: same names (accents and case aside) and birth date.
    await queryRunner.query(`
      CREATE UNIQUE INDEX uq_beneficiary_identity ON beneficiary (
        immutable_unaccent(lower(last_name)), immutable_unaccent(lower(first_name)), birth_date)`);
    // Name search, last name first or first name first, accents and case aside.
    await queryRunner.query(`
      CREATE INDEX ix_beneficiary_last_first_trgm ON beneficiary
        USING gin (immutable_unaccent(lower(last_name || ' ' || first_name)) gin_trgm_ops)`);
    await queryRunner.query(`
      CREATE INDEX ix_beneficiary_first_last_trgm ON beneficiary
        USING gin (immutable_unaccent(lower(first_name || ' ' || last_name)) gin_trgm_ops)`);
    // The overdue files (Action 1 and 2 deadlines) are read every day: partial indexes on what is still due.
    await queryRunner.query(`
      CREATE INDEX ix_beneficiary_orientation_due ON beneficiary (orientation_due_on)
        WHERE status = 'ACTIVE' AND oriented_at IS NULL`);
    await queryRunner.query(`
      CREATE INDEX ix_beneficiary_accompaniment_due ON beneficiary (accompaniment_due_on)
        WHERE status = 'ACTIVE' AND first_action_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE beneficiary`);
  }
}
