const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** « à 4 km », « à moins d'1 km », « à 12,5 km » (French decimal comma, one decimal under 10 km). */
export function formatDistanceFr(km: number): string {
  if (km < 1) return "à moins d'1 km";
  const rounded = km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  return `à ${String(rounded).replace('.', ',')} km`;
}
