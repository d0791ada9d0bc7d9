import { LogbookEntryType, Logbook, startOfLocalDay } from '@tremplin/beneficiaries';
import { Role, UnitOfWork } from '@tremplin/core';
import { dayPartMaskOf } from '@tremplin/interviews';
import { randomUUID } from 'node:crypto';
import { OYONNAX, BELLEY } from './beneficiary-helpers';
import { StaffAccount, TestPlatform } from './test-platform';

/**
 * Paris wall-clock time → instant: '2026-03-31 23:30' is 21:30Z (summer time since 29 March),
 * '2026-01-01 00:00' is 2025-12-31T23:00Z. (Not for the hours of a change of time itself.)
 */
export function paris(local: string): Date {
  const [date, time = '12:00'] = local.split(' ');
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(startOfLocalDay(date).getTime() + (hours * 60 + minutes) * 60_000);
}

interface Place {
  communeCode: string;
  territoryId: string;
  latitude: number;
  longitude: number;
}

/**
 * Builds an indicators scenario row by row, with exact dates: beneficiaries, orientations,
 * logbook entries (through the real carnet de bord, so that the first accompaniment date is kept
 * by the orientation domain), associations, missions, proposals, interviews, engagements,
 * passports, attestations, outcomes and emails. Rows respect every constraint of the schema.
 */
export class IndicatorScenario {
  private counter = 0;
  private places = new Map<string, Place>();
  referent!: StaffAccount;
  coordinator!: StaffAccount;

  constructor(private readonly platform: TestPlatform) {}

  private get db() {
    return this.platform.dataSource;
  }

  private next(): number {
    return ++this.counter;
  }

  async init(): Promise<void> {
    for (const code of [OYONNAX, BELLEY, '01014']) {
      const [row] = (await this.db.query(
        `SELECT territory_id, latitude, longitude FROM commune WHERE insee_code = $1`,
        [code],
      )) as Array<{ territory_id: string; latitude: number; longitude: number }>;
      this.places.set(code, {
        communeCode: code,
        territoryId: row.territory_id,
        latitude: row.latitude,
        longitude: row.longitude,
      });
    }
    const oyonnax = this.place(OYONNAX).territoryId;
    this.referent = await this.platform.createStaff(Role.REFERENT, { territoryId: oyonnax, lastName: 'Suivi' });
    this.coordinator = await this.platform.createStaff(Role.COORDINATOR, { lastName: 'Bénévolat' });
  }

  place(communeCode: string): Place {
    const place = this.places.get(communeCode);
    if (!place) throw new Error(`Unknown commune ${communeCode}`);
    return place;
  }

