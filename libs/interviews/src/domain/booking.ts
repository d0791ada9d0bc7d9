/** Purpose of the signed self-booking link (`/rdv/<token>`), whose subject is the accepted proposal. */
export const SELF_BOOKING_LINK_PURPOSE = 'interview.booking';

/** How long a self-booking link sent by the interviews domain stays valid. */
export const BOOKING_LINK_VALIDITY_MS = 30 * 24 * 3_600_000;

/** A beneficiary who has not booked this long after saying yes gets one reminder with the link. */
export const BOOKING_NUDGE_DELAY_MS = 3 * 24 * 3_600_000;

/** Slots shown in a self-booking page (nearest place first): enough choice, a page that stays short. */
export const BOOKING_PAGE_MAX_SLOTS = 30;
