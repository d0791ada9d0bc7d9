import { addLogbookEntryTypes, removeUnusedLogbookEntryTypes } from '@tremplin/beneficiaries';
import { MigrationInterface, QueryRunner } from 'typeorm';

const ENTRY_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['ENGAGEMENT_STARTED', 'Début de mission bénévole'],
  ['ENGAGEMENT_COMPLETED', 'Fin de mission bénévole'],
  ['ENGAGEMENT_ABANDONED', 'Mission bénévole interrompue'],
  ['ENGAGEMENT_WITHDRAWN', 'Mission bénévole annulée'],
  ['COMPETENCIES_ATTESTED', 'Compétences attestées'],
  ['OUTCOME_RECORDED', 'Suite du parcours'],
];

/**
 * Engagements (the mission itself), the competency attestations of the host associations, the
 * Passeport Bénévole with its verification codes, and the outcomes recorded by the referent.
 */
export class CreatePassports1764300010000 implements MigrationInterface {
  name = 'CreatePassports1764300010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addLogbookEntryTypes(queryRunner, ENTRY_TYPES);

    await queryRunner.query(`
      CREATE TABLE engagement (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        interview_id uuid NOT NULL,
        proposal_id uuid NOT NULL,
        beneficiary_id uuid NOT NULL,
        mission_id uuid NOT NULL,
        association_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE',
        start_date date NOT NULL,
        planned_hours integer NOT NULL,
        end_date date,
        hours_done integer,
        abandon_reason text,
        withdrawal_reason text,
        started_by_id uuid NOT NULL,
        ended_by_id uuid,
        ended_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_engagement_id PRIMARY KEY (id),
        CONSTRAINT fk_engagement_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
        CONSTRAINT fk_engagement_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
        CONSTRAINT fk_engagement_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
        CONSTRAINT fk_engagement_mission FOREIGN KEY (mission_id) REFERENCES mission (id),
        CONSTRAINT fk_engagement_association FOREIGN KEY (association_id) REFERENCES association (id),
        CONSTRAINT fk_engagement_started_by FOREIGN KEY (started_by_id) REFERENCES app_user (id),
        CONSTRAINT fk_engagement_ended_by FOREIGN KEY (ended_by_id) REFERENCES app_user (id),
        -- One mission per accepted proposal, opened by one interview.
        CONSTRAINT uq_engagement_proposal UNIQUE (proposal_id),
        CONSTRAINT uq_engagement_interview UNIQUE (interview_id),
        CONSTRAINT uq_engagement_id_beneficiary UNIQUE (id, beneficiary_id),
        CONSTRAINT ck_engagement_status CHECK (status IN ('ACTIVE', 'COMPLETED', 'ABANDONED', 'WITHDRAWN')),
        CONSTRAINT ck_engagement_planned_hours CHECK (planned_hours BETWEEN 1 AND 2000),
        CONSTRAINT ck_engagement_hours_done CHECK (hours_done BETWEEN 0 AND 5000),
        CONSTRAINT ck_engagement_dates CHECK (end_date >= start_date),
        CONSTRAINT ck_engagement_abandon_reason CHECK (length(btrim(abandon_reason)) BETWEEN 3 AND 500),
        CONSTRAINT ck_engagement_withdrawal_reason CHECK (length(btrim(withdrawal_reason)) BETWEEN 3 AND 500),
        -- Each status carries exactly the facts of its end.
        CONSTRAINT ck_engagement_status_facts CHECK (CASE status
          WHEN 'ACTIVE' THEN end_date IS NULL AND hours_done IS NULL AND abandon_reason IS NULL
            AND withdrawal_reason IS NULL AND ended_at IS NULL
          WHEN 'COMPLETED' THEN end_date IS NOT NULL AND hours_done IS NOT NULL AND abandon_reason IS NULL
            AND withdrawal_reason IS NULL AND ended_at IS NOT NULL
          WHEN 'ABANDONED' THEN end_date IS NOT NULL AND abandon_reason IS NOT NULL
            AND withdrawal_reason IS NULL AND ended_at IS NOT NULL
          WHEN 'WITHDRAWN' THEN end_date IS NULL AND hours_done IS NULL AND withdrawal_reason IS NOT NULL
            AND abandon_reason IS NULL AND ended_at IS NOT NULL
        END)
      )`);
    await queryRunner.query(`CREATE INDEX ix_engagement_beneficiary ON engagement (beneficiary_id, start_date DESC)`);
    await queryRunner.query(`CREATE INDEX ix_engagement_mission ON engagement (mission_id)`);
    await queryRunner.query(`CREATE INDEX ix_engagement_association ON engagement (association_id, start_date DESC)`);
    await queryRunner.query(`CREATE INDEX ix_engagement_status ON engagement (status, start_date DESC)`);

