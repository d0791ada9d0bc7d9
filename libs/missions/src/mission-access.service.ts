import { Injectable } from '@nestjs/common';
import { AppException } from '@tremplin/core';
import { Brackets, WhereExpressionBuilder } from 'typeorm';
import { MissionViewer, canSeeMission } from './domain/mission-access';
import { VISIBLE_TO_REFERENTS } from './domain/mission-status';
import type { Mission } from './mission.entity';

export const MISSION_NOT_FOUND = 'Mission introuvable.';
export const MISSION_FORBIDDEN = 'Cette mission ne vous est pas accessible.';

/** The access rules of missions, for services and field resolvers (pure rules in domain/mission-access). */
@Injectable()
export class MissionAccess {
  canSee(viewer: MissionViewer | undefined, mission: Mission): boolean {
    return !!viewer && canSeeMission(viewer, mission);
  }

  /** NOT_FOUND for no mission, FORBIDDEN (and none of its data) for a mission the viewer may not see. */
  assertVisible(viewer: MissionViewer | undefined, mission: Mission | null): asserts mission is Mission {
    if (!mission) throw AppException.notFound(MISSION_NOT_FOUND);
    if (!this.canSee(viewer, mission)) throw AppException.forbidden(MISSION_FORBIDDEN);
  }

  /** Restricts a query on `alias` (the mission table) to what the viewer sees: canSeeMission in SQL. */
  applyReadScope(query: WhereExpressionBuilder, alias: string, viewer: MissionViewer): void {
    switch (viewer.role) {
      case 'ADMIN':
      case 'COORDINATOR':
        return;
      case 'ASSOCIATION':
        if (!viewer.associationId) {
          query.andWhere('false');
          return;
        }
        query.andWhere(`${alias}.associationId = :scopeAssociationId`, { scopeAssociationId: viewer.associationId });
        return;
      case 'REFERENT':
        query.andWhere(
          new Brackets((where) =>
            where
              .where(`${alias}.status IN (:...scopeStatuses)`, { scopeStatuses: VISIBLE_TO_REFERENTS })
              .andWhere(`${alias}.publishedAt IS NOT NULL`),
          ),
        );
        return;
      default:
        query.andWhere('false');
    }
  }
}
