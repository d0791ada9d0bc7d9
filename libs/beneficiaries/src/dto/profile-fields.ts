import { applyDecorators } from '@nestjs/common';
import { Field, FieldOptions, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '@tremplin/core';
import { PHONE_PATTERN } from '@tremplin/identity';
import { FrenchLevel, WeeklySlotInput } from '@tremplin/referentials';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Civility, PERSON_NAME_PATTERN } from '../domain/beneficiary-profile';
import { MAX_TRAVEL_DISTANCE_KM, MobilityMode } from '../domain/mobility';
import './beneficiary.enums';

/**
 * The validated fields of a profile, shared by creation (required where the person must have
 * them) and update (every field optional; `null` clears the optional ones only).
 */
type Nullability = { nullable?: boolean; description?: string };

/** Optional in an update, but `null` is refused (the field cannot be cleared). */
export const NotNullWhenPresent = () => ValidateIf((_object, value) => value !== undefined);

const options = (o: Nullability): FieldOptions => ({ nullable: o.nullable, description: o.description });

export const PersonNameField = (o: Nullability = {}) =>
  applyDecorators(
    Field(() => String, options(o)),
    IsString(),
    MinLength(1),
    MaxLength(100),
    Matches(PERSON_NAME_PATTERN, {
      message: 'ne doit contenir que des lettres, des espaces, des tirets ou des apostrophes',
    }),
  );

export const LocalDateField = (o: Nullability = {}) =>
  applyDecorators(
    Field(() => LocalDateScalar, options(o)),
    IsString(),
  );

export const CommuneCodeField = (o: Nullability = {}) =>
  applyDecorators(
    Field(() => String, { ...options(o), description: "Code INSEE de la commune de résidence (commune de l'Ain)" }),
    IsString(),
    Length(5, 5, { message: 'doit être un code INSEE à 5 caractères (par exemple 01283)' }),
  );

const CodeListField = (description: string, max: number) =>
  applyDecorators(
    Field(() => [String], { nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(max),
    ArrayUnique(),
    IsString({ each: true }),
  );

@InputType({ description: 'Mobilité : moyens de déplacement et distance maximale' })
export class MobilityInput {
  @Field(() => [MobilityMode])
  @IsArray()
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(MobilityMode, { each: true })
  modes: MobilityMode[];

  @Field()
  @IsBoolean()
  hasDrivingLicence: boolean;

  @Field({ description: 'Dispose d’un véhicule (voiture, deux-roues motorisé)' })
  @IsBoolean()
  hasVehicle: boolean;

  @Field(() => Int, {
    nullable: true,
    description: `Distance maximale acceptée, en km (1 à ${MAX_TRAVEL_DISTANCE_KM})`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TRAVEL_DISTANCE_KM)
  maxDistanceKm?: number | null;
}

/** The optional fields of a profile, the same in creation and update (`null` clears them). */
@InputType({ isAbstract: true })
export abstract class OptionalProfileFieldsInput {
  @Field(() => Civility, { nullable: true })
  @IsOptional()
  @IsEnum(Civility)
  civility?: Civility | null;

  @Field(() => String, {
    nullable: true,
    description: 'Adresse e-mail (les propositions de mission y seront envoyées)',
  })
  @IsOptional()
  @IsEmail({}, { message: 'doit être une adresse e-mail valide (par exemple prenom.nom@exemple.fr)' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Numéro de téléphone français, par exemple 06 12 34 56 78' })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'doit être un numéro de téléphone français valide (ex. 06 12 34 56 78)' })
  phone?: string | null;

  @Field(() => MobilityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MobilityInput)
  mobility?: MobilityInput | null;

  @Field(() => [WeeklySlotInput], { nullable: true, description: 'Disponibilités hebdomadaires' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  @Type(() => WeeklySlotInput)
  availability?: WeeklySlotInput[] | null;

  @CodeListField("Centres d'intérêt : codes des domaines de mission", 12)
  interestDomainCodes?: string[] | null;

  @CodeListField('Projet professionnel : codes ROME des métiers visés', 5)
  targetJobCodes?: string[] | null;

  @CodeListField('Compétences déjà acquises', 40)
  competencyCodes?: string[] | null;

  @Field(() => FrenchLevel, { nullable: true })
  @IsOptional()
  @IsEnum(FrenchLevel)
  frenchLevel?: FrenchLevel | null;
}
