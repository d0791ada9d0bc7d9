import { FrenchLevel, frenchLevelRank, meetsFrenchLevel } from './french-level';

describe(meetsFrenchLevel.name, () => {
  it('orders levels A1 < … < C2', () => {
    expect(frenchLevelRank(FrenchLevel.A1)).toBe(1);
    expect(frenchLevelRank(FrenchLevel.C2)).toBe(6);
    expect(frenchLevelRank(null)).toBe(0);
  });

  it('meets a requirement at or below the actual level only', () => {
    expect(meetsFrenchLevel(FrenchLevel.B1, FrenchLevel.A2)).toBe(true);
    expect(meetsFrenchLevel(FrenchLevel.B1, FrenchLevel.B1)).toBe(true);
    expect(meetsFrenchLevel(FrenchLevel.A2, FrenchLevel.B1)).toBe(false);
    expect(meetsFrenchLevel(null, FrenchLevel.A1)).toBe(false);
    expect(meetsFrenchLevel(null, null)).toBe(true);
  });
});
