import { MissionStatus } from '@tremplin/missions';
import { nudgeMakesSense } from './booking';

describe(nudgeMakesSense.name, () => {
  const mission = { status: MissionStatus.PUBLISHED, places: 1, placesTaken: 1, endDate: '2026-06-30' };

  it('reminds to book while the mission runs, full or not (the person holds a place)', () => {
    expect(nudgeMakesSense(mission, '2026-06-30')).toBe(true);
    expect(nudgeMakesSense({ ...mission, placesTaken: 0, endDate: null }, '2030-01-01')).toBe(true);
  });

  it('sends nothing once the mission is closed or its end date is over', () => {
    expect(nudgeMakesSense({ ...mission, status: MissionStatus.CLOSED }, '2026-05-01')).toBe(false);
    expect(nudgeMakesSense(mission, '2026-07-01')).toBe(false);
  });
});
