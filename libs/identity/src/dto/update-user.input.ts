import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@tremplin/core';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';

@InputType({ description: 'Ce qui change sur un compte de l’équipe : seuls les champs envoyés changent' })
export class UpdateUserInput {
  @Field(() => Role, { nullable: true, description: 'Pas vers ni depuis ASSOCIATION ; pas votre propre rôle' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'CDS de rattachement (null : aucun ; obligatoire pour un référent)' })
  @IsOptional()
  @IsUUID()
  territoryId?: string | null;

  @Field({ nullable: true, description: 'Responsable de territoire (référents seulement)' })
  @IsOptional()
  @IsBoolean()
  isTerritoryManager?: boolean;
}
