import { FALLBACK_FONT_MARGIN, arialTextWidth } from './text-width';

describe(arialTextWidth.name, () => {
  it('measures text with the metrics of Arial', () => {
    // « Sport »: S 667 + p 556 + o 556 + r 333 + t 278 = 2390 units, with the fallback margin.
    expect(arialTextWidth('Sport', 10)).toBeCloseTo(23.9 * FALLBACK_FONT_MARGIN, 6);
    expect(arialTextWidth('iiii', 12)).toBeLessThan(arialTextWidth('MMMM', 12) / 3);
  });

  it('gives accented letters the width of their base letter', () => {
    expect(arialTextWidth('Éducation', 12)).toBeCloseTo(arialTextWidth('Education', 12), 6);
    expect(arialTextWidth('à côté', 12)).toBeCloseTo(arialTextWidth('a cote', 12), 6);
  });

  it('is far narrower than the 0.8 em per character Vega assumes without a canvas', () => {
    const label = 'Alimentation et lutte contre le gaspillage';
    expect(arialTextWidth(label, 12)).toBeLessThan(0.65 * 0.8 * label.length * 12);
    expect(arialTextWidth(label, 12, true)).toBeGreaterThan(arialTextWidth(label, 12));
  });
});
