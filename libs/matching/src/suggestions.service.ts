import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Beneficiary,
  BeneficiaryAccess,
  PersonAudience,
  PersonField,
  mayRead,
  personAudience,
  localDateOf,
  personShortName,
} from '@tremplin/beneficiaries';
import { Clock, JobName, UnitOfWork, pageWindow, toConnection } from '@tremplin/core';
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
    private readonly clock: Clock,
    @InjectRepository(Mission) private readonly missionRepository: Repository<Mission>,
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
  ) {}

  async missionSuggestions(viewer: AuthUser, args: MissionSuggestionsArgs): Promise<MissionSuggestionConnection> {
    await this.beneficiaryAccess.readable(viewer, args.beneficiaryId);
    const { skip, take } = pageWindow(args);
    const [[records, total], state] = await Promise.all([
      this.store.suggestionsOf(args.beneficiaryId, skip, take, localDateOf(this.clock.now())),
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

  /**
   * The people a mission would suit. What each viewer reads of them follows the person-field list
   * (`PERSON_FIELDS`): the service Insertion everything, a coordinator the short name, score and
   * reasons, the mission's association the score and a distance band only — no breakdown, no
   * reasons, no figure that tells where the person lives or what their profile holds.
   */
  async candidateSuggestions(viewer: AuthUser, args: CandidateSuggestionsArgs): Promise<CandidateSuggestionConnection> {
    const mission = await this.missions.findById(args.missionId);
    this.missionAccess.assertVisible(viewer, mission);
    const { skip, take } = pageWindow(args);
    const [records, total] = await this.store.candidatesOf(args.missionId, skip, take);
    const people = records.length
      ? await this.beneficiaries.find({
          where: { id: In(records.map((record) => record.beneficiaryId)) },
          select: { id: true, firstName: true, lastName: true, referentId: true, territoryId: true },
        })
      : [];
    const byId = new Map(people.map((person) => [person.id, person]));
    const nodes: CandidateSuggestion[] = records.map((record) => {
      const person = byId.get(record.beneficiaryId);
      const audience = person
        ? personAudience(viewer, { beneficiary: person, prospectAssociationId: mission.associationId })
        : PersonAudience.NONE;
      const details = mayRead(audience, PersonField.MATCH_DETAILS);
      const named = mayRead(audience, PersonField.FIRST_NAME);
      return {
        score: record.score,
        breakdown: details ? record.breakdown : null,
        computedAt: record.computedAt,
        beneficiaryId: named ? record.beneficiaryId : null,
        displayName: person ? personShortName(person, audience) : null,
        explanation: details ? record.explanation : null,
        profile: {
          distanceBand: mayRead(audience, PersonField.DISTANCE_BAND) ? distanceBand(record.breakdown.distanceKm) : null,
        },
      };
    });
    return toConnection(nodes, skip, total);
  }

  /** Asks the worker to recompute the person's suggestions now (a job, deduplicated with pending ones). */
  async refresh(viewer: AuthUser, beneficiaryId: string): Promise<boolean> {
    await this.beneficiaryAccess.readable(viewer, beneficiaryId);
    await this.unitOfWork.run((tx) => tx.promiseJob(JobName.RecomputeBeneficiaryMatches, { beneficiaryId }));
    return true;
  }
}
