import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { InterviewPlace, InterviewPlaceKind } from './domain/place';
import './dto/interview.enums';

/**
 * A time range a France Bénévolat coordinator opens for tripartite interviews, at one place,
 * cut into bookable slots of a given length. Editable and removable while none of its slots is booked.
 */
@ObjectType({ description: "Plage de disponibilité d'un coordinateur France Bénévolat, découpée en créneaux" })
@Entity('interview_availability')
export class InterviewAvailability {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  coordinatorId: string;

  @Field()
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field(() => Int, { description: "Durée d'un créneau, en minutes" })
  @Column({ type: 'integer' })
  slotMinutes: number;

  @Field(() => Int, { description: 'Pause entre deux créneaux, en minutes' })
  @Column({ type: 'integer', default: 0 })
  breakMinutes: number;

  @Column({ type: 'text' })
  placeKind: InterviewPlaceKind;

  @Column({ type: 'text' })
  placeLabel: string;

  @Column({ type: 'text', nullable: true })
  placeAddress: string | null;

  @Column({ type: 'text', nullable: true })
  communeCode: string | null;

  /** The CDS, for a place of kind CDS. */
  @Column({ type: 'uuid', nullable: true })
  territoryId: string | null;

  /** Coordinates of the place (its commune), for « nearest place first »; null for video. */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'text', nullable: true })
  videoUrl: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

export function placeOf(row: {
  placeKind: InterviewPlaceKind;
  placeLabel: string;
  placeAddress: string | null;
  videoUrl: string | null;
}): InterviewPlace {
  return { kind: row.placeKind, label: row.placeLabel, address: row.placeAddress, videoUrl: row.videoUrl };
}
