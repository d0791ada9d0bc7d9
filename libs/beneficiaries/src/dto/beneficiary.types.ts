import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { BeneficiaryStatus } from '../domain/beneficiary-profile';
import { MobilityMode } from '../domain/mobility';
import './beneficiary.enums';

@ObjectType({ description: 'Mobilité de la personne' })
export class Mobility {
  @Field(() => [MobilityMode])
  modes: MobilityMode[];

  @Field()
  hasDrivingLicence: boolean;

  @Field()
  hasVehicle: boolean;

  @Field(() => Int, { nullable: true, description: 'Distance maximale acceptée, en km' })
  maxDistanceKm: number | null;

  @Field({ description: 'Résumé en français, par exemple « à pied, en transports en commun ; jusqu’à 15 km »' })
  description: string;
}

@ObjectType({ description: 'Accord pour recevoir des propositions de missions bénévoles (révocable à tout moment)' })
export class VolunteeringConsent {
  @Field({ description: 'Accord en cours' })
  given: boolean;

  @Field(() => Date, { nullable: true })
  givenAt: Date | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;
}

@InputType()
export class ChangeBeneficiaryStatusInput {
  @Field(() => ID)
  @IsUUID()
  beneficiaryId: string;

  @Field(() => BeneficiaryStatus)
  @IsEnum(BeneficiaryStatus)
  status: BeneficiaryStatus;
}
