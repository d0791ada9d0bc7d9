import { JobName, JobQueue, QueueName, Role } from '@tremplin/core';
import { MatchingHandlers, MissionIndexService, PROFILE_PROBLEM_LABELS } from '@tremplin/matching';
import { createAssociation } from './support/association-helpers';
import { OYONNAX, createBeneficiary } from './support/beneficiary-helpers';
import { closeMission, publishedMission } from './support/matching-helpers';
import { proposeOk } from './support/proposal-helpers';
import { StaffAccount, TestPlatform, eventually } from './support/test-platform';
import { WorkerProcess } from './support/worker-process';

/** Generous timeout of the tests that wait for the worker (this machine is shared). */
const SLOW = 90_000;

/** Flaxieu, 50 km south of Oyonnax. */
const FLAXIEU = '01162';

const MISSION_SUGGESTIONS = `query($beneficiaryId: ID!, $first: Int) {
  missionSuggestions(beneficiaryId: $beneficiaryId, first: $first) {
    totalCount computedAt unmatchedReasons
    edges { node { rank score explanation computedAt
      breakdown { projectFit interestFit proximity scheduleFit fairShare novelty distanceKm }
      mission { id title } } } } }`;

const CANDIDATE_SUGGESTIONS = `query($missionId: ID!, $first: Int) {
  candidateSuggestions(missionId: $missionId, first: $first) {
    totalCount
    edges { node { score beneficiaryId displayName explanation profile { distanceBand } breakdown { proximity } } } } }`;

const LIGHT_SUGGESTIONS = `query($beneficiaryId: ID!, $first: Int) {
  missionSuggestions(beneficiaryId: $beneficiaryId, first: $first) { totalCount edges { node { rank } } } }`;

const LIGHT_CANDIDATES = `query($missionId: ID!, $first: Int) {
  candidateSuggestions(missionId: $missionId, first: $first) { totalCount edges { node { score } } } }`;

const REFRESH = `mutation($beneficiaryId: ID!) { refreshMatches(beneficiaryId: $beneficiaryId) }`;
const CONSENT = `mutation($beneficiaryId: ID!) { giveVolunteeringConsent(beneficiaryId: $beneficiaryId) { id } }`;
const UPDATE_PROFILE = `mutation($id: ID!, $input: UpdateBeneficiaryProfileInput!) {
  updateBeneficiaryProfile(id: $id, input: $input) { id } }`;

interface CandidateView {
  score: number;
  beneficiaryId: string | null;
  displayName: string | null;
  explanation: string[] | null;
  profile: { distanceBand: string };
  breakdown: { proximity: number } | null;
}

interface SuggestionsView {
  totalCount: number;
  computedAt: string | null;
  unmatchedReasons: string[];
  edges: {
    node: {
      rank: number;
      score: number;
      explanation: string[];
      breakdown: Record<string, number | null>;
      mission: { id: string; title: string };
    };
  }[];
}

