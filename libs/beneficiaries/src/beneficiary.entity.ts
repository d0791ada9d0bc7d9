import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@tremplin/core';
import { FrenchLevel } from '@tremplin/referentials';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BeneficiaryStatus, Civility, OrientationStatus } from './domain/beneficiary-profile';
import './dto/beneficiary.enums';

/**
 * A person receiving the RSA and followed on Tremplin (« bénéficiaire »). The profile is stored
 * compactly for the matching engine: coordinates copied from the commune, mobility modes and weekly
 * availability as bit masks, referential codes as arrays. Personal data: every read goes through
 * the access rules of `BeneficiaryAccess`; health and barriers live in the diagnostic, not here.
 */
@ObjectType({ description: 'Bénéficiaire du RSA suivi(e) sur Tremplin' })
@Entity('beneficiary')
export class Beneficiary {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Civility, { nullable: true })
  @Column({ type: 'text', nullable: true })
  civility: Civility | null;

  @Field()
  @Column({ type: 'text' })
  firstName: string;

  @Field()
  @Column({ type: 'text' })
  lastName: string;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date' })
  birthDate: string;

  /** Where mission proposals are sent (later issues); stored lower-cased. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** « 06 12 34 56 78 » */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** INSEE code of the commune of residence. */
  @Column({ type: 'text' })
  communeCode: string;

  /** Coordinates of the commune, copied at each change of commune (the matching engine reads them here). */
  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  /** The CDS of the commune of residence. */
  @Column({ type: 'uuid' })
  territoryId: string;

  @Field(() => LocalDateScalar, { description: "Date d'entrée dans le dispositif RSA" })
  @Column({ type: 'date' })
  rsaEntryDate: string;

  /** The référent unique de parcours (null until one is named). */
  @Column({ type: 'uuid', nullable: true })
  referentId: string | null;

  @Field(() => BeneficiaryStatus)
  @Column({ type: 'text', default: BeneficiaryStatus.ACTIVE })
  status: BeneficiaryStatus;

  @Field(() => Date, { nullable: true, description: 'Date du dernier changement de situation' })
  @Column({ type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  /** Bit mask of MobilityMode. */
  @Column({ type: 'integer', default: 0 })
  mobilityModes: number;

  @Column({ type: 'boolean', default: false })
  hasDrivingLicence: boolean;

  @Column({ type: 'boolean', default: false })
  hasVehicle: boolean;

  @Column({ type: 'integer', nullable: true })
  maxDistanceKm: number | null;

  /** 21-bit mask of weekly slots (see the referentials' WeeklySlot model). */
  @Column({ type: 'integer', default: 0 })
  availabilityMask: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  interestDomainCodes: string[];

  /** ROME codes of the professional project. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  targetJobCodes: string[];

  /** Competencies already held. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  competencyCodes: string[];

  @Field(() => FrenchLevel, { nullable: true })
  @Column({ type: 'text', nullable: true })
  frenchLevel: FrenchLevel | null;

  @Column({ type: 'timestamptz', nullable: true })
  volunteeringConsentGivenAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  volunteeringConsentWithdrawnAt: Date | null;

  @Field(() => OrientationStatus)
  @Column({ type: 'text', default: OrientationStatus.PENDING_DIAGNOSTIC })
  orientationStatus: OrientationStatus;

  @Field(() => Date, { nullable: true, description: 'Date de la première orientation' })
  @Column({ type: 'timestamptz', nullable: true })
  orientedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "Date de la première action d'accompagnement inscrite au carnet de bord",
  })
  @Column({ type: 'timestamptz', nullable: true })
  firstActionAt: Date | null;

  /** Deadlines of Action 1 and 2, computed by the orientation domain from the entry date. */
  @Column({ type: 'date', nullable: true })
  orientationDueOn: string | null;

  @Column({ type: 'date', nullable: true })
  accompanimentDueOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
