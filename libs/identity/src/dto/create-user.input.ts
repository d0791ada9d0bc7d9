import { Field, ID, InputType } from '@nestjs/graphql';
import { Role, Trim } from '@tremplin/core';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

export const PHONE_PATTERN = /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/;

@InputType({ description: "Un compte de l'équipe ; la personne choisit son mot de passe depuis l'e-mail d'invitation" })
export class CreateUserInput {
  @Field()
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  firstName: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  lastName: string;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'doit être un numéro de téléphone français valide (ex. 04 74 32 32 32)' })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: 'CDS de rattachement (obligatoire pour un référent)' })
  @IsOptional()
  @IsUUID()
  territoryId?: string | null;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  isTerritoryManager?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'Association de rattachement (obligatoire pour le rôle ASSOCIATION)',
  })
  @IsOptional()
  @IsUUID()
  associationId?: string | null;
}
