import { SeedRandom } from '@tremplin/core';
import { AIN_COMMUNES, distanceKm } from '@tremplin/referentials';
import { coordinatesProblem } from '../domain/mission-place';
import { MISSION_STATUSES, MissionAction, MissionStatus, transition } from '../domain/mission-status';
import { DEMO_MISSION_TEMPLATES } from './demo-mission-templates';
import { DemoHost, planDemoMissions } from './demo-missions';

const communes = AIN_COMMUNES.map(([inseeCode, name, latitude, longitude]) => ({
  inseeCode,
  name,
  latitude,
  longitude,
  territoryId: 'territory',
}));
const hosts: DemoHost[] = [
  ...['01053', '01283', '01004', '01034', '01173', '01427', '01289', '01344'].map((communeCode, i) => ({
    id: `host-${i}`,
    communeCode,
    domainCodes: [DEMO_MISSION_TEMPLATES[(i * 3) % DEMO_MISSION_TEMPLATES.length].domainCode],
    status: 'VALIDATED' as const,
  })),
  { id: 'pending', communeCode: '01033', domainCodes: ['SPORT'], status: 'PENDING' },
  { id: 'rejected', communeCode: '01093', domainCodes: ['ENVIRONNEMENT'], status: 'REJECTED' },
];
const now = new Date('2026-03-02T08:00:00.000Z');
const plan = () => planDemoMissions({ random: new SeedRandom(7), now, hosts, communes });

describe(planDemoMissions.name, () => {
  it('is deterministic', () => {
    expect(plan()).toEqual(plan());
  });

  it('represents every status, drafts only for hosts not validated', () => {
    const missions = plan();
    expect(new Set(missions.map((m) => m.status))).toEqual(new Set(MISSION_STATUSES));
    expect(missions.filter((m) => m.associationId === 'pending').map((m) => m.status)).toEqual(['DRAFT', 'DRAFT']);
    expect(missions.filter((m) => m.associationId === 'rejected').map((m) => m.status)).toEqual(['DRAFT']);
    expect(missions.length).toBe(8 * 4.5 + 3);
  });

  it('places each mission in the Ain near its host, with coordinates its commune accepts', () => {
    for (const mission of plan()) {
      const host = hosts.find((h) => h.id === mission.associationId)!;
      const home = communes.find((c) => c.inseeCode === host.communeCode)!;
      expect(
        distanceKm(home.latitude, home.longitude, mission.commune.latitude, mission.commune.longitude),
      ).toBeLessThanOrEqual(20);
      expect(coordinatesProblem(mission.latitude, mission.longitude, mission.commune)).toBeNull();
    }
  });

  it('writes histories the state machine accepts, in time order, ending before now, matching the places', () => {
    for (const mission of plan()) {
      expect(mission.placesTaken).toBeGreaterThanOrEqual(0);
      expect(mission.placesTaken).toBeLessThanOrEqual(mission.places);
      if (mission.status === MissionStatus.FULL) expect(mission.placesTaken).toBe(mission.places);
      const [created, ...moves] = mission.transitions;
      expect(created).toMatchObject({ action: MissionAction.CREATE, fromStatus: null, toStatus: MissionStatus.DRAFT });
      let status = MissionStatus.DRAFT;
      let at = created.occurredAt;
      for (const move of moves) {
        expect(move.fromStatus).toBe(status);
        const placesLeft = move.action === MissionAction.FILL ? 0 : 1;
        expect(transition(status, move.action, { placesLeft })).toEqual({ ok: true, to: move.toStatus });
        expect(move.occurredAt.getTime()).toBeGreaterThanOrEqual(at.getTime());
        status = move.toStatus;
        at = move.occurredAt;
      }
      expect(status).toBe(mission.status);
      expect(at.getTime()).toBeLessThanOrEqual(now.getTime());
      if (mission.startDate && mission.endDate) expect(mission.endDate >= mission.startDate).toBe(true);
    }
  });
});
