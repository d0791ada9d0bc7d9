import { PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AssociationStatus } from './domain/association-status';

registerEnumType(AssociationStatus, {
  name: 'AssociationStatus',
  description: "Statut d'une association auprès du service Insertion",
  valuesMap: {
    PENDING: { description: 'En attente de validation' },
    VALIDATED: { description: 'Validée : peut soumettre des missions' },
    REJECTED: { description: 'Refusée (avec un motif)' },
  },
});

/**
 * A host association (« structure d'accueil ») that posts volunteer missions. Its members are the
 * users whose `associationId` points here (role ASSOCIATION). The welcome contact is the person
 * who receives the volunteer (Action 5 : « un référent dédié à l'accueil »).
 */
@ObjectType({ description: "Association (structure d'accueil) qui propose des missions bénévoles" })
@Entity('association')
export class Association {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Numéro RNA (répertoire national des associations), W + 9 chiffres',
  })
  @Column({ type: 'text', nullable: true })
  rna: string | null;

  @Field(() => String, { nullable: true, description: 'Numéro SIRET (14 chiffres)' })
  @Column({ type: 'text', nullable: true })
  siret: string | null;

  @Field(() => String, { nullable: true, description: "Présentation de l'association" })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field({ description: 'Adresse (numéro et voie)' })
  @Column({ type: 'text' })
  address: string;

  /** INSEE code of a commune of the Ain. */
  @Field({ description: 'Code INSEE de la commune' })
  @Column({ type: 'text' })
  communeCode: string;

  /** Stored lower-cased. */
  @Field()
  @Column({ type: 'text' })
  email: string;

  @Field()
  @Column({ type: 'text' })
  phone: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  domainCodes: string[];

  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.STAFF)
  welcomeContactName: string;

  /** Stored lower-cased. */
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.STAFF)
  welcomeContactEmail: string;

  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.STAFF)
  welcomeContactPhone: string | null;

  @Field(() => AssociationStatus)
  @Column({ type: 'text', default: AssociationStatus.PENDING })
  status: AssociationStatus;

  @Field(() => String, { nullable: true, description: 'Motif du refus' })
  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @Field(() => Date, { nullable: true, description: 'Date de la dernière décision du service Insertion' })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
