import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  BeneficiaryAccess,
  LogbookEntryType,
  Logbook,
  SensitiveAccessLog,
  SensitiveDataKind,
} from '@tremplin/beneficiaries';
import { AppException, Clock, InvalidLinkException, JobName, SignedLinks, UnitOfWork } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Repository } from 'typeorm';
import {
  PERSONAL_DATA_EXPORT_LINK,
  PERSONAL_DATA_EXPORT_RETENTION_HOURS,
  PERSONAL_DATA_EXPORT_STATUS_LABELS,
  PersonalDataExportStatus,
} from './domain/export-status';
import { buildPersonalDataDocument, formatInstantFr } from './domain/personal-data-document';
import { PersonalDataExportView } from './dto/personal-data-export.model';
import { renderPersonalDataPdf } from './pdf/personal-data-pdf';
import { PersonalDataExport } from './personal-data-export.entity';
import { PersonalDataReader } from './personal-data-reader';

export const EXPORT_NOT_FOUND = 'Export introuvable.';
export const EXPORT_PATH = '/donnees';

export type ExportFormat = 'json' | 'pdf';

export interface ExportFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

/**
 * The right of access: a person's référent (or the service Insertion) asks for an export; the
 * worker produces the JSON and the PDF, writes that it did in the carnet de bord and in the
 * access log (the files hold sensitive data), and erases the files after a short retention.
 */
@Injectable()
export class PersonalDataExports {
  private readonly logger = new Logger(PersonalDataExports.name);

  constructor(
    @InjectRepository(PersonalDataExport) private readonly exports: Repository<PersonalDataExport>,
    private readonly reader: PersonalDataReader,
    private readonly access: BeneficiaryAccess,
    private readonly logbook: Logbook,
    private readonly accessLog: SensitiveAccessLog,
    private readonly unitOfWork: UnitOfWork,
    private readonly links: SignedLinks,
    private readonly clock: Clock,
  ) {}

  /** Asks for an export: only those who read the person's sensitive data may (their référent, the service Insertion). */
  async request(viewer: AuthUser, beneficiaryId: string): Promise<PersonalDataExportView> {
    const beneficiary = await this.access.readable(viewer, beneficiaryId);
    this.access.assertSensitiveReadable(viewer, beneficiary);
    const id = await this.unitOfWork.run(async (tx) => {
      const row = tx.manager.create(PersonalDataExport, {
        beneficiaryId,
        requestedById: viewer.id,
        status: PersonalDataExportStatus.PENDING,
        requestedAt: this.clock.now(),
      });
      await tx.manager.insert(PersonalDataExport, row);
      await tx.promiseJob(JobName.ProducePersonalDataExport, { exportId: row.id });
      return row.id;
    });
    this.logger.log({ event: 'personal_data_export.requested', exportId: id, beneficiaryId, userId: viewer.id });
    return this.view(await this.exports.findOneByOrFail({ id }));
  }

  async find(viewer: AuthUser, id: string): Promise<PersonalDataExportView> {
    const row = await this.exports.findOneBy({ id });
    if (!row) throw AppException.notFound(EXPORT_NOT_FOUND);
    const beneficiary = await this.access.readable(viewer, row.beneficiaryId);
    this.access.assertSensitiveReadable(viewer, beneficiary);
    return this.view(row);
  }

