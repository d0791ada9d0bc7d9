import { Field, ID, InputType } from '@nestjs/graphql';
import { LocalDateScalar, Trim } from '@tremplin/core';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ContractType, OUTCOME_DETAIL_MAX_LENGTH, OutcomeKind } from '../domain/outcome';
import './passport.enums';

@InputType({ description: 'Ce qui a suivi une mission, enregistré par le référent' })
export class RecordOutcomeInput {
  @Field(() => ID, { description: 'La mission dont c’est la suite' })
  @IsUUID()
  engagementId: string;

  @Field(() => OutcomeKind)
  @IsEnum(OutcomeKind)
  kind: OutcomeKind;

  @Field(() => ContractType, { nullable: true, description: 'Obligatoire pour un emploi, seulement pour un emploi' })
  @IsOptional()
  @IsEnum(ContractType)
  contractType?: ContractType | null;

  @Field(() => LocalDateScalar, {
    description:
      'Début de l’emploi, de la formation ou de la mission ; pour « pas encore de suite », la date du constat',
  })
  @IsString()
  startDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Fin prévue (CDD, intérim, formation…)' })
  @IsOptional()
  @IsString()
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Employeur, intitulé de la formation ou structure' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(OUTCOME_DETAIL_MAX_LENGTH)
  detail?: string | null;
}
