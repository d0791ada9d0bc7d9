import { AssociationStatus } from '@tremplin/associations';
import { CONSOLE_ASSETS_ROUTE, CONSOLE_ROUTES, Role } from '@tremplin/core';
import { MissionStatus } from '@tremplin/missions';
import { Actor } from '@tremplin/platform';
import { beneficiaryInput } from '../support/beneficiary-helpers';
import { missionInput } from '../support/mission-helpers';
import { answerToken, proposalRow } from '../support/proposal-helpers';
import { TEST_PASSWORD } from '../support/test-platform';
import { ProbeContext, Vars } from './context';

/**
 * How each operation of the permissions table is called for real. `vars` gives the arguments of
 * a call within the caller's scope (fresh data for whatever the call changes); `outside`, for the
 * rows « within scope », arguments naming what is out of the caller's scope — refused with
 * FORBIDDEN or NOT_FOUND, or, for a list (`list`), answered without the records it names.
 * Callers the table refuses get `refused` arguments, or placeholders of the right types.
 */
export interface Probe {
  vars?: (ctx: ProbeContext, actor: Actor) => Vars | Promise<Vars>;
  /**
   * The bearer of a call within scope, for an operation that changes the caller's own credentials
   * (default: the actor's session, which such a call would end for the probes that follow).
   */
  bearer?: (ctx: ProbeContext, actor: Actor) => Promise<string>;
  outside?: (ctx: ProbeContext, actor: Actor) => Vars | Promise<Vars>;
  /** For lists: the ids a call within scope shows, and those the call out of scope must not show. */
  list?: { shows: (ctx: ProbeContext, actor: Actor) => string[]; hides: (ctx: ProbeContext, actor: Actor) => string[] };
  refused?: (ctx: ProbeContext) => Vars | Promise<Vars>;
  /** A selection set, where the generated one (every field, three levels down) does not fit. */
  selection?: string;
}

export interface HttpCall {
  method: 'GET' | 'POST';
  path: string;
  /** Form fields (sent as application/x-www-form-urlencoded). */
  form?: Record<string, string>;
  /** `html` asks for a page (the default asks for JSON, so that errors come back as codes). */
  accept?: 'html' | 'json';
  /** Send no bearer even for a staff caller (link routes and public forms). */
  anonymous?: boolean;
}

export interface RouteProbe {
  /** The request within the caller's scope (for link routes, with the person's link). */
  request: (ctx: ProbeContext, actor: Actor) => HttpCall | Promise<HttpCall>;
  outside?: (ctx: ProbeContext, actor: Actor) => HttpCall | Promise<HttpCall>;
  /** For refused callers (default: the admin's request, with the caller's own credentials). */
  refused?: (ctx: ProbeContext) => HttpCall | Promise<HttpCall>;
  /** Statuses of a success (default 200). */
  ok?: number[];
  /** The body is a file about the person: read it as text or PDF and check it against the person-field list. */
  download?: 'text' | 'pdf';
}

const inviteInput = (ctx: ProbeContext, associationId: string) => ({
  associationId,
  firstName: 'Julien',
  lastName: 'Perrin',
  email: `${ctx.unique('julien.')}@test.tremplin.fr`,
});

const isFileReader = (actor: Actor) => actor === Actor.REFERENT || actor === Actor.MANAGER;

/** Takes the next item of a list held by the world (each call gets its own). */
function next<T>(items: T[], what: string): T {
  const item = items.shift();
  if (item === undefined) throw new Error(`The world holds no more ${what}: enlarge it in buildWorld`);
  return item;
}

const hostOrOther = (ctx: ProbeContext, actor: Actor) =>
  actor === Actor.ASSOCIATION ? ctx.world.otherAssociation.id : ctx.world.pendingAssociation.id;

