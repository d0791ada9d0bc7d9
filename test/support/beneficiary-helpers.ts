import { Role } from '@tremplin/core';
import { GraphqlResponse, StaffAccount, TestPlatform } from './test-platform';

/** Insee codes used by the tests: Oyonnax (CDS Oyonnax) and Belley (CDS Belley). */
export const OYONNAX = '01283';
export const BELLEY = '01034';

export const BENEFICIARY_FIELDS = `
  id civility firstName lastName birthDate age email phone rsaEntryDate status
  orientationStatus orientedAt firstActionAt
  commune { inseeCode name latitude longitude }
  territory { id code }
  referent { id }
  mobility { modes hasDrivingLicence hasVehicle maxDistanceKm description }
  availability { day part } availabilityDescription
  interests { code } targetJobs { romeCode } competencies { code }
  frenchLevel
  volunteeringConsent { given givenAt withdrawnAt }
  viewerCanEdit viewerCanReadSensitive
  deadlines { overdue orientation { dueOn state daysLate daysLeft } accompaniment { dueOn state daysLate daysLeft } }`;

export const CREATE_BENEFICIARY = `mutation($input: CreateBeneficiaryInput!) {
  createBeneficiary(input: $input) { ${BENEFICIARY_FIELDS} } }`;

export const UPDATE_PROFILE = `mutation($id: ID!, $input: UpdateBeneficiaryProfileInput!) {
  updateBeneficiaryProfile(id: $id, input: $input) { ${BENEFICIARY_FIELDS} } }`;

export const RECORD_DIAGNOSTIC = `mutation($input: RecordDiagnosticInput!) {
  recordDiagnostic(input: $input) { id beneficiaryId conductedAt proposedPathway strengths } }`;

export const ORIENT = `mutation($input: OrientBeneficiaryInput!) {
  orientBeneficiary(input: $input) { id pathway organism isReorientation decidedAt referent { id } previousReferent { id } } }`;

export const REORIENT = `mutation($input: ReorientBeneficiaryInput!) {
  reorientBeneficiary(input: $input) { id pathway organism isReorientation decidedAt referent { id } previousReferent { id } } }`;

export const LOGBOOK = `query($beneficiaryId: ID!, $first: Int, $after: String, $types: [LogbookEntryType!]) {
  logbook(beneficiaryId: $beneficiaryId, first: $first, after: $after, types: $types) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id type typeLabel summary confidential occurredAt author { id } referenceId } } } }`;

export interface BeneficiaryView {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string | null;
  phone: string | null;
  rsaEntryDate: string;
  status: string;
  orientationStatus: string;
  orientedAt: string | null;
  firstActionAt: string | null;
  territory: { id: string; code: string };
  referent: { id: string } | null;
  commune: { inseeCode: string; latitude: number; longitude: number };
  mobility: {
    modes: string[];
    hasDrivingLicence: boolean;
    hasVehicle: boolean;
    maxDistanceKm: number | null;
    description: string;
  };
  availability: Array<{ day: string; part: string }>;
  availabilityDescription: string;
  interests: Array<{ code: string }>;
  targetJobs: Array<{ romeCode: string }>;
  competencies: Array<{ code: string }>;
  frenchLevel: string | null;
  age: number;
  volunteeringConsent: { given: boolean; givenAt: string | null; withdrawnAt: string | null };
  viewerCanEdit: boolean;
  viewerCanReadSensitive: boolean;
  deadlines: {
    overdue: boolean;
    orientation: { dueOn: string; state: string; daysLate: number; daysLeft: number };
    accompaniment: { dueOn: string; state: string; daysLate: number; daysLeft: number };
  };
}

let counter = 0;

/** A last name no other test file uses: letters only, as the profile rules require. */
export function uniqueLastName(prefix = 'Essai'): string {
  counter++;
  let n = counter + Math.floor(Math.random() * 1e6) * 1000;
  let letters = '';
  while (n > 0) {
    letters += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  }
  return `${prefix}-${letters}`;
}

export function beneficiaryInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    civility: 'MADAME',
    firstName: 'Karima',
    lastName: uniqueLastName(),
    birthDate: '1988-05-14',
    email: 'Karima.Essai@Example.org',
    phone: '+33 6 39 98 12 34',
    communeCode: OYONNAX,
    rsaEntryDate: '2026-02-10',
    mobility: {
      modes: ['WALKING', 'PUBLIC_TRANSPORT'],
      hasDrivingLicence: false,
      hasVehicle: false,
      maxDistanceKm: 12,
    },
    availability: [
      { day: 'TUESDAY', part: 'MORNING' },
      { day: 'THURSDAY', part: 'MORNING' },
    ],
    interestDomainCodes: ['ALIMENTATION', 'SOLIDARITE_INSERTION'],
    targetJobCodes: ['K2204'],
    competencyCodes: ['SE_EQUIPE', 'TR_ACCUEIL'],
    frenchLevel: 'B2',
    ...overrides,
  };
}

export async function createBeneficiary(
  platform: TestPlatform,
  account: StaffAccount,
  overrides: Record<string, unknown> = {},
): Promise<BeneficiaryView> {
  const data = await platform.gqlOk<{ createBeneficiary: BeneficiaryView }>(
    CREATE_BENEFICIARY,
    { input: beneficiaryInput(overrides) },
    account.token,
  );
  return data.createBeneficiary;
}

