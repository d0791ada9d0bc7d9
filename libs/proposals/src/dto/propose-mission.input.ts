import { Field, ID, InputType } from '@nestjs/graphql';
import { Trim } from '@tremplin/core';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export const PROPOSAL_MESSAGE_MAX_LENGTH = 1000;

@InputType({ description: 'Proposer une mission bénévole à une personne que vous suivez' })
export class ProposeMissionInput {
  @Field(() => ID)
  @IsUUID()
  beneficiaryId: string;

  @Field(() => ID)
  @IsUUID()
  missionId: string;

  @Field(() => String, {
    nullable: true,
    description: `Votre message personnel, repris dans l'e-mail (${PROPOSAL_MESSAGE_MAX_LENGTH} caractères au plus)`,
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(PROPOSAL_MESSAGE_MAX_LENGTH)
  message?: string | null;
}

@InputType()
export class WithdrawProposalInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => String, { nullable: true, description: 'Pourquoi la proposition est retirée (carnet de bord)' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}
