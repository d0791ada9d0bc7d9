import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Beneficiary, BeneficiaryStatus } from '@tremplin/beneficiaries';
import { Mission, MissionStatus, openMissionSql } from '@tremplin/missions';
import { ProposalStatus } from '@tremplin/proposals';
import { Brackets, DataSource, EntityManager, In, Repository } from 'typeorm';
import { MISSION_COLUMNS, MissionRow, PROFILE_COLUMNS, ProfileRow } from './matching-adapters';
import { BeneficiaryMatchState, SuggestionRecord } from './suggestion-record.entity';

/** A change of the mission feed: the mission to reload, and the feed's sequence number. */
export interface MissionChangeRow {
  missionId: string;
  seq: number;
}

/** Where to look for the beneficiaries a mission may suit (a latitude/longitude box, or anywhere). */
export interface CandidateArea {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/** Every query of the matching domain (the services hold no SQL). */
@Injectable()
export class MatchingStore {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(SuggestionRecord) private readonly suggestions: Repository<SuggestionRecord>,
    @InjectRepository(BeneficiaryMatchState) private readonly matchStates: Repository<BeneficiaryMatchState>,
    @InjectRepository(Beneficiary) private readonly beneficiaries: Repository<Beneficiary>,
    @InjectRepository(Mission) private readonly missions: Repository<Mission>,
  ) {}

  // --- The mission change feed --------------------------------------------------------------

  /** Appends a change of `missionId` to the feed, in the caller's transaction. */
  async recordMissionChange(manager: EntityManager, missionId: string): Promise<void> {
    await manager.query(`INSERT INTO matching_mission_change (mission_id) VALUES ($1)`, [missionId]);
  }

