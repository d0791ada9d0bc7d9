import { Injectable } from '@nestjs/common';
import { CaseloadStage, CaseloadStages } from '@tremplin/beneficiaries';
import { EngagementStatus } from './domain/engagement-status';
import { Engagement } from './engagement.entity';
import { Outcome } from './outcome.entity';

/** The référent's « engagements to follow » and « outcomes to record », defined here, where engagements live. */
@Injectable()
export class EngagementCaseloadStages {
  constructor(stages: CaseloadStages) {
    stages.register(CaseloadStage.ENGAGEMENT_IN_PROGRESS, (query, alias) => ({
      where: `EXISTS ${query
        .subQuery()
        .select('1')
        .from(Engagement, 'stage_active_engagement')
        .where(`stage_active_engagement.beneficiaryId = ${alias}.id`)
        .andWhere('stage_active_engagement.status = :stageActiveEngagement')
        .getQuery()}`,
      parameters: { stageActiveEngagement: EngagementStatus.ACTIVE },
    }));
    stages.register(CaseloadStage.OUTCOME_TO_RECORD, (query, alias) => {
      const recorded = query
        .subQuery()
        .select('1')
        .from(Outcome, 'stage_outcome')
        .where('stage_outcome.engagementId = stage_ended_engagement.id')
        .getQuery();
      return {
        where: `EXISTS ${query
          .subQuery()
          .select('1')
          .from(Engagement, 'stage_ended_engagement')
          .where(`stage_ended_engagement.beneficiaryId = ${alias}.id`)
          .andWhere('stage_ended_engagement.status IN (:...stageEndedEngagement)')
          .andWhere(`NOT EXISTS ${recorded}`)
          .getQuery()}`,
        parameters: { stageEndedEngagement: [EngagementStatus.COMPLETED, EngagementStatus.ABANDONED] },
      };
    });
  }
}
