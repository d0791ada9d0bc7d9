// Proposals: a referent proposes a volunteer mission to a beneficiary, who answers from the email
// (signed links, no account); places, waiting list, reminders and expiry, all in the carnet de bord.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BeneficiariesModule } from '@tremplin/beneficiaries';
import { IdentityModule } from '@tremplin/identity';
import { MissionsModule } from '@tremplin/missions';
import { ProposalAccess } from './proposal-access.service';
import { ProposalEvents } from './proposal-events';
import { ProposalStats } from './proposal-stats';
import { ProposalSweepHandler } from './proposal-sweep.handler';
import { Proposal } from './proposal.entity';
import { ProposalsService } from './proposals.service';

@Module({
  imports: [TypeOrmModule.forFeature([Proposal]), BeneficiariesModule, MissionsModule, IdentityModule],
  providers: [ProposalEvents, ProposalStats, ProposalAccess, ProposalsService, ProposalSweepHandler],
  exports: [ProposalEvents, ProposalStats, ProposalAccess, ProposalsService, TypeOrmModule],
})
export class ProposalsModule {}
