import { MissionStatus, VISIBLE_TO_REFERENTS } from './mission-status';

/** The viewer fields the access rules read (AuthUser satisfies it). */
export interface MissionViewer {
  id: string;
  role: 'ADMIN' | 'REFERENT' | 'COORDINATOR' | 'ASSOCIATION' | string;
  associationId: string | null;
}

export interface MissionFacts {
  associationId: string;
  status: MissionStatus;
  publishedAt: Date | null;
}

/**
 * Who sees a mission:
 * - ADMIN and COORDINATOR (the moderators): every mission, in every status;
 * - ASSOCIATION members: the missions of their own association, in every status — never another's;
 * - REFERENT: missions that went through moderation and are public — PUBLISHED and FULL, and
 *   CLOSED ones that were once published (the history of past proposals and engagements). A
 *   draft, a mission awaiting moderation (including one sent back after an edit) stays hidden
 *   until a moderator publishes it.
 */
export function canSeeMission(viewer: MissionViewer, mission: MissionFacts): boolean {
  switch (viewer.role) {
    case 'ADMIN':
    case 'COORDINATOR':
      return true;
    case 'ASSOCIATION':
      return viewer.associationId !== null && viewer.associationId === mission.associationId;
    case 'REFERENT':
      return VISIBLE_TO_REFERENTS.includes(mission.status) && mission.publishedAt !== null;
    default:
      return false;
  }
}

/** Who may change the content of a mission: the members of its association only. */
export function canEditMission(viewer: MissionViewer, mission: Pick<MissionFacts, 'associationId'>): boolean {
  return (
    viewer.role === 'ASSOCIATION' && viewer.associationId !== null && viewer.associationId === mission.associationId
  );
}

/** Who moderates (publishes, sends back): the service Insertion and France Bénévolat. */
export function canModerateMissions(viewer: Pick<MissionViewer, 'role'>): boolean {
  return viewer.role === 'ADMIN' || viewer.role === 'COORDINATOR';
}

/** Who may close a mission: its association, or a moderator. */
export function canCloseMission(viewer: MissionViewer, mission: Pick<MissionFacts, 'associationId'>): boolean {
  return canModerateMissions(viewer) || canEditMission(viewer, mission);
}

/** Who reads the moderation history (reasons included): the association and the moderators. */
export function canSeeModeration(viewer: MissionViewer, mission: Pick<MissionFacts, 'associationId'>): boolean {
  return canModerateMissions(viewer) || canEditMission(viewer, mission);
}
