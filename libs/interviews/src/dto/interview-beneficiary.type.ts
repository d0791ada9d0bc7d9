import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'La personne reçue en entretien (une association n’en voit que le prénom et le contact)' })
export class InterviewBeneficiary {
  @Field(() => ID)
  id: string;

  @Field()
  firstName: string;

  @Field(() => String, { nullable: true, description: 'Nom (null pour une association)' })
  lastName: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}
