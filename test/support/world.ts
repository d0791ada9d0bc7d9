import { FakeClock, Role, SignedLinks } from '@tremplin/core';
import { Association, AssociationStatus } from '@tremplin/associations';
import { Mission, MissionStatus } from '@tremplin/missions';
import { PASSPORT_LINK_PURPOSE } from '@tremplin/passports';
import { createAssociation } from './association-helpers';
import { BeneficiaryView, orient, recordDiagnostic } from './beneficiary-helpers';
import { ATTEST, RECORD_OUTCOME, START_ENGAGEMENT, publishSlots, recordHeld } from './passport-helpers';
import {
  answerToken,
  createConsentingBeneficiary,
  createMission,
  postAnswer,
  proposalRow,
  proposeOk,
} from './proposal-helpers';
import { StaffAccount, TestPlatform } from './test-platform';

/** Monday 2 March 2026, 9:00 in Paris: the world is built from there. */
export const WORLD_START = '2026-03-02T08:00:00.000Z';
/** Monday 20 April 2026, 11:00 in Paris: where the clock stays once the world is built. */
export const WORLD_NOW = '2026-04-20T09:00:00.000Z';

/** The person at the centre of the world: distinctive values, so that a leak is found by searching for them. */
export const PERSON = {
  civility: 'MADAME',
  firstName: 'Léonide',
  lastName: 'Quenouillard',
  birthDate: '1987-11-23',
  phone: '06 71 52 83 94',
} as const;

/** A volunteering journey, built through the domains' own API, up to the stage it was taken to. */
export interface Journey {
  person: BeneficiaryView;
  mission: Mission;
  proposalId: string;
  /** The signed link the person answered with. */
  answerToken: string;
  interviewId: string;
  engagementId: string | null;
}

export type PoolStage = 'pastScheduled' | 'held' | 'active';

/**
 * Journeys that needed the clock to move (interviews that took place): taken one by one by the
 * operations that change them, each owned by the referent or the manager who follows the person.
 */
export class JourneyPool {
  private readonly items: Array<Journey & { stage: PoolStage; owner: string; taken: boolean }> = [];

  add(journey: Journey, stage: PoolStage, owner: StaffAccount): void {
    this.items.push({ ...journey, stage, owner: owner.user.id, taken: false });
  }

  take(stage: PoolStage, owner: StaffAccount): Journey {
    const item = this.items.find((i) => !i.taken && i.stage === stage && i.owner === owner.user.id);
    if (!item) throw new Error(`The world holds no more ${stage} journey of ${owner.user.email}: enlarge POOL`);
    item.taken = true;
    return item;
  }
}

/** How many journeys of each stage the world keeps, per owner (the operations that use them, one per caller). */
export const POOL: ReadonlyArray<{ stage: PoolStage; owner: 'referent' | 'manager'; count: number }> = [
  // recordInterviewOutcome: admin, coordinator, referent / manager
  { stage: 'pastScheduled', owner: 'referent', count: 3 },
  { stage: 'pastScheduled', owner: 'manager', count: 1 },
  // startEngagement: admin, coordinator, association, referent / manager
  { stage: 'held', owner: 'referent', count: 4 },
  { stage: 'held', owner: 'manager', count: 1 },
  // completeEngagement, abandonEngagement, withdrawEngagement: admin, coordinator, association, referent / manager
  // (and recordOutcome: the manager, on a file of their own)
  { stage: 'active', owner: 'referent', count: 12 },
  { stage: 'active', owner: 'manager', count: 4 },
];

/**
 * The data every role is tried against, on two territories: a person of Oyonnax followed by
 * `referent`, whose whole journey went through the host association's mission (proposal accepted,
 * interview held, mission under way, competencies attested, passport issued, outcome recorded), and
 * an outsider of Belley followed by another referent, whose journey went through another
 * association's mission; plus a pool of journeys at every stage for the operations that change them.
 */
