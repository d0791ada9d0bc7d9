import { FakeClock, Role, SignedLinks } from '@tremplin/core';
import { Association } from '@tremplin/associations';
import { Mission } from '@tremplin/missions';
import { PASSPORT_LINK_PURPOSE } from '@tremplin/passports';
import { createAssociation } from './association-helpers';
import { BeneficiaryView } from './beneficiary-helpers';
import { ATTEST, RECORD_OUTCOME, START_ENGAGEMENT, publishSlots, recordHeld } from './passport-helpers';
import {
  answerToken,
  createConsentingBeneficiary,
  createMission,
  mailSettled,
  postAnswer,
  proposalRow,
  proposeOk,
} from './proposal-helpers';
import { StaffAccount, TestPlatform } from './test-platform';

/** Monday 2 March 2026, 9:00 in Paris: the world is built from there. */
export const WORLD_START = '2026-03-02T08:00:00.000Z';

/** The person at the centre of the world: distinctive values, so that a leak is found by searching for them. */
export const PERSON = {
  civility: 'MADAME',
  firstName: 'Léonide',
  lastName: 'Quenouillard',
  birthDate: '1987-11-23',
  phone: '06 39 98 12 34',
} as const;

/** One complete volunteering journey, built through the domains' own API. */
export interface Journey {
  person: BeneficiaryView;
  mission: Mission;
  proposalId: string;
  interviewId: string;
  engagementId: string;
  outcomeId: string;
}

/**
 * The data every role is tried against, on two territories: a person of Oyonnax followed by
 * `referent`, whose whole journey went through the host association's mission (proposal accepted,
 * interview held, mission under way, competencies attested, passport issued, outcome recorded), and
 * an outsider of Belley followed by another referent, with the mission of another association.
 */
export interface World {
  clock: FakeClock;
  admin: StaffAccount;
  referent: StaffAccount;
  /** A territory manager of Oyonnax (reads the person's file, writes nothing). */
  manager: StaffAccount;
  coordinator: StaffAccount;
  /** A member of the association hosting the journey's mission. */
  host: StaffAccount;
  hostAssociation: Association;
  /** Out of scope: the referent of Belley, the manager of Belley, another association. */
  otherReferent: StaffAccount;
  otherManager: StaffAccount;
  otherHost: StaffAccount;
  otherAssociation: Association;
  journey: Journey;
  outsider: BeneficiaryView;
  otherMission: Mission;
  /** The person's signed links: answer to the proposal, book the interview, download the passport. */
  links: { answer: string; booking: string; passport: string };
}

type Gql = { [key: string]: { id: string } };

export async function buildWorld(platform: TestPlatform, clock: FakeClock): Promise<World> {
  const [oyonnax, belley] = await Promise.all([platform.territory('CDS-OYONNAX'), platform.territory('CDS-BELLEY')]);
  const [admin, referent, manager, coordinator, otherReferent, otherManager] = await Promise.all([
    platform.createStaff(Role.ADMIN, { firstName: 'Nadia', lastName: 'Admin' }),
    platform.createStaff(Role.REFERENT, { firstName: 'Claire', lastName: 'Référente', territoryId: oyonnax.id }),
    platform.createStaff(Role.REFERENT, {
      firstName: 'Sophie',
      lastName: 'Responsable',
      territoryId: oyonnax.id,
      isTerritoryManager: true,
    }),
    platform.createStaff(Role.COORDINATOR, { firstName: 'Léa', lastName: 'Coordinatrice' }),
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
  const mission = await createMission(platform, hosting.association, { title: 'Accueil à l’épicerie solidaire' });
  const otherMission = await createMission(platform, other.association, { title: 'Jardinage partagé' });

  const person = await createConsentingBeneficiary(platform, referent, {
    ...PERSON,
    email: `lq.${Math.random().toString(36).slice(2, 8)}@exemple.test`,
  });
  const outsider = await createConsentingBeneficiary(platform, otherReferent, {
    firstName: 'Octave',
    lastName: 'Belleydoux',
    communeCode: '01034',
  });

  // Tuesday 10 March, 9:00 in Paris: inside the person's Tuesday mornings, more than 48 h ahead.
  const availability = await publishSlots(platform, coordinator, '2026-03-10T08:00:00Z', '2026-03-10T10:15:00Z');
  const proposal = await proposeOk(platform, referent, person.id, mission.id, 'Je pense à vous pour cette mission.');
  const row = await proposalRow(platform, proposal.id);
  const answer = answerToken(platform, row);
  const accepted = await postAnswer(platform, answer, 'accept');
  if (accepted.status !== 200) throw new Error(`accepting the proposal answered ${accepted.status}`);
  const scheduled = await platform.gqlOk<Gql>(
    `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
    { input: { proposalId: proposal.id, slotId: availability.slots[0].id, inviteWelcomeContact: true } },
    referent.token,
  );
  const interviewId = scheduled.scheduleInterview.id;

  clock.set('2026-03-10T09:00:00Z');
  await recordHeld(platform, coordinator, interviewId);
  const started = await platform.gqlOk<Gql>(
    START_ENGAGEMENT,
    { input: { interviewId, startDate: '2026-03-17', plannedHours: 32 } },
    referent.token,
  );
  const engagementId = started.startEngagement.id;
  clock.set('2026-04-20T09:00:00Z');
  await platform.gqlOk(
    ATTEST,
    {
      input: {
        engagementId,
        attestorName: 'Martine Lacroix',
        attestorRole: 'Responsable des bénévoles',
        competencies: [{ competencyCode: 'TR_ACCUEIL', level: 2, comment: 'Accueille les familles avec tact' }],
      },
    },
    hosting.member.token,
  );
  const outcome = await platform.gqlOk<Gql>(
    RECORD_OUTCOME,
    { input: { engagementId, kind: 'TRAINING', startDate: '2026-04-27' } },
    referent.token,
  );
  await mailSettled(platform);

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
    journey: {
      person,
      mission,
      proposalId: proposal.id,
      interviewId,
      engagementId,
      outcomeId: outcome.recordOutcome.id,
    },
    outsider,
    otherMission,
    links: {
      answer,
      booking: links.sign('interview.booking', proposal.id, farAhead),
      passport: links.sign(PASSPORT_LINK_PURPOSE, person.id, farAhead),
    },
  };
}
