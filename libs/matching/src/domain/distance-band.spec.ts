import { distanceBand } from './distance-band';

describe(distanceBand.name, () => {
  it('turns a distance into a coarse band', () => {
    expect(distanceBand(null)).toBe('à distance');
    expect(distanceBand(0.3)).toBe('à moins de 5 km');
    expect(distanceBand(5)).toBe('de 5 à 15 km');
    expect(distanceBand(29.9)).toBe('de 15 à 30 km');
    expect(distanceBand(42)).toBe('à plus de 30 km');
  });
});
