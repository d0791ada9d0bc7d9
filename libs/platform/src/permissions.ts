/**
 * Who may do what: one row for every GraphQL query and mutation and every plain HTTP route of the
 * platform, with the rule for each kind of caller. `test/permissions.e2e-spec.ts` runs every
 * operation of the live schema and every route of the live app as every caller and checks the
 * answer against this table; an operation or route without a row fails that test, so nothing
 * ships without its rule. The README prints the table (`npm run permissions:readme`).
 *
 * Adding an operation or a route: add its row here (callers left out are denied), then a probe in
 * `test/permissions/probes.ts` (how to call it for real, in and out of scope).
 */

import { CONSOLE_ASSETS_ROUTE, CONSOLE_ROUTES } from '@tremplin/core';

/** The kinds of caller. */
export enum Actor {
  /** No session, no link. */
  ANONYMOUS = 'anonymous',
  /** A beneficiary holding one of their signed links (never a session: sent as a bearer, it opens nothing). */
  LINK = 'link',
  /** A member of a validated host association. */
  ASSOCIATION = 'association',
  /** A France Bénévolat coordinator. */
  COORDINATOR = 'coordinator',
  /** A référent unique de parcours. */
  REFERENT = 'referent',
  /** A référent who manages a territory (CDS). */
  MANAGER = 'manager',
  /** The service Insertion du Département. */
  ADMIN = 'admin',
}

export const ACTORS: readonly Actor[] = Object.values(Actor);

export enum Access {
  ALLOWED = 'allowed',
  /** Allowed on what falls within the caller's scope (see the row's note); refused, or left out of a list, otherwise. */
  SCOPE = 'scope',
  DENIED = 'denied',
}

export type OperationKind = 'query' | 'mutation' | 'route';

export interface Permission {
  kind: OperationKind;
  /** `beneficiary`, `login`; for a route its method and Express path: `GET /interviews/:id/invite.ics`. */
  name: string;
  access: Readonly<Record<Actor, Access>>;
  /** What « within scope » means for this row. */
  scope?: string;
}

const A = Access.ALLOWED;
const S = Access.SCOPE;

type Rules = Partial<Record<Actor, Access>>;

function row(kind: OperationKind, name: string, rules: Rules, scope?: string): Permission {
  const access = Object.fromEntries(ACTORS.map((actor) => [actor, rules[actor] ?? Access.DENIED])) as Record<
    Actor,
    Access
  >;
  return { kind, name, access, scope };
}

const query = (name: string, rules: Rules, scope?: string) => row('query', name, rules, scope);
const mutation = (name: string, rules: Rules, scope?: string) => row('mutation', name, rules, scope);
const route = (name: string, rules: Rules, scope?: string) => row('route', name, rules, scope);

const EVERYONE: Rules = { anonymous: A, link: A, association: A, coordinator: A, referent: A, manager: A, admin: A };
const STAFF: Rules = { association: A, coordinator: A, referent: A, manager: A, admin: A };

/** Scope notes used by several rows. */
const FILES = 'référent: the people they follow; manager: their territory';
const OWN_FILES = 'référent, manager: the people they follow';
const HOSTED = 'association: its missions';

