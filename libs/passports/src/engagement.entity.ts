import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EngagementStatus } from './domain/engagement-status';
import './dto/passport.enums';

/**
 * The volunteer mission itself (« engagement »), opened after a held tripartite interview for
 * an accepted proposal: one per proposal. The host association is copied from the mission so
 * that access checks and the passport need no join.
 */
@ObjectType({ description: 'Mission bénévole en cours ou passée d’une personne (engagement)' })
@Entity('engagement')
export class Engagement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'L’entretien tripartite qui a ouvert la mission' })
  @Column({ type: 'uuid' })
  interviewId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  proposalId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  missionId: string;

  @Field(() => ID, { description: 'La structure d’accueil' })
  @Column({ type: 'uuid' })
  associationId: string;

  @Field(() => EngagementStatus)
  @Column({ type: 'text', default: EngagementStatus.ACTIVE })
  @PersonalData(PersonalDataCategory.JOURNEY)
  status: EngagementStatus;

  @Field(() => LocalDateScalar, { description: 'Début de la mission' })
  @Column({ type: 'date' })
  @PersonalData(PersonalDataCategory.JOURNEY)
  startDate: string;

  @Field(() => Int, { description: 'Heures prévues' })
  @Column({ type: 'integer' })
  plannedHours: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin (terminée) ou date d’interruption' })
  @Column({ type: 'date', nullable: true })
  @PersonalData(PersonalDataCategory.JOURNEY)
  endDate: string | null;

  @Field(() => Int, { nullable: true, description: 'Heures réalisées' })
  @Column({ type: 'integer', nullable: true })
  @PersonalData(PersonalDataCategory.JOURNEY)
  hoursDone: number | null;

  @Field(() => String, { nullable: true, description: 'Motif de l’interruption' })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.FREE_TEXT)
  abandonReason: string | null;

  @Field(() => String, { nullable: true, description: 'Motif de l’annulation' })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.FREE_TEXT)
  withdrawalReason: string | null;

  @Column({ type: 'uuid' })
  startedById: string;

  @Column({ type: 'uuid', nullable: true })
  endedById: string | null;

  @Field(() => Date, { nullable: true, description: 'Quand la fin, l’interruption ou l’annulation a été enregistrée' })
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
