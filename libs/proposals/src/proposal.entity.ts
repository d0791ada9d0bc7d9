import { PersonalData, PersonalDataCategory } from '@tremplin/core';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AnswerChannel, ProposalDelivery } from './domain/answer-channel';
import { DeclineReason } from './domain/answer-rules';
import { ProposalStatus } from './domain/proposal-status';
import './dto/proposal.enums';

/**
 * A volunteer mission proposed by a referent to a beneficiary (« proposition de mission »),
 * answered by the person from the email's signed links. Fields carrying personal data (the
 * message, the beneficiary, the reason of a refusal) are resolved behind the access rules of
 * ProposalAccess; the plain fields here are what an association may see of an accepted proposal.
 */
@ObjectType({ description: 'Proposition de mission bénévole faite à une personne par son référent' })
@Entity('proposal')
export class Proposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  beneficiaryId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  missionId: string;

  /** The staff member who proposed (the referent, or an administrator). */
  @Column({ type: 'uuid' })
  referentId: string;

  /** The referent's personal message (≤ 1,000 characters). */
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.FREE_TEXT)
  message: string | null;

  @Field(() => ProposalStatus)
  @Column({ type: 'text', default: ProposalStatus.PROPOSED })
  @PersonalData(PersonalDataCategory.JOURNEY)
  status: ProposalStatus;

  /** Serving order on the mission's waiting list (set only while WAITING_LIST). */
  @Column({ type: 'integer', nullable: true })
  @PersonalData(PersonalDataCategory.JOURNEY)
  waitingListPosition: number | null;

  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.JOURNEY)
  declineReason: DeclineReason | null;

  @Field(() => Date, { nullable: true, description: 'Date de la réponse de la personne' })
  @Column({ type: 'timestamptz', nullable: true })
  @PersonalData(PersonalDataCategory.JOURNEY)
  answeredAt: Date | null;

  /** When the person agreed, by answering yes, that the association and France Bénévolat receive their contact. */
  @Field(() => Date, { nullable: true, description: 'Date du consentement de la personne (réponse « oui »)' })
  @Column({ type: 'timestamptz', nullable: true })
  @PersonalData(PersonalDataCategory.CONSENT)
  consentAt: Date | null;

  @Field(() => ProposalDelivery, { description: 'Par e-mail, ou par lettre (personne sans adresse e-mail)' })
  @Column({ type: 'text', default: ProposalDelivery.EMAIL })
  delivery: ProposalDelivery;

  @Field(() => AnswerChannel, {
    nullable: true,
    description: 'Comment la réponse est arrivée (le lien, ou recueillie par le référent)',
  })
  @Column({ type: 'text', nullable: true })
  @PersonalData(PersonalDataCategory.JOURNEY)
  answerChannel: AnswerChannel | null;

  /** The staff member who recorded an answer given by phone or in person (null: from the link). */
  @Column({ type: 'uuid', nullable: true })
  answerRecordedById: string | null;

  @Field(() => Date, { nullable: true, description: "Date d'envoi de l'e-mail de proposition" })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Message-ID of the proposal email. */
  @Column({ type: 'text', nullable: true })
  messageId: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "Date à laquelle le serveur de messagerie a refusé définitivement l'e-mail de proposition",
  })
  @Column({ type: 'timestamptz', nullable: true })
  emailFailedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Pourquoi l'e-mail de proposition n'a pas pu être remis (il ne sera pas renvoyé)",
  })
  @Column({ type: 'text', nullable: true })
  emailFailure: string | null;

  @Field(() => Date, { nullable: true, description: 'Date de la relance' })
  @Column({ type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Field({ description: 'Date limite de réponse (les liens expirent avec elle)' })
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  expiredAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** Who withdrew it (null: the platform, e.g. when the mission closed). */
  @Column({ type: 'uuid', nullable: true })
  withdrawnById: string | null;

  /** Set from the platform clock: the reminder and expiry delays count from it. */
  @Field()
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