export interface World {
  clock: FakeClock;
  admin: StaffAccount;
  referent: StaffAccount;
  /** A territory manager of Oyonnax (reads the person's file, writes nothing of it). */
  manager: StaffAccount;
  coordinator: StaffAccount;
  /** A member of the association hosting the journey's mission. */
  host: StaffAccount;
  hostAssociation: Association;
  /** Out of scope: the referent of Belley, the manager of Belley, another association, another coordinator. */
  otherReferent: StaffAccount;
  otherManager: StaffAccount;
  otherHost: StaffAccount;
  otherAssociation: Association;
  otherCoordinator: StaffAccount;
  journey: Journey & { engagementId: string; outcomeId: string };
  outsider: Journey & { engagementId: string };
  otherMission: Mission;
  /** A draft of the host association (hidden from referents), an association waiting for validation. */
  draftMission: Mission;
  pendingAssociation: Association;
  /** A proposal sent to a person of the referent on the host's mission, not answered (hidden from hosts and coordinators). */
  sentProposalId: string;
  /** A range the other coordinator published, nothing booked (out of the coordinator's scope), and one of its slots. */
  otherAvailabilityId: string;
  otherAvailabilitySlotId: string;
  /** The outsider's other proposals: one accepted without interview, one with an interview to come. */
  outsiderAcceptedProposalId: string;
  outsiderScheduledInterviewId: string;
  /** The verification code printed on the person's passport. */
  verificationCode: string;
  /** Free slots of the coordinator, more than 48 h ahead of the world's clock. */
  futureSlots: string[];
  pool: JourneyPool;
  /** Files oriented on 2 March with a new diagnostic on 12 March, ready to be re-oriented (per owner). */
  reorientable: { referent: string[]; manager: string[] };
  /** The person's signed links: answer to the proposal, book the interview, download the passport. */
  links: { answer: string; booking: string; passport: string };
}

type Gql = { [key: string]: { id: string } };

const SCHEDULE = `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`;

/** Proposal, « oui » from the signed link, interview booked on `slotId`. */
export async function acceptedJourney(
  platform: TestPlatform,
  owner: StaffAccount,
  mission: Mission,
  person: BeneficiaryView,
  message?: string,
): Promise<Omit<Journey, 'interviewId' | 'engagementId'>> {
  const proposal = await proposeOk(platform, owner, person.id, mission.id, message);
  const token = answerToken(platform, await proposalRow(platform, proposal.id));
  const accepted = await postAnswer(platform, token, 'accept');
  if (accepted.status !== 200) throw new Error(`accepting the proposal answered ${accepted.status}`);
  return { person, mission, proposalId: proposal.id, answerToken: token };
}

export async function scheduledJourney(
  platform: TestPlatform,
  owner: StaffAccount,
  mission: Mission,
  slotId: string,
  person?: BeneficiaryView,
): Promise<Journey> {
  const someone = person ?? (await createConsentingBeneficiary(platform, owner));
  const accepted = await acceptedJourney(platform, owner, mission, someone);
  const scheduled = await platform.gqlOk<Gql>(
    SCHEDULE,
    { input: { proposalId: accepted.proposalId, slotId, inviteWelcomeContact: true } },
    owner.token,
  );
  return { ...accepted, interviewId: scheduled.scheduleInterview.id, engagementId: null };
}

async function inBatches<T, R>(items: T[], size: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => work(item, i + j)))));
  }
  return results;
}

