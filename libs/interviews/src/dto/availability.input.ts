import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType, Trim } from '@tremplin/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { InterviewPlaceKind } from '../domain/place';
import { InterviewAvailability } from '../interview-availability.entity';
import './interview.enums';

@InputType({
  description:
    "Lieu des entretiens : les locaux de France Bénévolat (adresse et commune), un CDS (le territoire et l'adresse) ou une visioconférence (le lien)",
})
export class InterviewPlaceInput {
  @Field(() => InterviewPlaceKind)
  @IsEnum(InterviewPlaceKind)
  kind: InterviewPlaceKind;

  @Field({
    nullable: true,
    description: 'Nom affiché, par exemple « France Bénévolat Ain » (par défaut : selon le type de lieu)',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(150)
  label?: string;

  @Field({ nullable: true, description: 'Adresse (rue, code postal, commune) — obligatoire sur place' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(5)
  @MaxLength(300)
  address?: string;

  @Field({
    nullable: true,
    description: 'Code INSEE de la commune du lieu — obligatoire sur place (par défaut pour un CDS : sa commune)',
  })
  @IsOptional()
  @Matches(/^\d[\dAB]\d{3}$/, { message: 'doit être un code INSEE de commune' })
  communeCode?: string;

  @Field(() => ID, { nullable: true, description: 'Le CDS — obligatoire pour un lieu de type CDS' })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @Field({ nullable: true, description: 'Lien https de la visioconférence — obligatoire en visioconférence' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  videoUrl?: string;
}

@InputType({ description: 'Une plage de disponibilité, découpée en créneaux réservables' })
export class PublishAvailabilityInput {
  @Field({ description: 'Début de la plage' })
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field({ description: 'Fin de la plage (au plus 12 heures après le début)' })
  @Type(() => Date)
  @IsDate()
  endsAt: Date;

  @Field(() => Int, { description: "Durée d'un créneau en minutes (15 à 240)" })
  @IsInt()
  slotMinutes: number;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Pause entre deux créneaux, en minutes (0 à 120)' })
  @IsOptional()
  @IsInt()
  breakMinutes?: number;

  @Field(() => InterviewPlaceInput)
  @ValidateNested()
  @Type(() => InterviewPlaceInput)
  place: InterviewPlaceInput;
}

@ArgsType()
export class InterviewAvailabilitiesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Un coordinateur (par défaut : tous)' })
  @IsOptional()
  @IsUUID()
  coordinatorId?: string;

  @Field({ nullable: true, description: 'Plages qui finissent après cette date (par défaut : maintenant)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Plages qui commencent avant cette date' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ObjectType()
export class InterviewAvailabilityConnection extends ConnectionType(InterviewAvailability) {}

@ObjectType({ description: "Créneau d'une plage de disponibilité" })
export class AvailabilitySlot {
  @Field(() => ID)
  id: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field({ description: 'Un entretien occupe ce créneau' })
  booked: boolean;
}

@InputType({ description: 'Une plage d’une série : début et fin, avec leur décalage horaire' })
export class AvailabilityRangeInput {
  @Field({ description: 'Début de la plage' })
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field({ description: 'Fin de la plage (au plus 12 heures après le début)' })
  @Type(() => Date)
  @IsDate()
  endsAt: Date;
}

@InputType({
  description:
    'Plusieurs plages publiées ensemble (une disponibilité récurrente, sans ses exceptions) : toutes ou aucune',
})
export class PublishAvailabilitiesInput {
  @Field(() => [AvailabilityRangeInput], { description: 'Les plages, de 1 à 60' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityRangeInput)
  ranges: AvailabilityRangeInput[];

  @Field(() => Int, { description: "Durée d'un créneau en minutes (15 à 240)" })
  @IsInt()
  slotMinutes: number;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Pause entre deux créneaux, en minutes (0 à 120)' })
  @IsOptional()
  @IsInt()
  breakMinutes?: number;

  @Field(() => InterviewPlaceInput)
  @ValidateNested()
  @Type(() => InterviewPlaceInput)
  place: InterviewPlaceInput;
}

@ObjectType({ description: 'Ce que les coordinateurs peuvent encore offrir, face aux entretiens à organiser' })
export class InterviewCapacity {
  @Field({ description: 'Début de la période comptée (maintenant)' })
  from: Date;

  @Field({ description: 'Fin de la période comptée' })
  to: Date;

  @Field(() => Int, {
    description: 'Créneaux libres encore réservables (au moins 48 heures à l’avance) sur la période',
  })
  freeSlots: number;

  @Field(() => Int, { description: 'Propositions acceptées qui attendent leur entretien' })
  proposalsAwaitingInterview: number;

  @Field(() => Int, { description: 'Entretiens passés dont le résultat reste à enregistrer' })
  interviewsToRecord: number;

  @Field({ description: 'Moins de créneaux libres que de propositions en attente' })
  short: boolean;
}

@ArgsType()
export class InterviewCapacityArgs {
  @Field(() => Int, { nullable: true, defaultValue: 14, description: 'Nombre de jours comptés (1 à 60)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  days?: number;
}
