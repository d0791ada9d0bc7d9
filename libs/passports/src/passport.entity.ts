import { PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A beneficiary's Passeport Bénévole, issued with the first attestation (indicator A5-3 counts
 * them by `issuedAt`). Its entries are the attestations.
 */
@Entity('passport')
export class Passport {
  @PrimaryColumn({ type: 'uuid' })
  beneficiaryId: string;

  @Column({ type: 'timestamptz' })
  @PersonalData(PersonalDataCategory.COMPETENCIES)
  issuedAt: Date;

  @Column({ type: 'timestamptz' })
  lastAttestedAt: Date;
}

/**
 * A verification code printed on an issued passport (PDF and QR code): it vouches for exactly
 * the attestations the document showed, so an older PDF keeps verifying what it printed. The
 * code is random and unguessable; it is a public pointer to non-sensitive facts (missions,
 * hosts, competencies, dates), so it is stored as is, under a unique index.
 */
@Entity('passport_verification')
export class PassportVerification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  beneficiaryId: string;

  /** Canonical form: 12 symbols of Crockford's base 32, without dashes. */
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.COMPETENCIES)
  code: string;

  /** Sorted ids of the attestations the document carries. */
  @Column({ type: 'uuid', array: true })
  attestationIds: string[];

  @Column({ type: 'timestamptz' })
  @PersonalData(PersonalDataCategory.COMPETENCIES)
  issuedAt: Date;

  /** Set when the passport is withdrawn (anonymisation…): the page then says the code is no longer valid. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
