// The follow-up of a person after a proposal, walked through the domains' own API: a published
// mission, the person's « oui », a held tripartite interview, a started mission whose host attests
// competencies (so the person has a Passeport Bénévole). Dates are in 2027 so that the session
// cookies the platform's (fake) clock dates stay valid in a real browser.
import { FakeClock, Role } from '@tremplin/core';
import type { Association } from '@tremplin/associations';
import type { Mission } from '@tremplin/missions';
import { createAssociation } from './association-helpers';
import {
  ATTEST,
  EngagementView,
  HeldInterviewChain,
  START_ENGAGEMENT,
  publishSlots,
  recordHeld,
  scheduleInterviewFor,
} from './passport-helpers';
import { createMission } from './proposal-helpers';
import { StaffAccount, TestPlatform } from './test-platform';

/** Monday 1 March 2027, 9:00 in Paris. */
export const FOLLOWUP_START = '2027-03-01T08:00:00.000Z';
/** Tuesday 9 March 2027, 9:00-9:45 in Paris: the interview. */
export const FOLLOWUP_INTERVIEW_AT = '2027-03-09T08:00:00.000Z';
/** After the interview: the coordinator records it held. */
export const FOLLOWUP_AFTER_INTERVIEW = '2027-03-09T09:00:00.000Z';
export const FOLLOWUP_MISSION_START = '2027-03-16';
/** Mid-May 2027: the host attests the competencies shown. */
export const FOLLOWUP_ATTESTED_AT = '2027-05-14T12:00:00.000Z';

export interface FollowupCast {
  referent: StaffAccount;
  coordinator: StaffAccount;
  host: StaffAccount;
  association: Association;
  mission: Mission;
}

export async function createFollowupCast(platform: TestPlatform): Promise<FollowupCast> {
  const oyonnax = await platform.territory('CDS-OYONNAX');
  const referent = await platform.createStaff(Role.REFERENT, {
    firstName: 'Claire',
    lastName: 'Référente',
    territoryId: oyonnax.id,
  });
  const coordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Léa', lastName: 'Coordinatrice' });
  const { association, member: host } = await createAssociation(platform, { name: 'Épicerie solidaire du Haut-Bugey' });
  const mission = await createMission(platform, association, {
    title: 'Accueil à l’épicerie solidaire',
    places: 3,
    startDate: FOLLOWUP_MISSION_START,
  });
  return { referent, coordinator, host, association, mission };
}

export interface AttestedFollowup extends HeldInterviewChain {
  engagement: EngagementView;
}

/**
 * From the clock at FOLLOWUP_START: the person accepts the mission, the interview is held, the
 * mission starts and the host attests two competencies. Leaves the clock at FOLLOWUP_ATTESTED_AT.
 */
export async function seedAttestedEngagement(
  platform: TestPlatform,
  clock: FakeClock,
  cast: FollowupCast,
  person: Record<string, unknown> = {},
): Promise<AttestedFollowup> {
  clock.set(FOLLOWUP_START);
  const availability = await publishSlots(
    platform,
    cast.coordinator,
    FOLLOWUP_INTERVIEW_AT,
    '2027-03-09T08:45:00.000Z',
  );
  const chain = await scheduleInterviewFor(
    platform,
    { referent: cast.referent },
    cast.mission,
    availability.slots[0].id,
    {
      firstName: 'Karima',
      lastName: 'Benali',
      rsaEntryDate: '2027-02-10',
      ...person,
    },
  );
  clock.set(FOLLOWUP_AFTER_INTERVIEW);
  await recordHeld(platform, cast.coordinator, chain.interviewId);
  const started = await platform.gqlOk<{ startEngagement: EngagementView }>(
    START_ENGAGEMENT,
    { input: { interviewId: chain.interviewId, startDate: FOLLOWUP_MISSION_START, plannedHours: 32 } },
    cast.referent.token,
  );
  clock.set(FOLLOWUP_ATTESTED_AT);
  await platform.gqlOk(
    ATTEST,
    {
      input: {
        engagementId: started.startEngagement.id,
        attestorName: 'Martine Lacroix',
        attestorRole: 'Responsable des bénévoles',
        competencies: [
          { competencyCode: 'TR_ACCUEIL', level: 2, comment: 'Accueille les familles avec beaucoup de tact' },
          { competencyCode: 'SE_EQUIPE', level: 3 },
        ],
      },
    },
    cast.host.token,
  );
  return { ...chain, engagement: started.startEngagement };
}
