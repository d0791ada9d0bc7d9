// The console's GraphQL client (urql): same-origin requests with the session cookie and the
// console's header (without which the API refuses a cookie), a normalized cache, and Relay lists
// merged page after page by graphcache's own relayPagination helper.
import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { CONSOLE_CLIENT_HEADER, CONSOLE_CLIENT_VALUE } from '@console-routes';
import { Client, fetchExchange } from 'urql';
import { EMBEDDED_TYPES } from '../gql/embedded-types';

/** The Relay connections read with « Afficher plus »: each filter combination is its own list. */
const PAGINATED_LISTS = [
  'associations',
  'beneficiaries',
  'candidateSuggestions',
  'communes',
  'engagements',
  'interviewAvailabilities',
  'interviewSlots',
  'interviews',
  'logbook',
  'missionSuggestions',
  'missions',
  'overdueOrientations',
  'proposals',
  'proposalsAwaitingInterview',
  'sensitiveDataAccessLog',
  'territories',
  'users',
];

/**
 * Lists that a mutation changes (adds to, or removes from): they are invalidated so that the
 * pages showing them fetch them again. Entities themselves update by their id, without this.
 */
export const LISTS_CHANGED_BY: Record<string, readonly string[]> = {
  // Département workspace
  createUser: ['users'],
  createTerritory: ['territories'],
  validateAssociation: ['associations'],
  publishMission: ['missions'],
  rejectMission: ['missions'],
  // France Bénévolat coordinators: availability and interviews
  publishAvailabilities: ['interviewAvailabilities', 'interviewCapacity', 'interviewSlots'],
  scheduleInterview: [
    'interviews',
    'interviewAvailabilities',
    'proposalsAwaitingInterview',
    'interviewCapacity',
    'interviewSlots',
  ],
  rescheduleInterview: ['interviews', 'interviewAvailabilities', 'interviewCapacity', 'interviewSlots'],
  cancelInterview: [
    'interviews',
    'interviewAvailabilities',
    'proposalsAwaitingInterview',
    'interviewCapacity',
    'interviewSlots',
  ],
  recordInterviewOutcome: ['interviews', 'proposalsAwaitingInterview', 'interviewCapacity'],
  startEngagement: ['engagements'],
  // A person's file: what lands in the carnet de bord
  addLogbookNote: ['logbook'],
  recordDiagnostic: ['logbook'],
  orientBeneficiary: ['logbook'],
  reorientBeneficiary: ['logbook'],
  giveVolunteeringConsent: ['logbook'],
  withdrawVolunteeringConsent: ['logbook'],
  // Référents: proposals from a person's file
  proposeMission: ['proposals', 'missionSuggestions', 'referentDashboard'],
  recordProposalAnswer: ['proposals', 'logbook', 'referentDashboard'],
  withdrawProposal: ['proposals', 'logbook', 'referentDashboard'],
  // Associations: an invited member joins the structure's accounts (the association's `members`)
  inviteAssociationMember: ['association'],
  // Référents: a new file joins the caseload and its counters
  createBeneficiary: ['beneficiaries', 'referentDashboard'],
};

export function createGraphqlClient(): Client {
  return new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'same-origin', headers: { [CONSOLE_CLIENT_HEADER]: CONSOLE_CLIENT_VALUE } },
    requestPolicy: 'cache-and-network',
    // POST with a JSON body, always: Apollo's protection against cross-site requests refuses GET
    // queries that carry no preflight header, and the body keeps queries out of access logs.
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        keys: Object.fromEntries(EMBEDDED_TYPES.map((name) => [name, () => null])),
        resolvers: { Query: Object.fromEntries(PAGINATED_LISTS.map((field) => [field, relayPagination()])) },
        updates: {
          Mutation: Object.fromEntries(
            Object.entries(LISTS_CHANGED_BY).map(([mutation, lists]) => [
              mutation,
              (_result: unknown, _args: unknown, cache: Cache) => {
                for (const list of lists) invalidateField(cache, list);
              },
            ]),
          ),
        },
      }),
      fetchExchange,
    ],
  });
}

/** Drops every cached page of a root field (`proposals` with any arguments). */
function invalidateField(cache: Cache, field: string): void {
  for (const entry of cache.inspectFields('Query')) {
    if (entry.fieldName === field) cache.invalidate('Query', entry.fieldName, entry.arguments ?? undefined);
  }
}
