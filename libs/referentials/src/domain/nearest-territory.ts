import { distanceKm } from './geo';

/** The territory whose catchment point is nearest (ties: first listed). */
export function nearestTerritory<T extends { catchment: readonly [number, number] }>(
  latitude: number,
  longitude: number,
  territories: readonly T[],
): T {
  let best = territories[0];
  let bestDistance = Infinity;
  for (const territory of territories) {
    const d = distanceKm(latitude, longitude, territory.catchment[0], territory.catchment[1]);
    if (d < bestDistance) {
      best = territory;
      bestDistance = d;
    }
  }
  return best;
}
