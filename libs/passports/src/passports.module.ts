// Passports (Action 5 of the Plan insertion 01): the volunteer mission itself (engagement), the
// competencies its host attests, the Passeport Bénévole with its public verification, and outcomes.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BeneficiariesModule } from '@tremplin/beneficiaries';
import { IdentityModule } from '@tremplin/identity';
import { ReferentialsModule } from '@tremplin/referentials';
import { CompetencyAttestation, PassportAttestation } from './attestation.entity';
import { Engagement } from './engagement.entity';
import { Outcome } from './outcome.entity';
import { Passport, PassportVerification } from './passport.entity';

export const PASSPORT_ENTITIES = [
  Engagement,
  PassportAttestation,
  CompetencyAttestation,
  Passport,
  PassportVerification,
  Outcome,
];

@Module({
  imports: [TypeOrmModule.forFeature(PASSPORT_ENTITIES), BeneficiariesModule, IdentityModule, ReferentialsModule],
  providers: [],
  exports: [TypeOrmModule],
})
export class PassportsModule {}
