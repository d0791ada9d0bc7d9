import { FakeClock, Role } from '@tremplin/core';
import {
  AVAILABILITY_FIELDS,
  AvailabilityView,
  PUBLISH_AVAILABILITY,
  expectNothingWritten,
} from './support/interview-helpers';
import { StaffAccount, TestPlatform } from './support/test-platform';

const PUBLISH_SERIES = `mutation($input: PublishAvailabilitiesInput!) {
  publishAvailabilities(input: $input) { ${AVAILABILITY_FIELDS} } }`;
const CAPACITY = `query { interviewCapacity { freeSlots proposalsAwaitingInterview interviewsToRecord short } }`;

const office = {
  kind: 'FRANCE_BENEVOLAT',
  label: 'France Bénévolat Ain',
  address: '4 allée des Brotteaux, 01000 Bourg-en-Bresse',
  communeCode: '01053',
};

/** Tuesday mornings 9:00-12:00 in Paris (summer time, UTC+2) from 7 July 2026, one a week. */
function tuesdays(count: number, skip: string[] = []) {
  const ranges: Array<{ startsAt: string; endsAt: string }> = [];
  for (let week = 0; week < count; week++) {
    const day = new Date(Date.UTC(2026, 6, 7 + 7 * week));
    const iso = day.toISOString().slice(0, 10);
    if (skip.includes(iso)) continue;
    ranges.push({ startsAt: `${iso}T09:00:00+02:00`, endsAt: `${iso}T12:00:00+02:00` });
  }
  return ranges;
}

describe('availability series, public holidays and times without an offset', () => {
  const clock = new FakeClock('2026-07-01T08:00:00Z');
  let platform: TestPlatform;
  let coordinator: StaffAccount;

  beforeAll(async () => {
    platform = await TestPlatform.start({ clock });
    coordinator = await platform.createStaff(Role.COORDINATOR, { firstName: 'Léa' });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('refuses a time without an offset instead of reading « 09:00 » in the server’s time zone', async () => {
    const result = await expectNothingWritten(platform, 'BAD_USER_INPUT', () =>
      platform.gql(
        PUBLISH_AVAILABILITY,
        { input: { startsAt: '2026-07-07T09:00:00', endsAt: '2026-07-07T12:00:00', slotMinutes: 45, place: office } },
        coordinator.token,
      ),
    );
    expect(result.errors?.[0]?.message).toMatch(/décalage horaire/);
    // With its offset, 9:00 in Paris is 7:00 UTC in summer.
    const ok = await platform.gqlOk<{ publishAvailability: AvailabilityView }>(
      PUBLISH_AVAILABILITY,
      {
        input: {
          startsAt: '2026-07-09T09:00:00+02:00',
          endsAt: '2026-07-09T10:30:00+02:00',
          slotMinutes: 45,
          place: office,
        },
      },
      coordinator.token,
    );
    expect(ok.publishAvailability.startsAt).toBe('2026-07-09T07:00:00.000Z');
  });

  it('refuses a series that falls on a public holiday, naming the day, and writes none of it', async () => {
    const result = await expectNothingWritten(platform, 'BAD_USER_INPUT', () =>
      platform.gql(
        PUBLISH_SERIES,
        { input: { ranges: tuesdays(8), slotMinutes: 45, place: office } },
        coordinator.token,
      ),
    );
    expect(result.errors?.[0]?.message).toBe(
      'Ce jour est férié : le mardi 14 juillet 2026 (Fête nationale). Aucun entretien n’a lieu un jour férié : retirez cette date de la série.',
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ reason: 'PUBLIC_HOLIDAY', days: ['2026-07-14'] });
  });

  it('publishes the series without its exceptions, all at once', async () => {
    const data = await platform.gqlOk<{ publishAvailabilities: AvailabilityView[] }>(
      PUBLISH_SERIES,
      { input: { ranges: tuesdays(8, ['2026-07-14', '2026-08-11']), slotMinutes: 45, place: office } },
      coordinator.token,
    );
    expect(data.publishAvailabilities.map((a) => a.startsAt)).toEqual([
      '2026-07-07T07:00:00.000Z',
      '2026-07-21T07:00:00.000Z',
      '2026-07-28T07:00:00.000Z',
      '2026-08-04T07:00:00.000Z',
      '2026-08-18T07:00:00.000Z',
      '2026-08-25T07:00:00.000Z',
    ]);
    expect(data.publishAvailabilities.every((a) => a.slots.length === 4)).toBe(true);
  });

  it('refuses a series overlapping what the coordinator published, naming the day, writing nothing', async () => {
    const result = await expectNothingWritten(platform, 'CONFLICT', () =>
      platform.gql(
        PUBLISH_SERIES,
        {
          input: {
            ranges: [
              { startsAt: '2026-08-11T10:00:00+02:00', endsAt: '2026-08-11T11:00:00+02:00' },
              { startsAt: '2026-08-18T11:00:00+02:00', endsAt: '2026-08-18T12:30:00+02:00' },
            ],
            slotMinutes: 30,
            place: office,
          },
        },
        coordinator.token,
      ),
    );
    expect(result.errors?.[0]?.message).toMatch(/^Le mardi 18 août 2026, ces créneaux chevauchent une plage/);
    expect(result.errors?.[0]?.extensions?.reason).toBe('OVERLAP');
  });

  it('counts the free bookable slots of the next 14 days against the proposals waiting', async () => {
    // From 1 July 10:00, with 48 h notice, until 15 July: 7 July (4 slots) and 9 July (2 slots).
    const data = await platform.gqlOk<{ interviewCapacity: Record<string, unknown> }>(CAPACITY, {}, coordinator.token);
    expect(data.interviewCapacity).toEqual({
      freeSlots: 6,
      proposalsAwaitingInterview: 0,
      interviewsToRecord: 0,
      short: false,
    });
  });
});
