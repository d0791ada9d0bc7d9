import { PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PersonalDataExportStatus } from './domain/export-status';

/**
 * One export of everything held about a person (right of access, RGPD art. 15), asked by their
 * référent or the service Insertion. The worker writes both files here (PostgreSQL is the system
 * of record, and any API replica can serve them); they are erased when the export expires.
 */
@Entity('personal_data_export')
export class PersonalDataExport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @Column({ type: 'uuid' })
  requestedById: string;

  @Column({ type: 'text', default: PersonalDataExportStatus.PENDING })
  status: PersonalDataExportStatus;

  @Column({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readyAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** The machine-readable file (pretty-printed JSON, kept as text so that its key order stays). */
  @Column({ type: 'text', nullable: true, select: false })
  @PersonalData(PersonalDataCategory.EXPORT_FILES)
  json: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  @PersonalData(PersonalDataCategory.EXPORT_FILES)
  pdf: Buffer | null;
}
