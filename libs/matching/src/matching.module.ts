// Matching: ranked, explained mission suggestions for each beneficiary (and the people each mission
// would suit), computed by the worker on an in-memory mission index and stored per beneficiary.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BeneficiariesModule } from '@tremplin/beneficiaries';
import { MissionsModule } from '@tremplin/missions';
import { ProposalsModule } from '@tremplin/proposals';
import { ReferentialsModule } from '@tremplin/referentials';
import { MatchComputer } from './match-computer';
import { MatchingSettings } from './matching-settings';
import { MatchingTriggers } from './matching-triggers';
import { MatchingHandlers } from './matching.handlers';
import { MatchingResolver } from './matching.resolver';
import { MatchingStore } from './matching.store';
import { MissionIndexService } from './mission-index.service';
import { SuggestionsService } from './suggestions.service';
import { BeneficiaryMatchState, SuggestionRecord } from './suggestion-record.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([SuggestionRecord, BeneficiaryMatchState]),
    BeneficiariesModule,
    MissionsModule,
    ProposalsModule,
    ReferentialsModule,
  ],
  providers: [
    MatchingSettings,
    MatchingStore,
    MissionIndexService,
    MatchComputer,
    MatchingHandlers,
    MatchingTriggers,
    SuggestionsService,
    MatchingResolver,
  ],
  exports: [SuggestionsService],
})
export class MatchingModule {}
