import { Role } from '@tremplin/core';
import {
  MODERATION_DIGEST_MAX_LINES,
  PendingAssociation,
  PendingMission,
  moderationDigestFor,
} from './moderation-digest';

const mission = (i: number): PendingMission => ({
  title: `Mission ${i}`,
  associationName: 'Épicerie solidaire La Passerelle',
  submittedOn: '02/03/2026',
});
const association: PendingAssociation = {
  name: 'Accueil de jour Le Pont',
  communeName: 'Oyonnax',
  registeredOn: '01/03/2026',
};

describe(moderationDigestFor.name, () => {
  it('tells an administrator of the missions to moderate and the associations to validate', () => {
    expect(moderationDigestFor(Role.ADMIN, [mission(1), mission(2)], [association])).toEqual({
      countLabel: '2 missions à modérer et 1 association à valider',
      missions: [mission(1), mission(2)],
      moreMissionsLabel: null,
      associations: [association],
      moreAssociationsLabel: null,
    });
  });

  it('tells a coordinator of the missions only', () => {
    expect(moderationDigestFor(Role.COORDINATOR, [mission(1)], [association])).toMatchObject({
      countLabel: '1 mission à modérer',
      associations: [],
    });
    expect(moderationDigestFor(Role.COORDINATOR, [], [association])).toBeNull();
  });

  it('sends nothing when nothing waits, nor to referents and associations', () => {
    expect(moderationDigestFor(Role.ADMIN, [], [])).toBeNull();
    expect(moderationDigestFor(Role.REFERENT, [mission(1)], [association])).toBeNull();
    expect(moderationDigestFor(Role.ASSOCIATION, [mission(1)], [association])).toBeNull();
  });

  it('lists the first missions and counts the others', () => {
    const many = Array.from({ length: MODERATION_DIGEST_MAX_LINES + 3 }, (_, i) => mission(i));
    const digest = moderationDigestFor(Role.COORDINATOR, many, [])!;
    expect(digest.countLabel).toBe(`${MODERATION_DIGEST_MAX_LINES + 3} missions à modérer`);
    expect(digest.missions).toHaveLength(MODERATION_DIGEST_MAX_LINES);
    expect(digest.moreMissionsLabel).toBe('3 autres missions');
    const oneMore = moderationDigestFor(Role.COORDINATOR, many.slice(0, MODERATION_DIGEST_MAX_LINES + 1), [])!;
    expect(oneMore.moreMissionsLabel).toBe('1 autre mission');
  });
});
