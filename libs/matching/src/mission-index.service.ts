import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { JobDispatcher } from '@tremplin/core';
import { ProposalStats } from '@tremplin/proposals';
import { ReferentialsService } from '@tremplin/referentials';
import { MatchingReferential } from './domain/matching-referential';
import { MissionIndex } from './domain/mission-index';
import { isSuggestable, toMissionFacts } from './matching-adapters';
import { MatchingStore } from './matching.store';

/**
 * The worker's in-memory index of published missions. Loaded from PostgreSQL when the worker
 * starts, then brought up to date before every matching job from the mission change feed (rows
 * written in the transaction of each mission change, read by transaction id so that one
 * committed late is never missed). Each worker process keeps its own; they converge on the
 * same content because they read the same feed.
 */
@Injectable()
export class MissionIndexService implements OnApplicationBootstrap {
  private readonly logger = new Logger(MissionIndexService.name);
  private index: MissionIndex | null = null;
  /** Feed rows from transactions at or after this id may still be unread. */
  private horizon = '0';
  /** The highest feed sequence number applied: the version written with each suggestion. */
  private appliedSeq = 0;
  /** Loads and syncs run one at a time (jobs of one worker run concurrently). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: MatchingStore,
    private readonly referentials: ReferentialsService,
    private readonly proposalStats: ProposalStats,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** In the worker (the process that runs jobs), load the index at start rather than at the first job. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.runsJobs()) return;
    try {
      await this.ready();
    } catch (error) {
      // Not fatal: the first matching job loads it (and fails, to be retried, if PostgreSQL is still away).
      this.logger.warn({ event: 'matching.index_load_failed', error: String(error) });
    }
  }

  /** The index, loaded or brought up to date with every mission change committed so far. */
  ready(): Promise<MissionIndex> {
    const next = this.queue.then(() => (this.index ? this.sync(this.index) : this.load()));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The version of the index (feed sequence number): the same content has the same version in every worker. */
  get version(): number {
    return this.appliedSeq;
  }

  get loaded(): boolean {
    return this.index !== null;
  }

  private runsJobs(): boolean {
    try {
      this.moduleRef.get(JobDispatcher, { strict: false });
      return true;
    } catch {
      return false;
    }
  }

  private async load(): Promise<MissionIndex> {
    const started = Date.now();
    const [competencies, jobs, domains] = await Promise.all([
      this.referentials.listCompetencies(),
      this.referentials.listJobs(),
      this.referentials.listDomains(),
    ]);
    const referential = new MatchingReferential({
      competencies,
      jobs: jobs.map((job) => ({
        romeCode: job.romeCode,
        label: job.label,
        competencies: job.competencies.map((competency) => competency.code),
      })),
      domains,
    });
    // Horizon first: whatever changes while we read is read again at the next sync.
    const horizon = await this.store.feedHorizon();
    const seq = await this.store.latestChangeSeq();
    const rows = await this.store.loadMissions();
    const pending = await this.proposalStats.pendingCountsByMission();
    const index = new MissionIndex(referential, { initialCapacity: Math.max(1024, rows.length * 1.25) });
    for (const row of rows) index.upsert(toMissionFacts(row, pending.get(row.id) ?? 0));
    this.index = index;
    this.horizon = horizon;
    this.appliedSeq = seq;
    this.logger.log({ event: 'matching.index_loaded', missions: index.size, version: seq, ms: Date.now() - started });
    return index;
  }

  private async sync(index: MissionIndex): Promise<MissionIndex> {
    const horizon = await this.store.feedHorizon();
    const changes = await this.store.changesSince(this.horizon);
    if (changes.length > 0) {
      const ids = changes.map((change) => change.missionId);
      const rows = await this.store.loadMissions(ids);
      const pending = await this.proposalStats.pendingCountsByMission(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const id of ids) {
        const row = byId.get(id);
        if (row && isSuggestable(row)) index.upsert(toMissionFacts(row, pending.get(id) ?? 0));
        else index.remove(id);
      }
      for (const change of changes) if (change.seq > this.appliedSeq) this.appliedSeq = change.seq;
    }
    this.horizon = horizon;
    return index;
  }
}
