import { SATURDAY_AFTERNOON, TODAY, aMission, aProfile } from '../testing/matching-fixtures';
import { NO_PUBLISHED_MISSION, noMatchReasons } from './no-match-reasons';

describe(noMatchReasons.name, () => {
  it('gives no reason when some mission passes every hard filter', () => {
    expect(noMatchReasons(aProfile(), [aMission({ places: 1, placesTaken: 1 }), aMission()], TODAY)).toEqual([]);
  });

  it('says there is no published mission at all', () => {
    expect(noMatchReasons(aProfile(), [], TODAY)).toEqual([NO_PUBLISHED_MISSION]);
  });

  it('counts the missions each hard filter kept out, the most frequent first', () => {
    const reasons = noMatchReasons(
      aProfile(),
      [
        aMission({ id: 'm-1', weeklySlots: SATURDAY_AFTERNOON }),
        aMission({ id: 'm-2', weeklySlots: SATURDAY_AFTERNOON }),
        aMission({ id: 'm-3', places: 2, placesTaken: 2 }),
      ],
      TODAY,
    );
    expect(reasons).toEqual(['Aucun créneau commun (2 missions)', 'Plus de place disponible (1 mission)']);
  });
});
