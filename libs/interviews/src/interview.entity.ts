import { PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { InterviewStatus } from './domain/interview-status';
import { InterviewPlaceKind } from './domain/place';
import { InterviewBooker } from './dto/interview.enums';

/**
 * The tripartite interview (entretien tripartite) after a beneficiary accepted a mission: the
 * beneficiary, their referent and a France Bénévolat coordinator meet before the mission starts.
 * The database refuses two active interviews of one coordinator, or of one beneficiary, at
 * overlapping times (exclusion constraints), and two active interviews on one slot.
 */
@ObjectType({ description: 'Entretien tripartite : la personne, son référent et France Bénévolat' })
@Entity('interview')
export class Interview {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'La proposition de mission acceptée' })
  @Column({ type: 'uuid' })
  proposalId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  missionId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  coordinatorId: string;

  @Field(() => ID, { description: 'Le référent qui a proposé la mission' })
  @Column({ type: 'uuid' })
  referentId: string;

  /** Null only for a cancelled interview whose slot was removed afterwards. */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  slotId: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  @PersonalData(PersonalDataCategory.JOURNEY)
  startsAt: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text' })
  placeKind: InterviewPlaceKind;

  @Column({ type: 'text' })
  placeLabel: string;

  @Column({ type: 'text', nullable: true })
  placeAddress: string | null;

  @Column({ type: 'text', nullable: true })
  communeCode: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'text', nullable: true })
  videoUrl: string | null;

  @Field(() => InterviewStatus)
  @Column({ type: 'text', default: InterviewStatus.SCHEDULED })
  @PersonalData(PersonalDataCategory.JOURNEY)
  status: InterviewStatus;

  /** iCalendar SEQUENCE: 0 at booking, +1 at each move and at cancellation. */
  @Field(() => Int, { description: "Version de l'invitation (augmente à chaque déplacement ou annulation)" })
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  /** When the current date was set (booking or last move): reminders follow it. */
  @Field({ description: 'Date de la réservation ou du dernier déplacement' })
  @Column({ type: 'timestamptz' })
  scheduledAt: Date;

  @Field(() => InterviewBooker)
  @Column({ type: 'text' })
  bookedBy: InterviewBooker;

  /** The staff member who booked; null when the beneficiary booked from their link. */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field({ description: "La personne qui accueille dans l'association est invitée (facultatif)" })
  @Column({ type: 'boolean', default: false })
  welcomeContactInvited: boolean;

  @Field(() => String, { nullable: true, description: "Motif de l'annulation" })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.FREE_TEXT)
  cancelReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledById: string | null;

  @Field(() => Date, { nullable: true, description: "Date d'enregistrement du résultat" })
  @Column({ type: 'timestamptz', nullable: true })
  outcomeRecordedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  outcomeRecordedById: string | null;

  @Field(() => String, { nullable: true, description: 'Remarque sur le déroulement' })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.FREE_TEXT)
  outcomeNote: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