export async function recordDiagnostic(
  platform: TestPlatform,
  account: StaffAccount,
  beneficiaryId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; conductedAt: string }> {
  const data = await platform.gqlOk<{ recordDiagnostic: { id: string; conductedAt: string } }>(
    RECORD_DIAGNOSTIC,
    {
      input: {
        beneficiaryId,
        barriers: [
          { kind: 'HEALTH', level: 'HIGH', note: 'Traitement médical lourd en cours' },
          { kind: 'MOBILITY', level: 'MEDIUM', note: null },
        ],
        strengths: 'Ponctuelle, aime le contact',
        notes: 'Situation familiale difficile',
        proposedPathway: 'SOCIO_PROFESSIONAL',
        ...overrides,
      },
    },
    account.token,
  );
  return data.recordDiagnostic;
}

export async function orient(
  platform: TestPlatform,
  account: StaffAccount,
  beneficiaryId: string,
  referentId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const data = await platform.gqlOk<{ orientBeneficiary: { id: string } }>(
    ORIENT,
    { input: { beneficiaryId, pathway: 'SOCIO_PROFESSIONAL', organism: 'CDS Oyonnax', referentId, ...overrides } },
    account.token,
  );
  return data.orientBeneficiary;
}

/** The staff accounts every beneficiary test needs, on two territories. */
export interface Cast {
  admin: StaffAccount;
  referent: StaffAccount;
  colleague: StaffAccount;
  manager: StaffAccount;
  otherManager: StaffAccount;
  belleyReferent: StaffAccount;
  association: StaffAccount;
  coordinator: StaffAccount;
}

export async function createCast(platform: TestPlatform): Promise<Cast> {
  const oyonnax = await platform.territory('CDS-OYONNAX');
  const belley = await platform.territory('CDS-BELLEY');
  return {
    admin: await platform.createStaff(Role.ADMIN, { firstName: 'Nadia', lastName: 'Admin' }),
    referent: await platform.createStaff(Role.REFERENT, {
      firstName: 'Claire',
      lastName: 'Référente',
      territoryId: oyonnax.id,
    }),
    colleague: await platform.createStaff(Role.REFERENT, {
      firstName: 'Julien',
      lastName: 'Collègue',
      territoryId: oyonnax.id,
    }),
    manager: await platform.createStaff(Role.REFERENT, {
      firstName: 'Sophie',
      lastName: 'Responsable',
      territoryId: oyonnax.id,
      isTerritoryManager: true,
    }),
    otherManager: await platform.createStaff(Role.REFERENT, {
      firstName: 'Paul',
      lastName: 'Responsable',
      territoryId: belley.id,
      isTerritoryManager: true,
    }),
    belleyReferent: await platform.createStaff(Role.REFERENT, {
      firstName: 'Élise',
      lastName: 'Belley',
      territoryId: belley.id,
    }),
    association: await platform.createStaff(Role.ASSOCIATION, { firstName: 'Asso', lastName: 'Membre' }),
    coordinator: await platform.createStaff(Role.COORDINATOR, { firstName: 'Marc', lastName: 'Coordinateur' }),
  };
}

/** The tables this domain writes, with the outbox and email tables: a fingerprint of their whole content. */
export const WRITTEN_TABLES = [
  'beneficiary',
  'logbook_entry',
  'logbook_read_grant',
  'sensitive_data_access',
  'diagnostic',
  'diagnostic_barrier',
  'orientation',
  'outbox_job',
  'email_message',
] as const;

/**
 * The columns a fingerprint reads, where not the whole row: an outbox row's delivery bookkeeping
 * (its lease, renewed by the relay, and when it was done) is not a write of the request under test.
 */
const FINGERPRINT_COLUMNS: Record<string, string> = {
  outbox_job: 'ROW(t.id, t.job_name, t.payload, t.dedup_key, t.run_at, t.created_at)::text',
};

/** Count and hash of every row of each table: equal fingerprints mean nothing was written. */
export async function tablesFingerprint(
  platform: TestPlatform,
  tables: readonly string[],
): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const rowText = FINGERPRINT_COLUMNS[table] ?? 't::text';
    const [row] = (await platform.dataSource.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(${rowText}, '|' ORDER BY ${rowText}), '')) AS h FROM ${table} t`,
    )) as Array<{ n: number; h: string }>;
    result[table] = `${row.n}:${row.h}`;
  }
  return result;
}

export async function fingerprint(platform: TestPlatform): Promise<Record<string, string>> {
  return tablesFingerprint(platform, WRITTEN_TABLES);
}

/** Runs `attempt` and checks that it fails with `code` and leaves every table as it was. */
export async function expectRefusedWithoutWrite<T>(
  platform: TestPlatform,
  code: string,
  attempt: () => Promise<GraphqlResponse<T>>,
): Promise<GraphqlResponse<T>> {
  const before = await fingerprint(platform);
  const result = await attempt();
  expect(result.errors?.[0]?.extensions?.code).toBe(code);
  expect(result.data ?? null).toBeNull();
  expect(await fingerprint(platform)).toEqual(before);
  return result;
}

export function fieldsOf(result: GraphqlResponse<unknown>): string[] {
  const fields = result.errors?.[0]?.extensions?.fields as Array<{ field: string }> | undefined;
  return (fields ?? []).map((f) => f.field);
}
