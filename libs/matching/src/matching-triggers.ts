import { Injectable, OnModuleInit } from '@nestjs/common';
import { BeneficiaryEvents } from '@tremplin/beneficiaries';
import type { Beneficiary, BeneficiaryListener } from '@tremplin/beneficiaries';
import { JobName } from '@tremplin/core';
import type { Transaction } from '@tremplin/core';
import { MissionEvents, MissionStatus } from '@tremplin/missions';
import type { Mission, MissionListener } from '@tremplin/missions';
import { ProposalEvents } from '@tremplin/proposals';
import type { Proposal, ProposalListener } from '@tremplin/proposals';
import { MISSION_COLUMNS, PROFILE_COLUMNS } from './matching-adapters';
import { MatchingStore } from './matching.store';

const PROFILE_FIELDS: ReadonlySet<string> = new Set(PROFILE_COLUMNS);
const MISSION_FIELDS: ReadonlySet<string> = new Set(MISSION_COLUMNS);
/** Statuses in which a mission is, or was just, in someone's suggestions. */
const LIVE_STATUSES: ReadonlySet<MissionStatus> = new Set([MissionStatus.PUBLISHED, MissionStatus.FULL]);

/**
 * What makes suggestions stale, turned into matching jobs written in the same transaction as
 * the change (outbox): a profile created or changed, a mission published, changed, filled or
 * closed, a proposal made or answered. Mission changes also go to the feed that keeps the
 * workers' indexes in step. No other domain knows about matching.
 */
@Injectable()
export class MatchingTriggers implements OnModuleInit, BeneficiaryListener, MissionListener, ProposalListener {
  constructor(
    private readonly beneficiaryEvents: BeneficiaryEvents,
    private readonly missionEvents: MissionEvents,
    private readonly proposalEvents: ProposalEvents,
    private readonly store: MatchingStore,
  ) {}

  onModuleInit(): void {
    this.beneficiaryEvents.subscribe(this);
    this.missionEvents.subscribe(this);
    this.proposalEvents.subscribe(this);
  }

  async beneficiaryCreated(tx: Transaction, beneficiary: Beneficiary): Promise<void> {
    await this.recomputeBeneficiary(tx, beneficiary.id);
  }

  async beneficiaryUpdated(
    tx: Transaction,
    beneficiary: Beneficiary,
    changed: ReadonlySet<keyof Beneficiary>,
  ): Promise<void> {
    if ([...changed].some((field) => PROFILE_FIELDS.has(field))) await this.recomputeBeneficiary(tx, beneficiary.id);
  }

  async missionChanged(tx: Transaction, mission: Mission, changed: ReadonlySet<keyof Mission>): Promise<void> {
    if (!LIVE_STATUSES.has(mission.status)) return;
    if ([...changed].some((field) => MISSION_FIELDS.has(field))) await this.recomputeMission(tx, mission.id);
  }

  async missionStatusChanged(tx: Transaction, mission: Mission, from: MissionStatus, to: MissionStatus): Promise<void> {
    if (LIVE_STATUSES.has(from) || LIVE_STATUSES.has(to)) await this.recomputeMission(tx, mission.id);
  }

  proposalCreated(tx: Transaction, proposal: Proposal): Promise<void> {
    return this.proposalChanged(tx, proposal);
  }

  proposalAccepted(tx: Transaction, proposal: Proposal): Promise<void> {
    return this.proposalChanged(tx, proposal);
  }

  proposalWaitListed(tx: Transaction, proposal: Proposal): Promise<void> {
    return this.proposalChanged(tx, proposal);
  }

  proposalDeclined(tx: Transaction, proposal: Proposal): Promise<void> {
    return this.proposalChanged(tx, proposal);
  }

  proposalWithdrawn(tx: Transaction, proposal: Proposal): Promise<void> {
    return this.proposalChanged(tx, proposal);
  }

  proposalExpired(tx: Transaction, proposal: Proposal): Promise<void> {
    return this.proposalChanged(tx, proposal);
  }

  /** The person's exclusions changed, and the mission's pending proposals (fair share) for everyone. */
  private async proposalChanged(tx: Transaction, proposal: Proposal): Promise<void> {
    await this.recomputeBeneficiary(tx, proposal.beneficiaryId);
    await this.recomputeMission(tx, proposal.missionId);
  }

  private async recomputeBeneficiary(tx: Transaction, beneficiaryId: string): Promise<void> {
    await tx.promiseJob(JobName.RecomputeBeneficiaryMatches, { beneficiaryId });
  }

  private async recomputeMission(tx: Transaction, missionId: string): Promise<void> {
    await this.store.recordMissionChange(tx.manager, missionId);
    await tx.promiseJob(JobName.RecomputeMissionMatches, { missionId });
  }
}
