import { MISSION_STATUS_SLUGS, missionStatusOfSlug } from './mission-filters';

describe(missionStatusOfSlug.name, () => {
  it('reads back every slug it writes, and nothing else', () => {
    for (const [status, slug] of Object.entries(MISSION_STATUS_SLUGS)) expect(missionStatusOfSlug(slug)).toBe(status);
    expect(missionStatusOfSlug('DRAFT')).toBeNull();
    expect(missionStatusOfSlug(null)).toBeNull();
  });
});
