import { createEvent } from 'ics';
import type { Attendee, EventAttributes } from 'ics';
import { InterviewPlace, InterviewPlaceKind, describePlace } from './place';

export type CalendarMethod = 'REQUEST' | 'CANCEL';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface InvitationInput {
  method: CalendarMethod;
  /** Stable for the life of the interview: calendars update the same event. */
  uid: string;
  /** Grows at each change (reschedule, cancellation), so calendars take the latest. */
  sequence: number;
  /** DTSTAMP: when this version of the invitation was made. */
  stampedAt: Date;
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
  place: InterviewPlace;
  latitude?: number | null;
  longitude?: number | null;
  organizer: CalendarPerson;
  attendees: ReadonlyArray<CalendarPerson & { optional?: boolean }>;
}

export const CALENDAR_PRODUCT_ID = '-//Departement de l Ain//Tremplin//FR';

/**
 * The iCalendar (RFC 5545/5546) text of an interview invitation, made with the `ics` library:
 * METHOD:REQUEST for a booking or a move (same UID, higher SEQUENCE), METHOD:CANCEL with
 * STATUS:CANCELLED for a cancellation. Times are written in UTC, which every calendar converts.
 */
export function buildInvitation(input: InvitationInput): string {
  const video = input.place.kind === InterviewPlaceKind.VIDEO;
  const attendees: Attendee[] = input.attendees.map((person) => ({
    name: person.name,
    email: person.email,
    rsvp: input.method === 'REQUEST',
    partstat: 'NEEDS-ACTION',
    role: person.optional ? 'OPT-PARTICIPANT' : 'REQ-PARTICIPANT',
    cutype: 'INDIVIDUAL',
  }));
  const attributes: EventAttributes & { timestamp: number } = {
    productId: CALENDAR_PRODUCT_ID,
    method: input.method,
    uid: input.uid,
    sequence: input.sequence,
    timestamp: input.stampedAt.getTime(),
    start: input.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: input.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: input.title,
    description: input.description,
    location: describePlace(input.place),
    ...(video && input.place.videoUrl ? { url: input.place.videoUrl } : {}),
    ...(!video && input.latitude != null && input.longitude != null
      ? { geo: { lat: input.latitude, lon: input.longitude } }
      : {}),
    status: input.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees,
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`Invalid calendar event: ${error?.message ?? 'empty'}`);
  return value;
}
