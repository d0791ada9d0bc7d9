import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, PersonalData, PersonalDataCategory } from '@tremplin/core';
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
  @PersonalData(PersonalDataCategory.IDENTITY)
  civility: Civility | null;

  @Field()
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.IDENTITY)
  firstName: string;

  @Field()
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.IDENTITY)
  lastName: string;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date' })
  @PersonalData(PersonalDataCategory.IDENTITY)
  birthDate: string;

  /** Where mission proposals are sent (later issues); stored lower-cased. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.CONTACT)
  email: string | null;

  /** « 06 12 34 56 78 » */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.CONTACT)
  phone: string | null;

  /** INSEE code of the commune of residence. */
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.RESIDENCE)
  communeCode: string;

  /** Coordinates of the commune, copied at each change of commune (the matching engine reads them here). */
  @Column({ type: 'double precision' })
  @PersonalData(PersonalDataCategory.RESIDENCE)
  latitude: number;

  @Column({ type: 'double precision' })
  @PersonalData(PersonalDataCategory.RESIDENCE)
  longitude: number;

  /** The CDS of the commune of residence. */
  @Column({ type: 'uuid' })
  @PersonalData(PersonalDataCategory.RESIDENCE)
  territoryId: string;

  @Field(() => LocalDateScalar, { description: "Date d'entrée dans le dispositif RSA" })
  @Column({ type: 'date' })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  rsaEntryDate: string;

  /** The référent unique de parcours (null until one is named). */
  @Column({ type: 'uuid', nullable: true })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  referentId: string | null;

  @Field(() => BeneficiaryStatus)
  @Column({ type: 'text', default: BeneficiaryStatus.ACTIVE })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  status: BeneficiaryStatus;

  @Field(() => Date, { nullable: true, description: 'Date du dernier changement de situation' })
  @Column({ type: 'timestamptz', nullable: true })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  statusChangedAt: Date | null;

  /** Bit mask of MobilityMode. */
  @Column({ type: 'integer', default: 0 })
  @PersonalData(PersonalDataCategory.PROFILE)
  mobilityModes: number;

  @Column({ type: 'boolean', default: false })
  @PersonalData(PersonalDataCategory.PROFILE)
  hasDrivingLicence: boolean;

  @Column({ type: 'boolean', default: false })
  @PersonalData(PersonalDataCategory.PROFILE)
  hasVehicle: boolean;

  @Column({ type: 'integer', nullable: true })
  @PersonalData(PersonalDataCategory.PROFILE)
  maxDistanceKm: number | null;

  /** 21-bit mask of weekly slots (see the referentials' WeeklySlot model). */
  @Column({ type: 'integer', default: 0 })
  @PersonalData(PersonalDataCategory.PROFILE)
  availabilityMask: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  @PersonalData(PersonalDataCategory.PROFILE)
  interestDomainCodes: string[];

  /** ROME codes of the professional project. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  @PersonalData(PersonalDataCategory.PROFILE)
  targetJobCodes: string[];

  /** Competencies already held. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  @PersonalData(PersonalDataCategory.PROFILE)
  competencyCodes: string[];

  @Field(() => FrenchLevel, { nullable: true })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.PROFILE)
  frenchLevel: FrenchLevel | null;

  @Column({ type: 'timestamptz', nullable: true })
  @PersonalData(PersonalDataCategory.CONSENT)
  volunteeringConsentGivenAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  @PersonalData(PersonalDataCategory.CONSENT)
  volunteeringConsentWithdrawnAt: Date | null;

  @Field(() => OrientationStatus)
  @Column({ type: 'text', default: OrientationStatus.PENDING_DIAGNOSTIC })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  orientationStatus: OrientationStatus;

  @Field(() => Date, { nullable: true, description: 'Date de la première orientation' })
  @Column({ type: 'timestamptz', nullable: true })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  orientedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "Date de la première action d'accompagnement inscrite au carnet de bord",
  })
  @Column({ type: 'timestamptz', nullable: true })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  firstActionAt: Date | null;

  /** Deadlines of Action 1 and 2, computed by the orientation domain from the entry date. */
  @Column({ type: 'date', nullable: true })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  orientationDueOn: string | null;

  @Column({ type: 'date', nullable: true })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  accompanimentDueOn: string | null;

  /** When the file was anonymised at the end of its retention period (privacy domain); null while it is whole. */
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
