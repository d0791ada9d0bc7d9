import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType, Role } from '@tremplin/core';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Territory } from '../territory.entity';
import { User } from '../user.entity';

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @Field({ nullable: true, description: 'Recherche dans le nom, le prénom et l’e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ObjectType()
export class UserConnection extends ConnectionType(User) {}

@ObjectType()
export class TerritoryConnection extends ConnectionType(Territory) {}
