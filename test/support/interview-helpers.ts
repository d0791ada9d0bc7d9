import { GraphqlResponse, TestPlatform } from './test-platform';

export const AVAILABILITY_FIELDS = `id coordinatorId startsAt endsAt slotMinutes breakMinutes
  place { kind label address communeCode videoUrl }
  slots { id startsAt endsAt booked }
  coordinator { id }`;

export const PUBLISH_AVAILABILITY = `mutation($input: PublishAvailabilityInput!) {
  publishAvailability(input: $input) { ${AVAILABILITY_FIELDS} } }`;

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

/** Tables the interviews domain writes (with the outbox, the emails and the logbook). */
export const INTERVIEW_TABLES = [
  'interview_availability',
  'interview_slot',
  'interview',
  'interview_reminder',
  'logbook_entry',
  'outbox_job',
  'email_message',
] as const;

export async function interviewFingerprint(platform: TestPlatform): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of INTERVIEW_TABLES) {
    const [row] = (await platform.dataSource.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`,
    )) as Array<{ n: number; h: string }>;
    result[table] = `${row.n}:${row.h}`;
  }
  return result;
}

/** Runs `attempt`, expects the error `code`, and checks that nothing was written or queued. */
export async function expectNothingWritten<T>(
  platform: TestPlatform,
  code: string,
  attempt: () => Promise<GraphqlResponse<T>>,
): Promise<GraphqlResponse<T>> {
  const before = await interviewFingerprint(platform);
  const result = await attempt();
  expect(result.errors?.[0]?.extensions?.code).toBe(code);
  expect(await interviewFingerprint(platform)).toEqual(before);
  return result;
}
