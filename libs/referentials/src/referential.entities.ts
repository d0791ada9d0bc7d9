import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, JoinTable, ManyToMany, PrimaryColumn, Relation } from 'typeorm';
import type { CompetencyCategory } from './data/competencies.data';
import { DayPart, Weekday } from './domain/weekly-slots';
import { FrenchLevel } from './domain/french-level';

registerEnumType(Weekday, { name: 'Weekday', description: 'Jour de la semaine' });
registerEnumType(DayPart, { name: 'DayPart', description: 'Moment de la journée : matin, après-midi ou soir' });
registerEnumType(FrenchLevel, { name: 'FrenchLevel', description: 'Niveau de français (échelle CECRL, A1 à C2)' });

export enum CompetencyCategoryEnum {
  SAVOIR_ETRE = 'SAVOIR_ETRE',
  TRANSVERSAL = 'TRANSVERSAL',
  PRATIQUE = 'PRATIQUE',
}
registerEnumType(CompetencyCategoryEnum, {
  name: 'CompetencyCategory',
  description: 'SAVOIR_ETRE : savoir-être professionnel (ROME) ; TRANSVERSAL ; PRATIQUE : savoir-faire',
});

/** A current commune of the Ain, with the coordinates of its centroid and its CDS. */
@ObjectType({ description: "Commune de l'Ain (liste officielle en vigueur)" })
@Entity('commune')
export class Commune {
  @Field(() => ID, { description: 'Code INSEE' })
  @PrimaryColumn({ type: 'text' })
  inseeCode: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  latitude: number;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  longitude: number;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  territoryId: string;

  @Field(() => [String], { description: 'Codes postaux' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  postalCodes: string[];

  @Field(() => Int, { nullable: true, description: 'Population municipale' })
  @Column({ type: 'integer', nullable: true })
  population: number | null;
}

/**
 * A former commune (merged into a current one) or a former name of a current code: a code or a name that
 * is no longer in the official list and still leads to the current commune.
 */
@ObjectType({ description: 'Ancienne commune, fusionnée dans une commune actuelle (ou ancien nom de celle-ci)' })
@Entity('former_commune')
export class FormerCommune {
  @Field(() => ID, { description: 'Ancien code INSEE' })
  @PrimaryColumn({ type: 'text' })
  inseeCode: string;

  @Field(() => String, { nullable: true, description: 'Ancien nom (inconnu pour les fusions les plus anciennes)' })
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Field(() => ID, { description: 'Code INSEE de la commune actuelle' })
  @Column({ type: 'text' })
  currentInseeCode: string;
}

@ObjectType({ description: "Domaine d'action d'une mission bénévole" })
@Entity('mission_domain')
export class MissionDomain {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field()
  @Column({ type: 'text' })
  label: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'integer' })
  sortOrder: number;
}

@ObjectType({ description: 'Compétence du référentiel (savoir-être, transversale ou pratique)' })
@Entity('competency')
export class Competency {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field()
  @Column({ type: 'text' })
  label: string;

  @Field(() => CompetencyCategoryEnum)
  @Column({ type: 'text' })
  category: CompetencyCategory;

  @Column({ type: 'integer' })
  sortOrder: number;
}

@ObjectType({ description: 'Métier visé (référentiel ROME) et les compétences qu’il demande' })
@Entity('job')
export class Job {
  @Field(() => ID, { description: 'Code ROME' })
  @PrimaryColumn({ type: 'text' })
  romeCode: string;

  @Field()
  @Column({ type: 'text' })
  label: string;

  @Field(() => [Competency])
  @ManyToMany(() => Competency)
  @JoinTable({
    name: 'job_competency',
    joinColumn: { name: 'job_code', referencedColumnName: 'romeCode' },
    inverseJoinColumn: { name: 'competency_code', referencedColumnName: 'code' },
  })
  competencies: Relation<Competency>[];
}
