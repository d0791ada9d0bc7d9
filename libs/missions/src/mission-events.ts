import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import type { MissionStatus } from './domain/mission-status';
import type { Mission } from './mission.entity';

/**
 * What other domains may react to, inside the transaction that causes it: the matching engine
 * rescores a mission that is published or changed, proposals react to a closed mission. A
 * listener that throws rolls the whole change back.
 */
export interface MissionListener {
  /** `changed` names the entity properties that took a new value (creation: every set property). */
  missionChanged?(tx: Transaction, mission: Mission, changed: ReadonlySet<keyof Mission>): Promise<void>;
  missionStatusChanged?(tx: Transaction, mission: Mission, from: MissionStatus, to: MissionStatus): Promise<void>;
}

/** In-process, in-transaction notifications of the missions domain (listeners subscribe at module init). */
@Injectable()
export class MissionEvents extends DomainEvents<MissionListener> {
  async changed(tx: Transaction, mission: Mission, changed: ReadonlySet<keyof Mission>): Promise<void> {
    if (changed.size === 0) return;
    await this.notify('missionChanged', tx, mission, changed);
  }

  async statusChanged(tx: Transaction, mission: Mission, from: MissionStatus, to: MissionStatus): Promise<void> {
    if (from === to) return;
    await this.notify('missionStatusChanged', tx, mission, from, to);
  }
}
