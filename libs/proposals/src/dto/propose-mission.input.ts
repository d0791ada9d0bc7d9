import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Trim } from '@tremplin/core';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AnswerChannel } from '../domain/answer-channel';
import { DeclineReason } from '../domain/answer-rules';

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

/** The person's choice, as the référent records it. */
export enum RecordedAnswer {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
}

registerEnumType(RecordedAnswer, {
  name: 'RecordedAnswer',
  description: 'La réponse de la personne',
  valuesMap: {
    ACCEPT: { description: '« Je suis intéressé(e) »' },
    DECLINE: { description: '« Non merci »' },
  },
});

@InputType({ description: 'Une réponse que la personne a donnée par téléphone ou en personne' })
export class RecordProposalAnswerInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => RecordedAnswer)
  @IsEnum(RecordedAnswer)
  answer: RecordedAnswer;

  @Field(() => AnswerChannel, { description: 'PHONE ou IN_PERSON (une réponse par le lien s’enregistre seule)' })
  @IsIn([AnswerChannel.PHONE, AnswerChannel.IN_PERSON], {
    message: 'doit dire si la réponse a été donnée par téléphone ou en personne',
  })
  channel: AnswerChannel;

  @Field(() => DeclineReason, { nullable: true, description: 'Motif d’un refus, si la personne l’a donné' })
  @IsOptional()
  @IsEnum(DeclineReason)
  declineReason?: DeclineReason | null;
}