    await queryRunner.query(`
      CREATE TABLE passport_attestation (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        engagement_id uuid NOT NULL,
        beneficiary_id uuid NOT NULL,
        association_id uuid NOT NULL,
        attested_by_id uuid NOT NULL,
        attestor_name text NOT NULL,
        attestor_role text NOT NULL,
        attested_at timestamptz NOT NULL,
        CONSTRAINT pk_passport_attestation_id PRIMARY KEY (id),
        -- The attestation is about the person of the engagement.
        CONSTRAINT fk_passport_attestation_engagement FOREIGN KEY (engagement_id, beneficiary_id)
          REFERENCES engagement (id, beneficiary_id),
        CONSTRAINT fk_passport_attestation_association FOREIGN KEY (association_id) REFERENCES association (id),
        CONSTRAINT fk_passport_attestation_attested_by FOREIGN KEY (attested_by_id) REFERENCES app_user (id),
        CONSTRAINT ck_passport_attestation_attestor_name CHECK (length(btrim(attestor_name)) BETWEEN 2 AND 120),
        CONSTRAINT ck_passport_attestation_attestor_role CHECK (length(btrim(attestor_role)) BETWEEN 2 AND 120)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_passport_attestation_beneficiary ON passport_attestation (beneficiary_id, attested_at)`,
    );
    await queryRunner.query(`CREATE INDEX ix_passport_attestation_engagement ON passport_attestation (engagement_id)`);
    await queryRunner.query(`CREATE INDEX ix_passport_attestation_attested_at ON passport_attestation (attested_at)`);

    await queryRunner.query(`
      CREATE TABLE competency_attestation (
        attestation_id uuid NOT NULL,
        competency_code text NOT NULL,
        level smallint NOT NULL,
        comment text,
        CONSTRAINT pk_competency_attestation PRIMARY KEY (attestation_id, competency_code),
        CONSTRAINT fk_competency_attestation_attestation FOREIGN KEY (attestation_id)
          REFERENCES passport_attestation (id) ON DELETE CASCADE,
        CONSTRAINT fk_competency_attestation_competency FOREIGN KEY (competency_code) REFERENCES competency (code),
        CONSTRAINT ck_competency_attestation_level CHECK (level BETWEEN 1 AND 3),
        CONSTRAINT ck_competency_attestation_comment CHECK (length(comment) <= 280)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_competency_attestation_competency ON competency_attestation (competency_code)`,
    );

    await queryRunner.query(`
      CREATE TABLE passport (
        beneficiary_id uuid NOT NULL,
        issued_at timestamptz NOT NULL,
        last_attested_at timestamptz NOT NULL,
        CONSTRAINT pk_passport_beneficiary_id PRIMARY KEY (beneficiary_id),
        CONSTRAINT fk_passport_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
        CONSTRAINT ck_passport_dates CHECK (last_attested_at >= issued_at)
      )`);
    await queryRunner.query(`CREATE INDEX ix_passport_issued_at ON passport (issued_at)`);

    await queryRunner.query(`
      CREATE TABLE passport_verification (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        code text NOT NULL,
        attestation_ids uuid[] NOT NULL,
        issued_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT pk_passport_verification_id PRIMARY KEY (id),
        CONSTRAINT fk_passport_verification_passport FOREIGN KEY (beneficiary_id) REFERENCES passport (beneficiary_id),
        CONSTRAINT uq_passport_verification_code UNIQUE (code),
        -- One code per set of attestations: printing the same passport twice gives the same code.
        CONSTRAINT uq_passport_verification_set UNIQUE (beneficiary_id, attestation_ids),
        CONSTRAINT ck_passport_verification_code CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
        CONSTRAINT ck_passport_verification_set CHECK (cardinality(attestation_ids) >= 1)
      )`);

    await queryRunner.query(`
      CREATE TABLE outcome (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        engagement_id uuid NOT NULL,
        kind text NOT NULL,
        contract_type text,
        start_date date NOT NULL,
        end_date date,
        detail text,
        recorded_by_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT pk_outcome_id PRIMARY KEY (id),
        CONSTRAINT fk_outcome_engagement FOREIGN KEY (engagement_id, beneficiary_id)
          REFERENCES engagement (id, beneficiary_id),
        CONSTRAINT fk_outcome_recorded_by FOREIGN KEY (recorded_by_id) REFERENCES app_user (id),
        CONSTRAINT ck_outcome_kind CHECK (kind IN ('JOB', 'TRAINING', 'ANOTHER_MISSION', 'NOTHING_YET')),
        CONSTRAINT ck_outcome_contract_type CHECK (contract_type IN ('CDI', 'CDD', 'INTERIM', 'IAE', 'OTHER')),
        -- A contract type for a job, and only for a job.
        CONSTRAINT ck_outcome_job_contract CHECK ((kind = 'JOB') = (contract_type IS NOT NULL)),
        CONSTRAINT ck_outcome_dates CHECK (end_date >= start_date),
        CONSTRAINT ck_outcome_detail CHECK (length(detail) <= 200)
      )`);
    await queryRunner.query(`CREATE INDEX ix_outcome_beneficiary ON outcome (beneficiary_id, start_date DESC)`);
    await queryRunner.query(`CREATE INDEX ix_outcome_engagement ON outcome (engagement_id)`);
    await queryRunner.query(`CREATE INDEX ix_outcome_kind ON outcome (kind, start_date)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outcome`);
    await queryRunner.query(`DROP TABLE passport_verification`);
    await queryRunner.query(`DROP TABLE passport`);
    await queryRunner.query(`DROP TABLE competency_attestation`);
    await queryRunner.query(`DROP TABLE passport_attestation`);
    await queryRunner.query(`DROP TABLE engagement`);
    await removeUnusedLogbookEntryTypes(
      queryRunner,
      ENTRY_TYPES.map(([code]) => code),
    );
  }
}
