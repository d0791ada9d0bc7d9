import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType } from '@tremplin/core';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ProposalStatus } from '../domain/proposal-status';
import { Proposal } from '../proposal.entity';
import './proposal.enums';

@ArgsType()
export class ProposalsArgs extends ConnectionArgs {
  @Field(() => [ProposalStatus], { nullable: true, description: 'Seulement ces états' })
  @IsOptional()
  @ArrayMaxSize(7)
  @IsEnum(ProposalStatus, { each: true })
  status?: ProposalStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  beneficiaryId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  missionId?: string;

  @Field(() => ID, { nullable: true, description: 'Le membre de l’équipe qui a fait la proposition' })
  @IsOptional()
  @IsUUID()
  referentId?: string;
}

@ObjectType()
export class ProposalConnection extends ConnectionType(Proposal) {}
