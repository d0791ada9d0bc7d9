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
  conductedAt: Date;

  @Field(() => OrientationPathway, { description: 'Parcours proposé à l’issue du diagnostic' })
  @Column({ type: 'text' })
  proposedPathway: OrientationPathway;

  @Field(() => String, { nullable: true, description: 'Atouts et potentiels de la personne' })
  @Column({ type: 'text', nullable: true })
  strengths: string | null;

  /** Sensitive: served by a field resolver that checks access and logs the read. */
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}

@ObjectType({ description: 'Frein périphérique identifié par le diagnostic (donnée sensible)' })
@Entity('diagnostic_barrier')
export class DiagnosticBarrier {
  @PrimaryColumn({ type: 'uuid' })
  diagnosticId: string;

  @Field(() => BarrierKind)
  @PrimaryColumn({ type: 'text' })
  kind: BarrierKind;

  @Field(() => BarrierLevel)
  @Column({ type: 'text' })
  level: BarrierLevel;

  @Field(() => String, { nullable: true, description: 'Précisions du référent' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
