import { PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OrientationPathway } from './domain/pathway';
import './dto/orientation.enums';

/**
 * One orientation decision: the first one, then each re-orientation. The latest is the current
 * one. A referent change is a handoff: the previous referent is kept here and keeps reading the
 * logbook for 3 months.
 */
@ObjectType({ description: 'Décision d’orientation ou de réorientation' })
@Entity('orientation')
export class Orientation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @Field(() => ID, { description: 'Le diagnostic sur lequel la décision s’appuie' })
  @Column({ type: 'uuid' })
  diagnosticId: string;

  @Field(() => OrientationPathway)
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  pathway: OrientationPathway;

  @Field({ description: 'Organisme du référent unique (France Travail, CDS, PLIE, association…)' })
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  organism: string;

  @Column({ type: 'uuid' })
  referentId: string;

  @Column({ type: 'uuid', nullable: true })
  previousReferentId: string | null;

  @Column({ type: 'uuid' })
  decidedById: string;

  @Field()
  @Column({ type: 'timestamptz' })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  decidedAt: Date;

  @Field()
  @Column({ type: 'boolean' })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  isReorientation: boolean;

  /** Sensitive (often about health or family): served by a field resolver that checks access and logs the read. */
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.HEALTH_AND_BARRIERS)
  reason: string | null;
}
