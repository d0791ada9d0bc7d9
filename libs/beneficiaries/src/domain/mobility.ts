/** How a person can travel to a mission; stored as a 4-bit mask for the matching engine. */
export enum MobilityMode {
  WALKING = 'WALKING',
  BICYCLE = 'BICYCLE',
  PUBLIC_TRANSPORT = 'PUBLIC_TRANSPORT',
  CAR = 'CAR',
}

export const MOBILITY_MODES = Object.values(MobilityMode);

export const MOBILITY_MODE_LABELS: Record<MobilityMode, string> = {
  WALKING: 'à pied',
  BICYCLE: 'à vélo',
  PUBLIC_TRANSPORT: 'en transports en commun',
  CAR: 'en voiture',
};

export const ALL_MOBILITY_MODES_MASK = (1 << MOBILITY_MODES.length) - 1;

export function mobilityModeBit(mode: MobilityMode): number {
  return 1 << MOBILITY_MODES.indexOf(mode);
}

export function mobilityModesToMask(modes: readonly MobilityMode[]): number {
  return modes.reduce((mask, mode) => mask | mobilityModeBit(mode), 0);
}

export function maskToMobilityModes(mask: number): MobilityMode[] {
  return MOBILITY_MODES.filter((mode) => (mask & mobilityModeBit(mode)) !== 0);
}

/** Longest distance a person may be asked to travel, whatever their means. */
export const MAX_TRAVEL_DISTANCE_KM = 150;