export const PROBES: Record<string, Probe> = {
  // identity
  'mutation login': {
    vars: (ctx) => ({ input: { email: ctx.world.coordinator.user.email, password: TEST_PASSWORD } }),
  },
  'mutation openSession': {
    vars: (ctx) => ({ input: { email: ctx.world.coordinator.user.email, password: TEST_PASSWORD } }),
  },
  'mutation closeSession': {},
  'mutation requestPasswordReset': { vars: (ctx) => ({ input: { email: ctx.world.coordinator.user.email } }) },
  'query passwordLink': { vars: async (ctx) => ({ token: await ctx.passwordToken() }) },
  'mutation choosePassword': {
    vars: async (ctx) => ({ input: { token: await ctx.passwordToken(), password: 'une-phrase-choisie-par-elle' } }),
  },
  'mutation changePassword': {
    bearer: async (ctx, actor) => (await ctx.freshAccount(actor)).token,
    vars: () => ({ input: { currentPassword: TEST_PASSWORD, newPassword: 'une-autre-phrase-de-passe' } }),
  },
  'query me': {},
  'query users': { vars: () => ({ first: 5 }) },
  'mutation createUser': {
    vars: (ctx) => ({
      input: {
        email: `${ctx.unique('jeanne.')}@test.tremplin.fr`,
        firstName: 'Jeanne',
        lastName: 'Nouvelle',
        role: 'COORDINATOR',
      },
    }),
  },
  'mutation disableUser': { vars: async (ctx) => ({ id: (await ctx.staff(Role.COORDINATOR)).user.id }) },
  // Département workspace (console)
  'mutation updateUser': {
    vars: async (ctx) => ({ id: (await ctx.staff(Role.COORDINATOR)).user.id, input: { role: Role.COORDINATOR } }),
  },
  'mutation enableUser': { vars: async (ctx) => ({ id: (await ctx.staff(Role.COORDINATOR)).user.id }) },
  'query territories': {},
  'mutation createTerritory': {
    vars: (ctx) => ({ input: { code: ctx.unique('CDS-').toUpperCase(), name: 'CDS de démonstration' } }),
  },

  // referentials
  'query communes': {},
  'query competencies': {},
  'query jobs': {},
  'query missionDomains': {},

  // associations
  'mutation registerAssociation': { vars: (ctx) => ({ input: ctx.registration() }) },
  'query association': {
    vars: (ctx) => ({ id: ctx.world.hostAssociation.id }),
    outside: (ctx, actor) => ({ id: hostOrOther(ctx, actor) }),
  },
  'query associations': {
    vars: () => ({ search: 'Haut-Bugey' }),
    outside: (ctx, actor) => ({ search: actor === Actor.ASSOCIATION ? 'Jardins' : 'Ressourcerie' }),
    list: { shows: (ctx) => [ctx.world.hostAssociation.id], hides: (ctx, actor) => [hostOrOther(ctx, actor)] },
  },
  'mutation validateAssociation': {
    vars: async (ctx) => ({
      input: { associationId: await ctx.association(AssociationStatus.PENDING), decision: 'VALIDATED' },
    }),
  },
  'mutation updateAssociation': {
    vars: (ctx) => ({ id: ctx.world.hostAssociation.id, input: { phone: '04 74 00 00 01' } }),
    outside: (ctx) => ({ id: ctx.world.otherAssociation.id, input: { phone: '04 74 00 00 02' } }),
  },
  'mutation inviteAssociationMember': {
    vars: (ctx) => ({ input: inviteInput(ctx, ctx.world.hostAssociation.id) }),
    outside: (ctx) => ({ input: inviteInput(ctx, ctx.world.otherAssociation.id) }),
  },

  // missions
  'query mission': {
    vars: (ctx) => ({ id: ctx.world.journey.mission.id }),
    outside: (ctx, actor) => ({
      id: actor === Actor.ASSOCIATION ? ctx.world.otherMission.id : ctx.world.draftMission.id,
    }),
  },
  'query missions': {
    vars: () => ({ first: 10 }),
    outside: () => ({ first: 10 }),
    list: {
      shows: (ctx) => [ctx.world.journey.mission.id],
      hides: (ctx, actor) => [actor === Actor.ASSOCIATION ? ctx.world.otherMission.id : ctx.world.draftMission.id],
    },
  },
  'mutation createMission': { vars: () => ({ input: missionInput() }) },
  'mutation updateMission': {
    vars: async (ctx) => ({ id: (await ctx.mission(MissionStatus.DRAFT)).id, input: { title: 'Nouveau titre' } }),
    outside: (ctx) => ({ id: ctx.world.otherMission.id, input: { title: 'Nouveau titre' } }),
  },
  'mutation submitMission': {
    vars: async (ctx) => ({ id: (await ctx.mission(MissionStatus.DRAFT)).id }),
    outside: (ctx) => ({ id: ctx.world.otherMission.id }),
  },
  'mutation publishMission': { vars: async (ctx) => ({ id: (await ctx.mission(MissionStatus.SUBMITTED)).id }) },
  'mutation rejectMission': {
    vars: async (ctx) => ({
      input: { missionId: (await ctx.mission(MissionStatus.SUBMITTED)).id, reason: 'Merci de préciser les horaires.' },
    }),
  },
  'mutation closeMission': {
    vars: async (ctx) => ({ input: { missionId: (await ctx.mission(MissionStatus.PUBLISHED)).id } }),
    outside: (ctx) => ({ input: { missionId: ctx.world.otherMission.id } }),
  },

  // beneficiaries
  'query beneficiary': {
    vars: (ctx) => ({ id: ctx.world.journey.person.id }),
    outside: (ctx, actor) => ({ id: ctx.outsideFile(actor) }),
  },
  'query beneficiaries': {
    vars: () => ({ search: 'Quenouillard' }),
    outside: () => ({ search: 'Belleydoux' }),
    list: { shows: (ctx) => [ctx.world.journey.person.id], hides: (ctx) => [ctx.world.outsider.person.id] },
  },
  'query referentDashboard': {},
  'mutation createBeneficiary': {
    vars: () => ({ input: beneficiaryInput({ firstName: 'Nouvelle' }) }),
    outside: (ctx) => ({ input: beneficiaryInput({ referentId: ctx.world.otherReferent.user.id }) }),
  },
  'mutation updateBeneficiaryProfile': {
    vars: async (ctx, actor) => ({ id: (await ctx.person(actor)).id, input: { phone: '06 00 00 00 01' } }),
    outside: (ctx, actor) => ({ id: ctx.outsideFile(actor, true), input: { phone: '06 00 00 00 02' } }),
  },
  'mutation giveVolunteeringConsent': {
    vars: async (ctx, actor) => ({ beneficiaryId: (await ctx.person(actor, { volunteeringConsent: false })).id }),
    outside: (ctx, actor) => ({ beneficiaryId: ctx.outsideFile(actor, true) }),
  },
  'mutation withdrawVolunteeringConsent': {
    vars: async (ctx, actor) => ({ beneficiaryId: (await ctx.person(actor)).id }),
    outside: (ctx, actor) => ({ beneficiaryId: ctx.outsideFile(actor, true) }),
  },
  'mutation changeBeneficiaryStatus': {
    vars: async (ctx, actor) => ({ input: { beneficiaryId: (await ctx.person(actor)).id, status: 'SUSPENDED' } }),
    outside: (ctx, actor) => ({ input: { beneficiaryId: ctx.outsideFile(actor, true), status: 'SUSPENDED' } }),
  },
  'query logbook': {
    vars: (ctx) => ({ beneficiaryId: ctx.world.journey.person.id }),
    outside: (ctx, actor) => ({ beneficiaryId: ctx.outsideFile(actor) }),
  },
  'mutation addLogbookNote': {
    vars: async (ctx, actor) => ({
      input: { beneficiaryId: (await ctx.person(actor)).id, summary: 'Entretien téléphonique.' },
    }),
    outside: (ctx, actor) => ({ input: { beneficiaryId: ctx.outsideFile(actor, true), summary: 'Note.' } }),
  },
  'query sensitiveDataAccessLog': { vars: () => ({ first: 5 }) },

  // privacy (right of access)
  'mutation requestPersonalDataExport': {
    vars: async (ctx, actor) => ({ beneficiaryId: (await ctx.person(actor)).id }),
    outside: (ctx, actor) => ({ beneficiaryId: ctx.outsideFile(actor, true) }),
  },
  'query personalDataExport': {
    vars: async (ctx, actor) => ({ id: await ctx.pendingExport((await ctx.person(actor)).id) }),
    outside: async (ctx, actor) => ({ id: await ctx.pendingExport(ctx.outsideFile(actor, true)) }),
  },

  // privacy (end of life)
  'query anonymisationPreview': { vars: () => ({ retentionMonths: 24 }) },
  'mutation approveAnonymisation': { vars: () => ({}) },

  // orientation
  'mutation recordDiagnostic': {
    vars: async (ctx, actor) => ({
      input: { beneficiaryId: (await ctx.person(actor)).id, barriers: [], proposedPathway: 'SOCIAL' },
    }),
    outside: (ctx, actor) => ({
      input: { beneficiaryId: ctx.outsideFile(actor, true), barriers: [], proposedPathway: 'SOCIAL' },
    }),
  },
  'mutation orientBeneficiary': {
    vars: async (ctx, actor) => ({
      input: {
        beneficiaryId: (await ctx.diagnosed(actor)).id,
        pathway: 'SOCIAL',
        organism: 'CDS Oyonnax',
        referentId: ctx.owner(actor).user.id,
      },
    }),
    outside: (ctx, actor) => ({
      input: {
        beneficiaryId: ctx.outsideFile(actor, true),
        pathway: 'SOCIAL',
        organism: 'CDS Oyonnax',
        referentId: ctx.owner(actor).user.id,
      },
    }),
  },
  'mutation reorientBeneficiary': {
    vars: (ctx, actor) => ({
      input: {
        beneficiaryId: next(
          actor === Actor.MANAGER ? ctx.world.reorientable.manager : ctx.world.reorientable.referent,
          'file to re-orient',
        ),
        pathway: 'PROFESSIONAL',
        organism: 'France Travail',
        reason: 'Projet d’emploi précisé',
        referentId: ctx.owner(actor).user.id,
      },
    }),
    outside: (ctx, actor) => ({
      input: {
        beneficiaryId: ctx.outsideFile(actor, true),
        pathway: 'PROFESSIONAL',
        organism: 'France Travail',
        reason: 'Projet d’emploi précisé',
        referentId: ctx.owner(actor).user.id,
      },
    }),
  },
  'query overdueOrientations': {
    vars: () => ({ first: 100 }),
    outside: () => ({ first: 100 }),
    list: { shows: (ctx) => [ctx.world.journey.person.id], hides: (ctx) => [ctx.world.outsider.person.id] },
    selection: '{ totalCount edges { node { missed daysLate beneficiary { id firstName lastName } } } }',
  },

  // matching
  'query missionSuggestions': {
    vars: (ctx) => ({ beneficiaryId: ctx.world.journey.person.id }),
    outside: (ctx, actor) => ({ beneficiaryId: ctx.outsideFile(actor) }),
  },
  'query candidateSuggestions': {
    vars: (ctx) => ({ missionId: ctx.world.journey.mission.id }),
    outside: (ctx) => ({ missionId: ctx.world.otherMission.id }),
  },
  'mutation refreshMatches': {
    vars: (ctx) => ({ beneficiaryId: ctx.world.journey.person.id }),
    outside: (ctx, actor) => ({ beneficiaryId: ctx.outsideFile(actor) }),
  },

  // proposals
  'query proposal': {
    vars: (ctx) => ({ id: ctx.world.journey.proposalId }),
    outside: (ctx, actor) => ({
      id: actor === Actor.COORDINATOR ? ctx.world.sentProposalId : ctx.world.outsider.proposalId,
    }),
  },
  'query proposals': {
    vars: (ctx) => ({ beneficiaryId: ctx.world.journey.person.id }),
    outside: (ctx, actor) => ({
      beneficiaryId: isFileReader(actor) ? ctx.world.outsider.person.id : undefined,
      first: 100,
    }),
    list: {
      shows: (ctx) => [ctx.world.journey.proposalId],
      hides: (ctx, actor) =>
        actor === Actor.ASSOCIATION
          ? [ctx.world.outsider.proposalId, ctx.world.sentProposalId]
          : actor === Actor.COORDINATOR
            ? [ctx.world.sentProposalId]
            : [ctx.world.outsider.proposalId],
    },
    selection: '{ totalCount edges { node { id status candidate { firstName lastName email phone } } } }',
  },
  'mutation proposeMission': {
    vars: async (ctx, actor) => ({
      input: { beneficiaryId: (await ctx.person(actor)).id, missionId: ctx.world.journey.mission.id },
    }),
    outside: (ctx, actor) => ({
      input: { beneficiaryId: ctx.outsideFile(actor, true), missionId: ctx.world.journey.mission.id },
    }),
  },
  'mutation withdrawProposal': {
    vars: async (ctx, actor) => ({ input: { proposalId: (await ctx.proposal(actor)).id } }),
    outside: (ctx, actor) => ({
      input: { proposalId: actor === Actor.MANAGER ? ctx.world.sentProposalId : ctx.world.outsider.proposalId },
    }),
  },
  'query proposalEmailPreview': {
    vars: async (ctx, actor) => ({
      input: {
        beneficiaryId: (await ctx.person(actor)).id,
        missionId: ctx.world.journey.mission.id,
        message: 'Bonjour',
      },
    }),
    outside: (ctx, actor) => ({
      input: { beneficiaryId: ctx.outsideFile(actor, true), missionId: ctx.world.journey.mission.id },
    }),
  },
  'mutation recordProposalAnswer': {
    vars: async (ctx, actor) => ({
      input: { proposalId: (await ctx.proposal(actor)).id, answer: 'DECLINE', channel: 'PHONE' },
    }),
    outside: (ctx, actor) => ({
      input: {
        proposalId: actor === Actor.MANAGER ? ctx.world.sentProposalId : ctx.world.outsider.proposalId,
        answer: 'DECLINE',
        channel: 'PHONE',
      },
    }),
  },
  'query proposalNotificationMode': {},
  'mutation setProposalNotificationMode': { vars: () => ({ mode: 'IMMEDIATE' }) },

  // interviews
  'mutation publishAvailability': { vars: (ctx) => ({ input: ctx.range() }) },
  'mutation publishAvailabilities': {
    vars: (ctx) => {
      const { startsAt, endsAt, ...rest } = ctx.range();
      return { input: { ...rest, ranges: [{ startsAt, endsAt }] } };
    },
  },
  'query proposalsAwaitingInterview': {},
  'query interviewCapacity': {},
  'mutation updateAvailability': {
    vars: async (ctx) => ({ id: (await ctx.availability()).id, input: ctx.range() }),
    outside: (ctx) => ({ id: ctx.world.otherAvailabilityId, input: ctx.range() }),
  },
  'mutation removeAvailability': {
    vars: async (ctx) => ({ id: (await ctx.availability()).id }),
    outside: (ctx) => ({ id: ctx.world.otherAvailabilityId }),
  },
  'mutation removeInterviewSlot': {
    vars: async (ctx) => ({ slotId: (await ctx.availability()).slotIds[0] }),
    outside: (ctx) => ({ slotId: ctx.world.otherAvailabilitySlotId }),
  },
  'query interviewAvailabilities': {},
  'query interviewSlots': {
    vars: async (ctx, actor) => ({ proposalId: (await ctx.accepted(actor)).proposalId, first: 3 }),
    outside: (ctx) => ({ proposalId: ctx.world.outsider.proposalId, first: 3 }),
  },
  'query interviews': {
    vars: (ctx) => ({ beneficiaryId: ctx.world.journey.person.id }),
    outside: (ctx) => ({ beneficiaryId: ctx.world.outsider.person.id }),
    list: { shows: (ctx) => [ctx.world.journey.interviewId], hides: (ctx) => [ctx.world.outsider.interviewId] },
  },
  'query interview': {
    vars: (ctx) => ({ id: ctx.world.journey.interviewId }),
    outside: (ctx) => ({ id: ctx.world.outsider.interviewId }),
  },
  'mutation scheduleInterview': {
    vars: async (ctx, actor) => ({ input: { proposalId: (await ctx.accepted(actor)).proposalId, slotId: ctx.slot() } }),
    outside: (ctx) => ({ input: { proposalId: ctx.world.outsiderAcceptedProposalId, slotId: ctx.slot() } }),
  },
  'mutation rescheduleInterview': {
    vars: async (ctx, actor) => ({
      input: { interviewId: (await ctx.scheduled(actor)).interviewId, slotId: ctx.slot() },
    }),
    outside: (ctx) => ({ input: { interviewId: ctx.world.outsiderScheduledInterviewId, slotId: ctx.slot() } }),
  },
  'mutation cancelInterview': {
    vars: async (ctx, actor) => ({
      input: { interviewId: (await ctx.scheduled(actor)).interviewId, reason: 'Empêchement de la personne' },
    }),
    outside: (ctx) => ({ input: { interviewId: ctx.world.outsiderScheduledInterviewId, reason: 'Empêchement' } }),
  },
  'mutation recordInterviewOutcome': {
    vars: (ctx, actor) => ({
      input: { interviewId: ctx.world.pool.take('pastScheduled', ctx.owner(actor)).interviewId, outcome: 'HELD' },
    }),
    outside: (ctx) => ({ input: { interviewId: ctx.world.outsider.interviewId, outcome: 'HELD' } }),
  },

  // engagements and passports
  'query engagements': {
    vars: (ctx) => ({ beneficiaryId: ctx.world.journey.person.id }),
    outside: (ctx) => ({ beneficiaryId: ctx.world.outsider.person.id }),
    list: { shows: (ctx) => [ctx.world.journey.engagementId], hides: (ctx) => [ctx.world.outsider.engagementId] },
  },
  'query engagement': {
    vars: (ctx) => ({ id: ctx.world.journey.engagementId }),
    outside: (ctx) => ({ id: ctx.world.outsider.engagementId }),
  },
  'mutation startEngagement': {
    vars: (ctx, actor) => ({
      input: {
        interviewId: ctx.world.pool.take('held', ctx.owner(actor)).interviewId,
        startDate: '2026-04-27',
        plannedHours: 20,
      },
    }),
    outside: (ctx) => ({
      input: { interviewId: ctx.world.outsider.interviewId, startDate: '2026-04-27', plannedHours: 20 },
    }),
  },
  'mutation completeEngagement': {
    vars: (ctx, actor) => ({
      input: {
        engagementId: ctx.world.pool.take('active', ctx.owner(actor)).engagementId,
        endDate: '2026-04-17',
        hoursDone: 20,
      },
    }),
    outside: (ctx) => ({
      input: { engagementId: ctx.world.outsider.engagementId, endDate: '2026-04-17', hoursDone: 2 },
    }),
  },
  'mutation abandonEngagement': {
    vars: (ctx, actor) => ({
      input: {
        engagementId: ctx.world.pool.take('active', ctx.owner(actor)).engagementId,
        endDate: '2026-04-10',
        reason: 'Déménagement',
      },
    }),
    outside: (ctx) => ({
      input: { engagementId: ctx.world.outsider.engagementId, endDate: '2026-04-10', reason: 'Déménagement' },
    }),
  },
  'mutation withdrawEngagement': {
    vars: (ctx, actor) => ({
      input: { engagementId: ctx.world.pool.take('active', ctx.owner(actor)).engagementId, reason: 'Pas commencée' },
    }),
    outside: (ctx) => ({ input: { engagementId: ctx.world.outsider.engagementId, reason: 'Pas commencée' } }),
  },
  'mutation attestCompetencies': {
    vars: (ctx) => ({
      input: {
        engagementId: ctx.world.journey.engagementId,
        attestorName: 'Martine Lacroix',
        attestorRole: 'Responsable des bénévoles',
        competencies: [{ competencyCode: 'SE_EQUIPE', level: 1 }],
      },
    }),
    outside: (ctx) => ({
      input: {
        engagementId: ctx.world.outsider.engagementId,
        attestorName: 'Martine Lacroix',
        attestorRole: 'Responsable des bénévoles',
        competencies: [{ competencyCode: 'SE_EQUIPE', level: 1 }],
      },
    }),
  },
  'query passport': {
    vars: (ctx) => ({ beneficiaryId: ctx.world.journey.person.id }),
    outside: (ctx, actor) => ({ beneficiaryId: ctx.outsideFile(actor) }),
  },
  'mutation recordOutcome': {
    vars: (ctx, actor) => ({
      input: {
        engagementId:
          actor === Actor.MANAGER
            ? ctx.world.pool.take('active', ctx.owner(actor)).engagementId
            : ctx.world.journey.engagementId,
        kind: 'NOTHING_YET',
        startDate: '2026-04-20',
      },
    }),
    outside: (ctx, actor) => ({
      input: {
        engagementId: actor === Actor.MANAGER ? ctx.world.journey.engagementId : ctx.world.outsider.engagementId,
        kind: 'NOTHING_YET',
        startDate: '2026-04-20',
      },
    }),
  },

  // indicators
  'query indicators': {
    vars: (ctx, actor) => ({
      from: '2026-01-01',
      to: '2026-05-01',
      territoryId: actor === Actor.MANAGER ? ctx.world.referent.user.territoryId : null,
    }),
    outside: (ctx) => ({ from: '2026-01-01', to: '2026-05-01', territoryId: ctx.world.otherReferent.user.territoryId }),
    refused: (ctx) => ({ from: '2026-01-01', to: '2026-05-01', territoryId: ctx.world.referent.user.territoryId }),
  },
  'query indicatorHistory': {
    vars: (ctx, actor) => ({
      fromMonth: '2026-01-01',
      toMonth: '2026-04-01',
      territoryId: actor === Actor.MANAGER ? ctx.world.referent.user.territoryId : null,
    }),
    outside: (ctx) => ({
      fromMonth: '2026-01-01',
      toMonth: '2026-04-01',
      territoryId: ctx.world.otherReferent.user.territoryId,
    }),
    refused: (ctx) => ({
      fromMonth: '2026-01-01',
      toMonth: '2026-04-01',
      territoryId: ctx.world.referent.user.territoryId,
    }),
  },
};

