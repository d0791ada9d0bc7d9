import { ArgsType, Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType, Trim } from '@tremplin/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { InterviewOutcome, InterviewStatus } from '../domain/interview-status';
import { Interview } from '../interview.entity';
import { InterviewPlaceType } from './interview-place.type';
import './interview.enums';

@InputType({ description: 'Réserve un créneau pour l’entretien tripartite d’une proposition acceptée' })
export class ScheduleInterviewInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => ID, { description: 'Un créneau libre proposé par interviewSlots' })
  @IsUUID()
  slotId: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Inviter aussi la personne qui accueille le bénévole dans l’association (facultatif)',
  })
  @IsOptional()
  @IsBoolean()
  inviteWelcomeContact?: boolean;
}

@InputType({ description: 'Déplace un entretien sur un autre créneau libre' })
export class RescheduleInterviewInput {
  @Field(() => ID)
  @IsUUID()
  interviewId: string;

  @Field(() => ID)
  @IsUUID()
  slotId: string;
}

@InputType()
export class CancelInterviewInput {
  @Field(() => ID)
  @IsUUID()
  interviewId: string;

  @Field({ description: 'Motif, envoyé aux participants (3 à 1 000 caractères)' })
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class RecordInterviewOutcomeInput {
  @Field(() => ID)
  @IsUUID()
  interviewId: string;

  @Field(() => InterviewOutcome)
  @IsEnum(InterviewOutcome)
  outcome: InterviewOutcome;

  @Field({ nullable: true, description: 'Remarque sur le déroulement (facultatif, 2 000 caractères au plus)' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@ArgsType()
export class InterviewSlotsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;
}

@ObjectType({ description: 'Un créneau libre qui convient à la personne' })
export class InterviewSlotOption {
  @Field(() => ID)
  slotId: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => InterviewPlaceType)
  place: InterviewPlaceType;

  @Field(() => Float, {
    nullable: true,
    description: 'Distance depuis la commune de la personne (null en visioconférence)',
  })
  distanceKm: number | null;

  @Field({ description: 'Par exemple « mardi 10 mars, 9 h — France Bénévolat Ain, à 4 km »' })
  label: string;

  @Field(() => ID)
  coordinatorId: string;
}

@ArgsType()
export class InterviewsArgs extends ConnectionArgs {
  @Field(() => [InterviewStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(InterviewStatus, { each: true })
  statuses?: InterviewStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  beneficiaryId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  proposalId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  missionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  coordinatorId?: string;

  @Field({ nullable: true, description: 'Entretiens qui commencent à partir de cette date' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Entretiens qui commencent avant cette date' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ObjectType()
export class InterviewConnection extends ConnectionType(Interview) {}

@ObjectType({ description: 'Les créneaux libres qui conviennent à la personne, le lieu le plus proche d’abord' })
export class InterviewSlotOptionConnection extends ConnectionType(InterviewSlotOption) {}
