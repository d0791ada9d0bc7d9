import { addLogbookEntryTypes, removeUnusedLogbookEntryTypes } from '@tremplin/beneficiaries';
import { MigrationInterface, QueryRunner } from 'typeorm';

const ENTRY_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['MISSION_PROPOSED', 'Proposition de mission bénévole'],
  ['PROPOSAL_ANSWERED', 'Réponse à une proposition de mission'],
  ['PROPOSAL_FOLLOW_UP', 'Suivi d’une proposition de mission'],
];

/**
 * Mission proposals, with their invariants in the database:
 * - one open proposal (PROPOSED, SENT, ACCEPTED, WAITING_LIST) per beneficiary and mission
 *   (partial unique index), whatever the races between two referents or two clicks;
 * - waiting-list positions unique per mission, present exactly while on the waiting list;
 * - an answer has its date, a yes its consent date, a refusal reason only on a refusal.
 * The partial indexes serve the periodic sweep (expiries, reminders) without scanning the table.
 */
export class CreateProposals1764300008000 implements MigrationInterface {
  name = 'CreateProposals1764300008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE proposal (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        mission_id uuid NOT NULL,
        referent_id uuid NOT NULL,
        message text,
        status text NOT NULL DEFAULT 'PROPOSED',
        waiting_list_position integer,
        decline_reason text,
        answered_at timestamptz,
        consent_at timestamptz,
        sent_at timestamptz,
        message_id text,
        reminded_at timestamptz,
        expires_at timestamptz NOT NULL,
        expired_at timestamptz,
        withdrawn_at timestamptz,
        withdrawn_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_proposal_id PRIMARY KEY (id),
        CONSTRAINT fk_proposal_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
        CONSTRAINT fk_proposal_mission FOREIGN KEY (mission_id) REFERENCES mission (id),
        CONSTRAINT fk_proposal_referent FOREIGN KEY (referent_id) REFERENCES app_user (id),
        CONSTRAINT fk_proposal_withdrawn_by FOREIGN KEY (withdrawn_by_id) REFERENCES app_user (id),
        CONSTRAINT ck_proposal_status CHECK (
          status IN ('PROPOSED', 'SENT', 'ACCEPTED', 'WAITING_LIST', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
        CONSTRAINT ck_proposal_message CHECK (message IS NULL OR length(message) BETWEEN 1 AND 1000),
        CONSTRAINT ck_proposal_expiry CHECK (expires_at > created_at),
        CONSTRAINT ck_proposal_waiting_list CHECK (
          (status = 'WAITING_LIST') = (waiting_list_position IS NOT NULL) AND coalesce(waiting_list_position, 1) >= 1),
        CONSTRAINT ck_proposal_decline_reason CHECK (
          decline_reason IS NULL
          OR (status = 'DECLINED' AND decline_reason IN ('NOT_AVAILABLE', 'TOO_FAR', 'NOT_INTERESTED', 'OTHER'))),
        CONSTRAINT ck_proposal_answered CHECK (
          status NOT IN ('ACCEPTED', 'WAITING_LIST', 'DECLINED') OR answered_at IS NOT NULL),
        CONSTRAINT ck_proposal_consent CHECK (status NOT IN ('ACCEPTED', 'WAITING_LIST') OR consent_at IS NOT NULL),
        CONSTRAINT ck_proposal_sent CHECK (status <> 'SENT' OR sent_at IS NOT NULL),
        CONSTRAINT ck_proposal_expired CHECK ((status = 'EXPIRED') = (expired_at IS NOT NULL)),
        CONSTRAINT ck_proposal_withdrawn CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX uq_proposal_open_pair ON proposal (beneficiary_id, mission_id)
        WHERE status IN ('PROPOSED', 'SENT', 'ACCEPTED', 'WAITING_LIST')`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX uq_proposal_waiting_list_position ON proposal (mission_id, waiting_list_position)
        WHERE waiting_list_position IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX ix_proposal_beneficiary ON proposal (beneficiary_id, created_at DESC, id)`);
    await queryRunner.query(`CREATE INDEX ix_proposal_mission ON proposal (mission_id, status)`);
    await queryRunner.query(`CREATE INDEX ix_proposal_referent ON proposal (referent_id, created_at DESC, id)`);
    await queryRunner.query(
      `CREATE INDEX ix_proposal_awaiting_expiry ON proposal (expires_at) WHERE status IN ('PROPOSED', 'SENT')`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_proposal_awaiting_reminder ON proposal (created_at) WHERE status = 'SENT' AND reminded_at IS NULL`,
    );
    await addLogbookEntryTypes(queryRunner, ENTRY_TYPES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE proposal`);
    await removeUnusedLogbookEntryTypes(
      queryRunner,
      ENTRY_TYPES.map(([code]) => code),
    );
  }
}
