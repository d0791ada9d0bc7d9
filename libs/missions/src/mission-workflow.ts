import { Injectable, Logger } from '@nestjs/common';
import { AppException, Clock } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import { MissionAction, MissionStatus, transition } from './domain/mission-status';
import { MissionEvents } from './mission-events';
import { MissionTransition } from './mission-transition.entity';
import { Mission } from './mission.entity';

/**
 * Applies a move of the state machine to a mission locked in `tx`: checks it, writes the new
 * status (and its dates), appends the log entry (who, when, why) and notifies the listeners.
 */
@Injectable()
export class MissionWorkflow {
  private readonly logger = new Logger(MissionWorkflow.name);

  constructor(
    private readonly events: MissionEvents,
    private readonly clock: Clock,
  ) {}

  /**
   * Moves `mission` (already locked and up to date) by `action`; INVALID_TRANSITION naming the
   * current status when the machine refuses. `actorId` null means the platform itself.
   * Returns the mission as stored after the move.
   */
  async apply(
    tx: Transaction,
    mission: Mission,
    action: MissionAction,
    actorId: string | null,
    reason: string | null = null,
  ): Promise<Mission> {
    const result = transition(mission.status, action, { placesLeft: mission.places - mission.placesTaken });
    if (!result.ok) throw AppException.invalidTransition(result.message, mission.status);
    const from = mission.status;
    const to = result.to;
    const now = this.clock.now();
    const patch: Partial<Mission> = { status: to };
    if (to === MissionStatus.PUBLISHED && action === MissionAction.PUBLISH) patch.publishedAt = now;
    if (to === MissionStatus.FULL && action === MissionAction.PUBLISH) patch.publishedAt = now;
    if (to === MissionStatus.CLOSED) patch.closedAt = now;
    if (from !== to) await tx.manager.update(Mission, mission.id, patch);
    await this.log(tx, mission.id, action, from, to, actorId, reason, now);
    const updated = await tx.manager.findOneByOrFail(Mission, { id: mission.id });
    await this.events.statusChanged(tx, updated, from, to);
    this.logger.log({ event: 'mission.transition', missionId: mission.id, action, from, to, userId: actorId });
    return updated;
  }

  async log(
    tx: Transaction,
    missionId: string,
    action: MissionAction,
    fromStatus: MissionStatus | null,
    toStatus: MissionStatus,
    actorId: string | null,
    reason: string | null,
    occurredAt: Date = this.clock.now(),
  ): Promise<void> {
    await tx.manager.insert(MissionTransition, {
      missionId,
      action,
      fromStatus,
      toStatus,
      actorId,
      reason,
      occurredAt,
    });
  }
}
