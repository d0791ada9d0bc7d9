import { Injectable } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CaseloadMoment, CaseloadStage } from './domain/caseload';

/** A SQL condition on the beneficiary alias, with its parameters (names prefixed by the stage's owner). */
export interface StageCondition {
  where: string;
  parameters: ObjectLiteral;
}

/**
 * Builds the condition of a stage on the beneficiary alias `alias` of `query` (use
 * `query.subQuery()` for the owner's tables; reference only `${alias}.id`).
 */
export type StageConditionBuilder = (
  query: SelectQueryBuilder<ObjectLiteral>,
  alias: string,
  moment: CaseloadMoment,
) => StageCondition;

/**
 * The conditions of the caseload stages, each given by the domain that owns its facts (proposals,
 * interviews, engagements register theirs when their module starts), so that this domain never
 * reads their tables and the home's counters and the filtered list use the same condition.
 */
@Injectable()
export class CaseloadStages {
  private readonly builders = new Map<CaseloadStage, StageConditionBuilder>();

  constructor() {
    // The one stage on this domain's own columns: the orientation deadline still ahead.
    this.register(CaseloadStage.TO_ORIENT, (_query, alias, { today }) => ({
      where: `${alias}.status = 'ACTIVE' AND ${alias}.orientedAt IS NULL AND ${alias}.orientationDueOn >= :stageToOrientToday`,
      parameters: { stageToOrientToday: today },
    }));
  }

  register(stage: CaseloadStage, builder: StageConditionBuilder): void {
    this.builders.set(stage, builder);
  }

  has(stage: CaseloadStage): boolean {
    return this.builders.has(stage);
  }

  apply(query: SelectQueryBuilder<ObjectLiteral>, alias: string, stage: CaseloadStage, moment: CaseloadMoment): void {
    const builder = this.builders.get(stage);
    if (!builder) throw new Error(`No condition registered for the caseload stage ${stage}`);
    const { where, parameters } = builder(query, alias, moment);
    query.andWhere(`(${where})`, parameters);
  }
}
