import { MobilityMode, mobilityModesToMask } from '@tremplin/beneficiaries';
import type { CandidateProfile, MissionFacts } from '@tremplin/matching';
import {
  AIN_COMMUNES,
  AIN_TERRITORIES,
  FrenchLevel,
  JOBS,
  MISSION_DOMAINS,
  COMPETENCIES,
  nearestTerritory,
} from '@tremplin/referentials';

/**
 * Synthetic but realistic data for the matching benchmark, reproducible from a seed:
 * - missions spread like the Ain's communes: every commune may host some, the towns (seats of the
 *   CDS) many more, scattered within 1.5 km of the commune's centre;
 * - beneficiaries following the figures of the Plan insertion 01 (shared seed document): 55 %
 *   women, 54 % aged 30-49, 40 % living in the territories of the three busiest CDS (Bourg-en-Bresse
 *   — two CDS —, Oyonnax, Ambérieu-en-Bugey); mobility as is usual among RSA recipients (fewer
 *   than half with a car, most relying on walking and public transport).
 */

/** Small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  const out: T[] = [];
  while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  return out;
}

/** Seats of the CDS and the other towns of the Ain: they host most missions. */
const TOWNS = new Set([
  '01053',
  '01283',
  '01004',
  '01033',
  '01034',
  '01173',
  '01354',
  '01160',
  '01143',
  '01249',
  '01427',
  '01093',
  '01305',
]);
const BUSY_TERRITORIES = new Set(['CDS-BOURG-CROIX-BLANCHE', 'CDS-BOURG-PIERRE-GOUJON', 'CDS-OYONNAX', 'CDS-AMBERIEU']);

const communeTerritory = new Map(
  AIN_COMMUNES.map(([code, , latitude, longitude]) => [
    code,
    nearestTerritory(latitude, longitude, AIN_TERRITORIES).code,
  ]),
);

export interface SyntheticCommune {
  code: string;
  latitude: number;
  longitude: number;
}

const ALL: SyntheticCommune[] = AIN_COMMUNES.map(([code, , latitude, longitude]) => ({ code, latitude, longitude }));
/** Missions: a town weighs 15 villages. */
const MISSION_PLACES: SyntheticCommune[] = ALL.flatMap((c) => (TOWNS.has(c.code) ? Array(15).fill(c) : [c]));
const BUSY = ALL.filter((c) => BUSY_TERRITORIES.has(communeTerritory.get(c.code) as string));
const QUIET = ALL.filter((c) => !BUSY_TERRITORIES.has(communeTerritory.get(c.code) as string));

function jitter(random: Random, commune: SyntheticCommune, km: number): { latitude: number; longitude: number } {
  const angle = random() * 2 * Math.PI;
  const distance = Math.sqrt(random()) * km;
  return {
    latitude: commune.latitude + (distance * Math.sin(angle)) / 111.195,
    longitude:
      commune.longitude + (distance * Math.cos(angle)) / (111.195 * Math.cos((commune.latitude * Math.PI) / 180)),
  };
}

/** A mask of `count` distinct half-day slots, weekdays (Monday-Friday, morning/afternoon) favoured. */
function slots(random: Random, count: number): number {
  const weekdays = Array.from({ length: 5 }, (_, d) => [d * 3, d * 3 + 1]).flat();
  const others = Array.from({ length: 21 }, (_, i) => i).filter((i) => !weekdays.includes(i));
  let mask = 0;
  for (let i = 0; i < count; i++) mask |= 1 << (random() < 0.85 ? pick(random, weekdays) : pick(random, others));
  return mask;
}

export interface SyntheticMission extends MissionFacts {
  communeCode: string;
}

export function syntheticMissions(count: number, seed = 1): SyntheticMission[] {
  const random = rng(seed);
  const competencyCodes = COMPETENCIES.map((c) => c.code);
  return Array.from({ length: count }, (_, i) => {
    const commune = pick(random, MISSION_PLACES);
    const places = 1 + Math.floor(random() * 5);
    return {
      id: uuidOf(seed, i),
      communeCode: commune.code,
      domainCode: pick(random, MISSION_DOMAINS).code,
      competencyCodes: sample(random, competencyCodes, 2 + Math.floor(random() * 4)),
      ...jitter(random, commune, 1.5),
      remote: random() < 0.03,
      publicTransport: random() < 0.6,
      weeklySlots: random() < 0.1 ? 0 : slots(random, 1 + Math.floor(random() * 4)),
      startDate: null,
      endDate: random() < 0.2 ? '2027-06-30' : null,
      places,
      placesTaken: Math.floor(random() * places),
      pendingProposals: 0,
      drivingLicenceRequired: random() < 0.1,
      minimumAge: random() < 0.1 ? 21 : null,
      frenchLevel: random() < 0.2 ? pick(random, [FrenchLevel.A2, FrenchLevel.B1]) : null,
    };
  });
}

export function syntheticProfiles(count: number, seed = 2): CandidateProfile[] {
  const random = rng(seed);
  const domainCodes = MISSION_DOMAINS.map((d) => d.code);
  const jobCodes = JOBS.map((j) => j.romeCode);
  const competencyCodes = COMPETENCIES.map((c) => c.code);
  return Array.from({ length: count }, (_, i) => {
    const commune = random() < 0.4 ? pick(random, BUSY) : pick(random, QUIET);
    const roll = random();
    const age =
      roll < 0.54
        ? 30 + Math.floor(random() * 20)
        : roll < 0.77
          ? 18 + Math.floor(random() * 12)
          : 50 + Math.floor(random() * 15);
    const hasVehicle = random() < 0.4;
    const modes = [MobilityMode.WALKING];
    if (random() < 0.55) modes.push(MobilityMode.PUBLIC_TRANSPORT);
    if (random() < 0.2) modes.push(MobilityMode.BICYCLE);
    if (hasVehicle) modes.push(MobilityMode.CAR);
    return {
      id: uuidOf(seed, i),
      civility: random() < 0.55 ? 'MADAME' : 'MONSIEUR',
      latitude: commune.latitude,
      longitude: commune.longitude,
      birthDate: `${2026 - age - 1}-06-15`,
      active: true,
      consent: true,
      consentWithdrawn: false,
      mobilityModes: mobilityModesToMask(modes),
      hasDrivingLicence: hasVehicle || random() < 0.15,
      hasVehicle,
      maxDistanceKm: random() < 0.5 ? 5 + Math.floor(random() * 30) : null,
      availabilityMask: slots(random, 3 + Math.floor(random() * 8)),
      frenchLevel: pick(random, [
        FrenchLevel.A2,
        FrenchLevel.B1,
        FrenchLevel.B1,
        FrenchLevel.B2,
        FrenchLevel.C1,
        FrenchLevel.C2,
      ]),
      interestDomainCodes: sample(random, domainCodes, 1 + Math.floor(random() * 3)),
      targetJobCodes: sample(random, jobCodes, 1 + Math.floor(random() * 3)),
      competencyCodes: sample(random, competencyCodes, Math.floor(random() * 4)),
      triedDomainCodes: random() < 0.2 ? [pick(random, domainCodes)] : [],
      excludedMissionIds: new Set<string>(),
    };
  });
}

/** A stable, valid UUID (v4 layout) from a seed and an index, so that ids sort like in PostgreSQL. */
export function uuidOf(seed: number, index: number): string {
  const hex = (seed * 1_000_003 + index).toString(16).padStart(12, '0').slice(-12);
  const salt = ((seed * 2654435761) >>> 0).toString(16).padStart(8, '0');
  return `${salt}-0000-4000-8000-${hex}`;
}
