import { Field, ObjectType } from '@nestjs/graphql';

/**
 * What an association (or France Bénévolat) sees of the person once the proposal is accepted:
 * first name and contact, nothing else.
 */
@ObjectType({ description: 'Prénom et coordonnées de la personne (proposition acceptée)' })
export class ProposalCandidate {
  @Field()
  firstName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}
