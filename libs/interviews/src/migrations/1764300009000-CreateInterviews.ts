import { addLogbookEntryTypes, removeUnusedLogbookEntryTypes } from '@tremplin/beneficiaries';
import { MigrationInterface, QueryRunner } from 'typeorm';

const ENTRY_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['INTERVIEW_SCHEDULED', 'Entretien tripartite planifié'],
  ['INTERVIEW_RESCHEDULED', 'Entretien tripartite déplacé'],
  ['INTERVIEW_CANCELLED', 'Entretien tripartite annulé'],
  ['INTERVIEW_HELD', 'Entretien tripartite réalisé'],
  ['INTERVIEW_MISSED', 'Entretien tripartite manqué'],
];

/**
 * Coordinators' availabilities and their slots, tripartite interviews and their reminders.
 * Double booking is refused by the database itself: exclusion constraints (btree_gist) on
 * coordinator × time range and beneficiary × time range of the interviews that are not cancelled,
 * and on coordinator × time range of the published slots.
 */
export class CreateInterviews1764300009000 implements MigrationInterface {
  name = 'CreateInterviews1764300009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addLogbookEntryTypes(queryRunner, ENTRY_TYPES);

    await queryRunner.query(`
      CREATE TABLE interview_availability (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        coordinator_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        slot_minutes integer NOT NULL,
        break_minutes integer NOT NULL DEFAULT 0,
        place_kind text NOT NULL,
        place_label text NOT NULL,
        place_address text,
        commune_code text,
        territory_id uuid,
        latitude double precision,
        longitude double precision,
        video_url text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_interview_availability_id PRIMARY KEY (id),
        CONSTRAINT fk_interview_availability_coordinator FOREIGN KEY (coordinator_id) REFERENCES app_user (id),
        CONSTRAINT fk_interview_availability_commune FOREIGN KEY (commune_code) REFERENCES commune (insee_code),
        CONSTRAINT fk_interview_availability_territory FOREIGN KEY (territory_id) REFERENCES territory (id),
        CONSTRAINT ck_interview_availability_period CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '12 hours'),
        CONSTRAINT ck_interview_availability_slot_minutes CHECK (slot_minutes BETWEEN 15 AND 240),
        CONSTRAINT ck_interview_availability_break_minutes CHECK (break_minutes BETWEEN 0 AND 120),
        CONSTRAINT ck_interview_availability_place_kind CHECK (place_kind IN ('FRANCE_BENEVOLAT', 'CDS', 'VIDEO')),
        CONSTRAINT ck_interview_availability_place_label CHECK (length(btrim(place_label)) BETWEEN 2 AND 150),
        CONSTRAINT ck_interview_availability_place_address CHECK (length(place_address) <= 300),
        -- In person: an address in a commune (coordinates copied from it); video: a link only.
        CONSTRAINT ck_interview_availability_place CHECK (
          (place_kind = 'VIDEO' AND video_url IS NOT NULL AND place_address IS NULL AND commune_code IS NULL
            AND latitude IS NULL AND longitude IS NULL)
          OR (place_kind <> 'VIDEO' AND video_url IS NULL AND place_address IS NOT NULL AND commune_code IS NOT NULL
            AND latitude IS NOT NULL AND longitude IS NOT NULL)),
        CONSTRAINT ck_interview_availability_territory CHECK ((place_kind = 'CDS') = (territory_id IS NOT NULL)),
        CONSTRAINT ck_interview_availability_video_url CHECK (length(video_url) <= 500)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_interview_availability_coordinator ON interview_availability (coordinator_id, starts_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE interview_slot (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        availability_id uuid NOT NULL,
        coordinator_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        CONSTRAINT pk_interview_slot_id PRIMARY KEY (id),
        CONSTRAINT fk_interview_slot_availability FOREIGN KEY (availability_id)
          REFERENCES interview_availability (id) ON DELETE CASCADE,
        CONSTRAINT fk_interview_slot_coordinator FOREIGN KEY (coordinator_id) REFERENCES app_user (id),
        CONSTRAINT ck_interview_slot_period CHECK (ends_at > starts_at),
        -- A coordinator cannot be in two places at once, even on paper.
        CONSTRAINT ex_interview_slot_coordinator_overlap EXCLUDE USING gist (
          coordinator_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
      )`);
    await queryRunner.query(`CREATE INDEX ix_interview_slot_availability ON interview_slot (availability_id)`);
    await queryRunner.query(`CREATE INDEX ix_interview_slot_starts_at ON interview_slot (starts_at)`);

