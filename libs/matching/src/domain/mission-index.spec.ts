import { MobilityMode, mobilityModesToMask } from '@tremplin/beneficiaries';
import { AIN_COMMUNES, FrenchLevel, distanceKm } from '@tremplin/referentials';
import fc from 'fast-check';
import { BOURG, TODAY, aMission, aProfile, kmNorthOf, matchContext } from '../testing/matching-fixtures';
import { failedHardFilter, profileProblems } from './hard-filters';
import { MatchingReferential } from './matching-referential';
import type { CandidateProfile, MissionFacts } from './matching-types';
import { MissionIndex, dateKey, haversineKm } from './mission-index';
import { MatchContext, rankMissions } from './score-match';
import { CRITERIA, CriteriaValues, MatchingWeights } from './weights';

const context = matchContext();
const newIndex = (options = {}) => new MissionIndex(new MatchingReferential(context.referential.catalog), options);
const idsOf = (hits: { missionId: string }[]) => hits.map((hit) => hit.missionId);

describe(haversineKm.name, () => {
  it('gives exactly the referentials distance (property)', () => {
    const coordinate = fc.record({
      lat: fc.double({ min: 41, max: 51.5, noNaN: true }),
      lon: fc.double({ min: -5, max: 9.6, noNaN: true }),
    });
    fc.assert(
      fc.property(coordinate, coordinate, (a, b) => {
        const cos = (lat: number) => Math.cos((lat * Math.PI) / 180);
        expect(haversineKm(a.lat, a.lon, cos(a.lat), b.lat, b.lon, cos(b.lat))).toBe(
          distanceKm(a.lat, a.lon, b.lat, b.lon),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe(dateKey.name, () => {
  it('orders dates like their text', () => {
    expect(dateKey('2026-03-02')).toBe(20260302);
    expect(dateKey('2025-12-31') < dateKey('2026-01-01')).toBe(true);
  });
});

describe(MissionIndex.name, () => {
  it('finds a suitable mission and scores it like the reference scorer', () => {
    const index = newIndex();
    index.upsert(aMission());
    const [hit] = index.query(aProfile(), 20, context);
    expect(hit.missionId).toBe('m-0001');
    expect(hit.score).toBe(rankMissions(aProfile(), [aMission()], context, 20)[0].score);
  });

  it('returns nothing for a profile that cannot be matched', () => {
    const index = newIndex();
    index.upsert(aMission());
    expect(index.query(aProfile({ consent: false }), 20, context)).toEqual([]);
    expect(index.query(aProfile({ availabilityMask: 0 }), 20, context)).toEqual([]);
    expect(index.query(aProfile({ latitude: null, longitude: null }), 20, context)).toEqual([]);
  });

  it('only visits the cells within reach, yet finds missions on the edge of the reach', () => {
    const walker = aProfile({ mobilityModes: mobilityModesToMask([MobilityMode.WALKING]) });
    const index = newIndex({ cellKm: 1 });
    index.upsert(aMission({ id: 'inside', ...kmNorthOf(BOURG, 2.999) }));
    index.upsert(aMission({ id: 'outside', ...kmNorthOf(BOURG, 3.001) }));
    index.upsert(aMission({ id: 'east', latitude: BOURG.latitude, longitude: BOURG.longitude + 0.0389 }));
    const east = distanceKm(BOURG.latitude, BOURG.longitude, BOURG.latitude, BOURG.longitude + 0.0389);
    expect(east).toBeLessThan(3);
    expect(idsOf(index.query(walker, 20, context)).sort()).toEqual(['east', 'inside']);
  });

  it('always considers remote missions and never missions without a place', () => {
    const index = newIndex();
    index.upsert(aMission({ id: 'remote', remote: true, latitude: null, longitude: null }));
    index.upsert(aMission({ id: 'nowhere', latitude: null, longitude: null }));
    index.upsert(aMission({ id: 'far-remote', remote: true, ...kmNorthOf(BOURG, 300) }));
    expect(idsOf(index.query(aProfile(), 20, context)).sort()).toEqual(['far-remote', 'remote']);
  });

  it('updates a mission in place, moving it between cells', () => {
    const index = newIndex();
    index.upsert(aMission({ id: 'a', ...kmNorthOf(BOURG, 50) }));
    expect(index.query(aProfile(), 20, context)).toEqual([]);
    index.upsert(aMission({ id: 'a', ...kmNorthOf(BOURG, 1) }));
    expect(idsOf(index.query(aProfile(), 20, context))).toEqual(['a']);
    expect(index.size).toBe(1);
    expect(index.get('a')?.latitude).toBeCloseTo(BOURG.latitude + 1 / 111.195, 10);
  });

  it('removes missions and reuses their slots', () => {
    const index = newIndex({ initialCapacity: 16 });
    for (let i = 0; i < 40; i++) index.upsert(aMission({ id: `m${i}` }));
    for (let i = 0; i < 40; i += 2) expect(index.remove(`m${i}`)).toBe(true);
    expect(index.remove('m0')).toBe(false);
    for (let i = 100; i < 110; i++) index.upsert(aMission({ id: `m${i}` }));
    expect(index.size).toBe(30);
    const found = idsOf(index.query(aProfile(), 100, context));
    expect(found).toHaveLength(30);
    expect(found).not.toContain('m0');
    expect(found).toContain('m105');
  });

  it('counts its changes in a version', () => {
    const index = newIndex();
    const before = index.version;
    index.upsert(aMission());
    index.setPendingProposals('m-0001', 3);
    index.remove('m-0001');
    expect(index.version).toBe(before + 3);
    expect(index.setPendingProposals('m-0001', 1)).toBe(false);
  });

  it('ranks lower a mission whose pending proposals grow (fair share)', () => {
    const index = newIndex();
    index.upsert(aMission({ id: 'a' }));
    index.upsert(aMission({ id: 'b' }));
    expect(idsOf(index.query(aProfile(), 2, context))).toEqual(['a', 'b']);
    index.setPendingProposals('a', 4);
    expect(idsOf(index.query(aProfile(), 2, context))).toEqual(['b', 'a']);
    expect(index.get('a')?.pendingProposals).toBe(4);
  });

  it('leaves out the missions excluded for the person, and only for that query', () => {
    const index = newIndex();
    index.upsert(aMission({ id: 'a' }));
    index.upsert(aMission({ id: 'b' }));
    expect(idsOf(index.query(aProfile({ excludedMissionIds: new Set(['a']) }), 20, context))).toEqual(['b']);
    expect(idsOf(index.query(aProfile(), 20, context))).toEqual(['a', 'b']);
  });

  it('accepts domains that the catalog does not know yet', () => {
    const index = newIndex();
    index.upsert(aMission({ id: 'a', domainCode: 'NOUVEAU' }));
    index.upsert(aMission({ id: 'b' }));
    expect(idsOf(index.query(aProfile({ interestDomainCodes: ['NOUVEAU'] }), 20, context))).toEqual(['a', 'b']);
  });
});

// ---------------------------------------------------------------------------------------------
// Property-based checks against the brute-force scorer.

/** 25 communes around Bourg-en-Bresse and elsewhere in the Ain (shared places make ties likely). */
const PLACES = AIN_COMMUNES.filter((_, i) => i % 16 === 0).map(([, , latitude, longitude]) => ({
  latitude,
  longitude,
}));
const COMPETENCY_POOL = [
  'TR_ACCUEIL',
  'SE_EQUIPE',
  'TR_ECOUTE',
  'SE_SERVICE',
  'PR_MANUTENTION',
  'SE_RIGUEUR',
  'XX_INCONNUE',
];
const JOB_POOL = ['M1601', 'K1304', 'N1105', 'G1602', 'K2204', 'Z9999'];
const DOMAIN_POOL = ['SOLIDARITE_INSERTION', 'SPORT', 'ANIMAUX', 'DOMAINE_NOUVEAU'];
const DATES = ['2026-02-01', '2026-03-01', TODAY, '2026-03-03', '2026-12-31'];

/** true with probability `p` (reproducible, unlike Math.random inside an arbitrary). */
const sometimes = (p: number) =>
  fc.oneof(
    { weight: Math.round(p * 100), arbitrary: fc.constant(true) },
    { weight: Math.round((1 - p) * 100), arbitrary: fc.constant(false) },
  );

const slotMask = fc
  .oneof(
    fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 4 }),
    fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 12 }),
  )
  .map((bits) => bits.reduce((mask, bit) => mask | (1 << bit), 0));

const place = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PLACES) },
  {
    weight: 1,
    arbitrary: fc.record({
      latitude: fc.double({ min: 45.6, max: 46.5, noNaN: true }),
      longitude: fc.double({ min: 4.7, max: 6.2, noNaN: true }),
    }),
  },
);

const frenchLevel = fc.constantFrom(null, FrenchLevel.A1, FrenchLevel.A2, FrenchLevel.B1, FrenchLevel.C2);
const missionFrenchLevel = fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: frenchLevel });

