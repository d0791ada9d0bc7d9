import { Injectable, Logger } from '@nestjs/common';
import { MAX_TRAVEL_DISTANCE_KM, localDateOf } from '@tremplin/beneficiaries';
import { Clock, UnitOfWork } from '@tremplin/core';
import { ProposalStats } from '@tremplin/proposals';
import { projectNeeds } from './domain/criteria';
import { explainMatch } from './domain/explain-match';
import { PROFILE_PROBLEM_LABELS, profileProblems } from './domain/hard-filters';
import { boundingBox } from './domain/mission-index';
import { noMatchReasons } from './domain/no-match-reasons';
import type { MissionIndex } from './domain/mission-index';
import { MatchContext, evaluateMatch } from './domain/score-match';
import { TRAVEL_POLICIES } from './domain/travel';
import { toCandidateProfile } from './matching-adapters';
import { MatchingSettings } from './matching-settings';
import { MatchingStore } from './matching.store';
import { MissionIndexService } from './mission-index.service';
import type { SuggestionRecord } from './suggestion-record.entity';

/** The farthest any profile may reach (the widest search around a mission for the people it may suit). */
const LONGEST_REACH_KM = Math.max(
  MAX_TRAVEL_DISTANCE_KM,
  ...Object.values(TRAVEL_POLICIES).map((policy) => policy.defaultReachKm),
);

const NO_EXCLUSION: ReadonlySet<string> = new Set();

export type RecomputeOutcome = 'computed' | 'unmatchable' | 'missing';

/**
 * Computes and stores suggestions, in the worker: for one beneficiary (the index's top 100,
 * explained), for the people a changed mission may now suit or no longer suit, for a chunk
 * of a full rescore. Deterministic: the same data give the same table, whichever worker runs it.
 */
@Injectable()
export class MatchComputer {
  private readonly logger = new Logger(MatchComputer.name);

  constructor(
    private readonly indexes: MissionIndexService,
    private readonly store: MatchingStore,
    private readonly proposalStats: ProposalStats,
    private readonly settings: MatchingSettings,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** Recomputes and replaces one beneficiary's suggestions (atomically, one computation at a time per person). */
  async recomputeBeneficiary(beneficiaryId: string): Promise<RecomputeOutcome> {
    const index = await this.indexes.ready();
    return this.compute(index, beneficiaryId);
  }

  /**
   * Recomputes everyone whose list the mission may enter or leave: those who hold it now, and those
   * for whom it passes the hard filters with a score at least their lowest kept one (scored with
   * no exclusion and full novelty, an upper bound, so that no one is missed). Returns how many.
   */
  async recomputeMission(missionId: string): Promise<number> {
    const index = await this.indexes.ready();
    const affected = new Set(await this.store.beneficiariesSuggested(missionId));
    const mission = index.get(missionId);
    if (mission) {
      const area =
        mission.remote || mission.latitude === null || mission.longitude === null
          ? null
          : boundingBox(mission.latitude, mission.longitude, LONGEST_REACH_KM);
      const candidates = (await this.store.candidateProfiles(mission.weeklySlots, area)).filter(
        (row) => !affected.has(row.id),
      );
      const states = await this.store.states(candidates.map((row) => row.id));
      const context = this.context(index);
      for (const row of candidates) {
        const profile = toCandidateProfile(row, { excludedMissionIds: NO_EXCLUSION, triedDomainCodes: [] });
        if (profileProblems(profile).length > 0) continue;
        const evaluation = evaluateMatch(profile, mission, context);
        if (!evaluation.ok) continue;
        const state = states.get(row.id);
        const full = state !== undefined && state.suggestionCount >= this.settings.suggestionsKept;
        if (!full || evaluation.match.score >= (state.lowestScore ?? 0)) affected.add(row.id);
      }
    }
    for (const beneficiaryId of affected) await this.compute(index, beneficiaryId);
    this.logger.log({ event: 'matching.mission_recomputed', missionId, beneficiaries: affected.size });
    return affected.size;
  }

  /** Recomputes every beneficiary of a chunk of a full rescore. Returns how many. */
  async recomputeChunk(afterId: string | null, untilId: string | null): Promise<number> {
    const index = await this.indexes.ready();
    const ids = await this.store.beneficiaryIdsBetween(afterId, untilId);
    for (const id of ids) await this.compute(index, id);
    return ids.length;
  }

  private context(index: MissionIndex): MatchContext {
    return { today: localDateOf(this.clock.now()), weights: this.settings.weights, referential: index.referential };
  }

  private compute(index: MissionIndex, beneficiaryId: string): Promise<RecomputeOutcome> {
    return this.unitOfWork.run(async (tx) => {
      const manager = tx.manager;
      await this.store.lockBeneficiary(manager, beneficiaryId);
      const row = await this.store.loadProfile(manager, beneficiaryId);
      if (!row) return 'missing';
      const now = this.clock.now();
      const context = this.context(index);
      const [excludedMissionIds, triedDomainCodes] = await Promise.all([
        this.proposalStats.excludedMissionIds(beneficiaryId, now),
        this.store.triedDomainCodes(manager, beneficiaryId),
      ]);
      const profile = toCandidateProfile(row, { excludedMissionIds, triedDomainCodes });
      const problems = profileProblems(profile);
      const hits = problems.length > 0 ? [] : index.query(profile, this.settings.suggestionsKept, context);
      const needs = projectNeeds(profile, context.referential);
      const version = this.indexes.version;
      const rows: SuggestionRecord[] = hits.map((hit, position) => {
        const mission = index.get(hit.missionId);
        const evaluation = mission ? evaluateMatch(profile, mission, context, needs) : null;
        if (!mission || !evaluation?.ok || evaluation.match.score !== hit.score) {
          // The index is checked against the reference scorer by property tests; never store a doubt.
          throw new Error(`matching: index and reference scorer disagree on mission ${hit.missionId}`);
        }
        return {
          beneficiaryId,
          missionId: hit.missionId,
          rank: position + 1,
          score: hit.score,
          breakdown: evaluation.match.breakdown,
          explanation: explainMatch(profile, mission, evaluation.match, context, needs),
          computedAt: now,
          indexVersion: version,
        };
      });
      await this.store.replaceSuggestions(manager, beneficiaryId, rows, {
        beneficiaryId,
        computedAt: now,
        indexVersion: version,
        suggestionCount: rows.length,
        lowestScore: rows.length > 0 ? rows[rows.length - 1].score : null,
        // No suggestion for a matchable profile: say which hard filters kept the missions out (rare,
        // so scanning the index then is cheap).
        problems:
          problems.length > 0
            ? problems.map((problem) => PROFILE_PROBLEM_LABELS[problem])
            : rows.length === 0
              ? noMatchReasons(profile, index.missions(), context.today)
              : [],
      });
      return problems.length > 0 ? 'unmatchable' : 'computed';
    });
  }
}
