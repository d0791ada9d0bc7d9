import { PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { BarrierKind, BarrierLevel } from './domain/barriers';
import { OrientationPathway } from './domain/pathway';
import './dto/orientation.enums';

/**
 * The diagnostic of a person's situation (« bilan complet »), made before an orientation and
 * again before any re-orientation. Its barriers and notes are sensitive: they are only served,
 * through field resolvers, to the referent and the admin, and each read is logged.
 */
@ObjectType({ description: 'Diagnostic de la situation de la personne' })
@Entity('diagnostic')
export class Diagnostic {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @Field({ description: 'Date du diagnostic' })
  @Column({ type: 'timestamptz' })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  conductedAt: Date;

  @Field(() => OrientationPathway, { description: 'Parcours proposé à l’issue du diagnostic' })
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.SOCIAL_SITUATION)
  proposedPathway: OrientationPathway;

  @Field(() => String, { nullable: true, description: 'Atouts et potentiels de la personne' })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.FREE_TEXT)
  strengths: string | null;

  /** Sensitive: served by a field resolver that checks access and logs the read. */
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.HEALTH_AND_BARRIERS)
  notes: string | null;
}

@ObjectType({ description: 'Frein périphérique identifié par le diagnostic (donnée sensible)' })
@Entity('diagnostic_barrier')
export class DiagnosticBarrier {
  @PrimaryColumn({ type: 'uuid' })
  diagnosticId: string;

  @Field(() => BarrierKind)
  @PrimaryColumn({ type: 'text' })
  @PersonalData(PersonalDataCategory.HEALTH_AND_BARRIERS)
  kind: BarrierKind;

  @Field(() => BarrierLevel)
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.HEALTH_AND_BARRIERS)
  level: BarrierLevel;

  @Field(() => String, { nullable: true, description: 'Précisions du référent' })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.HEALTH_AND_BARRIERS)
  note: string | null;
}
