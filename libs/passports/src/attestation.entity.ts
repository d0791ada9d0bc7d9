import { PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One attestation by the host association for one engagement: who attested (named by the
 * member who signs it, with their role in the association), when, and the competencies
 * (`competency_attestation` rows). Attestations are never changed: a later one supersedes the
 * level of a competency in the passport.
 */
@ObjectType({ description: 'Attestation de compétences par la structure d’accueil' })
@Entity('passport_attestation')
export class PassportAttestation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  engagementId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  associationId: string;

  /** The ASSOCIATION user who recorded it. */
  @Column({ type: 'uuid' })
  attestedById: string;

  @Field({ description: 'Nom de la personne qui atteste' })
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.STAFF)
  attestorName: string;

  @Field({ description: 'Sa fonction dans la structure' })
  @Column({ type: 'text' })
  @PersonalData(PersonalDataCategory.STAFF)
  attestorRole: string;

  @Field()
  @Column({ type: 'timestamptz' })
  attestedAt: Date;
}

/** A competency of the referential, at a level (1 découverte, 2 pratique, 3 maîtrise), in one attestation. */
@ObjectType({ description: 'Compétence attestée, avec son niveau' })
@Entity('competency_attestation')
export class CompetencyAttestation {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  attestationId: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  @PersonalData(PersonalDataCategory.COMPETENCIES)
  competencyCode: string;

  @Field(() => Int, { description: 'Niveau : 1 découverte, 2 pratique, 3 maîtrise' })
  @Column({ type: 'smallint' })
  @PersonalData(PersonalDataCategory.COMPETENCIES)
  level: number;

  @Field(() => String, { nullable: true, description: 'Commentaire court de la structure' })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.FREE_TEXT)
  comment: string | null;
}
