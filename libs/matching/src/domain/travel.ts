import { MobilityMode, mobilityModeBit } from '@tremplin/beneficiaries';

/**
 * How far each way of travelling takes a person, and how fast the interest of a mission fades
 * with distance for it. Distances are straight lines between the commune of residence and the
 * mission's place (the referentials' distanceKm).
 *
 * - on foot and by bicycle: never farther than the mode's own reach, nor than the person's maximum;
 * - public transport: only to a mission whose place is served (`publicTransport`), up to the
 *   person's maximum (default 25 km);
 * - car: when the person uses a car (declared mode, or a vehicle of their own), up to their
 *   maximum (default 40 km). A place without public transport is thus out of reach, beyond
 *   walking or cycling distance, for someone without a car.
 */
export const TRAVEL_MODES = [
  MobilityMode.WALKING,
  MobilityMode.BICYCLE,
  MobilityMode.PUBLIC_TRANSPORT,
  MobilityMode.CAR,
] as const;

export interface TravelPolicy {
  /** Reach of the mode when the person gave no maximum. */
  defaultReachKm: number;
  /** Reach the mode never exceeds, whatever the person's maximum (walking, cycling). */
  hardReachKm: number;
  /** Distance at which proximity is halved for this mode. */
  halfDistanceKm: number;
}

export const TRAVEL_POLICIES: Readonly<Record<MobilityMode, TravelPolicy>> = {
  WALKING: { defaultReachKm: 3, hardReachKm: 3, halfDistanceKm: 1 },
  BICYCLE: { defaultReachKm: 10, hardReachKm: 10, halfDistanceKm: 3 },
  PUBLIC_TRANSPORT: { defaultReachKm: 25, hardReachKm: Infinity, halfDistanceKm: 8 },
  CAR: { defaultReachKm: 40, hardReachKm: Infinity, halfDistanceKm: 10 },
};

/** « accessible à pied »… (explanations). */
export const TRAVEL_PHRASES: Readonly<Record<MobilityMode, string>> = {
  WALKING: 'accessible à pied',
  BICYCLE: 'accessible à vélo',
  PUBLIC_TRANSPORT: 'accessible en transports en commun',
  CAR: 'accessible en voiture',
};

/** Reach in km of each mode for one person (0 when the person cannot use it), in TRAVEL_MODES order. */
export type Reaches = readonly [walking: number, bicycle: number, publicTransport: number, car: number];

export interface TravelAbilities {
  mobilityModes: number;
  hasVehicle: boolean;
  maxDistanceKm: number | null;
}

export function usesMode(person: TravelAbilities, mode: MobilityMode): boolean {
  if (mode === MobilityMode.CAR && person.hasVehicle) return true;
  return (person.mobilityModes & mobilityModeBit(mode)) !== 0;
}

export function reachesOf(person: TravelAbilities): Reaches {
  const reach = (mode: MobilityMode) => {
    if (!usesMode(person, mode)) return 0;
    const policy = TRAVEL_POLICIES[mode];
    return Math.min(policy.hardReachKm, person.maxDistanceKm ?? policy.defaultReachKm);
  };
  return [
    reach(MobilityMode.WALKING),
    reach(MobilityMode.BICYCLE),
    reach(MobilityMode.PUBLIC_TRANSPORT),
    reach(MobilityMode.CAR),
  ];
}

/** The farthest a mission can be for this person (with or without public transport at its place). */
export function maxReach(reaches: Reaches, publicTransport: boolean): number {
  return Math.max(reaches[0], reaches[1], publicTransport ? reaches[2] : 0, reaches[3]);
}

/**
 * The gentlest mode that takes the person to a mission `distanceKm` away (walking first, car last),
 * or null when none does: the mission is beyond the person's mobility.
 */
export function travelModeFor(reaches: Reaches, distanceKm: number, publicTransport: boolean): MobilityMode | null {
  for (let i = 0; i < TRAVEL_MODES.length; i++) {
    if (i === 2 && !publicTransport) continue;
    if (reaches[i] > 0 && distanceKm <= reaches[i]) return TRAVEL_MODES[i];
  }
  return null;
}

/**
 * Proximity in [0, 1]: halves every `halfDistanceKm` of the mode, the best of the modes that
 * reach the mission (0 when none does). A walker's proximity falls fast, a driver's slowly.
 */
export function proximityFit(reaches: Reaches, distanceKm: number, publicTransport: boolean): number {
  let best = 0;
  for (let i = 0; i < TRAVEL_MODES.length; i++) {
    if (i === 2 && !publicTransport) continue;
    if (reaches[i] > 0 && distanceKm <= reaches[i]) {
      const fit = Math.pow(2, -distanceKm / TRAVEL_POLICIES[TRAVEL_MODES[i]].halfDistanceKm);
      if (fit > best) best = fit;
    }
  }
  return best;
}
