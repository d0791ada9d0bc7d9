import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import {
  Clock,
  EmptyJob,
  JobName,
  JobQueue,
  OnJob,
  RecomputeBeneficiaryMatchesJob,
  RecomputeMissionMatchesJob,
  RescoreChunkJob,
} from '@tremplin/core';
import { MatchComputer, RecomputeOutcome } from './match-computer';
import { MatchingSettings } from './matching-settings';
import { MatchingStore } from './matching.store';

/** Feed rows older than this are pruned by the nightly rescore (workers read them within seconds). */
const FEED_RETENTION_MS = 24 * 3600 * 1000;

/**
 * The jobs of the `matching` queue. Thin: each reloads what it needs and replaces whole results,
 * so that running one twice (a retry, two workers) changes nothing more than running it once.
 */
@Injectable()
export class MatchingHandlers {
  private readonly logger = new Logger(MatchingHandlers.name);
  /** Chunks of full rescores this process ran (observability, and the proof that workers share them). */
  chunksRun = 0;

  constructor(
    private readonly computer: MatchComputer,
    private readonly store: MatchingStore,
    private readonly jobs: JobQueue,
    private readonly settings: MatchingSettings,
    private readonly clock: Clock,
  ) {}

  @OnJob(JobName.RecomputeBeneficiaryMatches)
  async recomputeBeneficiary({ beneficiaryId }: RecomputeBeneficiaryMatchesJob): Promise<RecomputeOutcome> {
    return this.computer.recomputeBeneficiary(beneficiaryId);
  }

  @OnJob(JobName.RecomputeMissionMatches)
  async recomputeMission({ missionId }: RecomputeMissionMatchesJob): Promise<{ beneficiaries: number }> {
    return { beneficiaries: await this.computer.recomputeMission(missionId) };
  }

  /**
   * Splits the beneficiaries into chunks (by id) that any worker may take; prunes the change feed.
   * Chunk job ids derive from this job's id, so that a retry enqueues nothing twice.
   */
  @OnJob(JobName.RescoreAll)
  async rescoreAll(_payload: EmptyJob, job: Job): Promise<{ runId: string; chunks: number }> {
    const runId = String(job.id).replace(/[^A-Za-z0-9_-]/g, '_');
    const boundaries = await this.store.chunkBoundaries(this.settings.rescoreChunkSize);
    const chunks: RescoreChunkJob[] = [];
    let afterId: string | null = null;
    for (const untilId of boundaries) {
      chunks.push({ runId, afterId, untilId });
      afterId = untilId;
    }
    chunks.push({ runId, afterId, untilId: null });
    for (const [i, chunk] of chunks.entries()) {
      await this.jobs.add(JobName.RescoreChunk, chunk, { jobId: `rescore-${runId}-${i}` });
    }
    const pruned = await this.store.pruneChanges(new Date(this.clock.now().getTime() - FEED_RETENTION_MS));
    this.logger.log({ event: 'matching.rescore_started', runId, chunks: chunks.length, prunedChanges: pruned });
    return { runId, chunks: chunks.length };
  }

  @OnJob(JobName.RescoreChunk)
  async rescoreChunk({ runId, afterId, untilId }: RescoreChunkJob): Promise<{ beneficiaries: number }> {
    const beneficiaries = await this.computer.recomputeChunk(afterId ?? null, untilId ?? null);
    this.chunksRun++;
    this.logger.log({ event: 'matching.rescore_chunk_done', runId, beneficiaries });
    return { beneficiaries };
  }
}
