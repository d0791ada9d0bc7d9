// Proposals: a referent proposes a volunteer mission to a beneficiary, who answers from the email
// (signed links, no account); places, waiting list, reminders and expiry, all in the carnet de bord.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@tremplin/associations';
import { BeneficiariesModule } from '@tremplin/beneficiaries';
import { IdentityModule } from '@tremplin/identity';
import { MissionsModule } from '@tremplin/missions';
import { ProposalAccess } from './proposal-access.service';
import { ProposalAnswers } from './proposal-answers';
import { ProposalEvents } from './proposal-events';
import { ProposalPolicies } from './proposal-policies';
import { ProposalMailTracker } from './proposal-mail-tracker';
import { ProposalMissionListener } from './proposal-mission-listener';
import { ProposalNotifier } from './proposal-notifier';
import { ProposalStats } from './proposal-stats';
import { ProposalSweepHandler } from './proposal-sweep.handler';
import { ProposalWorkflow } from './proposal-workflow';
import { Proposal } from './proposal.entity';
import { ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';
import { ProposalNotificationSetting, ProposalReferentNotice } from './referent-notice.entity';
import { ReferentNotices } from './referent-notices.service';
import { ProposalLettersController } from './web/proposal-letters.controller';
import { ProposalLinksController } from './web/proposal-links.controller';
import { ProposalCaseloadStage } from './proposal-caseload-stage';

@Module({
  imports: [
    TypeOrmModule.forFeature([Proposal, ProposalNotificationSetting, ProposalReferentNotice]),
    AssociationsModule,
    BeneficiariesModule,
    MissionsModule,
    IdentityModule,
  ],
  controllers: [ProposalLinksController, ProposalLettersController],
  providers: [
    ProposalCaseloadStage,
    ProposalEvents,
    ProposalPolicies,
    ProposalStats,
    ProposalAccess,
    ProposalNotifier,
    ProposalWorkflow,
    ProposalsService,
    ProposalAnswers,
    ProposalMailTracker,
    ProposalMissionListener,
    ProposalSweepHandler,
    ProposalsResolver,
    ReferentNotices,
  ],
  exports: [ProposalEvents, ProposalPolicies, ProposalStats, ProposalAccess, ProposalsService, TypeOrmModule],
})
export class ProposalsModule {}
