import { PDFParse } from 'pdf-parse';
import { Association } from '@tremplin/associations';
import { Mission } from '@tremplin/missions';
import { PUBLISH_AVAILABILITY, AvailabilityView } from './interview-helpers';
import { answerToken, createConsentingBeneficiary, postAnswer, proposeOk, proposalRow } from './proposal-helpers';
import { BeneficiaryView, tablesFingerprint } from './beneficiary-helpers';
import { GraphqlResponse, StaffAccount, TestPlatform } from './test-platform';

export const ENGAGEMENT_FIELDS = `id interviewId proposalId beneficiaryId missionId associationId status startDate
  plannedHours endDate hoursDone abandonReason withdrawalReason endedAt
  mission { id title } association { id name }
  volunteer { beneficiaryId firstName lastName email }
  attestations { id attestorName attestorRole competencies { competencyCode level levelLabel comment competency { label } } }
  outcomes { id kind contractType startDate endDate detail }`;

export const START_ENGAGEMENT = `mutation($input: StartEngagementInput!) { startEngagement(input: $input) { ${ENGAGEMENT_FIELDS} } }`;
export const COMPLETE_ENGAGEMENT = `mutation($input: CompleteEngagementInput!) { completeEngagement(input: $input) { ${ENGAGEMENT_FIELDS} } }`;
export const ABANDON_ENGAGEMENT = `mutation($input: AbandonEngagementInput!) { abandonEngagement(input: $input) { ${ENGAGEMENT_FIELDS} } }`;
export const WITHDRAW_ENGAGEMENT = `mutation($input: WithdrawEngagementInput!) { withdrawEngagement(input: $input) { ${ENGAGEMENT_FIELDS} } }`;
export const ENGAGEMENTS = `query($first: Int, $after: String, $beneficiaryId: ID, $missionId: ID, $status: EngagementStatus) {
  engagements(first: $first, after: $after, beneficiaryId: $beneficiaryId, missionId: $missionId, status: $status) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status beneficiaryId volunteer { firstName lastName } } } } }`;
export const ATTEST = `mutation($input: AttestCompetenciesInput!) { attestCompetencies(input: $input) {
  id engagementId attestorName attestorRole attestedAt competencies { competencyCode level levelLabel comment } } }`;
export const PASSPORT = `query($beneficiaryId: ID!) { passport(beneficiaryId: $beneficiaryId) {
  beneficiaryId holderName issuedAt pdfUrl
  entries { engagementId missionTitle hostName hostCommune status startDate endDate hoursDone plannedHours
    competencies { code label level levelLabel comment } attestors { name role attestedAt } } } }`;
