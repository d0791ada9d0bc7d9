import { AIN_COMMUNES, distanceKm } from '@tremplin/referentials';

export interface GeoBox {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/** Margin around the communes' centroids: a commune's land reaches a few km beyond its centroid. */
const AIN_MARGIN_DEGREES = 0.05;

/** The bounding box of the Ain: the centroids of its 407 communes, widened by ~5 km. */
export const AIN_BOUNDS: GeoBox = (() => {
  const latitudes = AIN_COMMUNES.map((c) => c[2]);
  const longitudes = AIN_COMMUNES.map((c) => c[3]);
  return {
    minLatitude: Math.min(...latitudes) - AIN_MARGIN_DEGREES,
    maxLatitude: Math.max(...latitudes) + AIN_MARGIN_DEGREES,
    minLongitude: Math.min(...longitudes) - AIN_MARGIN_DEGREES,
    maxLongitude: Math.max(...longitudes) + AIN_MARGIN_DEGREES,
  };
})();

/** How far from its commune's centroid a mission may be placed (the largest communes are ~10 km across). */
export const MAX_DISTANCE_FROM_COMMUNE_KM = 20;

export function insideBox(box: GeoBox, latitude: number, longitude: number): boolean {
  return (
    latitude >= box.minLatitude &&
    latitude <= box.maxLatitude &&
    longitude >= box.minLongitude &&
    longitude <= box.maxLongitude
  );
}

/**
 * French reason why explicit coordinates are refused for a mission in `commune`, or null: they
 * must lie in the Ain and near the commune (a typo in a coordinate moves a mission by 100 km).
 */
export function coordinatesProblem(
  latitude: number,
  longitude: number,
  commune: { name: string; latitude: number; longitude: number },
): string | null {
  if (!insideBox(AIN_BOUNDS, latitude, longitude)) {
    return "les coordonnées sont hors de l'Ain (latitude 45,6 à 46,5 et longitude 4,7 à 6,2 environ)";
  }
  const km = distanceKm(latitude, longitude, commune.latitude, commune.longitude);
  if (km > MAX_DISTANCE_FROM_COMMUNE_KM) {
    return `les coordonnées sont à ${Math.round(km)} km de ${commune.name} : elles doivent désigner un lieu de la commune`;
  }
  return null;
}

/** Kilometres per degree of latitude on the sphere of the haversine distance (minus 0.1 %, to err wide). */
const KM_PER_DEGREE_LATITUDE = ((Math.PI * 6371.0088) / 180) * 0.999;

/**
 * The smallest latitude/longitude box that holds every point within `radiusKm` of the centre
 * (for the index; the exact distance is checked afterwards).
 */
export function boundingBox(latitude: number, longitude: number, radiusKm: number): GeoBox {
  const dLat = radiusKm / KM_PER_DEGREE_LATITUDE;
  // A degree of longitude is shortest at the edge of the box farthest from the equator.
  const farthest = Math.min(90, Math.abs(latitude) + dLat);
  const cos = Math.cos((farthest * Math.PI) / 180);
  const dLon = cos > 1e-6 ? Math.min(180, radiusKm / (KM_PER_DEGREE_LATITUDE * cos)) : 180;
  return {
    minLatitude: Math.max(-90, latitude - dLat),
    maxLatitude: Math.min(90, latitude + dLat),
    minLongitude: longitude - dLon,
    maxLongitude: longitude + dLon,
  };
}
