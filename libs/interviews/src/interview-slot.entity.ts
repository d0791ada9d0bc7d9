import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One bookable slot of an availability. It is free while no active interview holds it; the
 * coordinator is copied here so that the database refuses overlapping slots of one coordinator.
 */
@ObjectType({ description: "Créneau d'entretien" })
@Entity('interview_slot')
export class InterviewSlot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  availabilityId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  coordinatorId: string;

  @Field()
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  endsAt: Date;
}
