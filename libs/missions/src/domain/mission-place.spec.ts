import { distanceKm } from '@tremplin/referentials';
import fc from 'fast-check';
import { AIN_BOUNDS, boundingBox, coordinatesProblem, insideBox } from './mission-place';

const BOURG = { name: 'Bourg-en-Bresse', latitude: 46.2052, longitude: 5.2255 };

describe('AIN_BOUNDS', () => {
  it('holds the communes of the Ain and not Grenoble, Besançon or Paris', () => {
    expect(insideBox(AIN_BOUNDS, 46.2052, 5.2255)).toBe(true); // Bourg-en-Bresse
    expect(insideBox(AIN_BOUNDS, 46.3337, 6.0578)).toBe(true); // Gex
    expect(insideBox(AIN_BOUNDS, 45.7578, 5.6878)).toBe(true); // Belley
    expect(insideBox(AIN_BOUNDS, 45.1885, 5.7245)).toBe(false); // Grenoble
    expect(insideBox(AIN_BOUNDS, 47.238, 6.0244)).toBe(false); // Besançon
    expect(insideBox(AIN_BOUNDS, 48.8566, 2.3522)).toBe(false); // Paris
  });
});

describe(coordinatesProblem.name, () => {
  it('accepts a point of the commune', () => {
    expect(coordinatesProblem(46.2, 5.22, BOURG)).toBeNull();
  });

  it('refuses a point outside the Ain', () => {
    expect(coordinatesProblem(48.8566, 2.3522, BOURG)).toBe(
      "les coordonnées sont hors de l'Ain (latitude 45,6 à 46,5 et longitude 4,7 à 6,2 environ)",
    );
  });

  it('refuses a point of the bounding box far from the commune (Lyon for Bourg-en-Bresse)', () => {
    expect(coordinatesProblem(45.764, 4.8357, BOURG)).toMatch(/^les coordonnées sont à 5\d km de Bourg-en-Bresse/);
  });

  it('refuses a point of the Ain far from the commune', () => {
    expect(coordinatesProblem(46.3337, 6.0578, BOURG)).toMatch(
      /^les coordonnées sont à \d+ km de Bourg-en-Bresse : elles doivent désigner un lieu de la commune$/,
    );
  });
});

describe(boundingBox.name, () => {
  it('holds every point within the radius', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 45.5, max: 46.6, noNaN: true }),
        fc.double({ min: 4.6, max: 6.3, noNaN: true }),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (lat, lon, radius, bearing, share) => {
          // A point at distance share × radius in direction `bearing`.
          const d = (share * radius) / 6371.0088;
          const φ1 = (lat * Math.PI) / 180;
          const λ1 = (lon * Math.PI) / 180;
          const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(bearing));
          const λ2 =
            λ1 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
          const [lat2, lon2] = [(φ2 * 180) / Math.PI, (λ2 * 180) / Math.PI];
          expect(distanceKm(lat, lon, lat2, lon2)).toBeLessThanOrEqual(radius + 1e-6);
          expect(insideBox(boundingBox(lat, lon, radius), lat2, lon2)).toBe(true);
        },
      ),
    );
  });

  it('is not much larger than the circle', () => {
    const box = boundingBox(46.2, 5.2, 10);
    expect(distanceKm(box.minLatitude, 5.2, box.maxLatitude, 5.2)).toBeCloseTo(20, 0);
    expect(distanceKm(46.2, box.minLongitude, 46.2, box.maxLongitude)).toBeCloseTo(20, 0);
  });
});
