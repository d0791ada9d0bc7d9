import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One bookable slot of an availability. It is free while no active interview holds it; the
 * coordinator is copied here so that the database refuses overlapping slots of one coordinator.
 */
@Entity('interview_slot')
export class InterviewSlot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  availabilityId: string;

  @Column({ type: 'uuid' })
  coordinatorId: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** The weekly half-days (Paris time) the slot touches, `dayPartMaskOf` it; -1 when part of it is at night. */
  @Column({ type: 'integer' })
  dayPartMask: number;
}
