import type { Mission } from '../mission.entity';
import { describeChangedFields, isSubstantiveChange } from './mission-fields';

const set = (...fields: (keyof Mission)[]) => new Set<keyof Mission>(fields);

describe(isSubstantiveChange.name, () => {
  it('does not count places or the welcome contact', () => {
    expect(isSubstantiveChange(set('places'))).toBe(false);
    expect(isSubstantiveChange(set('places', 'welcomeContactName', 'welcomeContactEmail'))).toBe(false);
    expect(isSubstantiveChange(set())).toBe(false);
  });

  it.each<keyof Mission>(['title', 'description', 'communeCode', 'weeklySlots', 'minimumAge', 'competencyCodes'])(
    'counts %s',
    (field) => {
      expect(isSubstantiveChange(set(field))).toBe(true);
      expect(isSubstantiveChange(set('places', field))).toBe(true);
    },
  );
});

describe(describeChangedFields.name, () => {
  it('names each change once, in French', () => {
    expect(describeChangedFields(set('title', 'latitude', 'longitude', 'startDate', 'endDate'))).toBe(
      'titre, coordonnées, dates',
    );
  });
});
