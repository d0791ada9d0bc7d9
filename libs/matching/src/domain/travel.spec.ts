import { MobilityMode, mobilityModesToMask } from '@tremplin/beneficiaries';
import { maxReach, proximityFit, reachesOf, travelModeFor } from './travel';

const person = (modes: MobilityMode[], hasVehicle = false, maxDistanceKm: number | null = null) => ({
  mobilityModes: mobilityModesToMask(modes),
  hasVehicle,
  maxDistanceKm,
});

describe(reachesOf.name, () => {
  it('gives each declared mode its default reach', () => {
    expect(reachesOf(person([MobilityMode.WALKING, MobilityMode.BICYCLE, MobilityMode.PUBLIC_TRANSPORT]))).toEqual([
      3, 10, 25, 0,
    ]);
  });

  it('counts a vehicle of their own as the car mode', () => {
    expect(reachesOf(person([], true))).toEqual([0, 0, 0, 40]);
  });

  it("caps every mode at the person's maximum, and walking and cycling at their own limit", () => {
    expect(reachesOf(person([MobilityMode.WALKING, MobilityMode.CAR], false, 2))).toEqual([2, 0, 0, 2]);
    expect(reachesOf(person([MobilityMode.WALKING, MobilityMode.CAR], false, 60))).toEqual([3, 0, 0, 60]);
  });
});

describe(travelModeFor.name, () => {
  const walkerOnTheBus = reachesOf(person([MobilityMode.WALKING, MobilityMode.PUBLIC_TRANSPORT]));

  it('picks the gentlest mode that reaches the place', () => {
    expect(travelModeFor(walkerOnTheBus, 1.5, true)).toBe(MobilityMode.WALKING);
    expect(travelModeFor(walkerOnTheBus, 12, true)).toBe(MobilityMode.PUBLIC_TRANSPORT);
  });

  it('finds no way to a place without public transport beyond walking distance, without a car', () => {
    expect(travelModeFor(walkerOnTheBus, 12, false)).toBeNull();
    expect(maxReach(walkerOnTheBus, false)).toBe(3);
    expect(travelModeFor(walkerOnTheBus, 50, true)).toBeNull();
  });
});

describe(proximityFit.name, () => {
  it('is 1 on the spot and halves every half-distance of the mode', () => {
    const driver = reachesOf(person([MobilityMode.CAR]));
    expect(proximityFit(driver, 0, false)).toBe(1);
    expect(proximityFit(driver, 10, false)).toBeCloseTo(0.5, 10);
    expect(proximityFit(driver, 20, false)).toBeCloseTo(0.25, 10);
  });

  it('falls faster for a walker than for a driver', () => {
    const walker = reachesOf(person([MobilityMode.WALKING]));
    const driver = reachesOf(person([MobilityMode.CAR]));
    expect(proximityFit(walker, 2, false)).toBeCloseTo(0.25, 10);
    expect(proximityFit(driver, 2, false)).toBeGreaterThan(0.85);
  });

  it('is 0 out of reach', () => {
    expect(proximityFit(reachesOf(person([MobilityMode.WALKING])), 3.5, true)).toBe(0);
  });
});