export const PERMISSIONS: readonly Permission[] = [
  // identity
  mutation('login', EVERYONE),
  mutation('openSession', EVERYONE),
  mutation('closeSession', EVERYONE),
  mutation('requestPasswordReset', EVERYONE),
  query('passwordLink', EVERYONE, 'with a valid password link (invitation or reset)'),
  mutation('choosePassword', EVERYONE, 'with a valid password link (invitation or reset)'),
  mutation('changePassword', STAFF, 'their own password'),
  query('me', STAFF),
  query('users', { admin: A }),
  mutation('createUser', { admin: A }),
  mutation('disableUser', { admin: A }),
  // Département workspace (console): role and territory changes, re-enabling
  mutation('updateUser', { admin: A }),
  mutation('enableUser', { admin: A }),
  query('territories', STAFF),
  mutation('createTerritory', { admin: A }),

  // referentials
  // public: the association sign-up page offers them before any session
  query('communes', EVERYONE),
  query('competencies', STAFF),
  query('jobs', STAFF),
  query('missionDomains', EVERYONE),

  // associations
  mutation('registerAssociation', EVERYONE),
  query(
    'association',
    { association: S, coordinator: A, referent: S, manager: S, admin: A },
    'association: its own; référent, manager: validated ones',
  ),
  query(
    'associations',
    { association: S, coordinator: A, referent: S, manager: S, admin: A },
    'association: its own; référent, manager: validated ones',
  ),
  mutation('validateAssociation', { admin: A }),
  mutation('updateAssociation', { association: S, admin: A }, 'association: its own'),
  mutation('inviteAssociationMember', { association: S, admin: A }, 'association: its own'),

  // missions
  query(
    'mission',
    { association: S, coordinator: A, referent: S, manager: S, admin: A },
    'association: its own; référent, manager: published (or once published)',
  ),
  query(
    'missions',
    { association: S, coordinator: A, referent: S, manager: S, admin: A },
    'association: its own; référent, manager: published (or once published)',
  ),
  mutation('createMission', { association: A }),
  mutation('updateMission', { association: S }, 'association: its own missions'),
  mutation('submitMission', { association: S }, 'association: its own missions'),
  mutation('publishMission', { coordinator: A, admin: A }),
  mutation('rejectMission', { coordinator: A, admin: A }),
  mutation('closeMission', { association: S, coordinator: A, admin: A }, 'association: its own missions'),

  // beneficiaries
  query('beneficiary', { referent: S, manager: S, admin: A }, FILES),
  query('beneficiaries', { referent: S, manager: S, admin: A }, FILES),
  // counts only the files the caller can read (FILES): never refused, never more than their scope
  query('referentDashboard', { referent: A, manager: A, admin: A }),
  mutation('createBeneficiary', { referent: S, manager: S, admin: A }, 'référent, manager: a file they will follow'),
  mutation('updateBeneficiaryProfile', { referent: S, manager: S, admin: A }, OWN_FILES),
  mutation('giveVolunteeringConsent', { referent: S, manager: S, admin: A }, OWN_FILES),
  mutation('withdrawVolunteeringConsent', { referent: S, manager: S, admin: A }, OWN_FILES),
  mutation('changeBeneficiaryStatus', { referent: S, manager: S, admin: A }, OWN_FILES),
  query('logbook', { referent: S, manager: S, admin: A }, FILES),
  mutation('addLogbookNote', { referent: S, manager: S, admin: A }, OWN_FILES),
  query('sensitiveDataAccessLog', { admin: A }),
  route('GET /access-log.csv', { admin: A }),

  // orientation
  mutation('recordDiagnostic', { referent: S, manager: S, admin: A }, OWN_FILES),
  mutation('orientBeneficiary', { referent: S, manager: S, admin: A }, OWN_FILES),
  mutation('reorientBeneficiary', { referent: S, manager: S, admin: A }, OWN_FILES),
  query('overdueOrientations', { referent: S, manager: S, admin: A }, FILES),

  // matching
  query('missionSuggestions', { referent: S, manager: S, admin: A }, FILES),
  query(
    'candidateSuggestions',
    { association: S, coordinator: A, admin: A },
    'association: its own missions, anonymous profiles only',
  ),
  mutation('refreshMatches', { referent: S, manager: S, admin: A }, FILES),

  // proposals
  query(
    'proposal',
    { association: S, coordinator: S, referent: S, manager: S, admin: A },
    `${FILES}; association, coordinator: accepted ones (association: its missions)`,
  ),
  query(
    'proposals',
    { association: S, coordinator: S, referent: S, manager: S, admin: A },
    `${FILES}; association, coordinator: accepted ones (association: its missions)`,
  ),
  mutation('proposeMission', { referent: S, manager: S, admin: A }, OWN_FILES),
  mutation('withdrawProposal', { referent: S, manager: S, admin: A }, OWN_FILES),
  query('proposalEmailPreview', { referent: S, manager: S, admin: A }, OWN_FILES),
  mutation('recordProposalAnswer', { referent: S, manager: S, admin: A }, OWN_FILES),
  query('proposalNotificationMode', { referent: A, manager: A, admin: A }),
  mutation('setProposalNotificationMode', { referent: A, manager: A, admin: A }),

  // interviews
  mutation('publishAvailability', { coordinator: A }),
  mutation('publishAvailabilities', { coordinator: A }),
  query('proposalsAwaitingInterview', { coordinator: A, admin: A }),
  query('interviewCapacity', { coordinator: A, admin: A }),
  mutation('updateAvailability', { coordinator: S, admin: A }, 'coordinator: the ranges they published'),
  mutation('removeAvailability', { coordinator: S, admin: A }, 'coordinator: the ranges they published'),
  mutation('removeInterviewSlot', { coordinator: S, admin: A }, 'coordinator: the ranges they published'),
  query('interviewAvailabilities', { coordinator: A, admin: A }),
  query('interviewSlots', { coordinator: A, referent: S, manager: S, admin: A }, FILES),
  query('interviews', { association: S, coordinator: A, referent: S, manager: S, admin: A }, `${FILES}; ${HOSTED}`),
  query('interview', { association: S, coordinator: A, referent: S, manager: S, admin: A }, `${FILES}; ${HOSTED}`),
  mutation('scheduleInterview', { coordinator: A, referent: S, manager: S, admin: A }, OWN_FILES),
  mutation('rescheduleInterview', { coordinator: A, referent: S, manager: S, admin: A }, OWN_FILES),
  mutation('cancelInterview', { coordinator: A, referent: S, manager: S, admin: A }, OWN_FILES),
  mutation('recordInterviewOutcome', { coordinator: A, referent: S, manager: S, admin: A }, OWN_FILES),

  // engagements and passports
  query('engagements', { association: S, coordinator: A, referent: S, manager: S, admin: A }, `${FILES}; ${HOSTED}`),
  query('engagement', { association: S, coordinator: A, referent: S, manager: S, admin: A }, `${FILES}; ${HOSTED}`),
  mutation(
    'startEngagement',
    { association: S, coordinator: A, referent: S, manager: S, admin: A },
    `${OWN_FILES}; ${HOSTED}`,
  ),
  mutation(
    'completeEngagement',
    { association: S, coordinator: A, referent: S, manager: S, admin: A },
    `${OWN_FILES}; ${HOSTED}`,
  ),
  mutation(
    'abandonEngagement',
    { association: S, coordinator: A, referent: S, manager: S, admin: A },
    `${OWN_FILES}; ${HOSTED}`,
  ),
  mutation(
    'withdrawEngagement',
    { association: S, coordinator: A, referent: S, manager: S, admin: A },
    `${OWN_FILES}; ${HOSTED}`,
  ),
  mutation('attestCompetencies', { association: S }, 'association: the missions it hosts'),
  query('passport', { referent: S, manager: S, admin: A }, FILES),
  mutation('recordOutcome', { referent: S, manager: S, admin: A }, OWN_FILES),

  // privacy (right of access): the export holds sensitive data, so only those who read it
  mutation('requestPersonalDataExport', { referent: S, manager: S, admin: A }, OWN_FILES),
  query('personalDataExport', { referent: S, manager: S, admin: A }, OWN_FILES),
  // privacy (end of life)
  query('anonymisationPreview', { admin: A }),
  mutation('approveAnonymisation', { admin: A }),

  // indicators
  query('indicators', { manager: S, admin: A }, 'manager: their own territory, small numbers masked'),
  query('indicatorHistory', { manager: S, admin: A }, 'manager: their own territory, small numbers masked'),

  // plain HTTP routes
  route('GET /health', EVERYONE),
  route('GET /graphql', EVERYONE),
  route('GET /graphiql/assets/:name', EVERYONE),
  // the staff console: its page on each of its routes and its files (what a page shows comes through GraphQL)
  ...Object.values(CONSOLE_ROUTES).map((path) => route(`GET ${path}`, EVERYONE)),
  route(`GET ${CONSOLE_ASSETS_ROUTE}`, EVERYONE),
  route('GET /admin/queues', { admin: A }),
  route('GET /indicators', { manager: S, admin: A }, 'manager: their own territory, small numbers masked'),
  route('GET /indicators.csv', { manager: S, admin: A }, 'manager: their own territory, small numbers masked'),
  route('GET /passports/:beneficiaryId.pdf', { referent: S, manager: S, admin: A }, FILES),
  route('GET /proposals/:proposalId/letter.pdf', { referent: S, manager: S, admin: A }, FILES),
  route('GET /passeport/:token', { link: A }),
  route('GET /verify', EVERYONE),
  route('GET /verify/:code', EVERYONE),
  route('GET /p/:token', { link: A }),
  route('POST /p/:token/accept', { link: A }),
  route('POST /p/:token/decline', { link: A }),
  route(
    'GET /interviews/:id/invite.ics',
    { association: S, coordinator: A, referent: S, manager: S, admin: A },
    `${FILES}; ${HOSTED}`,
  ),
  route('GET /rdv/:token', { link: A }),
  route('POST /rdv/:token', { link: A }),
  route('GET /rdv/:token/entretien.ics', { link: A }),
  // the files of a person's data export, from the signed link the référent receives (and may hand over)
  route('GET /donnees/:token/export.json', { link: A }),
  route('GET /donnees/:token/export.pdf', { link: A }),
];

