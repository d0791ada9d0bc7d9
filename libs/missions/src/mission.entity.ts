import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, PersonalData, PersonalDataCategory } from '@tremplin/core';
import { FrenchLevel } from '@tremplin/referentials';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MissionStatus } from './domain/mission-status';
import { PhysicalEffort } from './domain/physical-effort';
import './dto/mission.enums';

/**
 * A volunteer mission posted by a host association (« fiche mission », Action 5): what the
 * volunteer will do, where, when, for how long, what it develops and what it requires.
 * Coordinates default to the commune's; `placesTaken` is kept by proposals under a row lock
 * (see MissionsService.takePlace) and the database refuses more taken places than places.
 */
@ObjectType({ description: 'Mission bénévole proposée par une association (fiche mission)' })
@Entity('mission')
export class Mission {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  associationId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Résumé en une ou deux phrases' })
  @Column({ type: 'text' })
  summary: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Déroulé : comment se passe la mission' })
  @Column({ type: 'text', nullable: true })
  runningOrder: string | null;

  @Field(() => String, { nullable: true, description: 'Objectifs de la mission' })
  @Column({ type: 'text', nullable: true })
  objectives: string | null;

  @Field(() => String, { nullable: true, description: 'Profils auxquels la mission convient' })
  @Column({ type: 'text', nullable: true })
  suitedProfiles: string | null;

  @Field(() => String, { nullable: true, description: 'Suites possibles (formation, emploi, autre mission…)' })
  @Column({ type: 'text', nullable: true })
  followUps: string | null;

  @Column({ type: 'text' })
  domainCode: string;

  /** Competencies the mission develops (codes of the referential). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  competencyCodes: string[];

  /** INSEE code of the commune of the Ain where the mission takes place. */
  @Field({ description: 'Code INSEE de la commune' })
  @Column({ type: 'text' })
  communeCode: string;

  /** The CDS of the commune (copied, for the territory filter). */
  @Column({ type: 'uuid' })
  territoryId: string;

  @Field(() => String, { nullable: true, description: 'Adresse (numéro et voie)' })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  latitude: number;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  longitude: number;

  /** 21-bit mask of weekly slots (see the referentials' WeeklySlot model). */
  @Column({ type: 'integer', default: 0 })
  weeklySlots: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Premier jour (mission à dates)' })
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Dernier jour (mission à dates)' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => Float, { nullable: true, description: 'Heures par semaine' })
  @Column({ type: 'double precision', nullable: true })
  hoursPerWeek: number | null;

  @Field(() => Int, { nullable: true, description: 'Durée en semaines' })
  @Column({ type: 'integer', nullable: true })
  durationWeeks: number | null;

  @Field(() => Int, { description: 'Nombre de places' })
  @Column({ type: 'integer' })
  places: number;

  @Field(() => Int, { description: 'Places déjà pourvues' })
  @Column({ type: 'integer', default: 0 })
  placesTaken: number;

  @Field({ description: 'Permis B exigé' })
  @Column({ type: 'boolean', default: false })
  drivingLicenceRequired: boolean;

  @Field(() => Int, { nullable: true, description: 'Âge minimum' })
  @Column({ type: 'integer', nullable: true })
  minimumAge: number | null;

  @Field(() => FrenchLevel, { nullable: true, description: 'Niveau de français minimum' })
  @Column({ type: 'text', nullable: true })
  frenchLevel: FrenchLevel | null;

  @Field(() => PhysicalEffort)
  @Column({ type: 'text', default: PhysicalEffort.LOW })
  physicalEffort: PhysicalEffort;

  @Field({ description: 'Accessible de plain-pied / aux personnes à mobilité réduite' })
  @Column({ type: 'boolean', default: false })
  stepFreeAccess: boolean;

  @Field({ description: 'Desservi par les transports en commun' })
  @Column({ type: 'boolean', default: false })
  publicTransport: boolean;

  @Field({ description: 'Mission à distance' })
  @Column({ type: 'boolean', default: false })
  remote: boolean;

  /** Welcome contact of this mission when it differs from the association's (all three null otherwise). */
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.STAFF)
  welcomeContactName: string | null;

  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.STAFF)
  welcomeContactEmail: string | null;

  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.STAFF)
  welcomeContactPhone: string | null;

  @Field(() => MissionStatus)
  @Column({ type: 'text', default: MissionStatus.DRAFT })
  status: MissionStatus;

  @Field(() => Date, { nullable: true, description: 'Date de la dernière publication' })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Distance to the `near` point of a search, in km (not a column). */
  distanceKm?: number;
}
