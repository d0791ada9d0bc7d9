import { SeedRandom } from '@tremplin/core';
import { generateVolunteeringDemo, VolunteeringWorld } from './volunteering-demo';

const NOW = new Date('2026-06-15T08:00:00.000Z');

function world(overrides: Partial<VolunteeringWorld> = {}): VolunteeringWorld {
  const territories = ['CDS-OYONNAX', 'CDS-BELLEY', 'CDS-BOURG-CROIX-BLANCHE'].map((code, index) => ({
    id: `t${index}`,
    code,
    name: code,
    seat: { inseeCode: `0100${index}`, latitude: 46 + index / 10, longitude: 5 + index / 10 },
  }));
  const people = Array.from({ length: 150 }, (_, index) => ({
    id: `p${index}`,
    firstName: 'Personne',
    email: index % 10 === 0 ? null : `p${index}@exemple.fr`,
    territoryId: `t${index % 3}`,
    rsaEntryDate: index % 7 === 0 ? '2026-06-01' : '2024-03-01',
    referentId: `r${index % 3}`,
    barrierKinds: index % 2 ? ['MOBILITY', 'HEALTH'] : [],
    mayReceiveProposals: index % 10 !== 0 && index % 4 !== 1,
  }));
  return {
    random: new SeedRandom(7),
    now: NOW,
    people,
    hosts: [],
    missions: [],
    territories,
    communes: [
      { inseeCode: '01283', latitude: 46.26, longitude: 5.65, territoryId: 't0' },
      { inseeCode: '01014', latitude: 46.28, longitude: 5.69, territoryId: 't0' },
    ],
    coordinatorSlots: [],
    coordinatorId: 'coordinator',
    competencyCodes: ['TR_ACCUEIL', 'SE_EQUIPE', 'SE_SERVICE', 'TR_ECOUTE', 'PR_LOGISTIQUE'],
    withJourneys: true,
    withBarrierActions: true,
    ...overrides,
  };
}

