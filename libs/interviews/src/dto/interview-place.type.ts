import { Field, ObjectType } from '@nestjs/graphql';
import { InterviewPlaceKind } from '../domain/place';
import './interview.enums';

@ObjectType({ description: "Lieu d'un entretien : une adresse, ou un lien de visioconférence" })
export class InterviewPlaceType {
  @Field(() => InterviewPlaceKind)
  kind: InterviewPlaceKind;

  @Field({ description: 'Par exemple « France Bénévolat Ain » ou « CDS Oyonnax »' })
  label: string;

  @Field(() => String, { nullable: true, description: 'Adresse (null en visioconférence)' })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune (null en visioconférence)' })
  communeCode: string | null;

  @Field(() => String, { nullable: true, description: 'Lien de visioconférence' })
  videoUrl: string | null;
}