const missionFields = fc.record({
  domainCode: fc.constantFrom(...DOMAIN_POOL),
  competencyCodes: fc.subarray(COMPETENCY_POOL),
  place: fc.option(place, { nil: null, freq: 20 }),
  remote: sometimes(0.1),
  publicTransport: fc.boolean(),
  weeklySlots: fc.oneof(fc.constant(0), slotMask),
  endDate: fc.option(fc.constantFrom(...DATES), { nil: null }),
  places: fc.integer({ min: 1, max: 4 }),
  placesTaken: fc.integer({ min: 0, max: 4 }),
  pendingProposals: fc.integer({ min: 0, max: 6 }),
  drivingLicenceRequired: sometimes(0.2),
  minimumAge: fc.constantFrom(null, null, null, 0, 18, 25, 40),
  frenchLevel: missionFrenchLevel,
});

type MissionFields = typeof missionFields extends fc.Arbitrary<infer T> ? T : never;

function toMission(id: string, f: MissionFields): MissionFacts {
  return {
    id,
    domainCode: f.domainCode,
    competencyCodes: f.competencyCodes,
    latitude: f.place?.latitude ?? null,
    longitude: f.place?.longitude ?? null,
    remote: f.remote,
    publicTransport: f.publicTransport,
    weeklySlots: f.weeklySlots,
    startDate: null,
    endDate: f.endDate,
    places: f.places,
    placesTaken: Math.min(f.placesTaken, f.places),
    pendingProposals: f.pendingProposals,
    drivingLicenceRequired: f.drivingLicenceRequired,
    minimumAge: f.minimumAge,
    frenchLevel: f.frenchLevel,
  };
}

