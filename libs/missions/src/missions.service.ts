import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import { Repository } from 'typeorm';
import { MissionAction, MissionStatus } from './domain/mission-status';
import { MISSION_NOT_FOUND } from './mission-access.service';
import { MissionEvents } from './mission-events';
import { MissionWorkflow } from './mission-workflow';
import { Mission } from './mission.entity';

/** Who takes or frees a place: a user, or the platform itself when omitted. */
export interface PlaceActor {
  id: string;
}

@Injectable()
export class MissionsService {
  private readonly logger = new Logger(MissionsService.name);

  constructor(
    @InjectRepository(Mission) private readonly missions: Repository<Mission>,
    private readonly workflow: MissionWorkflow,
    private readonly events: MissionEvents,
  ) {}

  /** The mission, or NOT_FOUND (no access check: for other domains acting on behalf of the platform). */
  async findById(id: string): Promise<Mission> {
    const mission = await this.missions.findOneBy({ id });
    if (!mission) throw AppException.notFound(MISSION_NOT_FOUND);
    return mission;
  }

  /** The mission locked (SELECT … FOR UPDATE) in `tx`, or NOT_FOUND. */
  async getForUpdate(tx: Transaction, id: string): Promise<Mission> {
    const mission = await tx.manager.findOne(Mission, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!mission) throw AppException.notFound(MISSION_NOT_FOUND);
    return mission;
  }

  /**
   * Takes one place on the mission, in the caller's transaction, under a row lock: 'taken' when a
   * place was left (the last one moves a PUBLISHED mission to FULL, logged as done by the
   * platform), 'full' when none is left or the mission is closed — and then nothing changes.
   */
  async takePlace(tx: Transaction, missionId: string, actor?: PlaceActor): Promise<'taken' | 'full'> {
    const mission = await this.getForUpdate(tx, missionId);
    if (mission.status === MissionStatus.CLOSED || mission.placesTaken >= mission.places) return 'full';
    await tx.manager.increment(Mission, { id: missionId }, 'placesTaken', 1);
    const updated = await tx.manager.findOneByOrFail(Mission, { id: missionId });
    await this.events.changed(tx, updated, new Set<keyof Mission>(['placesTaken']));
    if (updated.status === MissionStatus.PUBLISHED && updated.placesTaken >= updated.places) {
      await this.workflow.apply(tx, updated, MissionAction.FILL, null, 'Toutes les places sont pourvues.');
    }
    this.logger.log({ event: 'mission.place_taken', missionId, userId: actor?.id ?? null });
    return 'taken';
  }

  /** Frees one place (never below zero), in the caller's transaction; a FULL mission is published again. */
  async releasePlace(tx: Transaction, missionId: string): Promise<void> {
    const mission = await this.getForUpdate(tx, missionId);
    if (mission.placesTaken <= 0) return;
    await tx.manager.decrement(Mission, { id: missionId }, 'placesTaken', 1);
    const updated = await tx.manager.findOneByOrFail(Mission, { id: missionId });
    await this.events.changed(tx, updated, new Set<keyof Mission>(['placesTaken']));
    if (updated.status === MissionStatus.FULL) {
      await this.workflow.apply(tx, updated, MissionAction.RELEASE, null, 'Une place s’est libérée.');
    }
    this.logger.log({ event: 'mission.place_released', missionId });
  }
}
