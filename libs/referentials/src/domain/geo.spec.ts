import { distanceKm, formatDistanceFr } from './geo';

describe(distanceKm.name, () => {
  it('is zero for the same point', () => {
    expect(distanceKm(46.2, 5.2, 46.2, 5.2)).toBe(0);
  });

  it('measures Bourg-en-Bresse to Oyonnax at about 32 km', () => {
    expect(distanceKm(46.20496, 5.24559, 46.26112, 5.65253)).toBeCloseTo(31.9, 0);
  });

  it('is symmetric', () => {
    expect(distanceKm(45.9, 4.8, 46.3, 6.0)).toBeCloseTo(distanceKm(46.3, 6.0, 45.9, 4.8), 9);
  });
});

describe(formatDistanceFr.name, () => {
  it('writes distances the French way', () => {
    expect(formatDistanceFr(0.4)).toBe("à moins d'1 km");
    expect(formatDistanceFr(4.04)).toBe('à 4 km');
    expect(formatDistanceFr(4.56)).toBe('à 4,6 km');
    expect(formatDistanceFr(12.4)).toBe('à 12 km');
  });
});
