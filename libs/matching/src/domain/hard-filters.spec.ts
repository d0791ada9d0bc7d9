import { MobilityMode, mobilityModesToMask } from '@tremplin/beneficiaries';
import { FrenchLevel } from '@tremplin/referentials';
import {
  BOURG,
  SATURDAY_AFTERNOON,
  TODAY,
  TUESDAY_MORNING,
  aMission,
  aProfile,
  kmNorthOf,
} from '../testing/matching-fixtures';
import { HardFilter, PROFILE_PROBLEM_LABELS, ProfileProblem, failedHardFilter, profileProblems } from './hard-filters';

describe(profileProblems.name, () => {
  it('finds nothing wrong with a complete profile', () => {
    expect(profileProblems(aProfile())).toEqual([]);
  });

  it.each([
    [{ consent: false }, ProfileProblem.NO_CONSENT, 'Consentement non recueilli'],
    [
      { consent: false, consentWithdrawn: true },
      ProfileProblem.CONSENT_WITHDRAWN,
      'Consentement retiré par la personne',
    ],
    [{ active: false }, ProfileProblem.NOT_ACTIVE, 'Dossier suspendu ou sorti du dispositif'],
    [{ latitude: null, longitude: null }, ProfileProblem.NO_LOCATION, 'Commune non renseignée'],
    [{ latitude: Number.NaN }, ProfileProblem.NO_LOCATION, 'Commune non renseignée'],
    [{ availabilityMask: 0 }, ProfileProblem.NO_AVAILABILITY, 'Disponibilités non renseignées'],
    [{ mobilityModes: 0, hasVehicle: false }, ProfileProblem.NO_MOBILITY, 'Moyens de déplacement non renseignés'],
  ])('reports %j as %s (« %s »)', (overrides, problem, label) => {
    expect(profileProblems(aProfile(overrides))).toEqual([problem]);
    expect(PROFILE_PROBLEM_LABELS[problem]).toBe(label);
  });

  it('lists every problem of a profile', () => {
    expect(profileProblems(aProfile({ consent: false, availabilityMask: 0 }))).toEqual([
      ProfileProblem.NO_CONSENT,
      ProfileProblem.NO_AVAILABILITY,
    ]);
  });
});

describe(failedHardFilter.name, () => {
  const check = (profile = aProfile(), mission = aMission()) => failedHardFilter(profile, mission, TODAY);

  it('lets a suitable mission through', () => {
    expect(check()).toBeNull();
  });

  it('refuses a mission already proposed (pending, or declined or expired recently)', () => {
    expect(check(aProfile({ excludedMissionIds: new Set(['m-0001']) }))).toBe(HardFilter.ALREADY_PROPOSED);
  });

  it('refuses a mission without a place left', () => {
    expect(check(aProfile(), aMission({ places: 2, placesTaken: 2 }))).toBe(HardFilter.NO_PLACE_LEFT);
    expect(check(aProfile(), aMission({ places: 2, placesTaken: 1 }))).toBeNull();
  });

  it('refuses a mission that has ended, not one ending today or starting later', () => {
    expect(check(aProfile(), aMission({ endDate: '2026-03-01' }))).toBe(HardFilter.DATES);
    expect(check(aProfile(), aMission({ endDate: TODAY }))).toBeNull();
    expect(check(aProfile(), aMission({ startDate: '2026-09-01' }))).toBeNull();
  });

  it('requires the driving licence when the mission does', () => {
    const mission = aMission({ drivingLicenceRequired: true });
    expect(check(aProfile({ hasDrivingLicence: false }), mission)).toBe(HardFilter.DRIVING_LICENCE);
    expect(check(aProfile({ hasDrivingLicence: true }), mission)).toBeNull();
  });

  it('requires the minimum age on the day, and a known birth date', () => {
    const mission = aMission({ minimumAge: 25 });
    expect(check(aProfile({ birthDate: '2001-03-03' }), mission)).toBe(HardFilter.MINIMUM_AGE);
    expect(check(aProfile({ birthDate: '2001-03-02' }), mission)).toBeNull();
    expect(check(aProfile({ birthDate: null }), mission)).toBe(HardFilter.MINIMUM_AGE);
    expect(check(aProfile({ birthDate: null }), aMission())).toBeNull();
  });

  it('requires the French level, which an unknown level never meets', () => {
    const mission = aMission({ frenchLevel: FrenchLevel.B1 });
    expect(check(aProfile({ frenchLevel: FrenchLevel.A2 }), mission)).toBe(HardFilter.FRENCH_LEVEL);
    expect(check(aProfile({ frenchLevel: FrenchLevel.B1 }), mission)).toBeNull();
    expect(check(aProfile({ frenchLevel: null }), mission)).toBe(HardFilter.FRENCH_LEVEL);
  });

  it('requires a common weekly slot, unless the mission has none (hours to agree)', () => {
    expect(check(aProfile(), aMission({ weeklySlots: SATURDAY_AFTERNOON }))).toBe(HardFilter.NO_COMMON_SLOT);
    expect(check(aProfile(), aMission({ weeklySlots: SATURDAY_AFTERNOON | TUESDAY_MORNING }))).toBeNull();
    expect(check(aProfile(), aMission({ weeklySlots: 0 }))).toBeNull();
  });

  it("refuses a place beyond the person's mobility", () => {
    const walker = aProfile({ mobilityModes: mobilityModesToMask([MobilityMode.WALKING]) });
    expect(check(walker, aMission({ ...kmNorthOf(BOURG, 2.5) }))).toBeNull();
    expect(check(walker, aMission({ ...kmNorthOf(BOURG, 3.5) }))).toBe(HardFilter.OUT_OF_REACH);
  });

  it('refuses a place 50 km away to someone without a car, not to a driver', () => {
    const far = aMission({ ...kmNorthOf(BOURG, 50) });
    expect(check(aProfile(), far)).toBe(HardFilter.OUT_OF_REACH);
    const driver = aProfile({ mobilityModes: mobilityModesToMask([MobilityMode.CAR]), maxDistanceKm: 60 });
    expect(check(driver, far)).toBeNull();
  });

  it('refuses a place reachable only by car to someone without a car and no public transport there', () => {
    const carOnly = aMission({ ...kmNorthOf(BOURG, 12), publicTransport: false });
    expect(check(aProfile(), carOnly)).toBe(HardFilter.OUT_OF_REACH);
    expect(check(aProfile({ hasVehicle: true }), carOnly)).toBeNull();
    expect(check(aProfile(), aMission({ ...kmNorthOf(BOURG, 12), publicTransport: true }))).toBeNull();
  });

  it("respects the person's own maximum distance", () => {
    const driver = aProfile({ mobilityModes: mobilityModesToMask([MobilityMode.CAR]), maxDistanceKm: 10 });
    expect(check(driver, aMission({ ...kmNorthOf(BOURG, 11) }))).toBe(HardFilter.OUT_OF_REACH);
  });

  it('lets a remote mission through whatever the distance, but not one without a place', () => {
    expect(check(aProfile(), aMission({ remote: true, latitude: null, longitude: null }))).toBeNull();
    expect(check(aProfile(), aMission({ latitude: null, longitude: null }))).toBe(HardFilter.OUT_OF_REACH);
  });
});
