import { FakeClock, Role } from '@tremplin/core';
import {
  AVAILABILITY_FIELDS,
  AvailabilityView,
  PUBLISH_AVAILABILITY,
  expectNothingWritten,
} from './support/interview-helpers';
import { StaffAccount, TestPlatform } from './support/test-platform';

const OYONNAX = '01283';
const BOURG = '01053';

const UPDATE_AVAILABILITY = `mutation($id: ID!, $input: PublishAvailabilityInput!) {
  updateAvailability(id: $id, input: $input) { ${AVAILABILITY_FIELDS} } }`;
const REMOVE_AVAILABILITY = `mutation($id: ID!) { removeAvailability(id: $id) }`;
const REMOVE_SLOT = `mutation($slotId: ID!) { removeInterviewSlot(slotId: $slotId) { ${AVAILABILITY_FIELDS} } }`;
const AVAILABILITIES = `query($coordinatorId: ID, $first: Int) {
  interviewAvailabilities(coordinatorId: $coordinatorId, first: $first) { totalCount edges { node { id slots { id } } } } }`;

/** Monday 2 March 2026, 9:00 in Paris. */
const START = '2026-03-02T08:00:00.000Z';

function officeInput(startsAt: string, endsAt: string, overrides: Record<string, unknown> = {}) {
  return {
    startsAt,
    endsAt,
    slotMinutes: 45,
    place: {
      kind: 'FRANCE_BENEVOLAT',
      label: 'France Bénévolat Ain',
      address: '4 allée des Brotteaux, 01000 Bourg-en-Bresse',
      communeCode: BOURG,
    },
    ...overrides,
  };
}