const link = (path: string): HttpCall => ({ method: 'GET', path, anonymous: true, accept: 'html' });
const FORGED = 'eyJhbGciOiJIUzI1NiJ9.eyJwdXIiOiJ4In0.forged';

/** Every page of the console: its page for everyone (its data comes through GraphQL, under the table above). */
const CONSOLE_PAGE_PROBES: Record<string, RouteProbe> = Object.fromEntries(
  Object.values(CONSOLE_ROUTES).map((path) => [
    `route GET ${path}`,
    { request: () => ({ method: 'GET', path: path.replace(/:\w+/g, 'x'), accept: 'html', anonymous: true }) },
  ]),
);

export const ROUTE_PROBES: Record<string, RouteProbe> = {
  ...CONSOLE_PAGE_PROBES,
  [`route GET ${CONSOLE_ASSETS_ROUTE}`]: {
    request: async (ctx) => ({ method: 'GET', path: await ctx.consoleScript(), anonymous: true }),
  },
  'route GET /health': { request: () => ({ method: 'GET', path: '/health' }) },
  'route GET /graphql': { request: () => ({ method: 'GET', path: '/graphql', accept: 'html' }) },
  'route GET /graphiql/assets/:name': { request: () => ({ method: 'GET', path: '/graphiql/assets/graphiql.css' }) },
  'route GET /admin/queues': { request: () => ({ method: 'GET', path: '/admin/queues', accept: 'html' }) },
  'route GET /indicators': {
    request: () => ({ method: 'GET', path: '/indicators?from=2026-01-01&to=2026-05-01' }),
    outside: (ctx) => ({
      method: 'GET',
      path: `/indicators?from=2026-01-01&to=2026-05-01&territoryId=${ctx.world.otherReferent.user.territoryId}`,
    }),
  },
  'route GET /access-log.csv': {
    request: () => ({ method: 'GET', path: '/access-log.csv' }),
    download: 'text',
  },
  'route GET /indicators.csv': {
    request: () => ({ method: 'GET', path: '/indicators.csv?from=2026-01-01&to=2026-05-01' }),
    outside: (ctx) => ({
      method: 'GET',
      path: `/indicators.csv?from=2026-01-01&to=2026-05-01&territoryId=${ctx.world.otherReferent.user.territoryId}`,
    }),
    download: 'text',
  },
  'route GET /passports/:beneficiaryId.pdf': {
    request: (ctx) => ({ method: 'GET', path: `/passports/${ctx.world.journey.person.id}.pdf` }),
    outside: (ctx) => ({ method: 'GET', path: `/passports/${ctx.world.outsider.person.id}.pdf` }),
    download: 'pdf',
  },
  'route GET /proposals/:proposalId/letter.pdf': {
    request: async (ctx, actor) => ({ method: 'GET', path: `/proposals/${(await ctx.proposal(actor)).id}/letter.pdf` }),
    outside: (ctx) => ({ method: 'GET', path: `/proposals/${ctx.world.outsider.proposalId}/letter.pdf` }),
    download: 'pdf',
  },
  'route GET /passeport/:token': {
    request: (ctx) => link(`/passeport/${ctx.world.links.passport}`),
    refused: () => link(`/passeport/${FORGED}`),
    download: 'pdf',
  },
  'route GET /verify': { request: () => ({ method: 'GET', path: '/verify', accept: 'html' }) },
  'route GET /verify/:code': {
    request: (ctx) => ({ method: 'GET', path: `/verify/${ctx.world.verificationCode}`, accept: 'html' }),
  },
  'route GET /p/:token': {
    request: (ctx) => link(`/p/${ctx.world.links.answer}`),
    refused: () => link(`/p/${FORGED}`),
  },
  'route POST /p/:token/accept': {
    request: async (ctx) => ({ ...link(`/p/${await freshAnswerToken(ctx)}/accept`), method: 'POST' }),
    refused: () => ({ ...link(`/p/${FORGED}/accept`), method: 'POST' }),
  },
  'route POST /p/:token/decline': {
    request: async (ctx) => ({
      ...link(`/p/${await freshAnswerToken(ctx)}/decline`),
      method: 'POST',
      form: { raison: 'Pas disponible' },
    }),
    refused: () => ({ ...link(`/p/${FORGED}/decline`), method: 'POST' }),
  },
  'route GET /interviews/:id/invite.ics': {
    request: (ctx) => ({ method: 'GET', path: `/interviews/${ctx.world.journey.interviewId}/invite.ics` }),
    outside: (ctx) => ({ method: 'GET', path: `/interviews/${ctx.world.outsider.interviewId}/invite.ics` }),
    download: 'text',
  },
  'route GET /rdv/:token': {
    request: (ctx) => link(`/rdv/${ctx.world.links.booking}`),
    refused: () => link(`/rdv/${FORGED}`),
  },
  'route POST /rdv/:token': {
    request: async (ctx) => {
      const accepted = await ctx.accepted(Actor.REFERENT);
      const token = ctx.bookingToken(accepted.proposalId);
      return { ...link(`/rdv/${token}`), method: 'POST', form: { creneau: ctx.slot() } };
    },
    refused: (ctx) => ({ ...link(`/rdv/${FORGED}`), method: 'POST', form: { creneau: ctx.world.futureSlots[0] } }),
    ok: [303],
  },
  'route GET /donnees/:token/export.json': {
    request: async (ctx) => link(`/donnees/${await ctx.exportToken()}/export.json`),
    refused: () => link(`/donnees/${FORGED}/export.json`),
    download: 'text',
  },
  'route GET /donnees/:token/export.pdf': {
    request: async (ctx) => link(`/donnees/${await ctx.exportToken()}/export.pdf`),
    refused: () => link(`/donnees/${FORGED}/export.pdf`),
    download: 'pdf',
  },
  'route GET /rdv/:token/entretien.ics': {
    request: (ctx) => link(`/rdv/${ctx.world.links.booking}/entretien.ics`),
    refused: () => link(`/rdv/${FORGED}/entretien.ics`),
    download: 'text',
  },
};

async function freshAnswerToken(ctx: ProbeContext): Promise<string> {
  const proposal = await ctx.proposal(Actor.REFERENT);
  return answerToken(ctx.platform, await proposalRow(ctx.platform, proposal.id));
}
