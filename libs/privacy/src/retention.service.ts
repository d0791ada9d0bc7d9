import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ACCESS_LOG_PURGE_SETTING, ERASED_LOGBOOK_SUMMARY } from '@tremplin/beneficiaries';
import { AppConfig, AppException, Clock } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { DataSource, EntityManager, Repository } from 'typeorm';
import {
  ANONYMISED_ADDRESS,
  ERASED_TEXT,
  RETENTION_CATEGORIES,
  RetentionCategory,
  RetentionSettings,
  retentionCutoff,
  retentionPermission,
} from './domain/retention';
import { RetentionApproval, RetentionRun } from './retention-approval.entity';

/** The heading of a referent's notice about a proposal of an anonymised person. */
const ERASED_HEADLINE = 'Information effacée à la fin de la durée de conservation.';
const EMAIL_NOT_SENT = 'destinataire anonymisé : e-mail non envoyé';
/** Rows deleted per statement by the purges (short transactions, no long lock). */
const PURGE_BATCH = 2_000;

/** The first uuid of an email's idempotency key: what it is about (`proposal:<id>:…`, `interview:<id>:…`). */
const FIRST_UUID = `substring(m.idempotency_key FROM '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}')`;

/** Addresses of staff and host associations: emails to them are kept (without content) for the indicators. */
const STAFF_ADDRESSES = `
  SELECT lower(email) FROM app_user
  UNION SELECT lower(email) FROM association WHERE email IS NOT NULL
  UNION SELECT lower(welcome_contact_email) FROM association WHERE welcome_contact_email IS NOT NULL
  UNION SELECT lower(welcome_contact_email) FROM mission WHERE welcome_contact_email IS NOT NULL`;

/**
 * The emails to or about the people of `people` (a subquery of ids): sent to their address, or
 * about one of their records (proposal, interview, engagement, attestation). `to_staff`: sent to
 * a staff member or a host (the exchanges indicator A5-Q2 counts those about a proposal or an
 * interview, so their row stays, without its content).
 */
const aboutEmails = (people: string) => `
  SELECT m.id, m.status, lower(m.to_address) IN (${STAFF_ADDRESSES}) AS to_staff
  FROM email_message m
  WHERE lower(m.to_address) IN (SELECT b.email FROM beneficiary b WHERE b.id IN (${people}) AND b.email IS NOT NULL)
     OR (${FIRST_UUID})::uuid IN (
          SELECT x.id FROM beneficiary x WHERE x.id IN (${people})
          UNION ALL SELECT p.id FROM proposal p WHERE p.beneficiary_id IN (${people})
          UNION ALL SELECT i.id FROM interview i WHERE i.beneficiary_id IN (${people})
          UNION ALL SELECT g.id FROM engagement g WHERE g.beneficiary_id IN (${people})
          UNION ALL SELECT a.id FROM passport_attestation a WHERE a.beneficiary_id IN (${people}))`;

/** An email of `aboutEmails` the anonymisation changes: done (sent or failed), or waiting for a person's address. */
const CHANGED_EMAIL = `(a.status IN ('SENT', 'FAILED') OR (a.status = 'PENDING' AND NOT a.to_staff))`;

/** Old email rows the exchanges indicator (A5-Q2) may count: kept without content; the others are deleted. */
const COUNTED_EXCHANGE = `(m.status <> 'FAILED' AND m.idempotency_key ~ '^(proposal|interview):[0-9a-f-]{36}:'
  AND lower(m.to_address) IN (${STAFF_ADDRESSES}))`;
const HAS_CONTENT = `(m.data <> '{}'::jsonb OR m.attachments <> '[]'::jsonb OR m.calendar_event IS NOT NULL
  OR m.reply_to IS NOT NULL)`;

export interface RetentionCount {
  category: RetentionCategory;
  count: number;
}

export interface RetentionPreview {
  settings: RetentionSettings;
  /** People who left the scheme before this instant are anonymised. */
  exitedBefore: Date;
  accessLogBefore: Date;
  emailsBefore: Date;
  counts: RetentionCount[];
  /** Files already anonymised by earlier runs. */
  anonymisedSoFar: number;
  approval: RetentionApproval | null;
  lastRun: RetentionRun | null;
  /** Whether the daily job applies these settings (approved, and no shorter than approved). */
  active: boolean;
}

