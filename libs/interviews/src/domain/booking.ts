import { MissionAvailability, missionAvailability } from '@tremplin/missions';
/** Purpose of the signed self-booking link (`/rdv/<token>`), whose subject is the accepted proposal. */
export const SELF_BOOKING_LINK_PURPOSE = 'interview.booking';

/** How long a self-booking link sent by the interviews domain stays valid. */
export const BOOKING_LINK_VALIDITY_MS = 30 * 24 * 3_600_000;

/** A beneficiary who has not booked this long after saying yes gets one reminder with the link. */
export const BOOKING_NUDGE_DELAY_MS = 3 * 24 * 3_600_000;

/** Slots shown in a self-booking page (nearest place first): enough choice, a page that stays short. */
export const BOOKING_PAGE_MAX_SLOTS = 30;

/**
 * Whether the reminder to book still makes sense for the mission: not once it is closed or its end
 * date is over. A full mission still does — the person who said yes holds one of its places.
 */
export function nudgeMakesSense(mission: Parameters<typeof missionAvailability>[0], today: string): boolean {
  const availability = missionAvailability(mission, today);
  return availability === MissionAvailability.OPEN || availability === MissionAvailability.FULL;
}
