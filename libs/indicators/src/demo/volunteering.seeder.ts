import { Logger } from '@nestjs/common';
import { localDateOf, addMonths } from '@tremplin/beneficiaries';
import { Role, SeedContext, Seeder } from '@tremplin/core';
import { PasswordHasher } from '@tremplin/identity';
import { dayPartMaskOf } from '@tremplin/interviews';
import { countsAsAccompaniment } from '@tremplin/orientation';
import { AIN_TERRITORIES } from '@tremplin/referentials';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { monthOf } from '../domain/period';
import { IndicatorSnapshots } from '../indicator-snapshots.service';
import { DemoJourneyRows, generateVolunteeringDemo } from './volunteering-demo';

/** Multi-row INSERT in chunks, with explicit snake_case columns. */
async function insertRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
  chunk = 200,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    const values = slice.map((_row, r) => `(${columns.map((_c, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, slice.flat());
  }
}

/** The months of history written at seeding time, so that the history query has something to show. */
const HISTORY_MONTHS = 12;

/**
 * Demo data of Action 5, so that every indicator of the dashboard has values after `npm start`:
 * the volunteering journeys of a hundred people (proposals, tripartite interviews, missions,
 * competencies attested, passports, what followed) and barrier-lifting actions in the carnet de
 * bord. It only fills what the other seeders left empty: their associations and missions are used
 * when there are some; journeys are skipped when proposals exist already, barrier actions when
 * the carnet de bord holds some. Runs last; then stores a year of monthly history.
 */
export const volunteeringDemoSeeder: Seeder = {
  name: 'indicators',
  async seed({ app, random, now, demoPassword, credentials }: SeedContext): Promise<void> {
    const logger = new Logger('VolunteeringDemoSeeder');
    const dataSource = app.get(DataSource);
    const one = async <T>(sql: string, parameters: unknown[] = []): Promise<T[]> =>
      (await dataSource.query(sql, parameters)) as T[];

    const [coordinator] = await one<{ id: string }>(
      `SELECT id FROM app_user WHERE role = 'COORDINATOR' AND disabled_at IS NULL ORDER BY email LIMIT 1`,
    );
    if (!coordinator) {
      logger.warn({ event: 'seed.indicators.skipped', reason: 'no coordinator' });
      return;
    }
    const [{ proposals }] = await one<{ proposals: number }>(`SELECT count(*)::int AS proposals FROM proposal`);
    const [{ barriers }] = await one<{ barriers: number }>(
      `SELECT count(*)::int AS barriers FROM logbook_entry WHERE type = 'BARRIER_ACTION'`,
    );

    const seats = new Map(AIN_TERRITORIES.map((t) => [t.code, t.seatInsee]));
    const territories = (
      await one<{ id: string; code: string; name: string }>(`SELECT id, code, name FROM territory ORDER BY code`)
    ).filter((t) => seats.has(t.code));
    const communes = new Map(
      (
        await one<{ insee_code: string; latitude: number; longitude: number }>(
          `SELECT insee_code, latitude, longitude FROM commune WHERE insee_code = ANY($1)`,
          [[...seats.values()]],
        )
      ).map((c) => [c.insee_code, c]),
    );
    const people = await one<{
      id: string;
      first_name: string;
      email: string | null;
      territory_id: string;
      rsa_entry_date: string;
      referent_id: string;
      may_receive: boolean;
      barrier_kinds: string[];
    }>(
      `SELECT b.id, b.first_name, b.email, b.territory_id, to_char(b.rsa_entry_date, 'YYYY-MM-DD') AS rsa_entry_date,
              b.referent_id,
              (b.orientation_status = 'ORIENTED' AND b.email IS NOT NULL
                AND b.volunteering_consent_given_at IS NOT NULL AND b.volunteering_consent_withdrawn_at IS NULL) AS may_receive,
              coalesce((SELECT array_agg(db.kind ORDER BY db.kind) FROM diagnostic_barrier db
                        WHERE db.diagnostic_id = (SELECT d.id FROM diagnostic d WHERE d.beneficiary_id = b.id
                                                  ORDER BY d.conducted_at DESC LIMIT 1)), '{}') AS barrier_kinds
       FROM beneficiary b
       WHERE b.status = 'ACTIVE' AND b.referent_id IS NOT NULL
       ORDER BY b.last_name, b.first_name, b.birth_date`,
    );
    const hosts = await one<{
      id: string;
      name: string;
      email: string;
      welcome_contact_email: string;
      territory_id: string;
      commune_code: string;
      member_id: string | null;
    }>(
      `SELECT a.id, a.name, a.email, a.welcome_contact_email, c.territory_id, a.commune_code,
              (SELECT u.id FROM app_user u WHERE u.association_id = a.id AND u.role = 'ASSOCIATION'
                 AND u.disabled_at IS NULL ORDER BY u.email LIMIT 1) AS member_id
       FROM association a JOIN commune c ON c.insee_code = a.commune_code
       WHERE a.status = 'VALIDATED' ORDER BY a.name, a.id`,
    );
    const missions = await one<{
      id: string;
      association_id: string;
      domain_code: string;
      competency_codes: string[];
      territory_id: string;
      places: number;
      places_taken: number;
      published_at: Date;
      closed_at: Date | null;
    }>(
      `SELECT id, association_id, domain_code, competency_codes, territory_id, places, places_taken, published_at,
              closed_at
       FROM mission WHERE status IN ('PUBLISHED', 'FULL', 'CLOSED') AND published_at IS NOT NULL
       ORDER BY published_at, title, id`,
    );
    const coordinatorSlots = await one<{ id: string; starts_at: Date; ends_at: Date; booked: boolean }>(
      `SELECT s.id, s.starts_at, s.ends_at,
              EXISTS (SELECT 1 FROM interview i WHERE i.slot_id = s.id AND i.status <> 'CANCELLED') AS booked
       FROM interview_slot s WHERE s.coordinator_id = $1 ORDER BY s.starts_at`,
      [coordinator.id],
    );
    const allCommunes = await one<{ insee_code: string; latitude: number; longitude: number; territory_id: string }>(
      `SELECT insee_code, latitude, longitude, territory_id FROM commune ORDER BY insee_code`,
    );
    const competencyCodes = (await one<{ code: string }>(`SELECT code FROM competency ORDER BY code`)).map(
      (c) => c.code,
    );

    const rows = generateVolunteeringDemo({
      random,
      now,
      people: people.map((p) => ({
        id: p.id,
        firstName: p.first_name,
        email: p.email,
        territoryId: p.territory_id,
        rsaEntryDate: p.rsa_entry_date,
        referentId: p.referent_id,
        barrierKinds: p.barrier_kinds,
        mayReceiveProposals: p.may_receive,
      })),
      hosts: hosts.map((h) => ({
        id: h.id,
        name: h.name,
        email: h.email,
        welcomeContactEmail: h.welcome_contact_email,
        territoryId: h.territory_id,
        communeCode: h.commune_code,
        memberId: h.member_id,
      })),
      missions: missions.map((m) => ({
        id: m.id,
        associationId: m.association_id,
        domainCode: m.domain_code,
        competencyCodes: m.competency_codes,
        territoryId: m.territory_id,
        places: m.places,
        placesTaken: m.places_taken,
        publishedAt: m.published_at,
        closedAt: m.closed_at,
      })),
      coordinatorSlots: coordinatorSlots.map((slot) => ({
        id: slot.id,
        startsAt: slot.starts_at,
        endsAt: slot.ends_at,
        booked: slot.booked,
      })),
      territories: territories.flatMap((t) => {
        const seat = communes.get(seats.get(t.code) ?? '');
        return seat
          ? [{ ...t, seat: { inseeCode: seat.insee_code, latitude: seat.latitude, longitude: seat.longitude } }]
          : [];
      }),
      communes: allCommunes.map((c) => ({
        inseeCode: c.insee_code,
        latitude: c.latitude,
        longitude: c.longitude,
        territoryId: c.territory_id,
      })),
      coordinatorId: coordinator.id,
      competencyCodes,
      withJourneys: proposals === 0,
      withBarrierActions: barriers === 0,
    });

    const hash = rows.hosts.length ? await app.get(PasswordHasher).hash(demoPassword) : '';
    await dataSource.transaction((manager) => write(manager, rows, hash));

    if (rows.hosts.length > 0) {
      credentials.push({
        role: Role.ASSOCIATION,
        email: `benevolat@${rows.hosts[0].slug}.asso.local`,
        password: demoPassword,
        note: `structure d'accueil, ${rows.hosts[0].name}`,
      });
    }

    // A year of history, as the nightly job would have stored it month after month.
    const snapshots = app.get(IndicatorSnapshots);
    const current = monthOf(localDateOf(now));
    for (let back = HISTORY_MONTHS; back >= 0; back--) await snapshots.recordMonth(addMonths(current, -back));

    logger.log({
      event: 'seed.indicators.done',
      hosts: rows.hosts.length,
      missions: rows.missions.length,
      proposals: rows.proposals.length,
      interviews: rows.interviews.length,
      engagements: rows.engagements.length,
      attestations: rows.attestations.length,
      outcomes: rows.outcomes.length,
      logbookEntries: rows.logbook.length,
    });
  },
};