export interface RetentionRunSummary {
  anonymisedPeople: number;
  accessLogDeleted: number;
  emailsDeleted: number;
  emailsStripped: number;
  /** False when the job did nothing because no administrator approved it yet (or a setting got shorter). */
  approved: boolean;
}

/**
 * The end of life of personal data. Every night the retention job (`apply-retention`) anonymises
 * the files whose retention after the end of follow-up is over — identity and contact data
 * replaced by random values, free texts, barriers and email contents erased, passport codes
 * withdrawn, suggestions deleted — keeping what the indicators count (territory, dates, kinds,
 * statuses), and purges the access log and the email metadata past their own retention.
 *
 * Like the export's reader, it works on the domains' tables in SQL, in one transaction per batch
 * of files: a file is marked `anonymised_at` in the transaction that erases it, so a crash leaves
 * each file whole or anonymised, never half, and the next run (or the retry) takes up the rest.
 * What is due is read from the database each time: a lost or repeated run changes nothing.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(RetentionApproval) private readonly approvals: Repository<RetentionApproval>,
    @InjectRepository(RetentionRun) private readonly runs: Repository<RetentionRun>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  settings(): RetentionSettings {
    return {
      monthsAfterExit: this.config.RETENTION_MONTHS_AFTER_EXIT,
      accessLogMonths: this.config.ACCESS_LOG_RETENTION_MONTHS,
      emailMonths: this.config.EMAIL_METADATA_RETENTION_MONTHS,
    };
  }

  /** The dry run: what the job would erase now, with the configured settings or `monthsAfterExit` instead. */
  async preview(override: { monthsAfterExit?: number | null } = {}): Promise<RetentionPreview> {
    const settings = { ...this.settings() };
    if (override.monthsAfterExit !== undefined && override.monthsAfterExit !== null) {
      if (!Number.isInteger(override.monthsAfterExit) || override.monthsAfterExit < 0) {
        throw AppException.invalidField('retentionMonths', 'doit être un nombre entier de mois positif ou nul');
      }
      settings.monthsAfterExit = override.monthsAfterExit;
    }
    const now = this.clock.now();
    const exitedBefore = retentionCutoff(now, settings.monthsAfterExit);
    const accessLogBefore = retentionCutoff(now, settings.accessLogMonths);
    const emailsBefore = retentionCutoff(now, settings.emailMonths);
    const [counts, [{ anonymised }], approval, lastRun] = await Promise.all([
      this.count(exitedBefore, accessLogBefore, emailsBefore),
      this.dataSource.query(
        `SELECT count(*)::int AS anonymised FROM beneficiary WHERE anonymised_at IS NOT NULL`,
      ) as Promise<Array<{ anonymised: number }>>,
      this.latestApproval(),
      this.runs.findOne({ where: {}, order: { finishedAt: 'DESC' } }),
    ]);
    const permission = retentionPermission(approval, this.settings());
    return {
      settings,
      exitedBefore,
      accessLogBefore,
      emailsBefore,
      counts,
      anonymisedSoFar: anonymised,
      approval,
      lastRun,
      active: permission.anonymise && permission.purgeAccessLog && permission.purgeEmails,
    };
  }

  /** An administrator approves the job with the configured settings, after its dry run. */
  async approve(viewer: AuthUser): Promise<RetentionPreview> {
    const preview = await this.preview();
    const settings = this.settings();
    await this.approvals.insert({
      approvedById: viewer.id,
      approvedAt: this.clock.now(),
      monthsAfterExit: settings.monthsAfterExit,
      accessLogMonths: settings.accessLogMonths,
      emailMonths: settings.emailMonths,
      preview: Object.fromEntries(preview.counts.map(({ category, count }) => [category, count])),
    });
    this.logger.log({ event: 'retention.approved', userId: viewer.id, ...settings });
    return this.preview();
  }

  /** The nightly job. Does nothing before an approval; each part runs when its setting is covered by it. */
  async apply(): Promise<RetentionRunSummary> {
    const startedAt = this.clock.now();
    const settings = this.settings();
    const permission = retentionPermission(await this.latestApproval(), settings);
    const summary: RetentionRunSummary = {
      anonymisedPeople: 0,
      accessLogDeleted: 0,
      emailsDeleted: 0,
      emailsStripped: 0,
      approved: permission.anonymise || permission.purgeAccessLog || permission.purgeEmails,
    };
    if (!summary.approved) {
      this.logger.warn({ event: 'retention.awaiting_approval' });
      return summary;
    }
    if (permission.purgeAccessLog) {
      summary.accessLogDeleted = await this.purgeAccessLog(retentionCutoff(startedAt, settings.accessLogMonths));
    }
    if (permission.anonymise) {
      const exitedBefore = retentionCutoff(startedAt, settings.monthsAfterExit);
      for (;;) {
        const done = await this.anonymiseBatch(exitedBefore, this.config.ANONYMISATION_BATCH_SIZE);
        summary.anonymisedPeople += done;
        if (done < this.config.ANONYMISATION_BATCH_SIZE) break;
      }
    }
    if (permission.purgeEmails) {
      Object.assign(summary, await this.purgeEmails(retentionCutoff(startedAt, settings.emailMonths)));
    }
    await this.runs.insert({ startedAt, finishedAt: this.clock.now(), ...summary });
    this.logger.log({ event: 'retention.applied', ...summary });
    return summary;
  }

  /**
   * One batch, one transaction: takes up to `size` files due (locked; other workers skip them),
   * erases them and marks them anonymised. Returns how many.
   */
  async anonymiseBatch(exitedBefore: Date, size: number): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT id FROM beneficiary
          WHERE status = 'LEFT' AND anonymised_at IS NULL AND status_changed_at < $1
          ORDER BY status_changed_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [exitedBefore, size],
      )) as Array<{ id: string }>;
      if (rows.length === 0) return 0;
      await this.erase(
        manager,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }

  private async erase(manager: EntityManager, ids: string[]): Promise<void> {
    const now = this.clock.now();
    const people = `SELECT unnest($1::uuid[])`;
    // Emails first: they are found by the person's address, which goes next.
    await manager.query(
      `WITH about AS (${aboutEmails(people)})
       UPDATE email_message m
          SET to_address = CASE WHEN a.to_staff THEN m.to_address ELSE $2 END,
              reply_to = NULL, data = '{}'::jsonb, attachments = '[]'::jsonb, calendar_event = NULL,
              status = CASE WHEN m.status = 'PENDING' THEN 'FAILED' ELSE m.status END,
              failed_at = CASE WHEN m.status = 'PENDING' THEN $3 ELSE m.failed_at END,
              last_error = CASE WHEN m.status = 'PENDING' THEN $4 ELSE m.last_error END
         FROM about a
        WHERE m.id = a.id AND ${CHANGED_EMAIL}`,
      [ids, ANONYMISED_ADDRESS, now, EMAIL_NOT_SENT],
    );
    // Identity, contact data and profile: random or empty values; territory, dates and statuses stay.
    await manager.query(
      `UPDATE beneficiary
          SET anonymised_at = $2, civility = NULL, first_name = 'Personne',
              last_name = 'anonymisée ' || substr(md5(gen_random_uuid()::text), 1, 12),
              birth_date = DATE '1900-01-01', email = NULL, phone = NULL,
              mobility_modes = 0, has_driving_licence = false, has_vehicle = false, max_distance_km = NULL,
              availability_mask = 0, interest_domain_codes = '{}', target_job_codes = '{}', competency_codes = '{}',
              french_level = NULL, volunteering_consent_given_at = NULL, volunteering_consent_withdrawn_at = NULL,
              updated_at = $2
        WHERE id = ANY($1::uuid[])`,
      [ids, now],
    );
    // The commune goes: the territory's first commune stands in (the territory stays, for the indicators).
    await manager.query(
      `UPDATE beneficiary b SET commune_code = c.insee_code, latitude = c.latitude, longitude = c.longitude
         FROM (SELECT DISTINCT ON (territory_id) territory_id, insee_code, latitude, longitude
                 FROM commune ORDER BY territory_id, insee_code) c
        WHERE b.id = ANY($1::uuid[]) AND c.territory_id = b.territory_id`,
      [ids],
    );
    const statements: Array<[string, unknown[]]> = [
      // The carnet keeps each entry's kind and date (indicators A1-4, A2-1, A2-2), not its text.
      [
        `UPDATE logbook_entry SET summary = $2 WHERE beneficiary_id = ANY($1::uuid[]) AND summary <> $2`,
        [ids, ERASED_LOGBOOK_SUMMARY],
      ],
      [`DELETE FROM logbook_read_grant WHERE beneficiary_id = ANY($1::uuid[])`, [ids]],
      [
        `UPDATE diagnostic SET notes = NULL, strengths = NULL
          WHERE beneficiary_id = ANY($1::uuid[]) AND (notes IS NOT NULL OR strengths IS NOT NULL)`,
        [ids],
      ],
      [
        `DELETE FROM diagnostic_barrier
          WHERE diagnostic_id IN (SELECT id FROM diagnostic WHERE beneficiary_id = ANY($1::uuid[]))`,
        [ids],
      ],
      [
        `UPDATE orientation SET reason = $2 WHERE beneficiary_id = ANY($1::uuid[]) AND reason <> $2`,
        [ids, ERASED_TEXT],
      ],
      [`UPDATE proposal SET message = NULL WHERE beneficiary_id = ANY($1::uuid[]) AND message IS NOT NULL`, [ids]],
      [
        `UPDATE proposal_referent_notice SET headline = $2
          WHERE proposal_id IN (SELECT id FROM proposal WHERE beneficiary_id = ANY($1::uuid[])) AND headline <> $2`,
        [ids, ERASED_HEADLINE],
      ],
      [
        `UPDATE interview SET cancel_reason = CASE WHEN cancel_reason IS NULL THEN NULL ELSE $2 END, outcome_note = NULL
          WHERE beneficiary_id = ANY($1::uuid[]) AND (cancel_reason <> $2 OR outcome_note IS NOT NULL)`,
        [ids, ERASED_TEXT],
      ],
      [
        `UPDATE engagement
            SET abandon_reason = CASE WHEN abandon_reason IS NULL THEN NULL ELSE $2 END,
                withdrawal_reason = CASE WHEN withdrawal_reason IS NULL THEN NULL ELSE $2 END
          WHERE beneficiary_id = ANY($1::uuid[]) AND (abandon_reason <> $2 OR withdrawal_reason <> $2)`,
        [ids, ERASED_TEXT],
      ],
      [`UPDATE outcome SET detail = NULL WHERE beneficiary_id = ANY($1::uuid[]) AND detail IS NOT NULL`, [ids]],
      [
        `UPDATE competency_attestation SET comment = NULL
          WHERE attestation_id IN (SELECT id FROM passport_attestation WHERE beneficiary_id = ANY($1::uuid[]))
            AND comment IS NOT NULL`,
        [ids],
      ],
      [
        `UPDATE passport_verification SET revoked_at = $2 WHERE beneficiary_id = ANY($1::uuid[]) AND revoked_at IS NULL`,
        [ids, now],
      ],
      [`DELETE FROM mission_suggestion WHERE beneficiary_id = ANY($1::uuid[])`, [ids]],
      [`DELETE FROM beneficiary_match_state WHERE beneficiary_id = ANY($1::uuid[])`, [ids]],
      [
        `UPDATE personal_data_export SET status = 'EXPIRED', json = NULL, pdf = NULL
          WHERE beneficiary_id = ANY($1::uuid[]) AND status <> 'EXPIRED'`,
        [ids],
      ],
    ];
    for (const [sql, parameters] of statements) await manager.query(sql, parameters);
    this.logger.log({ event: 'retention.anonymised', count: ids.length });
  }

  /** Deletes the access log's lines older than `before`, a batch per statement; returns how many. */
  private async purgeAccessLog(before: Date): Promise<number> {
    let deleted = 0;
    for (;;) {
      const affected = await this.dataSource.transaction(async (manager) => {
        // The log is append-only; this transaction declares the retention purge (see the migration).
        await manager.query(`SELECT set_config('${ACCESS_LOG_PURGE_SETTING}', 'on', true)`);
        const [, deletedRows] = (await manager.query(
          `DELETE FROM sensitive_data_access WHERE id IN (
             SELECT id FROM sensitive_data_access WHERE accessed_at < $1 ORDER BY id LIMIT $2)`,
          [before, PURGE_BATCH],
        )) as [unknown, number];
        return deletedRows;
      });
      deleted += affected;
      if (affected < PURGE_BATCH) return deleted;
    }
  }

  /**
   * Email rows older than `before` (sent or failed): deleted, except those the exchanges
   * indicator counts, which lose their content and keep their date, kind and host address.
   */
  private async purgeEmails(before: Date): Promise<{ emailsDeleted: number; emailsStripped: number }> {
    let emailsDeleted = 0;
    for (;;) {
      const [, affected] = (await this.dataSource.query(
        `DELETE FROM email_message WHERE id IN (
           SELECT m.id FROM email_message m
            WHERE m.created_at < $1 AND m.status IN ('SENT', 'FAILED') AND NOT ${COUNTED_EXCHANGE}
            LIMIT $2)`,
        [before, PURGE_BATCH],
      )) as [unknown, number];
      emailsDeleted += affected;
      if (affected < PURGE_BATCH) break;
    }
    const [, emailsStripped] = (await this.dataSource.query(
      `UPDATE email_message m SET data = '{}'::jsonb, attachments = '[]'::jsonb, calendar_event = NULL, reply_to = NULL
        WHERE m.created_at < $1 AND m.status IN ('SENT', 'FAILED') AND ${HAS_CONTENT}`,
      [before],
    )) as [unknown, number];
    return { emailsDeleted, emailsStripped };
  }

  private async count(exitedBefore: Date, accessLogBefore: Date, emailsBefore: Date): Promise<RetentionCount[]> {
    const eligible = `SELECT id FROM beneficiary
      WHERE status = 'LEFT' AND anonymised_at IS NULL AND status_changed_at < $1`;
    const [row] = (await this.dataSource.query(
      `WITH people AS (${eligible}), about AS (${aboutEmails('SELECT id FROM people')})
       SELECT
         (SELECT count(*) FROM people)::int AS "PEOPLE",
         (SELECT count(*) FROM logbook_entry e WHERE e.beneficiary_id IN (SELECT id FROM people)
             AND e.summary <> $4)::int AS "LOGBOOK_TEXTS",
         (SELECT count(*) FROM diagnostic d WHERE d.beneficiary_id IN (SELECT id FROM people)
             AND (d.notes IS NOT NULL OR d.strengths IS NOT NULL))::int AS "DIAGNOSTIC_DETAILS",
         (SELECT count(*) FROM diagnostic_barrier x JOIN diagnostic d ON d.id = x.diagnostic_id
            WHERE d.beneficiary_id IN (SELECT id FROM people))::int AS "BARRIERS",
         ((SELECT count(*) FROM orientation o WHERE o.beneficiary_id IN (SELECT id FROM people) AND o.reason <> $5)
          + (SELECT count(*) FROM proposal p WHERE p.beneficiary_id IN (SELECT id FROM people) AND p.message IS NOT NULL)
          + (SELECT count(*) FROM interview i WHERE i.beneficiary_id IN (SELECT id FROM people)
               AND (i.cancel_reason <> $5 OR i.outcome_note IS NOT NULL))
          + (SELECT count(*) FROM engagement g WHERE g.beneficiary_id IN (SELECT id FROM people)
               AND (g.abandon_reason <> $5 OR g.withdrawal_reason <> $5))
          + (SELECT count(*) FROM outcome o WHERE o.beneficiary_id IN (SELECT id FROM people) AND o.detail IS NOT NULL)
          + (SELECT count(*) FROM competency_attestation c JOIN passport_attestation pa ON pa.id = c.attestation_id
               WHERE pa.beneficiary_id IN (SELECT id FROM people) AND c.comment IS NOT NULL))::int AS "OTHER_FREE_TEXTS",
         (SELECT count(*) FROM about a WHERE ${CHANGED_EMAIL})::int AS "EMAILS",
         (SELECT count(*) FROM passport_verification v WHERE v.beneficiary_id IN (SELECT id FROM people)
             AND v.revoked_at IS NULL)::int AS "PASSPORT_CODES",
         (SELECT count(*) FROM mission_suggestion s WHERE s.beneficiary_id IN (SELECT id FROM people))::int AS "SUGGESTIONS",
         (SELECT count(*) FROM sensitive_data_access s WHERE s.accessed_at < $2)::int AS "ACCESS_LOG_LINES",
         (SELECT count(*) FROM email_message m WHERE m.created_at < $3 AND m.status IN ('SENT', 'FAILED')
             AND NOT ${COUNTED_EXCHANGE})::int AS "EMAIL_METADATA_DELETED",
         (SELECT count(*) FROM email_message m WHERE m.created_at < $3 AND m.status IN ('SENT', 'FAILED')
             AND ${COUNTED_EXCHANGE} AND ${HAS_CONTENT})::int AS "EMAIL_METADATA_KEPT"`,
      [exitedBefore, accessLogBefore, emailsBefore, ERASED_LOGBOOK_SUMMARY, ERASED_TEXT],
    )) as Array<Record<RetentionCategory, number>>;
    return RETENTION_CATEGORIES.map((category) => ({ category, count: row[category] }));
  }

  private latestApproval(): Promise<RetentionApproval | null> {
    return this.approvals.findOne({ where: {}, order: { approvedAt: 'DESC' } });
  }
}
