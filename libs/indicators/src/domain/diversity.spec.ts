import { giniSimpson } from './diversity';

describe(giniSimpson.name, () => {
  it('is 0 when every item is in the same category', () => {
    expect(giniSimpson([7])).toEqual({ numerator: 1, denominator: 7, value: 0 });
  });

  it('is 1 − 1/k for items spread evenly over k categories', () => {
    expect(giniSimpson([2, 2, 2, 2]).value).toBeCloseTo(0.75, 12);
  });

  it('weights categories by their share', () => {
    // 3, 2, 1 of 6: 1 − (9 + 4 + 1) / 36 = 22/36
    expect(giniSimpson([3, 2, 1, 0])).toEqual({ numerator: 3, denominator: 6, value: 1 - 14 / 36 });
  });

  it('has no value without items', () => {
    expect(giniSimpson([])).toEqual({ numerator: 0, denominator: 0, value: null });
  });
});
