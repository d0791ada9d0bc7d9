import { MissionStatus } from './mission-status';

/** Whether a mission can still take a new volunteer today, and why not. */
export enum MissionAvailability {
  OPEN = 'OPEN',
  /** Not published (closed by its association or the service Insertion, or never published). */
  CLOSED = 'CLOSED',
  /** Every place is taken. */
  FULL = 'FULL',
  /** Its last day (end date) is over. */
  PAST = 'PAST',
}

export interface MissionAvailabilityFacts {
  status: MissionStatus;
  places: number;
  placesTaken: number;
  /** Last day, `YYYY-MM-DD` in Paris (null: no end date). */
  endDate: string | null;
}

/**
 * The one rule every read and every follow-up applies (suggestions, reminders, booking nudges):
 * a mission is open when it is published, has a place left and its end date is not over. The
 * nightly rescore applies it too, but a read or an email must not wait for it.
 */
export function missionAvailability(mission: MissionAvailabilityFacts, today: string): MissionAvailability {
  if (mission.status !== MissionStatus.PUBLISHED && mission.status !== MissionStatus.FULL) {
    return MissionAvailability.CLOSED;
  }
  if (mission.endDate !== null && mission.endDate < today) return MissionAvailability.PAST;
  if (mission.status === MissionStatus.FULL || mission.placesTaken >= mission.places) return MissionAvailability.FULL;
  return MissionAvailability.OPEN;
}

/** The same rule in SQL, for a query over missions aliased `alias` (parameter `:availabilityToday`). */
export function openMissionSql(alias: string): string {
  return (
    `${alias}.status = '${MissionStatus.PUBLISHED}' AND ${alias}.placesTaken < ${alias}.places` +
    ` AND (${alias}.endDate IS NULL OR ${alias}.endDate >= :availabilityToday)`
  );
}
