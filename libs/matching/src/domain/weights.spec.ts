import { CRITERIA, DEFAULT_WEIGHTS, checkWeights, combineScore, parseWeights } from './weights';

describe(parseWeights.name, () => {
  it('keeps the defaults without text', () => {
    expect(parseWeights(undefined)).toEqual(DEFAULT_WEIGHTS);
    expect(parseWeights('  ')).toEqual(DEFAULT_WEIGHTS);
  });

  it('overrides the criteria it names', () => {
    expect(parseWeights('projectFit=50, novelty=0')).toEqual({ ...DEFAULT_WEIGHTS, projectFit: 50, novelty: 0 });
  });

  it('refuses unknown criteria and malformed parts, in French', () => {
    expect(() => parseWeights('distance=3')).toThrow('poids invalide « distance=3 »');
    expect(() => parseWeights('projectFit=-1')).toThrow('poids invalide');
  });

  it('refuses all-zero weights', () => {
    const zero = CRITERIA.map((criterion) => `${criterion}=0`).join(',');
    expect(() => parseWeights(zero)).toThrow('au moins un poids doit être strictement positif');
  });
});

describe(checkWeights.name, () => {
  it('refuses negative or non-finite weights', () => {
    expect(() => checkWeights({ ...DEFAULT_WEIGHTS, proximity: -1 })).toThrow('proximity');
    expect(() => checkWeights({ ...DEFAULT_WEIGHTS, novelty: Number.NaN })).toThrow('novelty');
  });
});

describe(combineScore.name, () => {
  it('is 100 when every criterion is met, 0 when none is', () => {
    expect(combineScore(DEFAULT_WEIGHTS, 1, 1, 1, 1, 1, 1)).toBe(100);
    expect(combineScore(DEFAULT_WEIGHTS, 0, 0, 0, 0, 0, 0)).toBe(0);
  });

  it('is the weighted mean of the criteria', () => {
    const weights = { projectFit: 1, interestFit: 1, proximity: 2, scheduleFit: 0, fairShare: 0, novelty: 0 };
    expect(combineScore(weights, 1, 0, 0.5, 1, 1, 1)).toBeCloseTo(50, 10);
  });
});
