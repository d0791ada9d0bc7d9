import { InputType } from '@nestjs/graphql';
import {
  CommuneCodeField,
  LocalDateField,
  NotNullWhenPresent,
  OptionalProfileFieldsInput,
  PersonNameField,
} from './profile-fields';

/**
 * Changes to a profile: only the fields sent change. `null` clears an optional field (email,
 * phone, French level…); names, dates and commune cannot be cleared. Lists replace the old ones.
 */
@InputType({ description: 'Modification du profil : seuls les champs envoyés changent' })
export class UpdateBeneficiaryProfileInput extends OptionalProfileFieldsInput {
  @PersonNameField({ nullable: true })
  @NotNullWhenPresent()
  firstName?: string;

  @PersonNameField({ nullable: true })
  @NotNullWhenPresent()
  lastName?: string;

  @LocalDateField({ nullable: true })
  @NotNullWhenPresent()
  birthDate?: string;

  @CommuneCodeField({ nullable: true })
  @NotNullWhenPresent()
  communeCode?: string;

  @LocalDateField({
    nullable: true,
    description: "Date d'entrée dans le dispositif RSA (les échéances sont recalculées)",
  })
  @NotNullWhenPresent()
  rsaEntryDate?: string;
}