  async beneficiary(name: string, fields: { entry: string; commune?: string; leftAt?: Date }): Promise<string> {
    const place = this.place(fields.commune ?? OYONNAX);
    const id = randomUUID();
    await this.db.query(
      `INSERT INTO beneficiary (id, first_name, last_name, birth_date, email, commune_code, latitude, longitude,
         territory_id, rsa_entry_date, status, status_changed_at)
       VALUES ($1, 'Personne', $2, '1985-04-12', $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        `Scenario-${name}`,
        `${name.toLowerCase()}@exemple.fr`,
        place.communeCode,
        place.latitude,
        place.longitude,
        place.territoryId,
        fields.entry,
        fields.leftAt ? 'LEFT' : 'ACTIVE',
        fields.leftAt ?? null,
      ],
    );
    return id;
  }

  /** A diagnostic and the decision resting on it; the first one orients the file. */
  async orientation(beneficiaryId: string, decidedAt: Date, reorientation = false): Promise<void> {
    const diagnosticId = randomUUID();
    await this.db.query(
      `INSERT INTO diagnostic (id, beneficiary_id, author_id, conducted_at, proposed_pathway)
       VALUES ($1, $2, $3, $4, 'SOCIO_PROFESSIONAL')`,
      [diagnosticId, beneficiaryId, this.referent.user.id, new Date(decidedAt.getTime() - 3_600_000)],
    );
    await this.db.query(
      `INSERT INTO orientation (beneficiary_id, diagnostic_id, pathway, organism, referent_id, decided_by_id,
         decided_at, is_reorientation, reason)
       VALUES ($1, $2, 'SOCIO_PROFESSIONAL', 'CDS Oyonnax', $3, $3, $4, $5, $6)`,
      [
        beneficiaryId,
        diagnosticId,
        this.referent.user.id,
        decidedAt,
        reorientation,
        reorientation ? 'Projet professionnel à revoir' : null,
      ],
    );
    if (!reorientation) {
      await this.db.query(
        `UPDATE beneficiary SET orientation_status = 'ORIENTED', oriented_at = $2, referent_id = $3 WHERE id = $1`,
        [beneficiaryId, decidedAt, this.referent.user.id],
      );
    }
  }

  /** An entry of the carnet de bord, through the real logbook (its listeners keep the first accompaniment date). */
  async logbook(beneficiaryId: string, type: LogbookEntryType, occurredAt: Date): Promise<void> {
    const api = this.platform.api;
    await api.get(UnitOfWork).run((tx) =>
      api.get(Logbook).append(tx, {
        beneficiaryId,
        type,
        authorId: this.referent.user.id,
        summary: `Inscription du scénario (${type})`,
        occurredAt,
      }),
    );
  }

  async association(name: string, commune: string, email: string, welcomeEmail: string): Promise<string> {
    const id = randomUUID();
    await this.db.query(
      `INSERT INTO association (id, name, rna, address, commune_code, email, phone, welcome_contact_name,
         welcome_contact_email, status, decided_at)
       VALUES ($1, $2, $3, '1 rue de la Gare', $4, $5, '04 74 00 00 00', 'Dominique Accueil', $6, 'VALIDATED', now())`,
      [id, name, `W${String(100000000 + this.next()).slice(0, 9)}`, commune, email, welcomeEmail],
    );
    return id;
  }

  async mission(
    associationId: string,
    fields: { title: string; domain: string; commune: string; publishedAt: Date | null; closedAt?: Date | null },
  ): Promise<string> {
    const place = this.place(fields.commune);
    const id = randomUUID();
    const status = fields.closedAt ? 'CLOSED' : fields.publishedAt ? 'PUBLISHED' : 'DRAFT';
    await this.db.query(
      `INSERT INTO mission (id, association_id, title, summary, description, domain_code, commune_code, territory_id,
         latitude, longitude, places, status, published_at, closed_at)
       VALUES ($1, $2, $3, 'Résumé', 'Description de la mission', $4, $5, $6, $7, $8, 10, $9, $10, $11)`,
      [
        id,
        associationId,
        fields.title,
        fields.domain,
        place.communeCode,
        place.territoryId,
        place.latitude,
        place.longitude,
        status,
        fields.publishedAt,
        fields.closedAt ?? null,
      ],
    );
    return id;
  }

  async proposal(
    beneficiaryId: string,
    missionId: string,
    createdAt: Date,
    status: 'PROPOSED' | 'ACCEPTED' | 'DECLINED' = 'ACCEPTED',
  ): Promise<string> {
    const id = randomUUID();
    const answeredAt = status === 'PROPOSED' ? null : new Date(createdAt.getTime() + 3_600_000);
    await this.db.query(
      `INSERT INTO proposal (id, beneficiary_id, mission_id, referent_id, status, answered_at, consent_at,
         decline_reason, expires_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
      [
        id,
        beneficiaryId,
        missionId,
        this.referent.user.id,
        status,
        answeredAt,
        status === 'ACCEPTED' ? answeredAt : null,
        status === 'DECLINED' ? 'NOT_AVAILABLE' : null,
        new Date(createdAt.getTime() + 10 * 86_400_000),
        createdAt,
      ],
    );
    return id;
  }

  async interview(
    proposalId: string,
    startsAt: Date,
    status: 'SCHEDULED' | 'HELD' | 'NO_SHOW' | 'CANCELLED' = 'HELD',
  ): Promise<string> {
    const [proposal] = (await this.db.query(`SELECT beneficiary_id, mission_id FROM proposal WHERE id = $1`, [
      proposalId,
    ])) as Array<{ beneficiary_id: string; mission_id: string }>;
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    const availabilityId = randomUUID();
    const slotId = randomUUID();
    const place = this.place(OYONNAX);
    await this.db.query(
      `INSERT INTO interview_availability (id, coordinator_id, starts_at, ends_at, slot_minutes, place_kind,
         place_label, place_address, commune_code, latitude, longitude)
       VALUES ($1, $2, $3, $4, 60, 'FRANCE_BENEVOLAT', 'France Bénévolat Oyonnax', '2 place de la Mairie', $5, $6, $7)`,
      [availabilityId, this.coordinator.user.id, startsAt, endsAt, place.communeCode, place.latitude, place.longitude],
    );
    await this.db.query(
      `INSERT INTO interview_slot (id, availability_id, coordinator_id, starts_at, ends_at, day_part_mask)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [slotId, availabilityId, this.coordinator.user.id, startsAt, endsAt, dayPartMaskOf({ startsAt, endsAt })],
    );
    const id = randomUUID();
    const cancelled = status === 'CANCELLED';
    const outcomeAt = status === 'HELD' || status === 'NO_SHOW' ? endsAt : null;
    await this.db.query(
      `INSERT INTO interview (id, proposal_id, beneficiary_id, mission_id, coordinator_id, referent_id, slot_id,
         starts_at, ends_at, place_kind, place_label, status, scheduled_at, booked_by, created_by_id,
         cancel_reason, cancelled_at, outcome_recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'FRANCE_BENEVOLAT', 'France Bénévolat Oyonnax', $10, $11, 'STAFF',
         $6, $12, $13, $14)`,
      [
        id,
        proposalId,
        proposal.beneficiary_id,
        proposal.mission_id,
        this.coordinator.user.id,
        this.referent.user.id,
        cancelled ? null : slotId,
        startsAt,
        endsAt,
        status,
        new Date(startsAt.getTime() - 7 * 86_400_000),
        cancelled ? 'Empêchement du bénéficiaire' : null,
        cancelled ? new Date(startsAt.getTime() - 86_400_000) : null,
        outcomeAt,
      ],
    );
    return id;
  }

  /** An engagement opened by a held interview (status facts as the schema wants them). */
  async engagement(
    interviewId: string,
    fields: { start: string; status?: 'ACTIVE' | 'COMPLETED' | 'ABANDONED' | 'WITHDRAWN'; end?: string },
  ): Promise<string> {
    const [interview] = (await this.db.query(
      `SELECT i.proposal_id, i.beneficiary_id, i.mission_id, m.association_id
       FROM interview i JOIN mission m ON m.id = i.mission_id WHERE i.id = $1`,
      [interviewId],
    )) as Array<{ proposal_id: string; beneficiary_id: string; mission_id: string; association_id: string }>;
    const status = fields.status ?? 'ACTIVE';
    const ended = status !== 'ACTIVE';
    const id = randomUUID();
    await this.db.query(
      `INSERT INTO engagement (id, interview_id, proposal_id, beneficiary_id, mission_id, association_id, status,
         start_date, planned_hours, end_date, hours_done, abandon_reason, withdrawal_reason, started_by_id, ended_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 40, $9, $10, $11, $12, $13, $14)`,
      [
        id,
        interviewId,
        interview.proposal_id,
        interview.beneficiary_id,
        interview.mission_id,
        interview.association_id,
        status,
        fields.start,
        status === 'COMPLETED' || status === 'ABANDONED' ? fields.end : null,
        status === 'COMPLETED' ? 38 : null,
        status === 'ABANDONED' ? 'Déménagement' : null,
        status === 'WITHDRAWN' ? 'Mission finalement non commencée' : null,
        this.referent.user.id,
        ended ? new Date(`${fields.end ?? fields.start}T12:00:00.000Z`) : null,
      ],
    );
    return id;
  }

  async passport(beneficiaryId: string, issuedAt: Date): Promise<void> {
    await this.db.query(`INSERT INTO passport (beneficiary_id, issued_at, last_attested_at) VALUES ($1, $2, $2)`, [
      beneficiaryId,
      issuedAt,
    ]);
  }

  async attestation(engagementId: string, attestedAt: Date, competencies: string[]): Promise<void> {
    const [engagement] = (await this.db.query(`SELECT beneficiary_id, association_id FROM engagement WHERE id = $1`, [
      engagementId,
    ])) as Array<{ beneficiary_id: string; association_id: string }>;
    const id = randomUUID();
    await this.db.query(
      `INSERT INTO passport_attestation (id, engagement_id, beneficiary_id, association_id, attested_by_id,
         attestor_name, attestor_role, attested_at)
       VALUES ($1, $2, $3, $4, $5, 'Dominique Accueil', 'Responsable bénévoles', $6)`,
      [id, engagementId, engagement.beneficiary_id, engagement.association_id, this.referent.user.id, attestedAt],
    );
    for (const code of competencies) {
      await this.db.query(
        `INSERT INTO competency_attestation (attestation_id, competency_code, level) VALUES ($1, $2, 2)`,
        [id, code],
      );
    }
  }

  async outcome(engagementId: string, kind: 'JOB' | 'TRAINING', start: string): Promise<void> {
    await this.db.query(
      `INSERT INTO outcome (beneficiary_id, engagement_id, kind, contract_type, start_date, recorded_by_id, recorded_at)
       SELECT beneficiary_id, id, $2, $3, $4, $5, now() FROM engagement WHERE id = $1`,
      [engagementId, kind, kind === 'JOB' ? 'CDD' : null, start, this.referent.user.id],
    );
  }

  async email(key: string, to: string, createdAt: Date, status: 'SENT' | 'FAILED' = 'SENT'): Promise<void> {
    await this.db.query(
      `INSERT INTO email_message (idempotency_key, template, to_address, data, status, created_at, sent_at)
       VALUES ($1, 'interview.invitation', $2, '{}'::jsonb, $3, $4, $5)`,
      [key, to, status, createdAt, status === 'SENT' ? createdAt : null],
    );
  }
}
