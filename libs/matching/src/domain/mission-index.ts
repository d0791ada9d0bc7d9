import { ageOn } from '@tremplin/beneficiaries';
import { countSlots, frenchLevelRank } from '@tremplin/referentials';
import { fairShareFit, projectFitOf, scheduleFit } from './criteria';
import { profileProblems } from './hard-filters';
import type { MatchingReferential } from './matching-referential';
import type { CandidateProfile, MissionFacts } from './matching-types';
import type { MatchContext } from './score-match';
import { TopK } from './top-k';
import { Reaches, proximityFit, reachesOf } from './travel';
import { combineScore } from './weights';

/** The referentials' Earth radius (distanceKm): the index reproduces its haversine operation for operation. */
export const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
/** Slack on the cell ranges, in degrees (about a centimetre), against rounding. */
const EPSILON_DEG = 1e-7;
/**
 * Margin of the score bounds (scores are in [0, 100], whose last-bit rounding is ~1e-14): a bound
 * must fall short by more than this to prune, whatever the rounding of Math.pow or the sums.
 */
const BOUND_SLACK = 1e-9;
/** End date of a mission without one. */
const NO_END = 99_999_999;

const FLAG_LICENCE = 1;
const FLAG_PUBLIC_TRANSPORT = 2;
const FLAG_REMOTE = 4;
const FLAG_LOCATED = 8;

