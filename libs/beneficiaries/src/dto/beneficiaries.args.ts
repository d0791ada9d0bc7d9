import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType } from '@tremplin/core';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Beneficiary } from '../beneficiary.entity';
import { BeneficiaryStatus, OrientationStatus } from '../domain/beneficiary-profile';
import './beneficiary.enums';

@ArgsType()
export class BeneficiariesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Territoire (CDS) de résidence' })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @Field(() => ID, { nullable: true, description: 'Référent de parcours' })
  @IsOptional()
  @IsUUID()
  referentId?: string;

  @Field(() => OrientationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrientationStatus)
  orientationStatus?: OrientationStatus;

  @Field(() => BeneficiaryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(BeneficiaryStatus)
  status?: BeneficiaryStatus;

  @Field({
    nullable: true,
    description:
      "true : seulement les dossiers en retard (orientation ou accompagnement) ; false : seulement ceux à l'heure",
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field({ nullable: true, description: "true : seulement les personnes d'accord pour recevoir des propositions" })
  @IsOptional()
  @IsBoolean()
  volunteeringConsent?: boolean;

  @Field({ nullable: true, description: 'Recherche dans le nom et le prénom, sans tenir compte des accents' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ObjectType()
export class BeneficiaryConnection extends ConnectionType(Beneficiary) {}
