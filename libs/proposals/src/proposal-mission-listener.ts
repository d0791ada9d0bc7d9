import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Transaction } from '@tremplin/core';
import { Mission, MissionEvents, MissionStatus } from '@tremplin/missions';
import type { MissionListener } from '@tremplin/missions';
import { ProposalWorkflow } from './proposal-workflow';

/**
 * Keeps proposals in step with their mission, in the mission's transaction: places that open up
 * (a place given back, more places after an edit) go to the waiting list; a closed mission
 * withdraws what is still open (accepted proposals stay: the person may already be engaged).
 */
@Injectable()
export class ProposalMissionListener implements OnModuleInit, MissionListener {
  constructor(
    private readonly missionEvents: MissionEvents,
    private readonly workflow: ProposalWorkflow,
  ) {}

  onModuleInit(): void {
    this.missionEvents.subscribe(this);
  }

  async missionStatusChanged(
    tx: Transaction,
    mission: Mission,
    _from: MissionStatus,
    to: MissionStatus,
  ): Promise<void> {
    if (to === MissionStatus.PUBLISHED && mission.placesTaken < mission.places) {
      await this.workflow.promoteWaitingList(tx, mission.id);
    } else if (to === MissionStatus.CLOSED) {
      await this.workflow.closeForMission(tx, mission.id);
    }
  }
}
