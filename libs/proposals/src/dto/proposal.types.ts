import { Field, ObjectType } from '@nestjs/graphql';
import { ProposalDelivery } from '../domain/answer-channel';
import './proposal.enums';

/**
 * What an association (or France Bénévolat) sees of the person once the proposal is accepted:
 * the fields of the person-field list (`PERSON_FIELDS`), nothing else.
 */
@ObjectType({ description: 'Prénom et coordonnées de la personne (proposition acceptée)' })
export class ProposalCandidate {
  @Field()
  firstName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Nom (pour l’équipe qui suit la personne et France Bénévolat ; null pour une association)',
  })
  lastName: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

/** The proposal email as the person will receive it, rendered before it is sent. */
@ObjectType({ description: 'Aperçu de l’e-mail de proposition, tel que la personne le recevra' })
export class ProposalEmailPreview {
  @Field(() => ProposalDelivery, {
    description: 'LETTER : la personne n’a pas d’e-mail, la proposition sera une lettre à imprimer',
  })
  delivery: ProposalDelivery;

  @Field(() => String, { nullable: true, description: 'Destinataire (vide : pas d’adresse e-mail)' })
  to: string | null;

  @Field({ description: 'Les réponses à l’e-mail arrivent à cette adresse (la vôtre)' })
  replyTo: string;

  @Field()
  subject: string;

  @Field({ description: 'Le texte de l’e-mail (version sans mise en forme)' })
  text: string;

  @Field({ description: 'L’e-mail en HTML' })
  html: string;

  @Field({ description: 'Date limite de réponse si la proposition part maintenant' })
  expiresAt: Date;
}
