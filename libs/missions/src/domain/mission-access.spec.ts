import {
  canCloseMission,
  canEditMission,
  canModerateMissions,
  canSeeMission,
  canSeeModeration,
} from './mission-access';
import { MISSION_STATUSES, MissionStatus } from './mission-status';

const viewer = (role: string, associationId: string | null = null) => ({ id: `${role}-1`, role, associationId });
const admin = viewer('ADMIN');
const coordinator = viewer('COORDINATOR');
const referent = viewer('REFERENT');
const member = viewer('ASSOCIATION', 'asso-1');
const otherMember = viewer('ASSOCIATION', 'asso-2');
const orphanMember = viewer('ASSOCIATION', null);

const mission = (status: MissionStatus, publishedAt: Date | null = new Date('2026-01-01')) => ({
  associationId: 'asso-1',
  status,
  publishedAt,
});

describe(canSeeMission.name, () => {
  it.each(MISSION_STATUSES)('lets moderators and the owner see a %s mission, never another association', (status) => {
    for (const who of [admin, coordinator, member]) expect(canSeeMission(who, mission(status))).toBe(true);
    expect(canSeeMission(otherMember, mission(status))).toBe(false);
    expect(canSeeMission(orphanMember, mission(status))).toBe(false);
  });

  it('shows referents published, full and closed-after-publication missions only', () => {
    expect(canSeeMission(referent, mission(MissionStatus.PUBLISHED))).toBe(true);
    expect(canSeeMission(referent, mission(MissionStatus.FULL))).toBe(true);
    expect(canSeeMission(referent, mission(MissionStatus.CLOSED))).toBe(true);
    expect(canSeeMission(referent, mission(MissionStatus.CLOSED, null))).toBe(false);
    expect(canSeeMission(referent, mission(MissionStatus.DRAFT, null))).toBe(false);
    expect(canSeeMission(referent, mission(MissionStatus.SUBMITTED, null))).toBe(false);
    // Sent back to moderation after an edit: hidden until published again.
    expect(canSeeMission(referent, mission(MissionStatus.SUBMITTED))).toBe(false);
  });

  it('refuses unknown roles', () => {
    expect(canSeeMission(viewer('BENEFICIARY'), mission(MissionStatus.PUBLISHED))).toBe(false);
  });
});

describe(canEditMission.name, () => {
  it('is reserved to the members of the association', () => {
    expect(canEditMission(member, mission(MissionStatus.DRAFT))).toBe(true);
    for (const who of [admin, coordinator, referent, otherMember, orphanMember]) {
      expect(canEditMission(who, mission(MissionStatus.DRAFT))).toBe(false);
    }
  });
});

describe(canModerateMissions.name, () => {
  it('is reserved to admins and coordinators', () => {
    expect([admin, coordinator, referent, member].map(canModerateMissions)).toEqual([true, true, false, false]);
  });
});

describe(canCloseMission.name, () => {
  it('is open to moderators and the owner', () => {
    expect(
      [admin, coordinator, member, otherMember, referent].map((v) =>
        canCloseMission(v, mission(MissionStatus.PUBLISHED)),
      ),
    ).toEqual([true, true, true, false, false]);
  });
});

describe(canSeeModeration.name, () => {
  it('hides the moderation history from referents and other associations', () => {
    expect(
      [admin, coordinator, member, otherMember, referent].map((v) => canSeeModeration(v, mission(MissionStatus.DRAFT))),
    ).toEqual([true, true, true, false, false]);
  });
});
