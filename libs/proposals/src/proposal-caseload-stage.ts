import { Injectable } from '@nestjs/common';
import { CaseloadStage, CaseloadStages } from '@tremplin/beneficiaries';
import { ProposalStatus } from './domain/proposal-status';
import { Proposal } from './proposal.entity';

/** The référent's « proposals awaiting an answer », defined here, where proposals live. */
@Injectable()
export class ProposalCaseloadStage {
  constructor(stages: CaseloadStages) {
    stages.register(CaseloadStage.AWAITING_ANSWER, (query, alias) => ({
      where: `EXISTS ${query
        .subQuery()
        .select('1')
        .from(Proposal, 'stage_proposal')
        .where(`stage_proposal.beneficiaryId = ${alias}.id`)
        .andWhere('stage_proposal.status IN (:...stageAwaitingStatuses)')
        .getQuery()}`,
      parameters: { stageAwaitingStatuses: [ProposalStatus.PROPOSED, ProposalStatus.SENT] },
    }));
  }
}
