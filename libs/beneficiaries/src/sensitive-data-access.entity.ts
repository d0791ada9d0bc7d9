import { PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SensitiveDataKind } from './domain/sensitive-data';
import './dto/beneficiary.enums';

/** One read of sensitive data: who, when, which beneficiary, what. Append-only (trigger). */
@ObjectType({ description: "Lecture d'une donnée sensible (journal d'accès)" })
@Entity('sensitive_data_access')
export class SensitiveDataAccess {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  @PersonalData(PersonalDataCategory.TRACES)
  userId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @Field(() => SensitiveDataKind)
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.TRACES)
  dataKind: SensitiveDataKind;

  @Field(() => ID, { nullable: true, description: "L'enregistrement lu (diagnostic, orientation, entrée du carnet)" })
  @Column({ type: 'uuid', nullable: true })
  recordId: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  @PersonalData(PersonalDataCategory.TRACES)
  accessedAt: Date;
}
