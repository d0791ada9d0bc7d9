import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ContractType, OutcomeKind } from './domain/outcome';
import './dto/passport.enums';

/** What followed a mission, recorded by the referent (indicator A5-2 counts jobs). */
@ObjectType({
  description: 'Suite du parcours après une mission : emploi, formation, nouvelle mission, ou rien encore',
})
@Entity('outcome')
export class Outcome {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @Field(() => ID, { description: 'La mission dont c’est la suite' })
  @Column({ type: 'uuid' })
  engagementId: string;

  @Field(() => OutcomeKind)
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.JOURNEY)
  kind: OutcomeKind;

  @Field(() => ContractType, { nullable: true, description: 'Pour un emploi' })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.JOURNEY)
  contractType: ContractType | null;

  @Field(() => LocalDateScalar, { description: 'Début (emploi, formation, mission) ou date du constat' })
  @Column({ type: 'date' })
  @PersonalData(PersonalDataCategory.JOURNEY)
  startDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin prévue (CDD, intérim, formation…)' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => String, { nullable: true, description: 'Employeur, formation ou structure' })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.FREE_TEXT)
  detail: string | null;

  @Column({ type: 'uuid' })
  recordedById: string;

  @Field()
  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
