// Passports (Action 5 of the Plan insertion 01): the volunteer mission itself (engagement), the
// competencies its host attests, the Passeport Bénévole with its public verification, and outcomes.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@tremplin/associations';
import { BeneficiariesModule } from '@tremplin/beneficiaries';
import { IdentityModule } from '@tremplin/identity';
import { Interview } from '@tremplin/interviews';
import { MissionsModule } from '@tremplin/missions';
import { ProposalsModule } from '@tremplin/proposals';
import { Competency, ReferentialsModule } from '@tremplin/referentials';
import { CompetencyAttestation, PassportAttestation } from './attestation.entity';
import { AttestationsResolver, CompetencyAttestationResolver } from './attestations.resolver';
import { AttestationsService } from './attestations.service';
import { EngagementLoader } from './engagement-scope';
import { Engagement } from './engagement.entity';
import { EngagementsResolver } from './engagements.resolver';
import { EngagementsService } from './engagements.service';
import { Outcome } from './outcome.entity';
import { OutcomesService } from './outcomes.service';
import { Passport, PassportVerification } from './passport.entity';
import { PassportFacts } from './passport-facts';
import { PassportLoaders } from './passport-loaders';
import { PassportsResolver } from './passports.resolver';
import { PassportsService } from './passports.service';
import { ProposalWithdrawalGuard } from './proposal-withdrawal-guard';
import { PassportsController } from './web/passports.controller';
import { EngagementCaseloadStages } from './engagement-caseload-stages';

export const PASSPORT_ENTITIES = [
  Engagement,
  PassportAttestation,
  CompetencyAttestation,
  Passport,
  PassportVerification,
  Outcome,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([...PASSPORT_ENTITIES, Interview, Competency]),
    BeneficiariesModule,
    IdentityModule,
    ReferentialsModule,
    AssociationsModule,
    MissionsModule,
    ProposalsModule,
  ],
  controllers: [PassportsController],
  providers: [
    EngagementCaseloadStages,
    EngagementLoader,
    EngagementsService,
    AttestationsService,
    OutcomesService,
    PassportFacts,
    PassportsService,
    PassportLoaders,
    ProposalWithdrawalGuard,
    EngagementsResolver,
    AttestationsResolver,
    CompetencyAttestationResolver,
    PassportsResolver,
  ],
  exports: [EngagementsService, PassportsService, TypeOrmModule],
})
export class PassportsModule {}
