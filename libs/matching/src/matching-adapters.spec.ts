import { BeneficiaryStatus, Civility } from '@tremplin/beneficiaries';
import { AppConfig } from '@tremplin/core';
import { MissionStatus } from '@tremplin/missions';
import { FrenchLevel } from '@tremplin/referentials';
import { DEFAULT_WEIGHTS } from './domain/weights';
import { MissionRow, ProfileRow, isSuggestable, toCandidateProfile, toMissionFacts } from './matching-adapters';
import { MatchingSettings } from './matching-settings';

const row: ProfileRow = {
  id: 'b-1',
  civility: Civility.MADAME,
  latitude: 46.26,
  longitude: 5.65,
  birthDate: '1988-05-14',
  status: BeneficiaryStatus.ACTIVE,
  volunteeringConsentGivenAt: new Date('2026-01-10T10:00:00Z'),
  volunteeringConsentWithdrawnAt: null,
  mobilityModes: 5,
  hasDrivingLicence: false,
  hasVehicle: false,
  maxDistanceKm: 12,
  availabilityMask: 8,
  frenchLevel: FrenchLevel.B2,
  interestDomainCodes: ['ALIMENTATION'],
  targetJobCodes: ['K2204'],
  competencyCodes: ['SE_EQUIPE'],
};

describe(toCandidateProfile.name, () => {
  const history = { excludedMissionIds: new Set(['m-1']), triedDomainCodes: ['SPORT'] };

  it('copies the profile and the proposal history', () => {
    const profile = toCandidateProfile(row, history);
    expect(profile).toMatchObject({ id: 'b-1', civility: 'MADAME', active: true, consent: true, maxDistanceKm: 12 });
    expect(profile.excludedMissionIds).toBe(history.excludedMissionIds);
    expect(profile.triedDomainCodes).toEqual(['SPORT']);
  });

  it('counts a withdrawn consent as none, and a suspended file as inactive', () => {
    const withdrawn = toCandidateProfile({ ...row, volunteeringConsentWithdrawnAt: new Date() }, history);
    expect(withdrawn).toMatchObject({ consent: false, consentWithdrawn: true });
    expect(toCandidateProfile(row, history).consentWithdrawn).toBe(false);
    expect(toCandidateProfile({ ...row, volunteeringConsentGivenAt: null }, history).consent).toBe(false);
    expect(toCandidateProfile({ ...row, status: BeneficiaryStatus.SUSPENDED }, history).active).toBe(false);
  });
});

describe(toMissionFacts.name, () => {
  it('adds the pending proposals to the mission', () => {
    const mission = { id: 'm-1', status: MissionStatus.PUBLISHED, places: 3, placesTaken: 1 } as MissionRow;
    expect(toMissionFacts(mission, 2)).toMatchObject({ id: 'm-1', places: 3, placesTaken: 1, pendingProposals: 2 });
  });
});

describe(isSuggestable.name, () => {
  it('keeps published missions only', () => {
    expect(isSuggestable({ status: MissionStatus.PUBLISHED })).toBe(true);
    for (const status of [MissionStatus.DRAFT, MissionStatus.SUBMITTED, MissionStatus.FULL, MissionStatus.CLOSED]) {
      expect(isSuggestable({ status })).toBe(false);
    }
  });
});

describe(MatchingSettings.name, () => {
  const config = (weights?: string) => Object.assign(new AppConfig(), { MATCHING_WEIGHTS: weights });

  it('reads the weights of the configuration', () => {
    expect(new MatchingSettings(config()).weights).toEqual(DEFAULT_WEIGHTS);
    expect(new MatchingSettings(config('proximity=40')).weights.proximity).toBe(40);
  });

  it('stops with a message naming the setting', () => {
    expect(() => new MatchingSettings(config('distance=3'))).toThrow(/^MATCHING_WEIGHTS : poids invalide/);
  });
});