export const RECORD_OUTCOME = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) {
  id beneficiaryId engagementId kind contractType startDate endDate detail recordedAt } }`;

const SCHEDULE = `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id status startsAt } }`;
const RECORD_INTERVIEW_OUTCOME = `mutation($input: RecordInterviewOutcomeInput!) {
  recordInterviewOutcome(input: $input) { id status } }`;

export interface EngagementView {
  id: string;
  interviewId: string;
  proposalId: string;
  beneficiaryId: string;
  missionId: string;
  associationId: string;
  status: string;
  startDate: string;
  plannedHours: number;
  endDate: string | null;
  hoursDone: number | null;
  abandonReason: string | null;
  withdrawalReason: string | null;
  endedAt: string | null;
  mission: { id: string; title: string };
  association: { id: string; name: string };
  volunteer: { beneficiaryId: string; firstName: string; lastName: string | null; email: string | null };
  attestations: Array<{
    id: string;
    attestorName: string;
    attestorRole: string;
    competencies: Array<{
      competencyCode: string;
      level: number;
      levelLabel: string;
      comment: string | null;
      competency: { label: string };
    }>;
  }>;
  outcomes: Array<{
    id: string;
    kind: string;
    contractType: string | null;
    startDate: string;
    endDate: string | null;
  }> | null;
}

/** The tables the passports domain writes, with the side effects it may cause: a fingerprint of their content. */
export const PASSPORT_TABLES = [
  'engagement',
  'passport_attestation',
  'competency_attestation',
  'passport',
  'passport_verification',
  'outcome',
  'mission',
  'mission_transition',
  'logbook_entry',
  'outbox_job',
  'email_message',
] as const;

export async function passportFingerprint(platform: TestPlatform): Promise<Record<string, string>> {
  return tablesFingerprint(platform, PASSPORT_TABLES);
}

/** Runs `attempt`, expects the error `code` and no data, and checks that nothing was written, queued or sent. */
export async function expectRefused<T>(
  platform: TestPlatform,
  code: string,
  attempt: () => Promise<GraphqlResponse<T>>,
): Promise<GraphqlResponse<T>> {
  await platform.settle();
  const before = await passportFingerprint(platform);
  const mails = platform.smtp.messages.length;
  const result = await attempt();
  expect(result.errors?.[0]?.extensions?.code).toBe(code);
  expect(result.data ?? null).toBeNull();
  expect(await passportFingerprint(platform)).toEqual(before);
  expect(platform.smtp.messages.length).toBe(mails);
  return result;
}

export function fieldsOf(result: GraphqlResponse<unknown>): string[] {
  const fields = result.errors?.[0]?.extensions?.fields as Array<{ field: string }> | undefined;
  return (fields ?? []).map((f) => f.field);
}

/** The text of a PDF, whitespace collapsed, as a PDF parser reads it. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

export interface HeldInterviewChain {
  beneficiary: BeneficiaryView;
  proposalId: string;
  interviewId: string;
}

/**
 * Walks the journey through the upstream domains' own API: the referent proposes the mission,
 * the person accepts from the signed link, the referent books a coordinator's slot. The
 * interview is left SCHEDULED: the caller moves the clock past it and records it HELD.
 */
export async function scheduleInterviewFor(
  platform: TestPlatform,
  accounts: { referent: StaffAccount },
  mission: Mission,
  slotId: string,
  beneficiaryOverrides: Record<string, unknown> = {},
): Promise<HeldInterviewChain> {
  const beneficiary = await createConsentingBeneficiary(platform, accounts.referent, beneficiaryOverrides);
  const proposal = await proposeOk(platform, accounts.referent, beneficiary.id, mission.id);
  const answered = await postAnswer(
    platform,
    answerToken(platform, await proposalRow(platform, proposal.id)),
    'accept',
  );
  if (answered.status !== 200) throw new Error(`accepting the proposal answered ${answered.status}`);
  const scheduled = await platform.gqlOk<{ scheduleInterview: { id: string } }>(
    SCHEDULE,
    { input: { proposalId: proposal.id, slotId } },
    accounts.referent.token,
  );
  return { beneficiary, proposalId: proposal.id, interviewId: scheduled.scheduleInterview.id };
}

export async function recordHeld(
  platform: TestPlatform,
  coordinator: StaffAccount,
  interviewId: string,
): Promise<void> {
  await platform.gqlOk(RECORD_INTERVIEW_OUTCOME, { input: { interviewId, outcome: 'HELD' } }, coordinator.token);
}

export async function publishSlots(
  platform: TestPlatform,
  coordinator: StaffAccount,
  startsAt: string,
  endsAt: string,
): Promise<AvailabilityView> {
  const data = await platform.gqlOk<{ publishAvailability: AvailabilityView }>(
    PUBLISH_AVAILABILITY,
    {
      input: {
        startsAt,
        endsAt,
        slotMinutes: 45,
        place: {
          kind: 'FRANCE_BENEVOLAT',
          label: 'France Bénévolat Ain',
          address: '4 allée des Brotteaux, 01000 Bourg-en-Bresse',
          communeCode: '01053',
        },
      },
    },
    coordinator.token,
  );
  return data.publishAvailability;
}

export type { Association };
