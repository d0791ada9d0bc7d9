import { Field, ID, InputType } from '@nestjs/graphql';
import { FrenchLevel, WeeklySlotInput } from '@tremplin/referentials';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Civility } from '../domain/beneficiary-profile';
import {
  AvailabilityField,
  CivilityField,
  CommuneCodeField,
  CompetencyCodesField,
  EmailField,
  FrenchLevelField,
  InterestDomainCodesField,
  LocalDateField,
  MobilityField,
  MobilityInput,
  PersonNameField,
  PhoneField,
  TargetJobCodesField,
} from './profile-fields';

@InputType({ description: "Ouverture du dossier d'une personne entrant dans le dispositif RSA" })
export class CreateBeneficiaryInput {
  @CivilityField()
  civility?: Civility | null;

  @PersonNameField()
  firstName: string;

  @PersonNameField()
  lastName: string;

  @LocalDateField({ description: 'Date de naissance (la personne doit avoir entre 18 et 100 ans)' })
  birthDate: string;

  @EmailField()
  email?: string | null;

  @PhoneField()
  phone?: string | null;

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

  @MobilityField()
  mobility?: MobilityInput | null;

  @AvailabilityField()
  availability?: WeeklySlotInput[] | null;

  @InterestDomainCodesField()
  interestDomainCodes?: string[] | null;

  @TargetJobCodesField()
  targetJobCodes?: string[] | null;

  @CompetencyCodesField()
  competencyCodes?: string[] | null;

  @FrenchLevelField()
  frenchLevel?: FrenchLevel | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'La personne accepte de recevoir des propositions de missions bénévoles (jamais imposé)',
  })
  @IsOptional()
  @IsBoolean()
  volunteeringConsent?: boolean;
}
