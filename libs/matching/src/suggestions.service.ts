import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Beneficiary, BeneficiaryAccess, shortName } from '@tremplin/beneficiaries';
import { JobName, Role, UnitOfWork, pageWindow, toConnection } from '@tremplin/core';
import type { AuthUser } from '@tremplin/core';
import { Mission, MissionAccess, MissionsService } from '@tremplin/missions';
import { In, Repository } from 'typeorm';
import { distanceBand } from './domain/distance-band';
import {
  CandidateSuggestion,
  CandidateSuggestionConnection,
  CandidateSuggestionsArgs,
  MissionSuggestion,
  MissionSuggestionConnection,
  MissionSuggestionsArgs,
} from './dto/suggestion.types';
import { MatchingStore } from './matching.store';

/**
 * The read side of matching, for the API: a person's suggestions (their referent, the manager of
 * their territory, the service Insertion), the people a mission would suit (moderators; the
 * mission's association without anything that identifies them), and a recompute on demand.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly store: MatchingStore,
    private readonly beneficiaryAccess: BeneficiaryAccess,
    private readonly missions: MissionsService,
    private readonly missionAccess: MissionAccess,
    private readonly unitOfWork: UnitOfWork,
    @InjectRepository(Mission) private readonly missionRepository: Repository<Mission>,
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
  ) {}

  async missionSuggestions(viewer: AuthUser, args: MissionSuggestionsArgs): Promise<MissionSuggestionConnection> {
    await this.beneficiaryAccess.readable(viewer, args.beneficiaryId);
    const { skip, take } = pageWindow(args);
    const [[records, total], state] = await Promise.all([
      this.store.suggestionsOf(args.beneficiaryId, skip, take),
      this.store.stateOf(args.beneficiaryId),
    ]);
    const missions = await this.missionRepository.findBy({ id: In(records.map((record) => record.missionId)) });
    const byId = new Map(missions.map((mission) => [mission.id, mission]));
    const nodes: MissionSuggestion[] = records.map((record) => ({
      rank: record.rank,
      score: record.score,
      breakdown: record.breakdown,
      explanation: record.explanation,
      computedAt: record.computedAt,
      mission: byId.get(record.missionId) as Mission,
    }));
    return {
      ...toConnection(nodes, skip, total),
      computedAt: state?.computedAt ?? null,
      unmatchedReasons: state?.problems ?? [],
    };
  }

  async candidateSuggestions(viewer: AuthUser, args: CandidateSuggestionsArgs): Promise<CandidateSuggestionConnection> {
    const mission = await this.missions.findById(args.missionId);
    this.missionAccess.assertVisible(viewer, mission);
    const anonymous = viewer.role === Role.ASSOCIATION;
    const { skip, take } = pageWindow(args);
    const [records, total] = await this.store.candidatesOf(args.missionId, skip, take);
    const people = anonymous
      ? []
      : await this.beneficiaries.find({
          where: { id: In(records.map((record) => record.beneficiaryId)) },
          select: { id: true, firstName: true, lastName: true },
        });
    const names = new Map(people.map((person) => [person.id, shortName(person.firstName, person.lastName)]));
    const nodes: CandidateSuggestion[] = records.map((record) => ({
      score: record.score,
      breakdown: record.breakdown,
      computedAt: record.computedAt,
      beneficiaryId: anonymous ? null : record.beneficiaryId,
      displayName: anonymous ? null : (names.get(record.beneficiaryId) ?? null),
      explanation: anonymous ? null : record.explanation,
      profile: { distanceBand: distanceBand(record.breakdown.distanceKm) },
    }));
    return toConnection(nodes, skip, total);
  }

  /** Asks the worker to recompute the person's suggestions now (a job, deduplicated with pending ones). */
  async refresh(viewer: AuthUser, beneficiaryId: string): Promise<boolean> {
    await this.beneficiaryAccess.readable(viewer, beneficiaryId);
    await this.unitOfWork.run((tx) => tx.promiseJob(JobName.RecomputeBeneficiaryMatches, { beneficiaryId }));
    return true;
  }
}
