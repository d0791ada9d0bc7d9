import { MatchingReferential } from './matching-referential';
import {
  REFERENTIAL_CATALOG,
  SATURDAY_AFTERNOON,
  TUESDAY_MORNING,
  THURSDAY_MORNING,
} from '../testing/matching-fixtures';
import { fairShareFit, interestFit, noveltyFit, projectFit, projectFitOf, projectNeeds, scheduleFit } from './criteria';

const referential = new MatchingReferential(REFERENTIAL_CATALOG);

describe(projectNeeds.name, () => {
  it('counts, for each competency, the target jobs that need it, twice when the person lacks it', () => {
    // M1601 agent d'accueil and K1304 aide à domicile both need SE_SERVICE and TR_ECOUTE.
    const needs = projectNeeds({ targetJobCodes: ['M1601', 'K1304'], competencyCodes: ['TR_ECOUTE'] }, referential);
    expect(needs.weights.get('SE_SERVICE')).toBe(4);
    expect(needs.weights.get('TR_ECOUTE')).toBe(2);
    expect(needs.weights.get('TR_ACCUEIL')).toBe(2);
    expect(needs.weights.get('PR_AIDE_PERSONNE')).toBe(2);
    expect(needs.total).toBe([...needs.weights.values()].reduce((a, b) => a + b, 0));
  });

  it('ignores unknown jobs and duplicates', () => {
    const once = projectNeeds({ targetJobCodes: ['M1601'], competencyCodes: [] }, referential);
    const twice = projectNeeds({ targetJobCodes: ['M1601', 'M1601', 'Z9999'], competencyCodes: [] }, referential);
    expect(twice).toEqual(once);
  });
});

describe(projectFit.name, () => {
  const needs = projectNeeds({ targetJobCodes: ['M1601'], competencyCodes: [] }, referential);

  it('is 0 without a project or without a useful competency', () => {
    expect(
      projectFit(projectNeeds({ targetJobCodes: [], competencyCodes: [] }, referential), {
        competencyCodes: ['TR_ACCUEIL'],
      }),
    ).toBe(0);
    expect(projectFit(needs, { competencyCodes: ['PR_MANUTENTION'] })).toBe(0);
  });

  it('grows with the share of the needs the mission develops (square root)', () => {
    // 6 competencies needed by M1601, each weighing 2: two of them cover 4 of 12.
    expect(projectFit(needs, { competencyCodes: ['TR_ACCUEIL', 'TR_ECOUTE', 'PR_MANUTENTION'] })).toBeCloseTo(
      Math.sqrt(4 / 12),
      12,
    );
    expect(
      projectFit(needs, {
        competencyCodes: [
          'TR_ACCUEIL',
          'TR_COMMUNICATION_ORALE',
          'TR_ECOUTE',
          'TR_NUMERIQUE',
          'SE_SERVICE',
          'TR_MEDIATION',
        ],
      }),
    ).toBe(1);
  });

  it('weighs a competency by the number of target jobs that need it', () => {
    const two = projectNeeds({ targetJobCodes: ['M1601', 'K1304'], competencyCodes: [] }, referential);
    const shared = projectFit(two, { competencyCodes: ['SE_SERVICE'] });
    const single = projectFit(two, { competencyCodes: ['TR_ACCUEIL'] });
    expect(shared).toBeGreaterThan(single);
  });

  it('counts each competency of the mission once', () => {
    expect(projectFit(needs, { competencyCodes: ['TR_ACCUEIL', 'TR_ACCUEIL'] })).toBe(
      projectFit(needs, { competencyCodes: ['TR_ACCUEIL'] }),
    );
  });

  it('matches projectFitOf on integers', () => {
    expect(projectFitOf(0, 0)).toBe(0);
    expect(projectFitOf(3, 12)).toBe(0.5);
  });
});

describe(interestFit.name, () => {
  it('is 1 in a domain of interest, 0 elsewhere, ½ when the person named none', () => {
    expect(interestFit(['SPORT'], 'SPORT')).toBe(1);
    expect(interestFit(['SPORT'], 'ANIMAUX')).toBe(0);
    expect(interestFit([], 'ANIMAUX')).toBe(0.5);
  });
});

describe(scheduleFit.name, () => {
  it("is the share of the mission's slots the person is available for", () => {
    expect(scheduleFit(TUESDAY_MORNING | THURSDAY_MORNING, TUESDAY_MORNING)).toBe(0.5);
    expect(scheduleFit(TUESDAY_MORNING, TUESDAY_MORNING | SATURDAY_AFTERNOON)).toBe(1);
    expect(scheduleFit(0, TUESDAY_MORNING)).toBe(1);
  });
});

describe(fairShareFit.name, () => {
  it('ranks lower a mission holding many pending proposals for its places left', () => {
    expect(fairShareFit(0, 3)).toBe(1);
    expect(fairShareFit(3, 3)).toBe(0.5);
    expect(fairShareFit(6, 3)).toBeCloseTo(1 / 3, 12);
    expect(fairShareFit(4, 1)).toBeLessThan(fairShareFit(4, 4));
  });
});

describe(noveltyFit.name, () => {
  it('favours a domain the person has not tried', () => {
    expect(noveltyFit(['SPORT'], 'ANIMAUX')).toBe(1);
    expect(noveltyFit(['SPORT'], 'SPORT')).toBe(0);
    expect(noveltyFit([], 'SPORT')).toBe(1);
  });
});
