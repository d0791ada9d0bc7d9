import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType, Trim } from '@tremplin/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PHONE_PATTERN } from '@tremplin/identity';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Association } from '../association.entity';
import { AssociationStatus } from '../domain/association-status';

const PHONE_MESSAGE = 'doit être un numéro de téléphone français valide (ex. 04 74 32 32 32)';
const EMAIL_MESSAGE = 'doit être une adresse e-mail valide (par exemple contact@association.fr)';

/** Optional in an update, but `null` is refused (the field cannot be cleared). */
const NotNullWhenPresent = () => ValidateIf((_object, value) => value !== undefined);

@InputType({ description: "La personne qui accueille le bénévole (« référent dédié à l'accueil »)" })
export class WelcomeContactInput {
  @Field({ description: 'Prénom et nom' })
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  name: string;

  @Field()
  @Trim()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254)
  email: string;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone?: string | null;
}

@InputType({ description: "Le premier membre de l'association, qui aura un compte Tremplin" })
export class AssociationMemberInput {
  @Field()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  firstName: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  lastName: string;

  @Field({ description: 'Identifiant de connexion' })
  @Trim()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254)
  email: string;

  @Field({ description: `Au moins ${PASSWORD_MIN_LENGTH} caractères` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone?: string | null;
}

/** The fields of the structure an association may edit later (identifiers excepted). */
@InputType({ isAbstract: true })
abstract class AssociationFieldsInput {
  @Field(() => String, { nullable: true, description: "Présentation de l'association (2 000 caractères au plus)" })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: "Inscription d'une association et de son premier membre" })
export class RegisterAssociationInput extends AssociationFieldsInput {
  @Field()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(150)
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Numéro RNA : W suivi de 9 chiffres (RNA ou SIRET obligatoire, les deux possibles)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  rna?: string | null;

  @Field(() => String, { nullable: true, description: 'Numéro SIRET : 14 chiffres' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  siret?: string | null;

  @Field({ description: 'Adresse (numéro et voie)' })
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  address: string;

  @Field({ description: "Code INSEE de la commune (commune de l'Ain)" })
  @IsString()
  @Length(5, 5, { message: 'doit être un code INSEE à 5 caractères (par exemple 01053)' })
  communeCode: string;

  @Field({ description: "Adresse e-mail de l'association" })
  @Trim()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254)
  email: string;

  @Field({ description: "Téléphone de l'association" })
  @Trim()
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone: string;

  @Field(() => [String], { description: "Domaines d'action (codes du référentiel missionDomains)" })
  @IsArray()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsString({ each: true })
  domainCodes: string[];

  @Field(() => WelcomeContactInput)
  @ValidateNested()
  @Type(() => WelcomeContactInput)
  welcomeContact: WelcomeContactInput;

  @Field(() => AssociationMemberInput)
  @ValidateNested()
  @Type(() => AssociationMemberInput)
  member: AssociationMemberInput;
}

@InputType({ description: "Modification des informations d'une association : seuls les champs envoyés changent" })
export class UpdateAssociationInput extends AssociationFieldsInput {
  @Field({ nullable: true })
  @NotNullWhenPresent()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(150)
  name?: string;

  @Field({ nullable: true })
  @NotNullWhenPresent()
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  address?: string;

  @Field({ nullable: true })
  @NotNullWhenPresent()
  @IsString()
  @Length(5, 5, { message: 'doit être un code INSEE à 5 caractères (par exemple 01053)' })
  communeCode?: string;

  @Field({ nullable: true })
  @NotNullWhenPresent()
  @Trim()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true })
  @NotNullWhenPresent()
  @Trim()
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone?: string;

  @Field(() => [String], { nullable: true })
  @NotNullWhenPresent()
  @IsArray()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsString({ each: true })
  domainCodes?: string[];

  @Field(() => WelcomeContactInput, { nullable: true })
  @NotNullWhenPresent()
  @ValidateNested()
  @Type(() => WelcomeContactInput)
  welcomeContact?: WelcomeContactInput;
}

export enum AssociationDecisionKind {
  VALIDATED = 'VALIDATED',
  REJECTED = 'REJECTED',
}
registerEnumType(AssociationDecisionKind, {
  name: 'AssociationDecision',
  description: 'Décision du service Insertion sur une inscription',
  valuesMap: { VALIDATED: { description: 'Valider' }, REJECTED: { description: 'Refuser (motif obligatoire)' } },
});

@InputType()
export class ValidateAssociationInput {
  @Field(() => ID)
  @IsUUID()
  associationId: string;

  @Field(() => AssociationDecisionKind)
  @IsEnum(AssociationDecisionKind)
  decision: AssociationDecisionKind;

  @Field(() => String, {
    nullable: true,
    description: 'Motif du refus (obligatoire pour refuser), 1 000 caractères au plus',
  })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType({
  description:
    "Une personne qu'un membre invite à rejoindre les comptes de son association ; elle choisit son mot de passe depuis l'e-mail d'invitation",
})
export class InviteAssociationMemberInput {
  @Field(() => ID)
  @IsUUID()
  associationId: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  firstName: string;

  @Field()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  lastName: string;

  @Field({ description: 'Son identifiant de connexion' })
  @Trim()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254)
  email: string;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: PHONE_MESSAGE })
  phone?: string | null;
}

@ArgsType()
export class AssociationsArgs extends ConnectionArgs {
  @Field(() => AssociationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AssociationStatus)
  status?: AssociationStatus;

  @Field({ nullable: true, description: 'Code INSEE de la commune' })
  @IsOptional()
  @IsString()
  @Length(5, 5, { message: 'doit être un code INSEE à 5 caractères (par exemple 01053)' })
  communeCode?: string;

  @Field(() => ID, { nullable: true, description: 'Territoire (CDS) de la commune' })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @Field({ nullable: true, description: "Domaine d'action" })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  domainCode?: string;

  @Field({ nullable: true, description: 'Recherche dans le nom, sans tenir compte des accents' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ObjectType()
export class AssociationConnection extends ConnectionType(Association) {}

@ObjectType({ description: 'La personne qui accueille le bénévole' })
export class WelcomeContact {
  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;
}
