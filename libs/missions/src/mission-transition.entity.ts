import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MissionAction, MissionStatus } from './domain/mission-status';
import './dto/mission.enums';

/** One step of a mission's moderation history: who, when, why (append-only). */
@ObjectType({ description: "Étape de l'historique de modération d'une mission" })
@Entity('mission_transition')
export class MissionTransition {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  missionId: string;

  @Field(() => MissionAction)
  @Column({ type: 'text' })
  action: MissionAction;

  /** Null for the creation of the mission. */
  @Field(() => MissionStatus, { nullable: true })
  @Column({ type: 'text', nullable: true })
  fromStatus: MissionStatus | null;

  @Field(() => MissionStatus)
  @Column({ type: 'text' })
  toStatus: MissionStatus;

  /** Null when the platform itself acted (« système »: places taken or freed). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Motif (renvoi en brouillon, clôture) ou précision' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  occurredAt: Date;
}
