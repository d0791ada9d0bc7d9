import { Injectable } from '@nestjs/common';
import { CaseloadStage, CaseloadStages } from '@tremplin/beneficiaries';
import { Proposal, ProposalStatus } from '@tremplin/proposals';
import { InterviewStatus } from './domain/interview-status';
import { Interview } from './interview.entity';

/**
 * The référent's « accepted without an interview booked » and « interviews this week », defined
 * here, where interviews live (the first is the coordinators' « to plan », per person).
 */
@Injectable()
export class InterviewCaseloadStages {
  constructor(stages: CaseloadStages) {
    stages.register(CaseloadStage.ACCEPTED_WITHOUT_INTERVIEW, (query, alias) => {
      const open = query
        .subQuery()
        .select('1')
        .from(Interview, 'stage_open_interview')
        .where('stage_open_interview.proposalId = stage_accepted.id')
        .andWhere('stage_open_interview.status IN (:...stageOpenInterviewStatuses)')
        .getQuery();
      return {
        where: `EXISTS ${query
          .subQuery()
          .select('1')
          .from(Proposal, 'stage_accepted')
          .where(`stage_accepted.beneficiaryId = ${alias}.id`)
          .andWhere('stage_accepted.status = :stageAcceptedStatus')
          .andWhere(`NOT EXISTS ${open}`)
          .getQuery()}`,
        parameters: {
          stageAcceptedStatus: ProposalStatus.ACCEPTED,
          stageOpenInterviewStatuses: [InterviewStatus.SCHEDULED, InterviewStatus.HELD],
        },
      };
    });
    stages.register(CaseloadStage.INTERVIEW_THIS_WEEK, (query, alias, { weekStart, weekEnd }) => ({
      where: `EXISTS ${query
        .subQuery()
        .select('1')
        .from(Interview, 'stage_week_interview')
        .where(`stage_week_interview.beneficiaryId = ${alias}.id`)
        .andWhere('stage_week_interview.status <> :stageCancelledInterview')
        .andWhere('stage_week_interview.startsAt >= :stageWeekStart AND stage_week_interview.startsAt < :stageWeekEnd')
        .getQuery()}`,
      parameters: {
        stageCancelledInterview: InterviewStatus.CANCELLED,
        stageWeekStart: weekStart,
        stageWeekEnd: weekEnd,
      },
    }));
  }
}
