import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { WelcomeContactInput } from '@tremplin/associations';
import { ConnectionArgs, ConnectionType, LocalDateScalar, Trim } from '@tremplin/core';
import { FrenchLevel, WeeklySlotInput } from '@tremplin/referentials';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MissionStatus } from '../domain/mission-status';
import { PhysicalEffort } from '../domain/physical-effort';
import { Mission } from '../mission.entity';
import './mission.enums';

export const MAX_PLACES = 500;

/** Optional in an update, but `null` is refused (the field cannot be cleared). */
const NotNullWhenPresent = () => ValidateIf((_object, value) => value !== undefined);

/** A required text in creation, optional (never null) in an update. */
const RequiredText = (min: number, max: number, description: string, update: boolean) =>
  applyDecorators(
    Field(() => String, { nullable: update, description: `${description} (${min} à ${max} caractères)` }),
    ...(update ? [NotNullWhenPresent()] : []),
    Trim(),
    IsString(),
    MinLength(min),
    MaxLength(max),
  );

const OptionalText = (max: number, description: string) =>
  applyDecorators(
    Field(() => String, { nullable: true, description: `${description} (${max} caractères au plus)` }),
    Trim(),
    IsOptional(),
    IsString(),
    MaxLength(max),
  );

const OptionalFlag = (description: string) =>
  applyDecorators(
    Field(() => Boolean, { nullable: true, description }),
    IsOptional(),
    IsBoolean(),
  );

/** The fields of a fiche mission that are optional both in creation and update (`null` clears them). */
@InputType({ isAbstract: true })
abstract class MissionOptionalFieldsInput {
  @OptionalText(3000, 'Déroulé : comment se passe la mission')
  runningOrder?: string | null;

  @OptionalText(2000, 'Objectifs')
  objectives?: string | null;

  @OptionalText(2000, 'Profils auxquels la mission convient')
  suitedProfiles?: string | null;

  @OptionalText(2000, 'Suites possibles (formation, emploi, autre mission…)')
  followUps?: string | null;

  @Field(() => [String], { nullable: true, description: 'Compétences développées (codes du référentiel)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(15)
  @ArrayUnique()
  @IsString({ each: true })
  competencyCodes?: string[] | null;

  @OptionalText(200, 'Adresse (numéro et voie)')
  address?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Latitude du lieu (par défaut celle de la commune) ; à donner avec la longitude',
  })
  @IsOptional()
  @IsLatitude()
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude du lieu (par défaut celle de la commune)' })
  @IsOptional()
  @IsLongitude()
  longitude?: number | null;