  /** Appends a change of every mission, for data written without events (the demo seed). */
  async recordEveryMissionChange(manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO matching_mission_change (mission_id) SELECT id FROM mission ORDER BY id`);
  }

  /**
   * The oldest transaction still running (every transaction with a smaller id has finished):
   * feed rows written by transactions from this one on may still appear.
   */
  async feedHorizon(): Promise<string> {
    const [row] = await this.dataSource.query<{ horizon: string }[]>(
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`,
    );
    return row.horizon;
  }

  async latestChangeSeq(): Promise<number> {
    const [row] = await this.dataSource.query<{ seq: string }[]>(
      `SELECT coalesce(max(seq), 0)::text AS seq FROM matching_mission_change`,
    );
    return Number(row.seq);
  }

  /** Missions changed by transactions from `horizon` on (committed so far), with their latest sequence number. */
  async changesSince(horizon: string): Promise<MissionChangeRow[]> {
    const rows = await this.dataSource.query<{ mission_id: string; seq: string }[]>(
      `SELECT mission_id, max(seq)::text AS seq FROM matching_mission_change
        WHERE txid >= $1::xid8 GROUP BY mission_id`,
      [horizon],
    );
    return rows.map((row) => ({ missionId: row.mission_id, seq: Number(row.seq) }));
  }

  /** Forgets feed rows older than `before` (every worker has read them long ago), keeping the latest. */
  async pruneChanges(before: Date): Promise<number> {
    const result = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM matching_mission_change
        WHERE changed_at < $1 AND seq < (SELECT max(seq) FROM matching_mission_change)`,
      [before],
    );
    return result[1] ?? 0;
  }

  // --- Loading the two sides ----------------------------------------------------------------

  /** Published missions (all, or those of `ids` whatever their status), in batches. */
  async loadMissions(ids?: readonly string[]): Promise<MissionRow[]> {
    if (ids) {
      if (ids.length === 0) return [];
      return this.missions.find({ where: { id: In([...ids]) }, select: selectOf(MISSION_COLUMNS) });
    }
    const rows: MissionRow[] = [];
    const batch = 5_000;
    let after: string | null = null;
    for (;;) {
      const query = this.missions
        .createQueryBuilder('mission')
        .select(MISSION_COLUMNS.map((column) => `mission.${column}`))
        .where('mission.status = :status', { status: MissionStatus.PUBLISHED })
        .orderBy('mission.id', 'ASC')
        .take(batch);
      if (after) query.andWhere('mission.id > :after', { after });
      const page = await query.getMany();
      rows.push(...page);
      if (page.length < batch) return rows;
      after = page[page.length - 1].id;
    }
  }

  async loadProfile(manager: EntityManager, beneficiaryId: string): Promise<ProfileRow | null> {
    return manager.findOne(Beneficiary, { where: { id: beneficiaryId }, select: selectOf(PROFILE_COLUMNS) });
  }

  /** Domains of the missions the person accepted (for novelty). */
  async triedDomainCodes(manager: EntityManager, beneficiaryId: string): Promise<string[]> {
    const rows = await manager.query<{ domain_code: string }[]>(
      `SELECT DISTINCT m.domain_code FROM proposal p JOIN mission m ON m.id = p.mission_id
        WHERE p.beneficiary_id = $1 AND p.status = $2`,
      [beneficiaryId, ProposalStatus.ACCEPTED],
    );
    return rows.map((row) => row.domain_code);
  }

  /**
   * Active beneficiaries with consent who are available at one of `slots` (any when 0) and
   * live in `area` (anywhere when null): those a mission may suit.
   */
  async candidateProfiles(slots: number, area: CandidateArea | null): Promise<ProfileRow[]> {
    const query = this.beneficiaries
      .createQueryBuilder('b')
      .select(PROFILE_COLUMNS.map((column) => `b.${column}`))
      .where('b.status = :active', { active: BeneficiaryStatus.ACTIVE })
      .andWhere('b.volunteeringConsentGivenAt IS NOT NULL AND b.volunteeringConsentWithdrawnAt IS NULL')
      .andWhere('b.availabilityMask <> 0');
    if (slots !== 0) query.andWhere('(b.availabilityMask & :slots) <> 0', { slots });
    if (area) {
      query.andWhere(
        new Brackets((where) =>
          where
            .where('b.latitude BETWEEN :minLatitude AND :maxLatitude', area)
            .andWhere('b.longitude BETWEEN :minLongitude AND :maxLongitude', area),
        ),
      );
    }
    return query.getMany();
  }

  // --- Writing suggestions ------------------------------------------------------------------

  /** Serialises the computations of one beneficiary's suggestions (until the transaction ends). */
  async lockBeneficiary(manager: EntityManager, beneficiaryId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('matching:' || $1, 0))`, [beneficiaryId]);
  }

  /** Replaces the person's suggestions and state, in the caller's transaction (readers see old or new, never half). */
  async replaceSuggestions(
    manager: EntityManager,
    beneficiaryId: string,
    rows: SuggestionRecord[],
    state: Omit<BeneficiaryMatchState, 'runs'>,
  ): Promise<void> {
    await manager.delete(SuggestionRecord, { beneficiaryId });
    for (let i = 0; i < rows.length; i += 500) {
      await manager.insert(SuggestionRecord, rows.slice(i, i + 500));
    }
    await manager.query(
      `INSERT INTO beneficiary_match_state
         (beneficiary_id, computed_at, index_version, suggestion_count, lowest_score, problems, runs)
       VALUES ($1, $2, $3, $4, $5, $6, 1)
       ON CONFLICT (beneficiary_id) DO UPDATE SET
         computed_at = excluded.computed_at, index_version = excluded.index_version,
         suggestion_count = excluded.suggestion_count, lowest_score = excluded.lowest_score,
         problems = excluded.problems, runs = beneficiary_match_state.runs + 1`,
      [beneficiaryId, state.computedAt, state.indexVersion, state.suggestionCount, state.lowestScore, state.problems],
    );
  }

  /** Beneficiaries whose current suggestions include the mission. */
  async beneficiariesSuggested(missionId: string): Promise<string[]> {
    const rows = await this.suggestions.find({ where: { missionId }, select: { beneficiaryId: true } });
    return rows.map((row) => row.beneficiaryId);
  }

  /** The bar of each beneficiary: how many suggestions they hold and the lowest score kept. */
  async states(beneficiaryIds: readonly string[]): Promise<Map<string, BeneficiaryMatchState>> {
    const map = new Map<string, BeneficiaryMatchState>();
    for (let i = 0; i < beneficiaryIds.length; i += 5_000) {
      const rows = await this.matchStates.findBy({ beneficiaryId: In(beneficiaryIds.slice(i, i + 5_000)) });
      for (const row of rows) map.set(row.beneficiaryId, row);
    }
    return map;
  }

  async stateOf(beneficiaryId: string): Promise<BeneficiaryMatchState | null> {
    return this.matchStates.findOneBy({ beneficiaryId });
  }

  // --- Full rescore -------------------------------------------------------------------------

  /** Ids closing each chunk of `size` beneficiaries, in id order (the last chunk is open-ended). */
  async chunkBoundaries(size: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM beneficiary) AS numbered
        WHERE n % $1 = 0 ORDER BY id`,
      [size],
    );
    return rows.map((row) => row.id);
  }

  async beneficiaryIdsBetween(afterId: string | null, untilId: string | null): Promise<string[]> {
    const query = this.beneficiaries.createQueryBuilder('b').select('b.id', 'id').orderBy('b.id', 'ASC');
    if (afterId) query.andWhere('b.id > :afterId', { afterId });
    if (untilId) query.andWhere('b.id <= :untilId', { untilId });
    const rows = await query.getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  // --- Read side ----------------------------------------------------------------------------

  /** The person's suggestions whose mission is still published with a place left, best first. */
  async suggestionsOf(
    beneficiaryId: string,
    skip: number,
    take: number,
    today: string,
  ): Promise<[SuggestionRecord[], number]> {
    // The missions still open today (missionAvailability): one closed, full or past since the last
    // computation leaves the list at once, not at the next rescore.
    return this.suggestions
      .createQueryBuilder('s')
      .innerJoin(Mission, 'm', 'm.id = s.missionId')
      .where('s.beneficiaryId = :beneficiaryId', { beneficiaryId })
      .andWhere(openMissionSql('m'), { availabilityToday: today })
      .orderBy('s.rank', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
  }

  /** The beneficiaries (active, with consent) whose suggestions include the mission, best score first. */
  async candidatesOf(missionId: string, skip: number, take: number): Promise<[SuggestionRecord[], number]> {
    return this.suggestions
      .createQueryBuilder('s')
      .innerJoin(Beneficiary, 'b', 'b.id = s.beneficiaryId')
      .where('s.missionId = :missionId', { missionId })
      .andWhere('b.status = :active', { active: BeneficiaryStatus.ACTIVE })
      .andWhere('b.volunteeringConsentGivenAt IS NOT NULL AND b.volunteeringConsentWithdrawnAt IS NULL')
      .orderBy('s.score', 'DESC')
      .addOrderBy('s.beneficiaryId', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
  }
}

function selectOf<K extends string>(columns: readonly K[]): Record<K, true> {
  return Object.fromEntries(columns.map((column) => [column, true])) as Record<K, true>;
}
