import { PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LogbookEntryType } from './domain/logbook-entry-type';
import './dto/beneficiary.enums';

/**
 * One entry of a beneficiary's carnet de bord. Append-only: the database refuses any UPDATE,
 * DELETE or TRUNCATE of the table (trigger), so the timeline is a faithful record.
 */
@ObjectType({ description: 'Entrée du carnet de bord' })
@Entity('logbook_entry')
export class LogbookEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @Field(() => LogbookEntryType)
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.JOURNEY)
  type: LogbookEntryType;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  /** French; exposed through a field resolver that hides confidential entries from those who may not read them. */
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.FREE_TEXT)
  summary: string;

  @Field({ description: "Date de l'événement" })
  @Column({ type: 'timestamptz' })
  @PersonalData(PersonalDataCategory.JOURNEY)
  occurredAt: Date;

  @Field({ description: "Date d'inscription au carnet" })
  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  @Field({ description: 'Réservée au référent de parcours et au service Insertion' })
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Field(() => ID, { nullable: true, description: "L'enregistrement concerné (diagnostic, orientation…)" })
  @Column({ type: 'uuid', nullable: true })
  referenceId: string | null;
}