const profileFields = fc.record({
  place: fc.option(place, { nil: null, freq: 30 }),
  birthDate: fc.option(fc.constantFrom('1960-05-01', '1985-01-15', '2001-03-02', '2001-03-03', '2007-01-01'), {
    nil: null,
    freq: 10,
  }),
  consent: sometimes(0.95),
  mobilityModes: fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 15, arbitrary: fc.integer({ min: 1, max: 15 }) },
  ),
  hasDrivingLicence: fc.boolean(),
  hasVehicle: fc.boolean(),
  maxDistanceKm: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
  availabilityMask: fc.oneof(slotMask, fc.integer({ min: 1, max: 0x1fffff })),
  frenchLevel,
  interestDomainCodes: fc.subarray([...DOMAIN_POOL, 'AUTRE']),
  targetJobCodes: fc.subarray(JOB_POOL, { maxLength: 3 }),
  competencyCodes: fc.subarray(COMPETENCY_POOL, { maxLength: 3 }),
  triedDomainCodes: fc.subarray(DOMAIN_POOL, { maxLength: 2 }),
  excluded: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 10 }),
});

type ProfileFields = typeof profileFields extends fc.Arbitrary<infer T> ? T : never;

function toProfile(id: string, f: ProfileFields): CandidateProfile {
  return {
    id,
    civility: null,
    latitude: f.place?.latitude ?? null,
    longitude: f.place?.longitude ?? null,
    birthDate: f.birthDate,
    active: true,
    consent: f.consent,
    consentWithdrawn: false,
    mobilityModes: f.mobilityModes,
    hasDrivingLicence: f.hasDrivingLicence,
    hasVehicle: f.hasVehicle,
    maxDistanceKm: f.maxDistanceKm,
    availabilityMask: f.availabilityMask,
    frenchLevel: f.frenchLevel,
    interestDomainCodes: f.interestDomainCodes,
    targetJobCodes: f.targetJobCodes,
    competencyCodes: f.competencyCodes,
    triedDomainCodes: f.triedDomainCodes,
    excludedMissionIds: new Set(f.excluded.map(missionId)),
  };
}

const missionId = (i: number) => `m-${String(i).padStart(4, '0')}`;

