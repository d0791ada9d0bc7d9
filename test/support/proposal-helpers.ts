import { Association } from '@tremplin/associations';
import { Mission, MissionStatus } from '@tremplin/missions';
import { Proposal } from '@tremplin/proposals';
import { Commune, DayPart, Weekday, slotsToMask } from '@tremplin/referentials';
import { SignedLinks } from '@tremplin/core';
import type { CapturedMail } from '@tremplin/core/testing';
import { createAssociation } from './association-helpers';
import {
  BENEFICIARY_FIELDS,
  BeneficiaryView,
  createBeneficiary,
  fingerprint,
  OYONNAX,
  tablesFingerprint,
} from './beneficiary-helpers';
import { GraphqlResponse, StaffAccount, TestPlatform, eventually } from './test-platform';

export const PROPOSE = `mutation($input: ProposeMissionInput!) {
  proposeMission(input: $input) { id status statusLabel expiresAt createdAt message } }`;

export const WITHDRAW = `mutation($input: WithdrawProposalInput!) {
  withdrawProposal(input: $input) { id status withdrawnAt } }`;

export const PROPOSAL = `query($id: ID!) { proposal(id: $id) {
  id status statusLabel message declineReason answeredAt consentAt sentAt remindedAt expiresAt expiredAt withdrawnAt
  waitingListRank viewerCanWithdraw
  candidate { firstName email phone }
  beneficiary { id firstName }
  referent { id }
  mission { id title status placesTaken } } }`;

export const PROPOSALS = `query($first: Int, $after: String, $status: [ProposalStatus!], $beneficiaryId: ID, $missionId: ID, $referentId: ID) {
  proposals(first: $first, after: $after, status: $status, beneficiaryId: $beneficiaryId, missionId: $missionId, referentId: $referentId) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status message candidate { firstName email phone } beneficiary { id } mission { id } } } } }`;

export interface ProposalView {
  id: string;
  status: string;
  statusLabel: string;
  message: string | null;
  declineReason: string | null;
  answeredAt: string | null;
  consentAt: string | null;
  sentAt: string | null;
  remindedAt: string | null;
  expiresAt: string;
  expiredAt: string | null;
  withdrawnAt: string | null;
  waitingListRank: number | null;
  viewerCanWithdraw: boolean;
  candidate: { firstName: string; email: string | null; phone: string | null } | null;
  beneficiary: { id: string; firstName: string } | null;
  referent: { id: string } | null;
  mission: { id: string; title: string; status: string; placesTaken: number } | null;
}

/** The tables the proposals domain writes (with those it writes through others), for no-write checks. */
export const PROPOSAL_TABLES = ['proposal', 'mission', 'mission_transition'] as const;

export async function proposalFingerprint(platform: TestPlatform): Promise<Record<string, string>> {
  return { ...(await fingerprint(platform)), ...(await tablesFingerprint(platform, PROPOSAL_TABLES)) };
}

/** A published mission of `association`, written directly in the database. */
export async function createMission(
  platform: TestPlatform,
  association: Association,
  overrides: Partial<Mission> = {},
): Promise<Mission> {
  const communeCode = overrides.communeCode ?? OYONNAX;
  const commune = await platform.dataSource.getRepository(Commune).findOneByOrFail({ inseeCode: communeCode });
  const repository = platform.dataSource.getRepository(Mission);
  const status = overrides.status ?? MissionStatus.PUBLISHED;
  return repository.save(
    repository.create({
      associationId: association.id,
      title: 'Accueil à l’épicerie solidaire',
      summary: 'Accueillir les familles et ranger les rayons avec l’équipe.',
      description: 'Vous accueillez les familles, vous les aidez à faire leurs courses et vous rangez les rayons.',
      followUps: 'Une formation d’agent(e) d’accueil.',
      domainCode: 'ALIMENTATION',
      competencyCodes: ['SE_EQUIPE', 'TR_ACCUEIL'],
      communeCode,
      territoryId: commune.territoryId,
      address: '12 rue Anatole France',
      latitude: commune.latitude,
      longitude: commune.longitude,
      weeklySlots: slotsToMask([
        { day: Weekday.TUESDAY, part: DayPart.MORNING },
        { day: Weekday.THURSDAY, part: DayPart.MORNING },
      ]),
      startDate: '2026-03-16',
      hoursPerWeek: 4,
      durationWeeks: 8,
      places: 3,
      placesTaken: 0,
      status,
      publishedAt: status === MissionStatus.DRAFT || status === MissionStatus.SUBMITTED ? null : new Date(),
      closedAt: status === MissionStatus.CLOSED ? new Date() : null,
      ...overrides,
    }),
  );
}

