import { MissionAvailability, missionAvailability } from './mission-availability';
import { MissionStatus } from './mission-status';

describe(missionAvailability.name, () => {
  const open = { status: MissionStatus.PUBLISHED, places: 2, placesTaken: 1, endDate: '2026-06-30' };

  it('is open when published, with a place left, up to and including its last day', () => {
    expect(missionAvailability(open, '2026-06-30')).toBe(MissionAvailability.OPEN);
    expect(missionAvailability({ ...open, endDate: null }, '2030-01-01')).toBe(MissionAvailability.OPEN);
  });

  it('is past the day after its end date, even when still published', () => {
    expect(missionAvailability(open, '2026-07-01')).toBe(MissionAvailability.PAST);
  });

  it('is full when every place is taken, closed when not published', () => {
    expect(missionAvailability({ ...open, placesTaken: 2 }, '2026-05-01')).toBe(MissionAvailability.FULL);
    expect(missionAvailability({ ...open, status: MissionStatus.FULL }, '2026-05-01')).toBe(MissionAvailability.FULL);
    for (const status of [MissionStatus.CLOSED, MissionStatus.DRAFT, MissionStatus.SUBMITTED]) {
      expect(missionAvailability({ ...open, status }, '2026-05-01')).toBe(MissionAvailability.CLOSED);
    }
  });
});