const weights: fc.Arbitrary<MatchingWeights> = fc
  .tuple(...CRITERIA.map(() => fc.integer({ min: 0, max: 40 })))
  .filter((values) => values.some((v) => v > 0))
  .map((values) => Object.fromEntries(CRITERIA.map((c, i) => [c, values[i]])) as CriteriaValues);

describe('MissionIndex against the brute-force scorer (properties)', () => {
  it('returns exactly the brute-force top-k, and never a mission failing a hard filter', () => {
    let profilesChecked = 0;
    let suggestionsChecked = 0;
    fc.assert(
      fc.property(
        fc.array(missionFields, { minLength: 0, maxLength: 250, size: 'max' }),
        fc.array(profileFields, { minLength: 1, maxLength: 12, size: 'max' }),
        fc.integer({ min: 1, max: 30 }),
        weights,
        fc.constantFrom(1, 2.5, 5, 20),
        (missionList, profileList, k, w, cellKm) => {
          const ctx: MatchContext = {
            ...context,
            weights: w,
            referential: new MatchingReferential(context.referential.catalog),
          };
          const index = new MissionIndex(ctx.referential, { cellKm, initialCapacity: 16 });
          const missions = missionList.map((f, i) => toMission(missionId(i), f));
          missions.forEach((m) => index.upsert(m));
          for (const [p, fields] of profileList.entries()) {
            const profile = toProfile(`b-${p}`, fields);
            const expected = rankMissions(profile, missions, ctx, k).map(({ missionId, score }) => ({
              missionId,
              score,
            }));
            const actual = index.query(profile, k, ctx);
            expect(actual).toEqual(expected);
            profilesChecked++;
            if (actual.length > 0) expect(profileProblems(profile)).toEqual([]);
            for (const hit of actual) {
              expect(failedHardFilter(profile, index.get(hit.missionId) as MissionFacts, TODAY)).toBeNull();
              suggestionsChecked++;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(profilesChecked).toBeGreaterThan(1000);
    expect(suggestionsChecked).toBeGreaterThan(1000);
  });

  it('stays equal to the brute force through incremental upserts, moves and removals', () => {
    let suggestionsChecked = 0;
    fc.assert(
      fc.property(
        fc.array(missionFields, { minLength: 1, maxLength: 150, size: 'max' }),
        fc.array(
          fc.oneof(
            fc.record({
              kind: fc.constant('upsert' as const),
              target: fc.integer({ min: 0, max: 200 }),
              fields: missionFields,
            }),
            fc.record({ kind: fc.constant('remove' as const), target: fc.integer({ min: 0, max: 200 }) }),
            fc.record({
              kind: fc.constant('pending' as const),
              target: fc.integer({ min: 0, max: 200 }),
              pending: fc.integer({ min: 0, max: 8 }),
            }),
          ),
          { maxLength: 120, size: 'max' },
        ),
        fc.array(profileFields, { minLength: 1, maxLength: 6, size: 'max' }),
        (initial, operations, profileList) => {
          const index = newIndex({ initialCapacity: 16 });
          const truth = new Map<string, MissionFacts>();
          initial.forEach((f, i) => {
            const mission = toMission(missionId(i), f);
            truth.set(mission.id, mission);
            index.upsert(mission);
          });
          for (const op of operations) {
            const id = missionId(op.target);
            if (op.kind === 'upsert') {
              const mission = toMission(id, op.fields);
              truth.set(id, mission);
              index.upsert(mission);
            } else if (op.kind === 'remove') {
              expect(index.remove(id)).toBe(truth.delete(id));
            } else {
              const mission = truth.get(id);
              expect(index.setPendingProposals(id, op.pending)).toBe(mission !== undefined);
              if (mission) truth.set(id, { ...mission, pendingProposals: op.pending });
            }
          }
          expect(index.size).toBe(truth.size);
          for (const [p, fields] of profileList.entries()) {
            const profile = toProfile(`b-${p}`, fields);
            const expected = rankMissions(profile, truth.values(), context, 25).map(({ missionId, score }) => ({
              missionId,
              score,
            }));
            expect(index.query(profile, 25, context)).toEqual(expected);
            suggestionsChecked += expected.length;
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(suggestionsChecked).toBeGreaterThan(1000);
  });
});
