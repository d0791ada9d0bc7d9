import { IndicatorKind } from './indicator-definitions';
import { protectCount, protectValue } from './small-numbers';

describe(protectCount.name, () => {
  it('shows counts of 1 to 4 as « < 5 » to anyone but the admin', () => {
    expect([0, 1, 4, 5, 1234].map((n) => protectCount(n, false).display)).toEqual([
      '0',
      '< 5',
      '< 5',
      '5',
      '1\u202f234',
    ]);
    expect(protectCount(3, false).value).toBeNull();
    expect(protectCount(3, true)).toEqual({ value: 3, display: '3' });
  });
});

describe(protectValue.name, () => {
  it('masks a small count and says so', () => {
    expect(protectValue(IndicatorKind.COUNT, { numerator: 2, denominator: null, value: 2 }, false)).toMatchObject({
      value: null,
      numerator: null,
      display: '< 5',
      plain: '< 5',
      masked: true,
    });
    expect(protectValue(IndicatorKind.COUNT, { numerator: 2, denominator: null, value: 2 }, true)).toMatchObject({
      value: 2,
      display: '2',
      plain: '2',
      masked: false,
    });
  });

  it('shows a share as a percentage with a decimal comma', () => {
    expect(protectValue(IndicatorKind.SHARE, { numerator: 5, denominator: 8, value: 5 / 8 }, false)).toEqual({
      value: 62.5,
      numerator: 5,
      denominator: 8,
      display: '62,5 %',
      plain: '62,5',
      numeratorDisplay: '5',
      denominatorDisplay: '8',
      masked: false,
    });
    expect(protectValue(IndicatorKind.SHARE, { numerator: 2, denominator: 3, value: 2 / 3 }, true).display).toBe(
      '66,7 %',
    );
  });

  it('withholds a share computed on fewer than 5', () => {
    const shown = protectValue(IndicatorKind.SHARE, { numerator: 0, denominator: 4, value: 0 }, false);
    expect(shown).toMatchObject({ value: null, display: 'non diffusé', denominatorDisplay: '< 5', masked: true });
  });

  it('withholds a share whose numerator is masked, so that it cannot be given back by the denominator', () => {
    const shown = protectValue(IndicatorKind.SHARE, { numerator: 3, denominator: 20, value: 0.15 }, false);
    expect(shown).toMatchObject({
      value: null,
      numerator: null,
      denominator: 20,
      display: 'non diffusé',
      numeratorDisplay: '< 5',
      masked: true,
    });
  });

  it('says « sans objet » for a share without population', () => {
    expect(protectValue(IndicatorKind.SHARE, { numerator: 0, denominator: 0, value: null }, true)).toMatchObject({
      value: null,
      display: 'sans objet',
      masked: false,
    });
  });

  it('rounds an index to two decimals and withholds it on fewer than 5 items', () => {
    expect(protectValue(IndicatorKind.INDEX, { numerator: 3, denominator: 6, value: 11 / 18 }, false)).toMatchObject({
      value: 0.61,
      display: '0,61',
      numerator: 3,
      denominator: 6,
    });
    expect(protectValue(IndicatorKind.INDEX, { numerator: 2, denominator: 3, value: 4 / 9 }, false)).toMatchObject({
      value: null,
      numerator: null,
      display: 'non diffusé',
    });
    expect(protectValue(IndicatorKind.INDEX, { numerator: 2, denominator: 3, value: 4 / 9 }, true).value).toBe(0.44);
  });
});
