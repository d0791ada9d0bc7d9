import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  AccessRow,
  AttestationRow,
  DiagnosticRow,
  EmailRow,
  EngagementRow,
  InterviewRow,
  LogbookRow,
  OrientationRow,
  OutcomeRow,
  PassportRow,
  PersonRow,
  PersonalDataRows,
  ProposalRow,
} from './domain/personal-data-rows';

const NAME = (alias: string) => `nullif(btrim(${alias}.first_name || ' ' || ${alias}.last_name), '')`;

/**
 * Reads everything the platform holds about one person, across the domains' tables (like the
 * indicators' SQL, a read-only report: the owners keep every write). One REPEATABLE READ
 * transaction, so that the export is a consistent picture at one instant.
 */
@Injectable()
export class PersonalDataReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Null when the person does not exist. */
  read(beneficiaryId: string): Promise<PersonalDataRows | null> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const person = await this.person(manager, beneficiaryId);
      if (!person) return null;
      // One connection: the queries go one after the other (pg refuses overlapping queries on a client).
      let previous: Promise<unknown> = Promise.resolve();
      const rows = <T>(sql: string, params: unknown[] = [beneficiaryId]): Promise<T[]> => {
        const result = previous.then(() => manager.query(sql, params) as Promise<T[]>);
        previous = result.catch(() => undefined);
        return result;
      };
      const [diagnostics, orientations, logbook, proposals, interviews, engagements, attestations] = await Promise.all([
        rows<DiagnosticRow>(`
          SELECT d.id, d.conducted_at AS "conductedAt", ${NAME('u')} AS "authorName",
                 d.proposed_pathway AS "proposedPathway", d.strengths, d.notes,
                 coalesce((SELECT json_agg(json_build_object('kind', b.kind, 'level', b.level, 'note', b.note)
                                           ORDER BY b.kind)
                           FROM diagnostic_barrier b WHERE b.diagnostic_id = d.id), '[]') AS barriers
          FROM diagnostic d LEFT JOIN app_user u ON u.id = d.author_id
          WHERE d.beneficiary_id = $1 ORDER BY d.conducted_at, d.id`),
        rows<OrientationRow>(`
          SELECT o.decided_at AS "decidedAt", o.pathway, o.organism, ${NAME('r')} AS "referentName",
                 ${NAME('u')} AS "decidedByName", o.is_reorientation AS "isReorientation", o.reason
          FROM orientation o LEFT JOIN app_user r ON r.id = o.referent_id LEFT JOIN app_user u ON u.id = o.decided_by_id
          WHERE o.beneficiary_id = $1 ORDER BY o.decided_at, o.id`),
        rows<LogbookRow>(`
          SELECT e.occurred_at AS "occurredAt", e.recorded_at AS "recordedAt", e.type, ${NAME('u')} AS "authorName",
                 e.summary, e.confidential
          FROM logbook_entry e LEFT JOIN app_user u ON u.id = e.author_id
          WHERE e.beneficiary_id = $1 ORDER BY e.occurred_at, e.recorded_at, e.id`),
        rows<ProposalRow>(`
          SELECT p.id, p.created_at AS "createdAt", m.title AS "missionTitle", a.name AS "associationName",
                 ${NAME('r')} AS "referentName", p.message, p.status, p.delivery, p.sent_at AS "sentAt",
                 p.consent_at AS "consentAt", p.answered_at AS "answeredAt", p.answer_channel AS "answerChannel",
                 p.decline_reason AS "declineReason", p.waiting_list_position AS "waitingListPosition",
                 p.reminded_at AS "remindedAt", p.expires_at AS "expiresAt", p.expired_at AS "expiredAt",
                 p.withdrawn_at AS "withdrawnAt"
          FROM proposal p JOIN mission m ON m.id = p.mission_id JOIN association a ON a.id = m.association_id
          LEFT JOIN app_user r ON r.id = p.referent_id
          WHERE p.beneficiary_id = $1 ORDER BY p.created_at, p.id`),
        rows<InterviewRow>(`
          SELECT i.starts_at AS "startsAt", i.ends_at AS "endsAt", m.title AS "missionTitle",
                 ${NAME('c')} AS "coordinatorName", i.place_kind AS "placeKind", i.place_label AS "placeLabel",
                 i.place_address AS "placeAddress", i.status, i.scheduled_at AS "scheduledAt",
                 i.cancelled_at AS "cancelledAt", i.cancel_reason AS "cancelReason",
                 i.outcome_recorded_at AS "outcomeRecordedAt", i.outcome_note AS "outcomeNote"
          FROM interview i JOIN mission m ON m.id = i.mission_id LEFT JOIN app_user c ON c.id = i.coordinator_id
          WHERE i.beneficiary_id = $1 ORDER BY i.starts_at, i.id`),
        rows<EngagementRow>(`
          SELECT m.title AS "missionTitle", a.name AS "associationName", g.status, g.start_date::text AS "startDate",
                 g.end_date::text AS "endDate", g.planned_hours AS "plannedHours", g.hours_done AS "hoursDone",
                 g.abandon_reason AS "abandonReason", g.withdrawal_reason AS "withdrawalReason"
          FROM engagement g JOIN mission m ON m.id = g.mission_id JOIN association a ON a.id = g.association_id
          WHERE g.beneficiary_id = $1 ORDER BY g.start_date, g.id`),
        rows<AttestationRow>(`
          SELECT pa.attested_at AS "attestedAt", m.title AS "missionTitle", a.name AS "associationName",
                 pa.attestor_name AS "attestorName", pa.attestor_role AS "attestorRole",
                 coalesce((SELECT json_agg(json_build_object('label', coalesce(k.label, c.competency_code),
                                                             'level', c.level, 'comment', c.comment)
                                           ORDER BY coalesce(k.label, c.competency_code))
                           FROM competency_attestation c LEFT JOIN competency k ON k.code = c.competency_code
                           WHERE c.attestation_id = pa.id), '[]') AS competencies
          FROM passport_attestation pa JOIN engagement g ON g.id = pa.engagement_id
          JOIN mission m ON m.id = g.mission_id JOIN association a ON a.id = pa.association_id
          WHERE pa.beneficiary_id = $1 ORDER BY pa.attested_at, pa.id`),
      ]);
      const [passports, outcomes, emails, accesses] = await Promise.all([
        rows<PassportRow>(`
          SELECT p.issued_at AS "issuedAt", p.last_attested_at AS "lastAttestedAt",
                 coalesce((SELECT json_agg(json_build_object('code', v.code, 'issuedAt', v.issued_at,
                                                             'revokedAt', v.revoked_at) ORDER BY v.issued_at)
                           FROM passport_verification v WHERE v.beneficiary_id = p.beneficiary_id), '[]') AS verifications
          FROM passport p WHERE p.beneficiary_id = $1`),
        rows<OutcomeRow>(`
          SELECT o.recorded_at AS "recordedAt", o.kind, o.contract_type AS "contractType",
                 o.start_date::text AS "startDate", o.end_date::text AS "endDate", o.detail
          FROM outcome o WHERE o.beneficiary_id = $1 ORDER BY o.recorded_at, o.id`),
        // Emails to the person: to their current address, and those of their proposals, interviews and
        // attestations meant for them (sent to an earlier address before a correction, too).
        rows<EmailRow>(
          `
          SELECT m.created_at AS "createdAt", m.sent_at AS "sentAt", m.template, m.status, m.to_address AS "toAddress"
          FROM email_message m
          WHERE ($2::text IS NOT NULL AND lower(m.to_address) = lower($2))
             OR (m.idempotency_key ~ '^proposal:[0-9a-f-]{36}:[a-z-]+$'
                 AND split_part(m.idempotency_key, ':', 2)::uuid IN (SELECT id FROM proposal WHERE beneficiary_id = $1))
             OR (m.idempotency_key ~ '^interview:booking-nudge:[0-9a-f-]{36}$'
                 AND split_part(m.idempotency_key, ':', 3)::uuid IN (SELECT id FROM proposal WHERE beneficiary_id = $1))
             OR (m.idempotency_key ~ '^interview:[0-9a-f-]{36}:.*:beneficiary$'
                 AND split_part(m.idempotency_key, ':', 2)::uuid IN (SELECT id FROM interview WHERE beneficiary_id = $1))
             OR (m.idempotency_key ~ '^passport:attestation:[0-9a-f-]{36}$'
                 AND split_part(m.idempotency_key, ':', 3)::uuid
                     IN (SELECT id FROM passport_attestation WHERE beneficiary_id = $1))
          ORDER BY m.created_at, m.id`,
          [beneficiaryId, person.email],
        ),
        rows<AccessRow>(`
          SELECT s.accessed_at AS "accessedAt", ${NAME('u')} AS "userName", u.role AS "userRole", s.data_kind AS "dataKind"
          FROM sensitive_data_access s LEFT JOIN app_user u ON u.id = s.user_id
          WHERE s.beneficiary_id = $1 ORDER BY s.accessed_at, s.id`),
      ]);
      const passport = passports[0]
        ? {
            ...passports[0],
            verifications: passports[0].verifications.map((v) => ({
              code: v.code,
              issuedAt: new Date(v.issuedAt),
              revokedAt: v.revokedAt ? new Date(v.revokedAt) : null,
            })),
          }
        : null;
      return {
        person,
        diagnostics,
        orientations,
        logbook,
        proposals,
        interviews,
        engagements,
        attestations,
        passport,
        outcomes,
        emails,
        accesses,
      };
    });
  }

  /** « Claire Référente » for a staff member, or null. */
  async staffName(userId: string): Promise<string | null> {
    const [row] = (await this.dataSource.query(`SELECT ${NAME('u')} AS name FROM app_user u WHERE u.id = $1`, [
      userId,
    ])) as Array<{ name: string | null }>;
    return row?.name ?? null;
  }

  private async person(manager: EntityManager, id: string): Promise<PersonRow | null> {
    const [row] = (await manager.query(
      `SELECT b.id, b.civility, b.first_name AS "firstName", b.last_name AS "lastName", b.birth_date::text AS "birthDate",
              b.email, b.phone, c.name AS "communeName", b.commune_code AS "communeCode", t.name AS "territoryName",
              b.rsa_entry_date::text AS "rsaEntryDate", ${NAME('r')} AS "referentName", b.status,
              b.status_changed_at AS "statusChangedAt", b.mobility_modes AS "mobilityModes",
              b.has_driving_licence AS "hasDrivingLicence", b.has_vehicle AS "hasVehicle",
              b.max_distance_km AS "maxDistanceKm", b.availability_mask AS "availabilityMask",
              ARRAY(SELECT coalesce(d.label, x.code) FROM unnest(b.interest_domain_codes) AS x(code)
                    LEFT JOIN mission_domain d ON d.code = x.code ORDER BY 1) AS "interestDomains",
              ARRAY(SELECT coalesce(j.label, x.code) FROM unnest(b.target_job_codes) AS x(code)
                    LEFT JOIN job j ON j.rome_code = x.code ORDER BY 1) AS "targetJobs",
              ARRAY(SELECT coalesce(k.label, x.code) FROM unnest(b.competency_codes) AS x(code)
                    LEFT JOIN competency k ON k.code = x.code ORDER BY 1) AS competencies,
              b.french_level AS "frenchLevel", b.volunteering_consent_given_at AS "volunteeringConsentGivenAt",
              b.volunteering_consent_withdrawn_at AS "volunteeringConsentWithdrawnAt",
              b.orientation_status AS "orientationStatus", b.oriented_at AS "orientedAt",
              b.first_action_at AS "firstActionAt", b.created_at AS "createdAt", b.updated_at AS "updatedAt"
       FROM beneficiary b
       LEFT JOIN commune c ON c.insee_code = b.commune_code
       LEFT JOIN territory t ON t.id = b.territory_id
       LEFT JOIN app_user r ON r.id = b.referent_id
       WHERE b.id = $1`,
      [id],
    )) as PersonRow[];
    return row ?? null;
  }
}