async function write(manager: EntityManager, rows: DemoJourneyRows, passwordHash: string): Promise<void> {
  await insertRows(
    manager,
    'association',
    [
      'id',
      'name',
      'rna',
      'address',
      'commune_code',
      'email',
      'phone',
      'domain_codes',
      'welcome_contact_name',
      'welcome_contact_email',
      'status',
      'decided_at',
    ],
    rows.hosts.map((h, index) => [
      h.id,
      h.name,
      `W01${String(2026000 + index).padStart(7, '0')}`,
      '1 place de la Mairie',
      h.communeCode,
      h.email,
      '04 74 00 00 00',
      [],
      'Responsable des bénévoles',
      h.welcomeContactEmail,
      'VALIDATED',
      new Date('2025-01-15T09:00:00Z'),
    ]),
  );
  await insertRows(
    manager,
    'app_user',
    ['id', 'email', 'password_hash', 'role', 'first_name', 'last_name', 'association_id'],
    rows.hosts.map((h) => [
      h.memberId,
      `benevolat@${h.slug}.asso.local`,
      passwordHash,
      'ASSOCIATION',
      'Dominique',
      'Accueil',
      h.id,
    ]),
  );
  await insertRows(
    manager,
    'mission',
    [
      'id',
      'association_id',
      'title',
      'summary',
      'description',
      'domain_code',
      'competency_codes',
      'commune_code',
      'territory_id',
      'latitude',
      'longitude',
      'weekly_slots',
      'hours_per_week',
      'duration_weeks',
      'places',
      'status',
      'published_at',
      'closed_at',
    ],
    rows.missions.map((m) => [
      m.id,
      m.associationId,
      m.title,
      m.summary,
      `${m.summary} Mission proposée dans le cadre de « Actif aujourd’hui pour un emploi demain ».`,
      m.domainCode,
      m.competencyCodes,
      m.communeCode,
      m.territoryId,
      m.latitude,
      m.longitude,
      0b11 << 3,
      4,
      12,
      m.places,
      m.closedAt ? 'CLOSED' : 'PUBLISHED',
      m.publishedAt,
      m.closedAt,
    ]),
  );
  await insertRows(
    manager,
    'proposal',
    [
      'id',
      'beneficiary_id',
      'mission_id',
      'referent_id',
      'status',
      'answered_at',
      'consent_at',
      'sent_at',
      'decline_reason',
      'expires_at',
      'expired_at',
      'created_at',
      'updated_at',
    ],
    rows.proposals.map((p) => [
      p.id,
      p.beneficiaryId,
      p.missionId,
      p.referentId,
      p.status,
      p.answeredAt,
      p.consentAt,
      p.sentAt,
      p.declineReason,
      p.expiresAt,
      p.expiredAt,
      p.createdAt,
      p.answeredAt ?? p.expiredAt ?? p.sentAt,
    ]),
  );
  const seatOf = new Map<string, { commune: string; latitude: number; longitude: number; label: string }>();
  for (const row of (await manager.query(
    `SELECT t.id, t.name, c.insee_code, c.latitude, c.longitude FROM territory t
     JOIN commune c ON c.insee_code = ANY($1) AND c.territory_id = t.id`,
    [[...new Set(AIN_TERRITORIES.map((t) => t.seatInsee))]],
  )) as Array<{ id: string; name: string; insee_code: string; latitude: number; longitude: number }>) {
    seatOf.set(row.id, { commune: row.insee_code, latitude: row.latitude, longitude: row.longitude, label: row.name });
  }
  // A coming interview books a slot the coordinator published already (with its place); the
  // others get their own availability and slot, at the France Bénévolat office of the territory.
  const published = new Map(
    (
      (await manager.query(
        `SELECT s.id, a.place_kind, a.place_label, a.place_address, a.commune_code, a.latitude, a.longitude, a.video_url
         FROM interview_slot s JOIN interview_availability a ON a.id = s.availability_id WHERE s.id = ANY($1)`,
        [rows.interviews.flatMap((i) => (i.slotId ? [i.slotId] : []))],
      )) as Array<{
        id: string;
        place_kind: string;
        place_label: string;
        place_address: string | null;
        commune_code: string | null;
        latitude: number | null;
        longitude: number | null;
        video_url: string | null;
      }>
    ).map((row) => [row.id, row]),
  );
  const slots = rows.interviews.map((i) => ({
    interview: i,
    availability: i.slotId ? null : randomUUID(),
    slot: i.slotId ?? randomUUID(),
  }));
  const placeOf = (territoryId: string) =>
    seatOf.get(territoryId) ?? {
      commune: '01053',
      latitude: 46.2052,
      longitude: 5.2255,
      label: 'France Bénévolat Ain',
    };
  const opened = slots.filter((s) => s.availability !== null);
  await insertRows(
    manager,
    'interview_availability',
    [
      'id',
      'coordinator_id',
      'starts_at',
      'ends_at',
      'slot_minutes',
      'place_kind',
      'place_label',
      'place_address',
      'commune_code',
      'latitude',
      'longitude',
    ],
    opened.map(({ interview: i, availability }) => {
      const place = placeOf(i.territoryId);
      return [
        availability,
        i.coordinatorId,
        i.startsAt,
        i.endsAt,
        45,
        'FRANCE_BENEVOLAT',
        `France Bénévolat — ${place.label}`,
        'Salle de réunion du centre social',
        place.commune,
        place.latitude,
        place.longitude,
      ];
    }),
  );
  await insertRows(
    manager,
    'interview_slot',
    ['id', 'availability_id', 'coordinator_id', 'starts_at', 'ends_at', 'day_part_mask'],
    opened.map(({ interview: i, availability, slot }) => [
      slot,
      availability,
      i.coordinatorId,
      i.startsAt,
      i.endsAt,
      dayPartMaskOf({ startsAt: i.startsAt, endsAt: i.endsAt }),
    ]),
  );
  await insertRows(
    manager,
    'interview',
    [
      'id',
      'proposal_id',
      'beneficiary_id',
      'mission_id',
      'coordinator_id',
      'referent_id',
      'slot_id',
      'starts_at',
      'ends_at',
      'place_kind',
      'place_label',
      'place_address',
      'commune_code',
      'latitude',
      'longitude',
      'video_url',
      'status',
      'scheduled_at',
      'booked_by',
      'created_by_id',
      'welcome_contact_invited',
      'cancel_reason',
      'cancelled_at',
      'outcome_recorded_at',
      'outcome_recorded_by_id',
    ],
    slots.map(({ interview: i, slot }) => {
      const cancelled = i.status === 'CANCELLED';
      const outcome = i.status === 'HELD' || i.status === 'NO_SHOW';
      const own = placeOf(i.territoryId);
      const booked = published.get(slot);
      const place = booked
        ? [
            booked.place_kind,
            booked.place_label,
            booked.place_address,
            booked.commune_code,
            booked.latitude,
            booked.longitude,
            booked.video_url,
          ]
        : [
            'FRANCE_BENEVOLAT',
            `France Bénévolat — ${own.label}`,
            'Salle de réunion du centre social',
            own.commune,
            own.latitude,
            own.longitude,
            null,
          ];
      return [
        i.id,
        i.proposalId,
        i.beneficiaryId,
        i.missionId,
        i.coordinatorId,
        i.referentId,
        cancelled ? null : slot,
        i.startsAt,
        i.endsAt,
        ...place,
        i.status,
        i.scheduledAt,
        'STAFF',
        i.referentId,
        i.welcomeContactInvited,
        cancelled ? 'Empêchement de dernière minute' : null,
        cancelled ? new Date(i.startsAt.getTime() - 86_400_000) : null,
        outcome ? i.endsAt : null,
        outcome ? i.coordinatorId : null,
      ];
    }),
  );
  await insertRows(
    manager,
    'engagement',
    [
      'id',
      'interview_id',
      'proposal_id',
      'beneficiary_id',
      'mission_id',
      'association_id',
      'status',
      'start_date',
      'planned_hours',
      'end_date',
      'hours_done',
      'abandon_reason',
      'withdrawal_reason',
      'started_by_id',
      'ended_by_id',
      'ended_at',
    ],
    rows.engagements.map((g) => [
      g.id,
      g.interviewId,
      g.proposalId,
      g.beneficiaryId,
      g.missionId,
      g.associationId,
      g.status,
      g.startDate,
      g.plannedHours,
      g.endDate,
      g.status === 'ABANDONED' ? (g.hoursDone ?? 0) : g.hoursDone,
      g.status === 'ABANDONED' ? 'Reprise d’une formation à temps plein' : null,
      g.status === 'WITHDRAWN' ? 'La personne n’a finalement pas pu commencer' : null,
      g.referentId,
      g.status === 'ACTIVE' ? null : g.referentId,
      g.endedAt,
    ]),
  );
  await insertRows(
    manager,
    'passport_attestation',
    [
      'id',
      'engagement_id',
      'beneficiary_id',
      'association_id',
      'attested_by_id',
      'attestor_name',
      'attestor_role',
      'attested_at',
    ],
    rows.attestations.map((a) => [
      a.id,
      a.engagementId,
      a.beneficiaryId,
      a.associationId,
      a.attestedById,
      'Dominique Accueil',
      'Responsable des bénévoles',
      a.attestedAt,
    ]),
  );
  await insertRows(
    manager,
    'competency_attestation',
    ['attestation_id', 'competency_code', 'level'],
    rows.attestations.flatMap((a) => a.competencies.map((code, index) => [a.id, code, index === 0 ? 3 : 2])),
  );
  await insertRows(
    manager,
    'passport',
    ['beneficiary_id', 'issued_at', 'last_attested_at'],
    rows.passports.map((p) => [p.beneficiaryId, p.issuedAt, p.lastAttestedAt]),
  );
  await insertRows(
    manager,
    'outcome',
    ['beneficiary_id', 'engagement_id', 'kind', 'contract_type', 'start_date', 'recorded_by_id', 'recorded_at'],
    rows.outcomes.map((o) => [
      o.beneficiaryId,
      o.engagementId,
      o.kind,
      o.contractType,
      o.startDate,
      o.recordedById,
      o.recordedAt,
    ]),
  );
  await insertRows(
    manager,
    'email_message',
    ['idempotency_key', 'template', 'to_address', 'data', 'status', 'created_at', 'sent_at'],
    rows.emails.map((e) => [
      e.idempotencyKey,
      'interview.invitation',
      e.to,
      JSON.stringify(e.data),
      'SENT',
      e.createdAt,
      e.createdAt,
    ]),
  );
  await insertRows(
    manager,
    'logbook_entry',
    ['beneficiary_id', 'type', 'author_id', 'summary', 'occurred_at', 'recorded_at', 'reference_id'],
    rows.logbook.map((e) => [
      e.beneficiaryId,
      e.type,
      e.authorId,
      e.summary,
      e.occurredAt,
      e.occurredAt,
      e.referenceId,
    ]),
  );
  // What the orientation domain keeps in step when the platform writes the carnet de bord itself.
  const accompaniment = [...new Set(rows.logbook.map((e) => e.type))].filter(countsAsAccompaniment);
  await manager.query(
    `UPDATE beneficiary b SET first_action_at = first.at
     FROM (SELECT beneficiary_id, min(occurred_at) AS at FROM logbook_entry WHERE type = ANY($1) GROUP BY beneficiary_id) first
     WHERE first.beneficiary_id = b.id AND (b.first_action_at IS NULL OR b.first_action_at > first.at)`,
    [accompaniment],
  );
  // Places taken: the accepted proposals written here, less the missions withdrawn (they give their place back).
  await manager.query(
    `UPDATE mission m SET places_taken = m.places_taken + taken.n,
       status = CASE WHEN m.status = 'PUBLISHED' AND m.places_taken + taken.n >= m.places THEN 'FULL' ELSE m.status END
     FROM (SELECT p.mission_id, count(*)::int AS n FROM proposal p
           LEFT JOIN engagement g ON g.proposal_id = p.id
           WHERE p.id = ANY($1) AND p.status = 'ACCEPTED' AND (g.status IS NULL OR g.status <> 'WITHDRAWN')
           GROUP BY p.mission_id) taken
     WHERE taken.mission_id = m.id`,
    [rows.proposals.map((p) => p.id)],
  );
}