describe('interviews', () => {
  const clock = new FakeClock(START);
  let platform: TestPlatform;
  let coordinator: StaffAccount;
  let otherCoordinator: StaffAccount;
  let admin: StaffAccount;
  let referent: StaffAccount;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock });
    coordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Léa', lastName: 'Coordinatrice' });
    otherCoordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Marc', lastName: 'Coordinateur' });
    admin = await platform.createStaff(Role.ADMIN, { firstName: 'Nadia', lastName: 'Admin' });
    const oyonnax = await platform.territory('CDS-OYONNAX');
    referent = await platform.createStaff(Role.REFERENT, {
      firstName: 'Claire',
      lastName: 'Référente',
      territoryId: oyonnax.id,
    });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  async function publish(account: StaffAccount, input: Record<string, unknown>): Promise<AvailabilityView> {
    const data = await platform.gqlOk<{ publishAvailability: AvailabilityView }>(
      PUBLISH_AVAILABILITY,
      { input },
      account.token,
    );
    return data.publishAvailability;
  }

  describe('publishAvailability', () => {
    it('cuts a range into bookable slots at the France Bénévolat office', async () => {
      // Tuesday 10 March, 9:00-11:30 in Paris: three slots of 45 minutes, the remaining 15 minutes left out.
      const availability = await publish(coordinator, officeInput('2026-03-10T08:00:00Z', '2026-03-10T10:30:00Z'));
      expect(availability).toMatchObject({
        coordinatorId: coordinator.user.id,
        slotMinutes: 45,
        breakMinutes: 0,
        place: {
          kind: 'FRANCE_BENEVOLAT',
          label: 'France Bénévolat Ain',
          address: '4 allée des Brotteaux, 01000 Bourg-en-Bresse',
          communeCode: BOURG,
          videoUrl: null,
        },
        coordinator: { id: coordinator.user.id },
      });
      expect(availability.slots.map((s) => [s.startsAt, s.endsAt, s.booked])).toEqual([
        ['2026-03-10T08:00:00.000Z', '2026-03-10T08:45:00.000Z', false],
        ['2026-03-10T08:45:00.000Z', '2026-03-10T09:30:00.000Z', false],
        ['2026-03-10T09:30:00.000Z', '2026-03-10T10:15:00.000Z', false],
      ]);
    });

    it('places a CDS availability in the commune of the CDS, and a video one nowhere', async () => {
      const oyonnax = await platform.territory('CDS-OYONNAX');
      const cds = await publish(
        coordinator,
        officeInput('2026-03-12T13:00:00Z', '2026-03-12T15:00:00Z', {
          slotMinutes: 60,
          place: { kind: 'CDS', territoryId: oyonnax.id, address: '12 rue Anatole France, 01100 Oyonnax' },
        }),
      );
      expect(cds.place).toEqual({
        kind: 'CDS',
        label: 'CDS Oyonnax',
        address: '12 rue Anatole France, 01100 Oyonnax',
        communeCode: OYONNAX,
        videoUrl: null,
      });
      expect(cds.slots).toHaveLength(2);

      const video = await publish(
        otherCoordinator,
        officeInput('2026-03-12T13:00:00Z', '2026-03-12T14:30:00Z', {
          slotMinutes: 30,
          breakMinutes: 15,
          place: { kind: 'VIDEO', videoUrl: 'https://visio.ain.fr/fb-entretiens' },
        }),
      );
      expect(video.place).toEqual({
        kind: 'VIDEO',
        label: 'Visioconférence',
        address: null,
        communeCode: null,
        videoUrl: 'https://visio.ain.fr/fb-entretiens',
      });
      expect(video.slots.map((s) => s.startsAt)).toEqual(['2026-03-12T13:00:00.000Z', '2026-03-12T13:45:00.000Z']);
    });

    it('refuses bad ranges and places with coded errors, writing nothing', async () => {
      const attempts: Array<[string, Record<string, unknown>]> = [
        ['BAD_USER_INPUT', officeInput('2026-03-01T08:00:00Z', '2026-03-01T10:00:00Z')],
        ['BAD_USER_INPUT', officeInput('2026-03-20T10:00:00Z', '2026-03-20T08:00:00Z')],
        ['BAD_USER_INPUT', officeInput('2026-03-20T06:00:00Z', '2026-03-20T20:00:00Z')],
        ['BAD_USER_INPUT', officeInput('2026-03-20T08:00:00Z', '2026-03-20T10:00:00Z', { slotMinutes: 5 })],
        [
          'BAD_USER_INPUT',
          officeInput('2026-03-20T08:00:00Z', '2026-03-20T10:00:00Z', {
            place: { kind: 'VIDEO', videoUrl: 'javascript:alert(1)' },
          }),
        ],
        [
          'BAD_USER_INPUT',
          officeInput('2026-03-20T08:00:00Z', '2026-03-20T10:00:00Z', { place: { kind: 'FRANCE_BENEVOLAT' } }),
        ],
        [
          'BAD_USER_INPUT',
          officeInput('2026-03-20T08:00:00Z', '2026-03-20T10:00:00Z', {
            place: { kind: 'CDS', address: '1 rue de la Gare, 01100 Oyonnax' },
          }),
        ],
        // Overlaps the range published in the first test (Tuesday 10 March, 9:00-11:15).
        ['CONFLICT', officeInput('2026-03-10T10:00:00Z', '2026-03-10T11:00:00Z')],
      ];
      for (const [code, input] of attempts) {
        const result = await expectNothingWritten(platform, code, () =>
          platform.gql(PUBLISH_AVAILABILITY, { input }, coordinator.token),
        );
        expect(result.errors?.[0]?.message).toMatch(/[a-zé]/);
      }
      await expectNothingWritten(platform, 'FORBIDDEN', () =>
        platform.gql(
          PUBLISH_AVAILABILITY,
          { input: officeInput('2026-03-20T08:00:00Z', '2026-03-20T10:00:00Z') },
          referent.token,
        ),
      );
    });

    it('lets the coordinator change or remove a free range, never another coordinator', async () => {
      const availability = await publish(coordinator, officeInput('2026-03-16T08:00:00Z', '2026-03-16T10:00:00Z'));
      await expectNothingWritten(platform, 'FORBIDDEN', () =>
        platform.gql(
          UPDATE_AVAILABILITY,
          { id: availability.id, input: officeInput('2026-03-16T08:00:00Z', '2026-03-16T09:00:00Z') },
          otherCoordinator.token,
        ),
      );
      const updated = await platform.gqlOk<{ updateAvailability: AvailabilityView }>(
        UPDATE_AVAILABILITY,
        {
          id: availability.id,
          input: officeInput('2026-03-16T13:00:00Z', '2026-03-16T15:00:00Z', { slotMinutes: 60 }),
        },
        coordinator.token,
      );
      expect(updated.updateAvailability.slots.map((s) => s.startsAt)).toEqual([
        '2026-03-16T13:00:00.000Z',
        '2026-03-16T14:00:00.000Z',
      ]);

      const afterSlotRemoval = await platform.gqlOk<{ removeInterviewSlot: AvailabilityView }>(
        REMOVE_SLOT,
        { slotId: updated.updateAvailability.slots[0].id },
        coordinator.token,
      );
      expect(afterSlotRemoval.removeInterviewSlot.slots.map((s) => s.startsAt)).toEqual(['2026-03-16T14:00:00.000Z']);

      await expectNothingWritten(platform, 'FORBIDDEN', () =>
        platform.gql(REMOVE_AVAILABILITY, { id: availability.id }, otherCoordinator.token),
      );
      await platform.gqlOk(REMOVE_AVAILABILITY, { id: availability.id }, admin.token);
      const list = await platform.gqlOk<{
        interviewAvailabilities: { edges: Array<{ node: { id: string } }> };
      }>(AVAILABILITIES, { coordinatorId: coordinator.user.id, first: 100 }, coordinator.token);
      expect(list.interviewAvailabilities.edges.map((e) => e.node.id)).not.toContain(availability.id);
      await expectNothingWritten(platform, 'NOT_FOUND', () =>
        platform.gql(REMOVE_AVAILABILITY, { id: availability.id }, coordinator.token),
      );
    });
  });
});
