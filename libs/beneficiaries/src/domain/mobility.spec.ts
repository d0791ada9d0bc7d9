import { ALL_MOBILITY_MODES_MASK, MobilityMode, maskToMobilityModes, mobilityModesToMask } from './mobility';

describe(mobilityModesToMask.name, () => {
  it('round-trips every mode through a 4-bit mask', () => {
    const all = Object.values(MobilityMode);
    expect(mobilityModesToMask(all)).toBe(ALL_MOBILITY_MODES_MASK);
    expect(ALL_MOBILITY_MODES_MASK).toBe(15);
    expect(maskToMobilityModes(mobilityModesToMask([MobilityMode.CAR, MobilityMode.WALKING]))).toEqual([
      MobilityMode.WALKING,
      MobilityMode.CAR,
    ]);
    expect(maskToMobilityModes(0)).toEqual([]);
  });
});