  /** The worker's part: idempotent (a second run finds the export ready and does nothing). */
  async produce(exportId: string): Promise<void> {
    const pending = await this.exports.findOneBy({ id: exportId });
    if (!pending || pending.status !== PersonalDataExportStatus.PENDING) return;
    const rows = await this.reader.read(pending.beneficiaryId);
    if (!rows) throw new Error(`personal data export ${exportId}: beneficiary ${pending.beneficiaryId} not found`);
    const requestedBy = (await this.reader.staffName(pending.requestedById)) ?? 'un membre du personnel';
    const now = this.clock.now();
    const document = buildPersonalDataDocument(rows, { generatedAt: now, requestedBy });
    const json = JSON.stringify(document, null, 2);
    const pdf = await renderPersonalDataPdf(document);
    const expiresAt = new Date(now.getTime() + PERSONAL_DATA_EXPORT_RETENTION_HOURS * 3_600_000);
    const produced = await this.unitOfWork.run(async (tx) => {
      const row = await tx.manager.findOne(PersonalDataExport, {
        where: { id: exportId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || row.status !== PersonalDataExportStatus.PENDING) return false;
      await tx.manager.update(PersonalDataExport, exportId, {
        status: PersonalDataExportStatus.READY,
        readyAt: now,
        expiresAt,
        json,
        pdf,
      });
      await this.logbook.append(tx, {
        beneficiaryId: row.beneficiaryId,
        type: LogbookEntryType.PERSONAL_DATA_EXPORTED,
        authorId: row.requestedById,
        summary: `Export de toutes les données de la personne (droit d’accès) produit à la demande de ${requestedBy}, en JSON et en PDF ; fichiers effacés le ${formatInstantFr(expiresAt)}.`,
        occurredAt: now,
        referenceId: row.id,
      });
      await this.accessLog.record(tx, row.requestedById, {
        beneficiaryId: row.beneficiaryId,
        kind: SensitiveDataKind.PERSONAL_DATA_EXPORT,
        recordId: row.id,
      });
      await tx.promiseJob(
        JobName.ExpirePersonalDataExport,
        { exportId },
        { runAt: expiresAt, dedupKey: `personal-data-export:${exportId}:expire` },
      );
      return true;
    });
    if (produced) {
      this.logger.log({ event: 'personal_data_export.ready', exportId, beneficiaryId: pending.beneficiaryId });
    }
  }

  /** Erases the files once their retention is over (idempotent; early runs leave them). */
  async expire(exportId: string): Promise<void> {
    const result = await this.exports
      .createQueryBuilder()
      .update()
      .set({ status: PersonalDataExportStatus.EXPIRED, json: null, pdf: null })
      .where('id = :exportId AND status = :ready AND expires_at <= :now', {
        exportId,
        ready: PersonalDataExportStatus.READY,
        now: this.clock.now(),
      })
      .execute();
    if (result.affected) this.logger.log({ event: 'personal_data_export.expired', exportId });
  }

  /** A file from its signed link, while the export is ready. */
  async file(token: string, format: ExportFormat): Promise<ExportFile> {
    const id = this.links.verify(token, PERSONAL_DATA_EXPORT_LINK);
    const row = await this.exports
      .createQueryBuilder('e')
      .addSelect(format === 'json' ? 'e.json' : 'e.pdf')
      .where('e.id = :id', { id })
      .getOne();
    if (
      !row ||
      row.status !== PersonalDataExportStatus.READY ||
      !row.expiresAt ||
      row.expiresAt.getTime() <= this.clock.now().getTime()
    ) {
      throw new InvalidLinkException('expired');
    }
    const stamp = (row.readyAt ?? row.requestedAt).toISOString().slice(0, 10);
    return format === 'json'
      ? {
          body: Buffer.from(row.json as string, 'utf8'),
          contentType: 'application/json; charset=utf-8',
          filename: `donnees-personnelles-${stamp}.json`,
        }
      : { body: row.pdf as Buffer, contentType: 'application/pdf', filename: `donnees-personnelles-${stamp}.pdf` };
  }

  private view(row: PersonalDataExport): PersonalDataExportView {
    const open =
      row.status === PersonalDataExportStatus.READY &&
      row.expiresAt !== null &&
      row.expiresAt.getTime() > this.clock.now().getTime();
    const token = open ? this.links.sign(PERSONAL_DATA_EXPORT_LINK, row.id, row.expiresAt as Date) : null;
    return {
      id: row.id,
      beneficiaryId: row.beneficiaryId,
      status: row.status,
      statusLabel: PERSONAL_DATA_EXPORT_STATUS_LABELS[row.status],
      requestedAt: row.requestedAt,
      readyAt: row.readyAt,
      expiresAt: row.expiresAt,
      jsonUrl: token ? `${this.links.url(EXPORT_PATH, token)}/export.json` : null,
      pdfUrl: token ? `${this.links.url(EXPORT_PATH, token)}/export.pdf` : null,
    };
  }
}