describe(generateVolunteeringDemo.name, () => {
  const rows = generateVolunteeringDemo(world());

  it('is the same for the same random sequence', () => {
    expect(generateVolunteeringDemo(world())).toEqual(rows);
  });

  it('creates hosts and missions only when none exist, with known competencies', () => {
    expect(rows.hosts.map((h) => h.territoryId).sort()).toEqual(['t0', 't0', 't1', 't2']);
    expect(rows.missions.length).toBeGreaterThan(4);
    const communes = new Map(world().communes.map((c) => [c.inseeCode, c]));
    for (const mission of rows.missions) {
      expect(mission.competencyCodes.every((c) => world().competencyCodes.includes(c))).toBe(true);
      // The coordinates are those of the mission's commune, in the host's territory.
      const commune =
        communes.get(mission.communeCode) ??
        world().territories.find((t) => t.seat.inseeCode === mission.communeCode)?.seat;
      expect(commune).toMatchObject({ latitude: mission.latitude, longitude: mission.longitude });
    }
    const existing = generateVolunteeringDemo(
      world({
        hosts: [
          {
            id: 'h',
            name: 'Hôte',
            email: 'h@a.fr',
            welcomeContactEmail: 'w@a.fr',
            territoryId: 't0',
            communeCode: '01000',
            memberId: null,
          },
        ],
        missions: [
          {
            id: 'm',
            associationId: 'h',
            domainCode: 'SPORT',
            competencyCodes: [],
            territoryId: 't0',
            places: 3,
            placesTaken: 1,
            publishedAt: new Date('2025-01-01'),
            closedAt: null,
          },
        ],
      }),
    );
    expect(existing.hosts).toEqual([]);
    expect(existing.missions).toEqual([]);
    // Never more people accepted than the places left.
    expect(existing.proposals.filter((p) => p.status === 'ACCEPTED').length).toBeLessThanOrEqual(2);
  });

  it('proposes only to people who may receive proposals, after their entry, never twice the same mission', () => {
    const people = new Map(world().people.map((p) => [p.id, p]));
    const pairs = new Set<string>();
    for (const proposal of rows.proposals) {
      const person = people.get(proposal.beneficiaryId);
      expect(person?.mayReceiveProposals).toBe(true);
      expect(proposal.createdAt.toISOString().slice(0, 10) > (person?.rsaEntryDate ?? '')).toBe(true);
      expect(proposal.createdAt < NOW && proposal.expiresAt > proposal.createdAt).toBe(true);
      const pair = `${proposal.beneficiaryId}/${proposal.missionId}`;
      expect(pairs.has(pair)).toBe(false);
      pairs.add(pair);
      if (proposal.status === 'EXPIRED') expect(proposal.expiresAt <= NOW).toBe(true);
      if (proposal.status === 'ACCEPTED') expect(proposal.consentAt).toEqual(proposal.answeredAt);
    }
  });

  it('keeps every mission within its places and the coordinator in one place at a time', () => {
    const places = new Map(rows.missions.map((m) => [m.id, m.places]));
    // A withdrawn mission gives its place back: the places taken are the accepted proposals less those.
    const withdrawn = new Set(rows.engagements.filter((g) => g.status === 'WITHDRAWN').map((g) => g.proposalId));
    const accepted = new Map<string, number>();
    for (const p of rows.proposals.filter((p) => p.status === 'ACCEPTED' && !withdrawn.has(p.id))) {
      accepted.set(p.missionId, (accepted.get(p.missionId) ?? 0) + 1);
    }
    for (const [mission, count] of accepted) expect(count).toBeLessThanOrEqual(places.get(mission) ?? 0);
    const starts = rows.interviews.map((i) => i.startsAt.getTime());
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('follows the journey: interview after a yes, mission after a held interview, attestation and outcome after the start', () => {
    const proposals = new Map(rows.proposals.map((p) => [p.id, p]));
    const interviews = new Map(rows.interviews.map((i) => [i.id, i]));
    const engagements = new Map(rows.engagements.map((g) => [g.id, g]));
    for (const interview of rows.interviews) {
      const proposal = proposals.get(interview.proposalId);
      expect(proposal?.status).toBe('ACCEPTED');
      expect(interview.startsAt > (proposal?.answeredAt as Date)).toBe(true);
      if (interview.status === 'SCHEDULED') expect(interview.startsAt > new Date(NOW.getTime() - 3_600_000)).toBe(true);
      else expect(interview.endsAt <= NOW).toBe(true);
    }
    for (const engagement of rows.engagements) {
      expect(interviews.get(engagement.interviewId)?.status).toBe('HELD');
      expect(engagement.startDate <= '2026-06-15').toBe(true);
      expect(engagement.endDate === null).toBe(engagement.status === 'ACTIVE' || engagement.status === 'WITHDRAWN');
    }
    for (const attestation of rows.attestations) {
      const engagement = engagements.get(attestation.engagementId);
      expect(engagement?.status).not.toBe('WITHDRAWN');
      expect(attestation.attestedAt <= NOW).toBe(true);
      expect(attestation.competencies.length).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(rows.passports.map((p) => p.beneficiaryId)).size).toBe(rows.passports.length);
    for (const outcome of rows.outcomes) {
      const engagement = engagements.get(outcome.engagementId);
      expect(outcome.startDate > (engagement?.endDate ?? '')).toBe(true);
      expect(outcome.contractType !== null).toBe(outcome.kind === 'JOB');
      expect(outcome.recordedAt <= NOW).toBe(true);
    }
  });

  it('makes every Action 5 indicator non-trivial and records barrier actions for people with barriers', () => {
    expect(rows.engagements.filter((g) => g.status !== 'WITHDRAWN').length).toBeGreaterThan(10);
    expect(rows.interviews.filter((i) => i.status === 'HELD').length).toBeGreaterThan(10);
    expect(rows.passports.length).toBeGreaterThan(5);
    expect(rows.outcomes.some((o) => o.kind === 'JOB')).toBe(true);
    expect(rows.emails.length).toBeGreaterThan(5);
    const barrier = rows.logbook.filter((e) => e.type === 'BARRIER_ACTION');
    expect(barrier.length).toBeGreaterThan(10);
    const withBarriers = new Set(
      world()
        .people.filter((p) => p.barrierKinds.length)
        .map((p) => p.id),
    );
    expect(barrier.every((e) => withBarriers.has(e.beneficiaryId))).toBe(true);
    // Nothing in the future.
    expect(rows.logbook.filter((e) => e.occurredAt > NOW)).toEqual([]);
  });

  it('books the coordinator’s published free slots for coming interviews and opens no overlapping slot', () => {
    const soon = (days: number, hour: number) => new Date(NOW.getTime() + days * 86_400_000 + hour * 3_600_000);
    const slots = Array.from({ length: 40 }, (_, index) => ({
      id: `slot-${index}`,
      startsAt: soon(1 + Math.floor(index / 4), index % 4),
      endsAt: soon(1 + Math.floor(index / 4), (index % 4) + 0.75),
      booked: index === 0,
    }));
    // A few random sequences, so that some interviews fall in the coming days.
    const interviews = [3, 5, 7, 11, 13].flatMap(
      (seed) => generateVolunteeringDemo(world({ random: new SeedRandom(seed), coordinatorSlots: slots })).interviews,
    );
    const coming = interviews.filter((i) => i.status === 'SCHEDULED');
    expect(coming.length).toBeGreaterThan(0);
    expect(coming.every((i) => i.slotId !== null && i.slotId !== 'slot-0')).toBe(true);
    const opened = interviews.filter((i) => i.slotId === null);
    for (const interview of opened) {
      for (const slot of slots) {
        expect(interview.endsAt <= slot.startsAt || interview.startsAt >= slot.endsAt).toBe(true);
      }
    }
  });

  it('leaves journeys and barrier actions to the other seeders when they made some', () => {
    const none = generateVolunteeringDemo(world({ withJourneys: false, withBarrierActions: false }));
    expect(none.proposals).toEqual([]);
    expect(none.logbook).toEqual([]);
  });
});
