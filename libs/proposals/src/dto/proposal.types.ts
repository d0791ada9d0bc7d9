import { Field, ObjectType } from '@nestjs/graphql';

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
