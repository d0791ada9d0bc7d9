import type { CapturedMail } from '@tremplin/core/testing';
import ical from 'node-ical';
import type { VEvent } from 'node-ical';
import { tablesFingerprint } from './beneficiary-helpers';
import { GraphqlResponse, TestPlatform } from './test-platform';

export const AVAILABILITY_FIELDS = `id coordinatorId startsAt endsAt slotMinutes breakMinutes
  place { kind label address communeCode videoUrl }
  slots { id startsAt endsAt booked }
  coordinator { id }`;

export const PUBLISH_AVAILABILITY = `mutation($input: PublishAvailabilityInput!) {
  publishAvailability(input: $input) { ${AVAILABILITY_FIELDS} } }`;

export const INTERVIEW_FIELDS = `id proposalId beneficiaryId missionId coordinatorId referentId slotId startsAt endsAt
  status sequence bookedBy scheduledAt welcomeContactInvited cancelReason cancelledAt outcomeRecordedAt outcomeNote
  place { kind label address communeCode videoUrl }
  beneficiary { id firstName lastName email }
  missionTitle associationName invitationUrl
  coordinator { id } referent { id }`;

export const INTERVIEW_SLOTS = `query($proposalId: ID!, $first: Int, $after: String) {
  interviewSlots(proposalId: $proposalId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { slotId startsAt endsAt distanceKm label coordinatorId place { kind label address videoUrl } } } } }`;

export const SCHEDULE = `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { ${INTERVIEW_FIELDS} } }`;
export const RESCHEDULE = `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { ${INTERVIEW_FIELDS} } }`;
export const CANCEL = `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { ${INTERVIEW_FIELDS} } }`;
export const RECORD_OUTCOME = `mutation($input: RecordInterviewOutcomeInput!) {
  recordInterviewOutcome(input: $input) { ${INTERVIEW_FIELDS} } }`;
export const INTERVIEWS = `query($first: Int, $after: String, $statuses: [InterviewStatus!], $beneficiaryId: ID, $proposalId: ID,
    $missionId: ID, $coordinatorId: ID, $from: DateTime, $to: DateTime) {
  interviews(first: $first, after: $after, statuses: $statuses, beneficiaryId: $beneficiaryId, proposalId: $proposalId,
      missionId: $missionId, coordinatorId: $coordinatorId, from: $from, to: $to) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${INTERVIEW_FIELDS} } } } }`;

export interface AvailabilityView {
  id: string;
  coordinatorId: string;
  startsAt: string;
  endsAt: string;
  slotMinutes: number;
  breakMinutes: number;
  place: { kind: string; label: string; address: string | null; communeCode: string | null; videoUrl: string | null };
  slots: Array<{ id: string; startsAt: string; endsAt: string; booked: boolean }>;
}

export interface InterviewView {
  id: string;
  proposalId: string;
  beneficiaryId: string;
  missionId: string;
  coordinatorId: string;
  referentId: string;
  slotId: string | null;
  startsAt: string;
  endsAt: string;
  status: string;
  sequence: number;
  bookedBy: string;
  scheduledAt: string;
  welcomeContactInvited: boolean;
  cancelReason: string | null;
  cancelledAt: string | null;
  outcomeRecordedAt: string | null;
  outcomeNote: string | null;
  place: { kind: string; label: string; address: string | null; communeCode: string | null; videoUrl: string | null };
  beneficiary: { id: string; firstName: string; lastName: string | null; email: string | null };
  missionTitle: string;
  associationName: string;
  invitationUrl: string;
  coordinator: { id: string } | null;
  referent: { id: string } | null;
}

export interface SlotOptionView {
  slotId: string;
  startsAt: string;
  endsAt: string;
  distanceKm: number | null;
  label: string;
  coordinatorId: string;
  place: { kind: string; label: string; address: string | null; videoUrl: string | null };
}

/** Tables the interviews domain writes (with the outbox, the emails and the logbook). */
export const INTERVIEW_TABLES = [
  'interview_availability',
  'interview_slot',
  'interview',
  'interview_reminder',
  'logbook_entry',
  'outbox_job',
  'email_message',
  'proposal',
] as const;

export async function interviewFingerprint(platform: TestPlatform): Promise<Record<string, string>> {
  return tablesFingerprint(platform, INTERVIEW_TABLES);
}

/** Runs `attempt`, expects the error `code`, and checks that nothing was written, queued or sent. */
export async function expectNothingWritten<T>(
  platform: TestPlatform,
  code: string,
  attempt: () => Promise<GraphqlResponse<T>>,
): Promise<GraphqlResponse<T>> {
  await platform.settle();
  const before = await interviewFingerprint(platform);
  const mails = platform.smtp.messages.length;
  const result = await attempt();
  expect(result.errors?.[0]?.extensions?.code).toBe(code);
  expect(result.data ?? null).toBeNull();
  expect(await interviewFingerprint(platform)).toEqual(before);
  expect(platform.smtp.messages.length).toBe(mails);
  return result;
}

export interface ParsedInvitation {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  start: Date;
  end: Date;
  location: string;
  attendees: string[];
  organizer: string;
}

/** Reads an iCalendar text with node-ical, a real parser. */
export function parseCalendar(text: string): ParsedInvitation {
  const parsed = ical.sync.parseICS(text);
  const event = Object.values(parsed).find((c) => c?.type === 'VEVENT') as VEvent;
  const header = parsed.vcalendar as unknown as { method: string };
  const addresses = (value: unknown) =>
    [value]
      .flat()
      .filter(Boolean)
      .map((a) => String((a as { val: string }).val).replace(/^mailto:/i, ''));
  return {
    method: header.method,
    uid: event.uid,
    sequence: Number(event.sequence),
    status: String(event.status),
    start: new Date(event.start),
    end: new Date(event.end as Date),
    location: String(event.location ?? ''),
    attendees: addresses(event.attendee).sort(),
    organizer: addresses(event.organizer)[0],
  };
}

/** The .ics attachment of an email, parsed. */
export function invitationOf(mail: CapturedMail): ParsedInvitation {
  const attachment = mail.parsed.attachments.find((a) => a.filename?.endsWith('.ics'));
  if (!attachment) throw new Error(`No .ics attachment in « ${mail.subject} »`);
  return parseCalendar(attachment.content.toString('utf8'));
}