export async function buildWorld(platform: TestPlatform, clock: FakeClock): Promise<World> {
  clock.set(WORLD_START);
  const [oyonnax, belley] = await Promise.all([platform.territory('CDS-OYONNAX'), platform.territory('CDS-BELLEY')]);
  const [admin, referent, manager, coordinator, otherCoordinator, otherReferent, otherManager] = await Promise.all([
    platform.createStaff(Role.ADMIN, { firstName: 'Nadia', lastName: 'Admin' }),
    platform.createStaff(Role.REFERENT, { firstName: 'Claire', lastName: 'Référente', territoryId: oyonnax.id }),
    platform.createStaff(Role.REFERENT, {
      firstName: 'Sophie',
      lastName: 'Responsable',
      territoryId: oyonnax.id,
      isTerritoryManager: true,
    }),
    platform.createStaff(Role.COORDINATOR, { firstName: 'Léa', lastName: 'Coordinatrice' }),
    platform.createStaff(Role.COORDINATOR, { firstName: 'Hugo', lastName: 'Coordinateur' }),
    platform.createStaff(Role.REFERENT, { firstName: 'Élise', lastName: 'Belley', territoryId: belley.id }),
    platform.createStaff(Role.REFERENT, {
      firstName: 'Paul',
      lastName: 'Responsable',
      territoryId: belley.id,
      isTerritoryManager: true,
    }),
  ]);
  const hosting = await createAssociation(platform, { name: 'Épicerie solidaire du Haut-Bugey' });
  const other = await createAssociation(platform, { name: 'Jardins partagés de Bourg' });
  const pending = await createAssociation(platform, {
    name: 'Ressourcerie en attente',
    status: AssociationStatus.PENDING,
  });
  const mission = await createMission(platform, hosting.association, {
    title: 'Accueil à l’épicerie solidaire',
    places: 60,
  });
  const otherMission = await createMission(platform, other.association, { title: 'Jardinage partagé', places: 5 });
  const draftMission = await createMission(platform, hosting.association, {
    title: 'Brouillon de mission',
    status: MissionStatus.DRAFT,
  });

  const person = await createConsentingBeneficiary(platform, referent, {
    ...PERSON,
    email: `lq.${Math.random().toString(36).slice(2, 8)}@exemple.test`,
  });
  const outsiderPerson = await createConsentingBeneficiary(platform, otherReferent, {
    firstName: 'Octave',
    lastName: 'Belleydoux',
    communeCode: '01034',
  });

  // Tuesday 10 March, 9:00 in Paris: inside the people's Tuesday mornings, more than 48 h ahead.
  const availability = await publishSlots(platform, coordinator, '2026-03-10T08:00:00Z', '2026-03-10T10:15:00Z');
  const [mainSlot, outsiderSlot] = availability.slots.map((s) => s.id);
  const poolSlots = [
    ...(await publishPoolSlots(platform, otherCoordinator, '2026-03-10T05:00:00Z')),
    ...(await publishPoolSlots(platform, otherCoordinator, '2026-03-12T05:00:00Z')),
  ];

  const reorientable = { referent: [] as string[], manager: [] as string[] };
  for (const [owner, account, count] of [
    ['referent', referent, 2],
    ['manager', manager, 1],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const file = await createConsentingBeneficiary(platform, account);
      await recordDiagnostic(platform, account, file.id);
      await orient(platform, account, file.id, account.user.id);
      reorientable[owner].push(file.id);
    }
  }

  const main = await scheduledJourney(platform, referent, mission, mainSlot, person);
  const outsider = await scheduledJourney(platform, otherReferent, otherMission, outsiderSlot, outsiderPerson);
  const owners = { referent, manager };
  const plan = POOL.flatMap(({ stage, owner, count }) => Array.from({ length: count }, () => ({ stage, owner })));
  if (plan.length > poolSlots.length) throw new Error('Not enough slots for the pool');
  const pooled = await inBatches(plan, 4, async ({ stage, owner }, index) => ({
    stage,
    owner: owners[owner],
    journey: await scheduledJourney(platform, owners[owner], mission, poolSlots[index]),
  }));

  // The interviews took place; the missions under way begin the Monday after.
  clock.set('2026-03-12T12:00:00Z');
  for (const [owner, account] of [
    ['referent', referent],
    ['manager', manager],
  ] as const) {
    for (const id of reorientable[owner]) await recordDiagnostic(platform, account, id);
  }
  const held = [main, outsider, ...pooled.filter((p) => p.stage !== 'pastScheduled').map((p) => p.journey)];
  await inBatches(held, 6, (journey) => recordHeld(platform, coordinator, journey.interviewId));
  const toStart = [
    { journey: main, by: referent },
    { journey: outsider, by: otherReferent },
    ...pooled.filter((p) => p.stage === 'active').map((p) => ({ journey: p.journey, by: p.owner })),
  ];
  await inBatches(toStart, 6, async ({ journey, by }) => {
    const started = await platform.gqlOk<Gql>(
      START_ENGAGEMENT,
      { input: { interviewId: journey.interviewId, startDate: '2026-03-16', plannedHours: 32 } },
      by.token,
    );
    journey.engagementId = started.startEngagement.id;
  });
  const pool = new JourneyPool();
  for (const { stage, owner, journey } of pooled) pool.add(journey, stage, owner);

  clock.set(WORLD_NOW);
  await platform.gqlOk(
    ATTEST,
    {
      input: {
        engagementId: main.engagementId,
        attestorName: 'Martine Lacroix',
        attestorRole: 'Responsable des bénévoles',
        competencies: [{ competencyCode: 'TR_ACCUEIL', level: 2, comment: 'Accueille les familles avec tact' }],
      },
    },
    hosting.member.token,
  );
  const outcome = await platform.gqlOk<Gql>(
    RECORD_OUTCOME,
    { input: { engagementId: main.engagementId, kind: 'TRAINING', startDate: '2026-04-27' } },
    referent.token,
  );
  const waiting = await createConsentingBeneficiary(platform, referent, { firstName: 'Anatole' });
  const sent = await proposeOk(platform, referent, waiting.id, mission.id);
  // Tuesday 28 and Thursday 30 April, 6:00 to 12:00 in Paris: free slots for the bookings still to come.
  const futureSlots = [
    ...(await publishPoolSlots(platform, coordinator, '2026-04-28T04:00:00Z')),
    ...(await publishPoolSlots(platform, coordinator, '2026-04-30T04:00:00Z')),
  ];
  const otherAvailability = await publishSlots(
    platform,
    otherCoordinator,
    '2026-05-05T07:00:00Z',
    '2026-05-05T08:30:00Z',
  );
  const outsiderAccepted = await acceptedJourney(
    platform,
    otherReferent,
    otherMission,
    await createConsentingBeneficiary(platform, otherReferent, { communeCode: '01034' }),
  );
  const outsiderScheduled = await scheduledJourney(
    platform,
    otherReferent,
    otherMission,
    futureSlots.pop() as string,
    await createConsentingBeneficiary(platform, otherReferent, { communeCode: '01034' }),
  );
  const pdf = await fetch(`${platform.baseUrl}/passports/${person.id}.pdf`, {
    headers: { authorization: `Bearer ${admin.token}` },
  });
  if (pdf.status !== 200) throw new Error(`the passport PDF answered ${pdf.status}`);
  const [verification] = (await platform.dataSource.query(
    `SELECT code FROM passport_verification WHERE beneficiary_id = $1`,
    [person.id],
  )) as Array<{ code: string }>;
  await platform.settle();

  const links = platform.api.get(SignedLinks);
  const farAhead = new Date('2027-01-01T00:00:00Z');
  return {
    clock,
    admin,
    referent,
    manager,
    coordinator,
    host: hosting.member,
    hostAssociation: hosting.association,
    otherReferent,
    otherManager,
    otherHost: other.member,
    otherAssociation: other.association,
    otherCoordinator,
    journey: { ...main, engagementId: main.engagementId as string, outcomeId: outcome.recordOutcome.id },
    outsider: { ...outsider, engagementId: outsider.engagementId as string },
    otherMission,
    draftMission,
    pendingAssociation: pending.association,
    sentProposalId: sent.id,
    otherAvailabilityId: otherAvailability.id,
    otherAvailabilitySlotId: otherAvailability.slots[0].id,
    outsiderAcceptedProposalId: outsiderAccepted.proposalId,
    outsiderScheduledInterviewId: outsiderScheduled.interviewId,
    verificationCode: verification.code,
    futureSlots,
    pool,
    reorientable,
    links: {
      answer: links.sign('proposal.answer', main.proposalId, farAhead),
      booking: links.sign('interview.booking', main.proposalId, farAhead),
      passport: links.sign(PASSPORT_LINK_PURPOSE, person.id, farAhead),
    },
  };
}

/** Six hours of 15-minute slots from `startsAt` (24 slots), published by `coordinator`. */
async function publishPoolSlots(
  platform: TestPlatform,
  coordinator: StaffAccount,
  startsAt: string,
): Promise<string[]> {
  const endsAt = new Date(new Date(startsAt).getTime() + 6 * 3600_000).toISOString();
  const data = await platform.gqlOk<{ publishAvailability: { slots: Array<{ id: string }> } }>(
    `mutation($input: PublishAvailabilityInput!) { publishAvailability(input: $input) { slots { id } } }`,
    {
      input: {
        startsAt,
        endsAt,
        slotMinutes: 15,
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
  return data.publishAvailability.slots.map((slot) => slot.id);
}