/** `YYYY-MM-DD` as the integer YYYYMMDD (same order). */
export function dateKey(date: string): number {
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/**
 * The haversine distance of the referentials (distanceKm), with the cosine of each latitude
 * computed once: same operations in the same order, hence the same double.
 */
export function haversineKm(
  lat1: number,
  lon1: number,
  cos1: number,
  lat2: number,
  lon2: number,
  cos2: number,
): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + cos1 * cos2 * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A latitude/longitude box holding every point within `radiusKm` (great-circle) of the centre,
 * never smaller: |Δlatitude| ≤ d/R, and sin(|Δlongitude|/2) ≤ sin(d/2R) / cos(highest latitude of
 * the band). Longitudes are not wrapped around ±180° (France is far from it).
 */
export function boundingBox(
  latitude: number,
  longitude: number,
  radiusKm: number,
): { minLatitude: number; maxLatitude: number; minLongitude: number; maxLongitude: number } {
  const dLat = radiusKm / KM_PER_DEGREE + EPSILON_DEG;
  const maxAbsLat = Math.min(90, Math.abs(latitude) + dLat);
  const ratio = Math.sin(radiusKm / (2 * EARTH_RADIUS_KM)) / Math.cos(toRadians(maxAbsLat));
  const dLon = ratio >= 1 ? 180 : (2 * Math.asin(ratio) * 180) / Math.PI + EPSILON_DEG;
  return {
    minLatitude: latitude - dLat,
    maxLatitude: latitude + dLat,
    minLongitude: longitude - dLon,
    maxLongitude: longitude + dLon,
  };
}

export interface MissionIndexOptions {
  /** Side of a grid cell in km (north-south). */
  cellKm?: number;
  /** Latitude at which cells are square (east-west side = cellKm there). */
  referenceLatitude?: number;
  initialCapacity?: number;
}

export interface IndexHit {
  missionId: string;
  score: number;
}

/** A profile turned into the numbers the inner loop compares (built once per query). */
interface PreparedQuery {
  today: number;
  age: number;
  frenchRank: number;
  licence: boolean;
  availability: number;
  reaches: Reaches;
  reachNoTransit: number;
  reachTransit: number;
  latitude: number;
  longitude: number;
  cosLatitude: number;
  needWeights: Int32Array;
  needMask: Uint32Array;
  needTotal: number;
  /** The best project fit any mission of the index may reach (its competencies: the most needed ones). */
  projectBound: number;
  noInterest: boolean;
  interests: Uint8Array;
  tried: Uint8Array;
  excludedEpoch: number;
}

/**
 * The published missions in a compact, columnar, in-memory index (one typed array per field),
 * for the worker's matching jobs:
 * - a geographic grid: only the cells within the person's reach are visited;
 * - competencies and weekly slots as bit sets (overlap is an AND, coverage a popcount);
 * - incremental upsert / remove (slots are reused);
 * - top-k by a bounded heap.
 * It returns exactly the ranking of the brute-force scorer (rankMissions): same filters, same
 * numbers, same tie-break — a property test checks it on thousands of random cases.
 */
export class MissionIndex {
  private capacity: number;
  /** Slots ever used (high-water mark); free ones are in `free`. */
  private used = 0;
  private readonly free: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private ids: (string | null)[] = [];
  private facts: (MissionFacts | null)[] = [];
  private latitude: Float64Array;
  private longitude: Float64Array;
  private cosLatitude: Float64Array;
  private weeklySlots: Uint32Array;
  private competencies: Uint32Array;
  private domain: Int32Array;
  private flags: Uint8Array;
  private minimumAge: Int16Array;
  private frenchRank: Uint8Array;
  private endKey: Int32Array;
  private placesLeft: Int32Array;
  private pending: Int32Array;
  /** Cell of each slot (keys go up to 2^32: a double array). */
  private cellKey: Float64Array;
  private cellPos: Int32Array;
  private excludedMark: Uint32Array;
  private epoch = 0;
  private readonly cells = new Map<number, number[]>();
  private readonly remote: number[] = [];
  private readonly cellLatDeg: number;
  private readonly cellLonDeg: number;
  private readonly words: number;
  private changes = 0;
  /** The most competencies a mission of the index develops (never lowered: a bound). */
  private maxCompetencies = 0;

  constructor(
    readonly referential: MatchingReferential,
    options: MissionIndexOptions = {},
  ) {
    const cellKm = options.cellKm ?? 5;
    this.cellLatDeg = cellKm / KM_PER_DEGREE;
    this.cellLonDeg = this.cellLatDeg / Math.cos(toRadians(options.referenceLatitude ?? 46.2));
    this.words = referential.words;
    this.capacity = Math.max(16, options.initialCapacity ?? 1024);
    this.latitude = new Float64Array(this.capacity);
    this.longitude = new Float64Array(this.capacity);
    this.cosLatitude = new Float64Array(this.capacity);
    this.weeklySlots = new Uint32Array(this.capacity);
    this.competencies = new Uint32Array(this.capacity * this.words);
    this.domain = new Int32Array(this.capacity);
    this.flags = new Uint8Array(this.capacity);
    this.minimumAge = new Int16Array(this.capacity);
    this.frenchRank = new Uint8Array(this.capacity);
    this.endKey = new Int32Array(this.capacity);
    this.placesLeft = new Int32Array(this.capacity);
    this.pending = new Int32Array(this.capacity);
    this.cellKey = new Float64Array(this.capacity);
    this.cellPos = new Int32Array(this.capacity);
    this.excludedMark = new Uint32Array(this.capacity);
  }

  /** Missions in the index. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Grows by one at every upsert, removal or change of pending proposals. */
  get version(): number {
    return this.changes;
  }

  has(missionId: string): boolean {
    return this.slotOf.has(missionId);
  }

  get(missionId: string): MissionFacts | undefined {
    const slot = this.slotOf.get(missionId);
    return slot === undefined ? undefined : (this.facts[slot] as MissionFacts);
  }

  *missions(): IterableIterator<MissionFacts> {
    for (const slot of this.slotOf.values()) yield this.facts[slot] as MissionFacts;
  }

  /** Adds the mission or replaces what the index knows of it. */
  upsert(mission: MissionFacts): void {
    let slot = this.slotOf.get(mission.id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.used++;
      if (slot >= this.capacity) this.grow();
      this.slotOf.set(mission.id, slot);
      this.ids[slot] = mission.id;
    } else {
      this.unplace(slot);
    }
    this.facts[slot] = mission;
    const located = mission.latitude !== null && mission.longitude !== null;
    this.latitude[slot] = located ? (mission.latitude as number) : 0;
    this.longitude[slot] = located ? (mission.longitude as number) : 0;
    this.cosLatitude[slot] = located ? Math.cos(toRadians(mission.latitude as number)) : 0;
    this.weeklySlots[slot] = mission.weeklySlots;
    const competencies = this.referential.competencySet(mission.competencyCodes);
    this.competencies.set(competencies, slot * this.words);
    let count = 0;
    for (const word of competencies) count += countSlots(word);
    if (count > this.maxCompetencies) this.maxCompetencies = count;
    this.domain[slot] = this.referential.domainId(mission.domainCode);
    this.flags[slot] =
      (mission.drivingLicenceRequired ? FLAG_LICENCE : 0) |
      (mission.publicTransport ? FLAG_PUBLIC_TRANSPORT : 0) |
      (mission.remote ? FLAG_REMOTE : 0) |
      (located ? FLAG_LOCATED : 0);
    this.minimumAge[slot] = mission.minimumAge !== null && mission.minimumAge > 0 ? mission.minimumAge : 0;
    this.frenchRank[slot] = frenchLevelRank(mission.frenchLevel);
    this.endKey[slot] = mission.endDate ? dateKey(mission.endDate) : NO_END;
    this.placesLeft[slot] = mission.places - mission.placesTaken;
    this.pending[slot] = mission.pendingProposals;
    this.place(slot);
    this.changes++;
  }

  remove(missionId: string): boolean {
    const slot = this.slotOf.get(missionId);
    if (slot === undefined) return false;
    this.unplace(slot);
    this.slotOf.delete(missionId);
    this.ids[slot] = null;
    this.facts[slot] = null;
    this.free.push(slot);
    this.changes++;
    return true;
  }

  /** Updates the fair-share input of a mission (pending proposals). */
  setPendingProposals(missionId: string, pending: number): boolean {
    const slot = this.slotOf.get(missionId);
    if (slot === undefined) return false;
    const facts = this.facts[slot] as MissionFacts;
    if (facts.pendingProposals === pending) return true;
    this.facts[slot] = { ...facts, pendingProposals: pending };
    this.pending[slot] = pending;
    this.changes++;
    return true;
  }

  /**
   * The `k` best missions for the profile, best first (score, then mission id), or none when
   * the profile has a problem (see profileProblems).
   */
  query(profile: CandidateProfile, k: number, context: Pick<MatchContext, 'today' | 'weights'>): IndexHit[] {
    if (k <= 0 || profileProblems(profile).length > 0) return [];
    const q = this.prepare(profile, context.today);
    const heap = new TopK(k);
    const weights = context.weights;
    for (const slot of this.remote) this.consider(slot, q, heap, weights, 1);
    const radius = q.reachTransit;
    if (radius > 0) {
      // The cells within reach, nearest first: the heap fills with near missions early, and once
      // even the best imaginable mission of a cell could not enter the top k, neither could any
      // mission of the farther cells.
      const box = boundingBox(q.latitude, q.longitude, radius);
      const latFrom = Math.floor(box.minLatitude / this.cellLatDeg);
      const latTo = Math.floor(box.maxLatitude / this.cellLatDeg);
      const lonFrom = Math.floor(box.minLongitude / this.cellLonDeg);
      const lonTo = Math.floor(box.maxLongitude / this.cellLonDeg);
      const visits: { nearestKm: number; members: number[] }[] = [];
      for (let i = latFrom; i <= latTo; i++) {
        for (let j = lonFrom; j <= lonTo; j++) {
          const members = this.cells.get(cellKeyOf(i, j));
          if (!members) continue;
          const nearestKm = this.nearestKmInCell(q, i, j);
          if (nearestKm <= radius) visits.push({ nearestKm, members });
        }
      }
      visits.sort((a, b) => a.nearestKm - b.nearestKm);
      const interestBound = q.noInterest ? 0.5 : 1;
      for (const { nearestKm, members } of visits) {
        const proximityBound = proximityFit(q.reaches, nearestKm, true);
        if (
          heap.size === k &&
          combineScore(weights, q.projectBound, interestBound, proximityBound, 1, 1, 1) + BOUND_SLACK < heap.threshold
        ) {
          break;
        }
        for (let m = 0; m < members.length; m++) this.consider(members[m], q, heap, weights, proximityBound);
      }
    }
    return heap.drain().map((entry) => ({ missionId: entry.id, score: entry.score }));
  }

  /**
   * A lower bound of the distance from the query to any point of cell (i, j), slightly reduced
   * against rounding: haversine with the smallest latitude and longitude gaps and the smallest
   * cosine of the cell's latitudes.
   */
  private nearestKmInCell(q: PreparedQuery, i: number, j: number): number {
    const latMin = i * this.cellLatDeg;
    const latMax = latMin + this.cellLatDeg;
    const lonMin = j * this.cellLonDeg;
    const lonMax = lonMin + this.cellLonDeg;
    const dLat = Math.max(0, latMin - q.latitude, q.latitude - latMax);
    const dLon = Math.max(0, lonMin - q.longitude, q.longitude - lonMax);
    if (dLat === 0 && dLon === 0) return 0;
    const cosMin = Math.cos(toRadians(Math.min(90, Math.max(Math.abs(latMin), Math.abs(latMax)))));
    const a = Math.sin(toRadians(dLat) / 2) ** 2 + q.cosLatitude * cosMin * Math.sin(toRadians(dLon) / 2) ** 2;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a))) * (1 - 1e-9);
  }

  /**
   * Scores one mission into the heap if it passes the hard filters. `proximityBound` is the best
   * proximity any mission of its cell may have: when even that cannot beat the heap's worst entry,
   * the distance is not computed at all.
   */
  private consider(
    slot: number,
    q: PreparedQuery,
    heap: TopK,
    weights: MatchContext['weights'],
    proximityBound: number,
  ): void {
    const missionSlots = this.weeklySlots[slot];
    if (missionSlots !== 0 && (missionSlots & q.availability) === 0) return;
    const placesLeft = this.placesLeft[slot];
    if (placesLeft <= 0) return;
    if (this.endKey[slot] < q.today) return;
    const flags = this.flags[slot];
    if ((flags & FLAG_LICENCE) !== 0 && !q.licence) return;
    const minimumAge = this.minimumAge[slot];
    if (minimumAge > 0 && q.age < minimumAge) return;
    const frenchRank = this.frenchRank[slot];
    if (frenchRank > 0 && q.frenchRank < frenchRank) return;
    if (this.excludedMark[slot] === q.excludedEpoch) return;
    let covered = 0;
    if (q.needTotal > 0) {
      const base = slot * this.words;
      for (let w = 0; w < this.words; w++) {
        let bits = this.competencies[base + w] & q.needMask[w];
        while (bits !== 0) {
          const low = bits & -bits;
          covered += q.needWeights[(w << 5) + (31 - Math.clz32(low))];
          bits ^= low;
        }
      }
    }
    const domain = this.domain[slot];
    const projectFit = projectFitOf(covered, q.needTotal);
    const interestFit = q.noInterest ? 0.5 : q.interests[domain] === 1 ? 1 : 0;
    const schedule = scheduleFit(missionSlots, q.availability);
    const fairShare = fairShareFit(this.pending[slot], placesLeft);
    const novelty = q.tried[domain] === 1 ? 0 : 1;
    // combineScore grows with each criterion (also in floating point): a bound below the heap's
    // worst entry means the mission cannot enter, whatever its distance.
    if (
      heap.size === heap.k &&
      combineScore(weights, projectFit, interestFit, proximityBound, schedule, fairShare, novelty) + BOUND_SLACK <
        heap.threshold
    ) {
      return;
    }
    let proximity = 1;
    if ((flags & FLAG_REMOTE) === 0) {
      const transit = (flags & FLAG_PUBLIC_TRANSPORT) !== 0;
      const reach = transit ? q.reachTransit : q.reachNoTransit;
      if (reach <= 0) return;
      const distance = haversineKm(
        q.latitude,
        q.longitude,
        q.cosLatitude,
        this.latitude[slot],
        this.longitude[slot],
        this.cosLatitude[slot],
      );
      if (distance > reach) return;
      proximity = proximityFit(q.reaches, distance, transit);
    }
    const score = combineScore(weights, projectFit, interestFit, proximity, schedule, fairShare, novelty);
    heap.offer(score, this.ids[slot] as string, slot);
  }

  private prepare(profile: CandidateProfile, today: string): PreparedQuery {
    const referential = this.referential;
    const needWeights = new Int32Array(this.words * 32);
    const needMask = new Uint32Array(this.words);
    const held = referential.competencySet(profile.competencyCodes);
    for (const romeCode of new Set(profile.targetJobCodes)) {
      const job = referential.job(romeCode);
      if (!job) continue;
      for (const bit of job.competencyBits) {
        needWeights[bit] += 1;
        needMask[bit >>> 5] |= 1 << (bit & 31);
      }
    }
    let needTotal = 0;
    for (let bit = 0; bit < needWeights.length; bit++) {
      if (needWeights[bit] === 0) continue;
      if ((held[bit >>> 5] & (1 << (bit & 31))) === 0) needWeights[bit] *= 2;
      needTotal += needWeights[bit];
    }
    const heaviest = [...needWeights].sort((a, b) => b - a).slice(0, this.maxCompetencies);
    const projectBound = projectFitOf(
      heaviest.reduce((sum, weight) => sum + weight, 0),
      needTotal,
    );
    const domains = referential.domainCount;
    const interests = new Uint8Array(domains);
    for (const code of profile.interestDomainCodes) {
      const id = referential.knownDomainId(code);
      if (id >= 0) interests[id] = 1;
    }
    const tried = new Uint8Array(domains);
    for (const code of profile.triedDomainCodes) {
      const id = referential.knownDomainId(code);
      if (id >= 0) tried[id] = 1;
    }
    this.epoch = (this.epoch + 1) >>> 0;
    if (this.epoch === 0) {
      this.excludedMark.fill(0);
      this.epoch = 1;
    }
    for (const missionId of profile.excludedMissionIds) {
      const slot = this.slotOf.get(missionId);
      if (slot !== undefined) this.excludedMark[slot] = this.epoch;
    }
    const reaches = reachesOf(profile);
    const latitude = profile.latitude as number;
    return {
      today: dateKey(today),
      age: profile.birthDate ? ageOn(profile.birthDate, today) : -1,
      frenchRank: frenchLevelRank(profile.frenchLevel),
      licence: profile.hasDrivingLicence,
      availability: profile.availabilityMask,
      reaches,
      reachNoTransit: Math.max(reaches[0], reaches[1], reaches[3]),
      reachTransit: Math.max(reaches[0], reaches[1], reaches[2], reaches[3]),
      latitude,
      longitude: profile.longitude as number,
      cosLatitude: Math.cos(toRadians(latitude)),
      needWeights,
      needMask,
      needTotal,
      projectBound,
      noInterest: profile.interestDomainCodes.length === 0,
      interests,
      tried,
      excludedEpoch: this.epoch,
    };
  }

  private place(slot: number): void {
    const flags = this.flags[slot];
    if ((flags & FLAG_REMOTE) !== 0) {
      this.cellKey[slot] = REMOTE_CELL;
      this.cellPos[slot] = this.remote.length;
      this.remote.push(slot);
      return;
    }
    if ((flags & FLAG_LOCATED) === 0) {
      this.cellKey[slot] = NO_CELL;
      return;
    }
    const key = cellKeyOf(
      Math.floor(this.latitude[slot] / this.cellLatDeg),
      Math.floor(this.longitude[slot] / this.cellLonDeg),
    );
    let members = this.cells.get(key);
    if (!members) {
      members = [];
      this.cells.set(key, members);
    }
    this.cellKey[slot] = key;
    this.cellPos[slot] = members.length;
    members.push(slot);
  }

  /** Takes the slot out of its cell (swap with the last member). */
  private unplace(slot: number): void {
    const key = this.cellKey[slot];
    if (key === NO_CELL) return;
    const members = key === REMOTE_CELL ? this.remote : (this.cells.get(key) as number[]);
    const position = this.cellPos[slot];
    const last = members.pop() as number;
    if (last !== slot) {
      members[position] = last;
      this.cellPos[last] = position;
    }
    if (members.length === 0 && key !== REMOTE_CELL) this.cells.delete(key);
    this.cellKey[slot] = NO_CELL;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const grow = <T extends Float64Array | Uint32Array | Int32Array | Int16Array | Uint8Array>(
      array: T,
      size: number,
    ): T => {
      const next = new (array.constructor as new (n: number) => T)(size);
      next.set(array);
      return next;
    };
    this.latitude = grow(this.latitude, capacity);
    this.longitude = grow(this.longitude, capacity);
    this.cosLatitude = grow(this.cosLatitude, capacity);
    this.weeklySlots = grow(this.weeklySlots, capacity);
    this.competencies = grow(this.competencies, capacity * this.words);
    this.domain = grow(this.domain, capacity);
    this.flags = grow(this.flags, capacity);
    this.minimumAge = grow(this.minimumAge, capacity);
    this.frenchRank = grow(this.frenchRank, capacity);
    this.endKey = grow(this.endKey, capacity);
    this.placesLeft = grow(this.placesLeft, capacity);
    this.pending = grow(this.pending, capacity);
    this.cellKey = grow(this.cellKey, capacity);
    this.cellPos = grow(this.cellPos, capacity);
    this.excludedMark = grow(this.excludedMark, capacity);
    this.capacity = capacity;
  }
}

/** Cell keys for the remote missions and the missions without a place (never in a cell). */
const REMOTE_CELL = -1;
const NO_CELL = -2;

function cellKeyOf(latIndex: number, lonIndex: number): number {
  // 16 bits each (|index| < 32768: cells of 1 km or more); never equal to the two sentinels above
  // because the low half of a real key is (lonIndex + 32768) & 0xffff and the high half is non-negative.
  return ((latIndex + 32768) & 0xffff) * 65536 + ((lonIndex + 32768) & 0xffff);
}