/** The key of a row: `query beneficiary`, `mutation login`, `route GET /health`. */
export const permissionKey = (permission: Pick<Permission, 'kind' | 'name'>) => `${permission.kind} ${permission.name}`;

const SYMBOLS: Record<Access, string> = { allowed: '✓', scope: '◐', denied: '—' };

const ACTOR_LABELS: Record<Actor, string> = {
  anonymous: 'anonymous',
  link: 'beneficiary link',
  association: 'association',
  coordinator: 'coordinator',
  referent: 'référent',
  manager: 'territory manager',
  admin: 'admin',
};

/** The table as Markdown, for the README: ✓ allowed, ◐ allowed within scope, — denied. */
export function renderPermissionsMatrix(permissions: readonly Permission[] = PERMISSIONS): string {
  const header = ['operation', ...ACTORS.map((actor) => ACTOR_LABELS[actor]), 'within scope'];
  const rows = permissions.map((permission) => [
    permission.kind === 'route' ? `\`${permission.name}\`` : `${permission.kind} \`${permission.name}\``,
    ...ACTORS.map((actor) => SYMBOLS[permission.access[actor]]),
    permission.scope ?? '',
  ]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((r) => r[i].length), 3));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export const MATRIX_START = '<!-- permissions-matrix:start (npm run permissions:readme) -->';
export const MATRIX_END = '<!-- permissions-matrix:end -->';

/** The README with its permissions section replaced by the current table. */
export function withPermissionsMatrix(readme: string, permissions: readonly Permission[] = PERMISSIONS): string {
  const start = readme.indexOf(MATRIX_START);
  const end = readme.indexOf(MATRIX_END);
  if (start < 0 || end < start) throw new Error(`The README has no ${MATRIX_START} … ${MATRIX_END} section`);
  return `${readme.slice(0, start + MATRIX_START.length)}\n\n${renderPermissionsMatrix(permissions)}\n\n${readme.slice(end)}`;
}

/** The cells of the Markdown tables of a text, without the padding (so that Prettier's alignment does not matter). */
export function tableCells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|') && !/^\|[\s:|-]+\|$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}
