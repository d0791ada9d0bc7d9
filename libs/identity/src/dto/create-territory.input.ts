import { Trim } from '@tremplin/core';
import { Field, InputType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class CreateTerritoryInput {
  @Field({ description: 'Code en majuscules, par exemple CDS-OYONNAX' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'doit être en majuscules, chiffres et tirets (2 à 40 caractères)' })
  code: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name: string;
}