    await queryRunner.query(`
      CREATE TABLE interview (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL,
        beneficiary_id uuid NOT NULL,
        mission_id uuid NOT NULL,
        coordinator_id uuid NOT NULL,
        referent_id uuid NOT NULL,
        -- Kept while the interview holds the slot; a cancelled interview lets the slot be removed.
        slot_id uuid,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        place_kind text NOT NULL,
        place_label text NOT NULL,
        place_address text,
        commune_code text,
        latitude double precision,
        longitude double precision,
        video_url text,
        status text NOT NULL DEFAULT 'SCHEDULED',
        sequence integer NOT NULL DEFAULT 0,
        scheduled_at timestamptz NOT NULL,
        booked_by text NOT NULL,
        created_by_id uuid,
        welcome_contact_invited boolean NOT NULL DEFAULT false,
        cancel_reason text,
        cancelled_at timestamptz,
        cancelled_by_id uuid,
        outcome_recorded_at timestamptz,
        outcome_recorded_by_id uuid,
        outcome_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_interview_id PRIMARY KEY (id),
        CONSTRAINT fk_interview_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
        CONSTRAINT fk_interview_coordinator FOREIGN KEY (coordinator_id) REFERENCES app_user (id),
        CONSTRAINT fk_interview_referent FOREIGN KEY (referent_id) REFERENCES app_user (id),
        CONSTRAINT fk_interview_slot FOREIGN KEY (slot_id) REFERENCES interview_slot (id) ON DELETE SET NULL,
        CONSTRAINT ck_interview_slot CHECK (slot_id IS NOT NULL OR status = 'CANCELLED'),
        CONSTRAINT fk_interview_commune FOREIGN KEY (commune_code) REFERENCES commune (insee_code),
        CONSTRAINT fk_interview_created_by FOREIGN KEY (created_by_id) REFERENCES app_user (id),
        CONSTRAINT fk_interview_cancelled_by FOREIGN KEY (cancelled_by_id) REFERENCES app_user (id),
        CONSTRAINT fk_interview_outcome_recorded_by FOREIGN KEY (outcome_recorded_by_id) REFERENCES app_user (id),
        CONSTRAINT ck_interview_period CHECK (ends_at > starts_at),
        CONSTRAINT ck_interview_status CHECK (status IN ('SCHEDULED', 'CANCELLED', 'HELD', 'NO_SHOW', 'EXCUSED')),
        CONSTRAINT ck_interview_place_kind CHECK (place_kind IN ('FRANCE_BENEVOLAT', 'CDS', 'VIDEO')),
        CONSTRAINT ck_interview_place CHECK ((place_kind = 'VIDEO') = (video_url IS NOT NULL)),
        CONSTRAINT ck_interview_sequence CHECK (sequence >= 0),
        CONSTRAINT ck_interview_booked_by CHECK (
          (booked_by = 'STAFF' AND created_by_id IS NOT NULL) OR (booked_by = 'BENEFICIARY' AND created_by_id IS NULL)),
        CONSTRAINT ck_interview_cancelled CHECK (
          (status = 'CANCELLED') = (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL)),
        CONSTRAINT ck_interview_cancel_reason CHECK (length(btrim(cancel_reason)) BETWEEN 3 AND 1000),
        CONSTRAINT ck_interview_outcome CHECK (
          (status IN ('HELD', 'NO_SHOW', 'EXCUSED')) = (outcome_recorded_at IS NOT NULL)),
        -- No outcome before the time of the interview.
        CONSTRAINT ck_interview_outcome_time CHECK (outcome_recorded_at IS NULL OR outcome_recorded_at >= starts_at),
        CONSTRAINT ck_interview_outcome_note CHECK (length(outcome_note) <= 2000),
        -- Never two interviews of one coordinator, or of one person, at overlapping times.
        CONSTRAINT ex_interview_coordinator_overlap EXCLUDE USING gist (
          coordinator_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status <> 'CANCELLED'),
        CONSTRAINT ex_interview_beneficiary_overlap EXCLUDE USING gist (
          beneficiary_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status <> 'CANCELLED')
      )`);
    // One booking per slot, and one interview to come (or held) per accepted proposal.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_interview_active_slot ON interview (slot_id) WHERE status <> 'CANCELLED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_interview_open_proposal ON interview (proposal_id) WHERE status IN ('SCHEDULED', 'HELD')`,
    );
    await queryRunner.query(`CREATE INDEX ix_interview_proposal ON interview (proposal_id)`);
    await queryRunner.query(`CREATE INDEX ix_interview_beneficiary ON interview (beneficiary_id, starts_at DESC)`);
    await queryRunner.query(`CREATE INDEX ix_interview_mission ON interview (mission_id)`);
    await queryRunner.query(`CREATE INDEX ix_interview_referent ON interview (referent_id, starts_at DESC)`);
    await queryRunner.query(`CREATE INDEX ix_interview_starts_at ON interview (starts_at)`);
    // The reminder sweep reads upcoming scheduled interviews only.
    await queryRunner.query(
      `CREATE INDEX ix_interview_scheduled_upcoming ON interview (starts_at) WHERE status = 'SCHEDULED'`,
    );

    await queryRunner.query(`
      CREATE TABLE interview_reminder (
        interview_id uuid NOT NULL,
        kind text NOT NULL,
        starts_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL,
        CONSTRAINT pk_interview_reminder PRIMARY KEY (interview_id, kind, starts_at),
        CONSTRAINT fk_interview_reminder_interview FOREIGN KEY (interview_id) REFERENCES interview (id) ON DELETE CASCADE,
        CONSTRAINT ck_interview_reminder_kind CHECK (kind IN ('H48', 'H2'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE interview_reminder`);
    await queryRunner.query(`DROP TABLE interview`);
    await queryRunner.query(`DROP TABLE interview_slot`);
    await queryRunner.query(`DROP TABLE interview_availability`);
    await removeUnusedLogbookEntryTypes(
      queryRunner,
      ENTRY_TYPES.map(([code]) => code),
    );
  }
}
