import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType } from '@tremplin/core';
import { IsOptional, IsUUID } from 'class-validator';
import { SensitiveDataAccess } from '../sensitive-data-access.entity';

@ArgsType()
export class SensitiveDataAccessArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  beneficiaryId?: string;

  @Field(() => ID, { nullable: true, description: 'Qui a consulté' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

@ObjectType()
export class SensitiveDataAccessConnection extends ConnectionType(SensitiveDataAccess) {}