  @Field(() => [WeeklySlotInput], { nullable: true, description: 'Créneaux hebdomadaires (jour × moment)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  @Type(() => WeeklySlotInput)
  weeklySlots?: WeeklySlotInput[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Premier jour (mission à dates)' })
  @IsOptional()
  @IsString()
  startDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Dernier jour (mission à dates)' })
  @IsOptional()
  @IsString()
  endDate?: string | null;

  @Field(() => Float, { nullable: true, description: 'Heures par semaine (0,5 à 48)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.5)
  @Max(48)
  hoursPerWeek?: number | null;

  @Field(() => Int, { nullable: true, description: 'Durée en semaines (1 à 104)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(104)
  durationWeeks?: number | null;

  @OptionalFlag('Permis B exigé')
  drivingLicenceRequired?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Âge minimum (16 à 99)' })
  @IsOptional()
  @IsInt()
  @Min(16)
  @Max(99)
  minimumAge?: number | null;

  @Field(() => FrenchLevel, { nullable: true, description: 'Niveau de français minimum' })
  @IsOptional()
  @IsEnum(FrenchLevel)
  frenchLevel?: FrenchLevel | null;

  @Field(() => PhysicalEffort, { nullable: true, description: 'Effort physique (faible par défaut)' })
  @IsOptional()
  @IsEnum(PhysicalEffort)
  physicalEffort?: PhysicalEffort | null;

  @OptionalFlag('Accessible de plain-pied / aux personnes à mobilité réduite')
  stepFreeAccess?: boolean | null;

  @OptionalFlag('Desservi par les transports en commun')
  publicTransport?: boolean | null;

  @OptionalFlag('Mission à distance')
  remote?: boolean | null;

  @Field(() => WelcomeContactInput, {
    nullable: true,
    description: "Contact d'accueil propre à cette mission (par défaut celui de l'association)",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => WelcomeContactInput)
  welcomeContact?: WelcomeContactInput | null;
}

@InputType({ description: 'Nouvelle fiche mission (créée en brouillon)' })
export class CreateMissionInput extends MissionOptionalFieldsInput {
  @RequiredText(3, 120, 'Titre', false)
  title: string;

  @RequiredText(1, 300, 'Résumé', false)
  summary: string;

  @RequiredText(1, 5000, 'Description', false)
  description: string;

  @Field({ description: 'Domaine (code du référentiel missionDomains)' })
  @IsString()
  @MaxLength(50)
  domainCode: string;

  @Field({ description: "Code INSEE de la commune (commune de l'Ain)" })
  @IsString()
  @Length(5, 5, { message: 'doit être un code INSEE à 5 caractères (par exemple 01053)' })
  communeCode: string;

  @Field(() => Int, { description: `Nombre de places (1 à ${MAX_PLACES})` })
  @IsInt()
  @Min(1)
  @Max(MAX_PLACES)
  places: number;
}

@InputType({ description: 'Modification d’une fiche mission : seuls les champs envoyés changent' })
export class UpdateMissionInput extends MissionOptionalFieldsInput {
  @RequiredText(3, 120, 'Titre', true)
  title?: string;

  @RequiredText(1, 300, 'Résumé', true)
  summary?: string;

  @RequiredText(1, 5000, 'Description', true)
  description?: string;

  @Field({ nullable: true })
  @NotNullWhenPresent()
  @IsString()
  @MaxLength(50)
  domainCode?: string;

  @Field({ nullable: true, description: 'Code INSEE de la commune (les coordonnées suivent, sauf si vous les donnez)' })
  @NotNullWhenPresent()
  @IsString()
  @Length(5, 5, { message: 'doit être un code INSEE à 5 caractères (par exemple 01053)' })
  communeCode?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Nombre de places : le changer ne renvoie pas une mission publiée en validation',
  })
  @NotNullWhenPresent()
  @IsInt()
  @Min(1)
  @Max(MAX_PLACES)
  places?: number;
}

@InputType({ description: 'Recherche autour d’un point' })
export class NearInput {
  @Field(() => Float)
  @IsLatitude()
  latitude: number;

  @Field(() => Float)
  @IsLongitude()
  longitude: number;

  @Field(() => Float, { description: 'Rayon en km (0,1 à 200)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(200)
  radiusKm: number;
}

@ArgsType()
export class MissionsArgs extends ConnectionArgs {
  @Field(() => [MissionStatus], {
    nullable: true,
    description: 'Statuts (par défaut : tous ceux que vous pouvez voir)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(MissionStatus, { each: true })
  status?: MissionStatus[];

  @Field({ nullable: true, description: 'Domaine (code)' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  domain?: string;

  @Field(() => ID, { nullable: true, description: 'Territoire (CDS)' })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @Field({ nullable: true, description: 'Code INSEE de la commune' })
  @IsOptional()
  @IsString()
  @Length(5, 5, { message: 'doit être un code INSEE à 5 caractères (par exemple 01053)' })
  communeCode?: string;

  @Field(() => ID, { nullable: true, description: 'Association' })
  @IsOptional()
  @IsUUID()
  associationId?: string;

  @Field({
    nullable: true,
    description:
      'Recherche en français dans le titre, le résumé et la description, sans tenir compte des accents et tolérante aux fautes de frappe',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  text?: string;

  @Field(() => NearInput, { nullable: true, description: 'Autour d’un point : résultats triés par distance' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearInput)
  near?: NearInput;

  @Field({ nullable: true, description: 'true : seulement les missions ayant des places libres' })
  @IsOptional()
  @IsBoolean()
  hasPlacesLeft?: boolean;
}

@InputType()
export class RejectMissionInput {
  @Field(() => ID)
  @IsUUID()
  missionId: string;

  @Field({ description: "Motif du renvoi en brouillon, adressé à l'association (1 000 caractères au plus)" })
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class CloseMissionInput {
  @Field(() => ID)
  @IsUUID()
  missionId: string;

  @Field(() => String, { nullable: true, description: 'Motif de la clôture (1 000 caractères au plus)' })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@ObjectType()
export class MissionConnection extends ConnectionType(Mission) {}
