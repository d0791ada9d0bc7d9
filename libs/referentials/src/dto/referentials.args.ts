import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType } from '@tremplin/core';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Commune, CompetencyCategoryEnum } from '../referential.entities';

@ArgsType()
export class CommunesArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Début ou partie du nom, sans tenir compte des accents' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  territoryId?: string;
}

@ArgsType()
export class CompetenciesArgs {
  @Field(() => CompetencyCategoryEnum, { nullable: true })
  @IsOptional()
  @IsEnum(CompetencyCategoryEnum)
  category?: CompetencyCategoryEnum;
}

@ObjectType()
export class CommuneConnection extends ConnectionType(Commune) {}