export async function createMissionWithAssociation(
  platform: TestPlatform,
  overrides: Partial<Mission> = {},
): Promise<{ mission: Mission; association: Association; member: StaffAccount }> {
  const { association, member } = await createAssociation(platform);
  return { mission: await createMission(platform, association, overrides), association, member };
}

/** A beneficiary of `referent` who agreed to receive proposals, with a unique email address. */
export async function createConsentingBeneficiary(
  platform: TestPlatform,
  referent: StaffAccount,
  overrides: Record<string, unknown> = {},
): Promise<BeneficiaryView> {
  const suffix = Math.random().toString(36).slice(2, 10);
  return createBeneficiary(platform, referent, {
    email: `karima.${suffix}@exemple.test`,
    volunteeringConsent: true,
    ...overrides,
  });
}

export async function propose(
  platform: TestPlatform,
  account: StaffAccount,
  beneficiaryId: string,
  missionId: string,
  message?: string,
): Promise<GraphqlResponse<{ proposeMission: { id: string; status: string; expiresAt: string } }>> {
  return platform.gql(PROPOSE, { input: { beneficiaryId, missionId, message } }, account.token);
}

export async function proposeOk(
  platform: TestPlatform,
  account: StaffAccount,
  beneficiaryId: string,
  missionId: string,
  message?: string,
): Promise<{ id: string; status: string; expiresAt: string }> {
  const result = await propose(platform, account, beneficiaryId, missionId, message);
  if (result.errors?.length) throw new Error(`proposeMission: ${JSON.stringify(result.errors)}`);
  return result.data!.proposeMission;
}

export async function proposalRow(platform: TestPlatform, id: string): Promise<Proposal> {
  return platform.dataSource.getRepository(Proposal).findOneByOrFail({ id });
}

/** Waits until the send job has recorded the proposal email (status SENT). */
export async function waitUntilSent(platform: TestPlatform, id: string): Promise<Proposal> {
  return eventually(async () => {
    const row = await proposalRow(platform, id);
    return row.sentAt ? row : null;
  });
}

/** The answer token of a proposal, as the email carries it. */
export function answerToken(platform: TestPlatform, proposal: Pick<Proposal, 'id' | 'expiresAt'>): string {
  return platform.api.get(SignedLinks).sign('proposal.answer', proposal.id, new Date(proposal.expiresAt));
}

/** The page link of a proposal email (the « Je suis intéressé(e) » button, without its anchor). */
export function pageLinkOf(mail: CapturedMail): string {
  const match = /(https?:\/\/[^\s"\]]+\/p\/[\w-]+\.[\w-]+\.[\w-]+)#oui/.exec(mail.text);
  if (!match) throw new Error(`No answer link in: ${mail.text}`);
  return match[1];
}

export interface PageResponse {
  status: number;
  html: string;
}

export async function getPage(url: string): Promise<PageResponse> {
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  return { status: response.status, html: await response.text() };
}

export async function postAnswer(
  platform: TestPlatform,
  token: string,
  answer: 'accept' | 'decline',
  reason?: string,
): Promise<PageResponse> {
  const response = await fetch(`${platform.baseUrl}/p/${token}/${answer}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: reason ? new URLSearchParams({ raison: reason }).toString() : '',
  });
  return { status: response.status, html: await response.text() };
}

/** Mail text with its line wrapping undone. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

export { BENEFICIARY_FIELDS };
