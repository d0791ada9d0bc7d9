import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role, PersonalData, PersonalDataCategory } from '@tremplin/core';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Territory } from './territory.entity';

/** A staff member (admin, referent, coordinator, association member). Beneficiaries are not users. */
@ObjectType({ description: "Membre de l'équipe : administrateur, référent, coordinateur ou membre d'une association" })
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Field()
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.STAFF)
  email: string;

  /** argon2id hash; never selected unless asked for. Null until an invited person chooses a password. */
  @Column({ type: 'text', nullable: true, select: false })
  @PersonalData(PersonalDataCategory.STAFF)
  passwordHash: string | null;

  /** Goes up at every password change: sessions and password links carry it (see AuthService). */
  @Column({ type: 'integer', default: 0 })
  credentialsVersion: number;

  @Field(() => Date, {
    nullable: true,
    description: 'Date à laquelle la personne a choisi son mot de passe (null : invitation pas encore acceptée)',
  })
  @Column({ type: 'timestamptz', nullable: true })
  passwordSetAt: Date | null;

  @Field(() => Role)
  @Column({ type: 'text' })
  role: Role;

  @Field()
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.STAFF)
  firstName: string;

  @Field()
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.STAFF)
  lastName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.STAFF)
  phone: string | null;

  @Column({ type: 'uuid', nullable: true })
  territoryId: string | null;

  @Field(() => Territory, { nullable: true })
  @ManyToOne(() => Territory, { nullable: true })
  @JoinColumn({ name: 'territory_id' })
  territory?: Relation<Territory> | null;

  @Field({ description: 'Responsable de territoire : voit tous les bénéficiaires de son CDS' })
  @Column({ type: 'boolean', default: false })
  isTerritoryManager: boolean;

  /** The host association of an ASSOCIATION member (foreign key added by the associations domain). */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  associationId: string | null;

  @Field(() => Date, { nullable: true, description: 'Date de désactivation du compte (null : actif)' })
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  @PersonalData(PersonalDataCategory.TRACES)
  lastLoginAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
