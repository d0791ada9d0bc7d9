import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { CommuneCodeField, LocalDateField, OptionalProfileFieldsInput, PersonNameField } from './profile-fields';

@InputType({ description: "Ouverture du dossier d'une personne entrant dans le dispositif RSA" })
export class CreateBeneficiaryInput extends OptionalProfileFieldsInput {
  @PersonNameField()
  firstName: string;

  @PersonNameField()
  lastName: string;

  @LocalDateField({ description: 'Date de naissance (la personne doit avoir entre 18 et 100 ans)' })
  birthDate: string;

  @CommuneCodeField()
  communeCode: string;

  @LocalDateField({ description: "Date d'entrée dans le dispositif RSA" })
  rsaEntryDate: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Référent de parcours ; un référent qui crée le dossier en devient le référent',
  })
  @IsOptional()
  @IsUUID()
  referentId?: string | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'La personne accepte de recevoir des propositions de missions bénévoles (jamais imposé)',
  })
  @IsOptional()
  @IsBoolean()
  volunteeringConsent?: boolean;
}
