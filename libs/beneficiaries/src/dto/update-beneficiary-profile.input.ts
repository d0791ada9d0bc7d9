import { InputType } from '@nestjs/graphql';
import { FrenchLevel, WeeklySlotInput } from '@tremplin/referentials';
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
  NotNullWhenPresent,
  PersonNameField,
  PhoneField,
  TargetJobCodesField,
} from './profile-fields';

/**
 * Changes to a profile: only the fields sent change. `null` clears an optional field (email,
 * phone, French level…); names, dates and commune cannot be cleared. Lists replace the old ones.
 */
@InputType({ description: 'Modification du profil : seuls les champs envoyés changent' })
export class UpdateBeneficiaryProfileInput {
  @CivilityField()
  civility?: Civility | null;

  @PersonNameField({ nullable: true })
  @NotNullWhenPresent()
  firstName?: string;

  @PersonNameField({ nullable: true })
  @NotNullWhenPresent()
  lastName?: string;

  @LocalDateField({ nullable: true })
  @NotNullWhenPresent()
  birthDate?: string;

  @EmailField()
  email?: string | null;

  @PhoneField()
  phone?: string | null;

  @CommuneCodeField({ nullable: true })
  @NotNullWhenPresent()
  communeCode?: string;

  @LocalDateField({
    nullable: true,
    description: "Date d'entrée dans le dispositif RSA (les échéances sont recalculées)",
  })
  @NotNullWhenPresent()
  rsaEntryDate?: string;

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
}