describe('Matching (e2e)', () => {
  let platform: TestPlatform;
  let admin: StaffAccount;
  let referent: StaffAccount;
  let stranger: StaffAccount;
  let coordinator: StaffAccount;
  let associationId: string;
  let member: StaffAccount;
  let otherMember: StaffAccount;

  beforeAll(async () => {
    platform = await TestPlatform.start({ env: { MATCHING_RESCORE_CHUNK_SIZE: '2' } });
    const oyonnax = await platform.territory('CDS-OYONNAX');
    admin = await platform.createStaff(Role.ADMIN);
    referent = await platform.createStaff(Role.REFERENT, { territoryId: oyonnax.id });
    stranger = await platform.createStaff(Role.REFERENT, { territoryId: oyonnax.id });
    coordinator = await platform.createStaff(Role.COORDINATOR);
    ({
      association: { id: associationId },
      member,
    } = await createAssociation(platform));
    ({ member: otherMember } = await createAssociation(platform, { name: 'Les Restos du Haut-Bugey' }));
  }, SLOW);

  afterAll(async () => {
    await platform?.stop();
  }, SLOW);

  async function suggestions(beneficiaryId: string, account = referent, first = 20): Promise<SuggestionsView> {
    const data = await platform.gqlOk<{ missionSuggestions: SuggestionsView }>(
      MISSION_SUGGESTIONS,
      { beneficiaryId, first },
      account.token,
    );
    return data.missionSuggestions;
  }

  /** A person followed by `referent`, with consent, whose first computation is done. */
  async function person(overrides: Record<string, unknown> = {}): Promise<string> {
    const { id } = await createBeneficiary(platform, referent, overrides);
    await platform.gqlOk(CONSENT, { beneficiaryId: id }, referent.token);
    // Computed after the consent: no profile problem left (a reason why no mission fits may remain).
    const profileProblems: string[] = Object.values(PROFILE_PROBLEM_LABELS);
    await eventually(async () => {
      const state = await stateOf(id);
      return state !== null && !state.problems.some((problem) => profileProblems.includes(problem));
    });
    return id;
  }

  async function stateOf(
    beneficiaryId: string,
  ): Promise<{ runs: number; computed_at: Date; problems: string[] } | null> {
    const [row] = await platform.dataSource.query(
      `SELECT runs, computed_at, problems FROM beneficiary_match_state WHERE beneficiary_id = $1`,
      [beneficiaryId],
    );
    return row ?? null;
  }

  async function storedMissions(beneficiaryId: string): Promise<string[]> {
    const rows = await platform.dataSource.query<{ mission_id: string }[]>(
      `SELECT mission_id FROM mission_suggestion WHERE beneficiary_id = $1 ORDER BY rank`,
      [beneficiaryId],
    );
    return rows.map((row) => row.mission_id);
  }

  /** Matching jobs waiting, delayed or running (the nightly rescore's next occurrence left aside). */
  async function matchingJobs(name?: JobName): Promise<number> {
    const jobs = await platform.api
      .get(JobQueue)
      .queue(QueueName.Matching)
      .getJobs(['waiting', 'active', 'delayed', 'prioritized']);
    return jobs.filter((job) => !job.repeatJobKey && (!name || job.name === name)).length;
  }

  const matchingQueueIdle = async () => (await matchingJobs()) === 0;

  describe('publishing and closing a mission', () => {
    let nearby: string;
    let farWithoutCar: string;
    let farWithCar: string;
    let missionId: string;

    beforeAll(async () => {
      nearby = await person({ communeCode: OYONNAX, targetJobCodes: ['M1601'] });
      farWithoutCar = await person({
        communeCode: FLAXIEU,
        mobility: { modes: ['WALKING', 'PUBLIC_TRANSPORT'], hasDrivingLicence: false, hasVehicle: false },
      });
      farWithCar = await person({
        communeCode: FLAXIEU,
        mobility: { modes: ['CAR'], hasDrivingLicence: true, hasVehicle: true, maxDistanceKm: 80 },
      });
      const mission = await publishedMission(platform, admin, associationId, {
        communeCode: OYONNAX,
        title: 'Accueil du public à la Croix-Rouge',
        weeklySlots: 1 << 3, // Tuesday morning
      });
      missionId = mission.id;
    }, SLOW);

    it(
      'suggests the published mission to an eligible person, explained in French, once the worker ran',
      async () => {
        const view = await eventually(async () => {
          const current = await suggestions(nearby);
          return current.totalCount > 0 ? current : null;
        });
        expect(view.edges[0].node.mission.id).toBe(missionId);
        expect(view.edges[0].node.rank).toBe(1);
        expect(view.edges[0].node.score).toBeGreaterThan(0);
        expect(view.edges[0].node.score).toBeLessThanOrEqual(100);
        expect(view.edges[0].node.explanation).toEqual([
          "À moins d'1 km de son domicile, accessible à pied",
          "Développe l'accueil du public, utile pour son projet d’agente d'accueil",
          'Mardi matin, ses créneaux disponibles',
        ]);
        expect(view.edges[0].node.breakdown.distanceKm).toBe(0);
        expect(view.computedAt).not.toBeNull();
        expect(await storedMissions(nearby)).toEqual([missionId]);
      },
      SLOW,
    );

    it(
      'does not suggest it to someone 50 km away without a car, but does to a driver there',
      async () => {
        await eventually(async () => (await storedMissions(farWithCar)).includes(missionId));
        expect(await storedMissions(farWithoutCar)).toEqual([]);
        expect((await suggestions(farWithoutCar)).totalCount).toBe(0);
        const driver = await suggestions(farWithCar);
        expect(driver.edges[0].node.explanation[0]).toMatch(/^À 5\d km de son domicile, accessible en voiture$/);
      },
      SLOW,
    );

    it(
      'shows moderators who it suits, and the association only anonymous profiles: no breakdown, a distance band',
      async () => {
        const forAdmin = await platform.gqlOk<{
          candidateSuggestions: { totalCount: number; edges: { node: CandidateView }[] };
        }>(CANDIDATE_SUGGESTIONS, { missionId }, admin.token);
        expect(forAdmin.candidateSuggestions.totalCount).toBe(2);
        const names = forAdmin.candidateSuggestions.edges.map((edge) => edge.node.displayName);
        expect(names.every((name) => name !== null && /^Karima [A-Z]\.$/.test(name))).toBe(true);
        expect(forAdmin.candidateSuggestions.edges[0].node.beneficiaryId).toBe(nearby);
        const forCoordinator = await platform.gqlOk<{ candidateSuggestions: { totalCount: number } }>(
          CANDIDATE_SUGGESTIONS,
          { missionId },
          coordinator.token,
        );
        expect(forCoordinator.candidateSuggestions.totalCount).toBe(2);

        const forAssociation = await platform.gqlOk<{
          candidateSuggestions: { totalCount: number; edges: { node: CandidateView }[] };
        }>(CANDIDATE_SUGGESTIONS, { missionId }, member.token);
        expect(forAssociation.candidateSuggestions.totalCount).toBe(2);
        expect(forAssociation.candidateSuggestions.edges.map((edge) => edge.node)).toEqual([
          expect.objectContaining({
            beneficiaryId: null,
            displayName: null,
            explanation: null,
            breakdown: null,
            profile: { distanceBand: 'à moins de 5 km' },
          }),
          expect.objectContaining({
            beneficiaryId: null,
            displayName: null,
            explanation: null,
            breakdown: null,
            profile: { distanceBand: 'à plus de 30 km' },
          }),
        ]);
      },
      SLOW,
    );

    it(
      'stops suggesting a mission the day after its end date, before any recompute',
      async () => {
        const dated = await publishedMission(platform, admin, associationId, {
          communeCode: OYONNAX,
          title: 'Inventaire de printemps',
          weeklySlots: 1 << 3,
        });
        await eventually(async () => (await storedMissions(nearby)).includes(dated.id));
        // The end date passes (yesterday, in SQL: no change event, no recompute): the stored row stays.
        await platform.dataSource.query(
          `UPDATE mission SET start_date = NULL, end_date = (now() AT TIME ZONE 'Europe/Paris')::date - 1 WHERE id = $1`,
          [dated.id],
        );
        expect(await storedMissions(nearby)).toContain(dated.id);
        const view = await suggestions(nearby);
        expect(view.edges.map((edge) => edge.node.mission.id)).not.toContain(dated.id);
        expect(view.edges.map((edge) => edge.node.mission.id)).toContain(missionId);
        // The SQL edit bypassed the worker's index: close the mission so that the next tests start clean.
        await closeMission(platform, admin, dated.id);
        await eventually(async () => !(await storedMissions(nearby)).includes(dated.id));
        await eventually(async () => !(await storedMissions(farWithCar)).includes(dated.id));
      },
      SLOW,
    );

    it(
      'removes the mission from every list once closed',
      async () => {
        await closeMission(platform, admin, missionId);
        await eventually(async () => (await storedMissions(nearby)).length === 0);
        await eventually(async () => (await storedMissions(farWithCar)).length === 0);
        expect((await suggestions(nearby)).totalCount).toBe(0);
      },
      SLOW,
    );
  });

  describe('profiles that cannot be matched', () => {
    it(
      'gives no suggestion and a French reason, without failing',
      async () => {
        const { id } = await createBeneficiary(platform, referent, { availability: [] });
        await eventually(async () => (await stateOf(id)) !== null);
        const view = await suggestions(id);
        expect(view.totalCount).toBe(0);
        expect(view.unmatchedReasons).toEqual(['Consentement non recueilli', 'Disponibilités non renseignées']);
      },
      SLOW,
    );

    it(
      'says which hard filters kept every mission out of a complete profile',
      async () => {
        // In Bourg-en-Bresse, on foot up to 2 km: every mission of this file (Oyonnax, Flaxieu) is out of reach.
        await publishedMission(platform, admin, associationId, { communeCode: OYONNAX });
        const id = await person({
          communeCode: '01053',
          mobility: { modes: ['WALKING'], hasDrivingLicence: false, hasVehicle: false, maxDistanceKm: 2 },
        });
        const reason = /^Hors de portée avec ses moyens de déplacement \(\d+ missions?\)$/;
        // Recomputed until the worker's index holds the mission published just before.
        const view = await eventually(async () => {
          await platform.gqlOk(REFRESH, { beneficiaryId: id }, referent.token);
          await eventually(matchingQueueIdle);
          const current = await suggestions(id);
          return current.unmatchedReasons.some((line) => reason.test(line)) ? current : null;
        });
        expect(view.totalCount).toBe(0);
      },
      SLOW,
    );
  });

  describe('bursts of edits', () => {
    it(
      'collapse into one recompute',
      async () => {
        const id = await person();
        await eventually(matchingQueueIdle);
        const before = (await stateOf(id))!.runs;
        // Without a worker, the requests pile up in the queue: each replaces the previous one.
        await platform.stopWorker();
        for (let i = 0; i < 50; i++) {
          await platform.gqlOk(
            UPDATE_PROFILE,
            {
              id,
              input: {
                mobility: {
                  modes: ['WALKING'],
                  hasDrivingLicence: false,
                  hasVehicle: false,
                  maxDistanceKm: 1 + (i % 10),
                },
              },
            },
            referent.token,
          );
        }
        expect(await matchingJobs(JobName.RecomputeBeneficiaryMatches)).toBe(1);
        await platform.startWorker();
        await eventually(async () => (await stateOf(id))!.runs > before);
        await eventually(matchingQueueIdle);
        expect((await stateOf(id))!.runs).toBe(before + 1);
      },
      SLOW,
    );
  });

  describe('proposals', () => {
    it(
      'stop suggesting a mission once proposed, and lower its fair share for the others',
      async () => {
        const first = await person({ email: 'premiere@exemple.test' });
        const second = await person({ email: 'seconde@exemple.test' });
        const { id: missionId } = await publishedMission(platform, admin, associationId, {
          communeCode: OYONNAX,
          title: 'Tri à la ressourcerie',
          places: 2,
        });
        await eventually(async () => (await storedMissions(first)).includes(missionId));
        await eventually(async () => (await storedMissions(second)).includes(missionId));

        await proposeOk(platform, referent, first, missionId);
        await eventually(async () => !(await storedMissions(first)).includes(missionId));
        const fairShare = await eventually(async () => {
          const [row] = await platform.dataSource.query(
            `SELECT (breakdown->>'fairShare')::float8 AS fair_share FROM mission_suggestion
            WHERE beneficiary_id = $1 AND mission_id = $2`,
            [second, missionId],
          );
          return row && row.fair_share < 1 ? row.fair_share : null;
        });
        // One proposal waiting for an answer on two places left: 1 / (1 + 1/2).
        expect(fairShare).toBeCloseTo(2 / 3, 10);
      },
      SLOW,
    );
  });

  describe('bad input', () => {
    let id: string;
    let missionId: string;

    beforeAll(async () => {
      ({ id } = await createBeneficiary(platform, referent));
      ({ id: missionId } = await publishedMission(platform, admin, associationId, { communeCode: OYONNAX }));
    }, SLOW);

    it(
      'refuses an unknown person, or one the caller does not follow',
      async () => {
        const unknown = await platform.gql(
          MISSION_SUGGESTIONS,
          { beneficiaryId: '00000000-0000-4000-8000-000000000000' },
          referent.token,
        );
        expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        const notMine = await platform.gql(MISSION_SUGGESTIONS, { beneficiaryId: id }, stranger.token);
        expect(notMine.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        const refresh = await platform.gql(REFRESH, { beneficiaryId: id }, stranger.token);
        expect(refresh.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        const byAssociation = await platform.gql(MISSION_SUGGESTIONS, { beneficiaryId: id }, member.token);
        expect(byAssociation.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      },
      SLOW,
    );

    it(
      'refuses `first` outside 1..100',
      async () => {
        for (const first of [0, 101, -3]) {
          const result = await platform.gql(LIGHT_SUGGESTIONS, { beneficiaryId: id, first }, referent.token);
          expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
          const candidates = await platform.gql(LIGHT_CANDIDATES, { missionId, first }, admin.token);
          expect(candidates.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        }
        for (const first of [1, 100]) {
          const result = await platform.gqlOk<{ missionSuggestions: { totalCount: number } }>(
            LIGHT_SUGGESTIONS,
            { beneficiaryId: id, first },
            referent.token,
          );
          expect(result.missionSuggestions.totalCount).toBeGreaterThanOrEqual(0);
          await platform.gqlOk(LIGHT_CANDIDATES, { missionId, first }, admin.token);
        }
      },
      SLOW,
    );

    it(
      "refuses another association's mission, an unknown one, and referents",
      async () => {
        const other = await platform.gql(CANDIDATE_SUGGESTIONS, { missionId }, otherMember.token);
        expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(other.data).toBeNull();
        const unknown = await platform.gql(
          CANDIDATE_SUGGESTIONS,
          { missionId: '00000000-0000-4000-8000-000000000000' },
          admin.token,
        );
        expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        const byReferent = await platform.gql(CANDIDATE_SUGGESTIONS, { missionId }, referent.token);
        expect(byReferent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      },
      SLOW,
    );

    it(
      'recomputes on demand',
      async () => {
        await eventually(async () => (await stateOf(id)) !== null);
        await eventually(matchingQueueIdle);
        const before = (await stateOf(id))!.runs;
        expect(
          (await platform.gqlOk<{ refreshMatches: boolean }>(REFRESH, { beneficiaryId: id }, referent.token))
            .refreshMatches,
        ).toBe(true);
        await eventually(async () => (await stateOf(id))!.runs === before + 1);
      },
      SLOW,
    );
  });

  describe('full rescore', () => {
    const snapshot = async () =>
      platform.dataSource.query(
        `SELECT beneficiary_id, mission_id, rank, score, breakdown, explanation, index_version
           FROM mission_suggestion ORDER BY beneficiary_id, rank`,
      );

    async function rescore(): Promise<void> {
      const started = new Date();
      await platform.dataSource.query(`DELETE FROM mission_suggestion`);
      await platform.api.get(JobQueue).add(JobName.RescoreAll, {});
      await eventually(async () => {
        const [row] = await platform.dataSource.query(
          `SELECT count(*)::int AS stale FROM beneficiary b LEFT JOIN beneficiary_match_state s ON s.beneficiary_id = b.id
            WHERE s.computed_at IS NULL OR s.computed_at < $1`,
          [started],
        );
        return row.stale === 0;
      }, 60_000);
      await eventually(matchingQueueIdle, 30_000);
    }

    it(
      'gives the same table with two worker processes sharing the chunks as with one',
      async () => {
        for (let i = 0; i < 6; i++) {
          await person({
            communeCode: i % 2 ? OYONNAX : FLAXIEU,
            mobility: { modes: ['CAR'], hasDrivingLicence: true, hasVehicle: true, maxDistanceKm: 60 },
          });
        }
        for (const [i, slots] of [1 << 3, (1 << 3) | (1 << 9), 0].entries()) {
          await publishedMission(platform, admin, associationId, {
            communeCode: OYONNAX,
            title: `Mission ${i}`,
            weeklySlots: slots,
            places: 1 + i,
          });
        }
        await eventually(matchingQueueIdle, 30_000);

        await rescore();
        const alone = await snapshot();
        expect(alone.length).toBeGreaterThan(6);

        const first = platform.worker!.get(MatchingHandlers);
        // The second worker is a separate process, started from the build as in production.
        const second = WorkerProcess.start(platform.config, { LOG_LEVEL: 'info', MATCHING_RESCORE_CHUNK_SIZE: '2' });
        try {
          // A worker loads its index from PostgreSQL as it starts; the API never holds one.
          await eventually(async () => second.events('matching.index_loaded') === 1, 60_000);
          expect(platform.api.get(MissionIndexService).loaded).toBe(false);
          const firstBefore = first.chunksRun;
          await rescore();
          expect(await snapshot()).toEqual(alone);
          expect(first.chunksRun - firstBefore).toBeGreaterThan(0);
          expect(second.events('matching.rescore_chunk_done')).toBeGreaterThan(0);
        } catch (error) {
          process.stderr.write(`second worker output:\n${second.log}\n`);
          throw error;
        } finally {
          await second.stop();
        }
      },
      SLOW,
    );
  });
});
