/** A distance as an association may see it: a band, never a figure that could locate the person. */
export function distanceBand(distanceKm: number | null): string {
  if (distanceKm === null) return 'à distance';
  if (distanceKm < 5) return 'à moins de 5 km';
  if (distanceKm < 15) return 'de 5 à 15 km';
  if (distanceKm < 30) return 'de 15 à 30 km';
  return 'à plus de 30 km';
}
