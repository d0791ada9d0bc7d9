import { addDays, localDateOf, startOfLocalDay } from '@tremplin/beneficiaries';
import type { LocalDate } from '@tremplin/beneficiaries';
import type { SeedRandom } from '@tremplin/core';
import { DEMO_BARRIER_ACTIONS, DEMO_HOSTS, DEMO_MISSION_TEMPLATES } from './volunteering-catalog';

/**
 * Pure generator of the demo volunteering journeys that make every indicator of the dashboard
 * non-trivial: host associations and missions (only when no other seeder made any), proposals,
 * tripartite interviews, engagements, attestations and passports, outcomes, the emails sent to
 * the hosts, barrier-lifting actions in the carnet de bord. Dates fall in the year before `now`;
 * every row respects the constraints of its table. Deterministic for a given random sequence.
 */
export interface DemoWorldPerson {
  id: string;
  firstName: string;
  email: string | null;
  territoryId: string;
  rsaEntryDate: LocalDate;
  referentId: string;
  /** Kinds of barrier of the latest diagnostic. */
  barrierKinds: string[];
  /** Active file, oriented, with an email address and the person's consent to volunteering proposals. */
  mayReceiveProposals: boolean;
}

export interface DemoWorldHost {
  id: string;
  name: string;
  email: string;
  welcomeContactEmail: string;
  territoryId: string;
  communeCode: string;
  /** An ASSOCIATION member who attests competencies, if there is one. */
  memberId: string | null;
}

export interface DemoWorldMission {
  id: string;
  associationId: string;
  domainCode: string;
  competencyCodes: string[];
  territoryId: string;
  places: number;
  placesTaken: number;
  publishedAt: Date;
  /** A closed mission takes proposals only before it closed. */
  closedAt: Date | null;
}

export interface VolunteeringWorld {
  random: SeedRandom;
  now: Date;
  people: readonly DemoWorldPerson[];
  /** Existing hosts and published missions (those of the associations and missions seeders). */
  hosts: readonly DemoWorldHost[];
  missions: readonly DemoWorldMission[];
  territories: ReadonlyArray<{
    id: string;
    code: string;
    name: string;
    seat: { inseeCode: string; latitude: number; longitude: number };
  }>;
  /**
   * The coordinator's slots already published (the interviews seeder's coming weeks): a coming
   * interview books a free one, and no new slot may overlap any of them.
   */
  coordinatorSlots: ReadonlyArray<{ id: string; startsAt: Date; endsAt: Date; booked: boolean }>;
  /** The communes of the Ain with their territory: new missions take place in one of their host's territory. */
  communes: ReadonlyArray<{ inseeCode: string; latitude: number; longitude: number; territoryId: string }>;
  coordinatorId: string;
  competencyCodes: readonly string[];
  /** False when other seeders already made proposals: the journeys are theirs. */
  withJourneys: boolean;
  /** False when the carnet de bord already holds barrier-lifting actions. */
  withBarrierActions: boolean;
}

export interface NewHost extends DemoWorldHost {
  slug: string;
  latitude: number;
  longitude: number;
}

export interface NewMission extends DemoWorldMission {
  title: string;
  summary: string;
  communeCode: string;
  latitude: number;
  longitude: number;
}

export interface DemoJourneyRows {
  hosts: NewHost[];
  missions: NewMission[];
  proposals: Array<{
    id: string;
    beneficiaryId: string;
    missionId: string;
    referentId: string;
    status: 'SENT' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED';
    createdAt: Date;
    sentAt: Date;
    answeredAt: Date | null;
    consentAt: Date | null;
    declineReason: string | null;
    expiresAt: Date;
    expiredAt: Date | null;
  }>;
  interviews: Array<{
    id: string;
    proposalId: string;
    beneficiaryId: string;
    missionId: string;
    referentId: string;
    coordinatorId: string;
    territoryId: string;
    startsAt: Date;
    endsAt: Date;
    slotId: string | null;
    scheduledAt: Date;
    status: 'SCHEDULED' | 'HELD' | 'NO_SHOW' | 'CANCELLED';
    welcomeContactInvited: boolean;
  }>;
  engagements: Array<{
    id: string;
    interviewId: string;
    proposalId: string;
    beneficiaryId: string;
    missionId: string;
    associationId: string;
    referentId: string;
    status: 'ACTIVE' | 'COMPLETED' | 'ABANDONED' | 'WITHDRAWN';
    startDate: LocalDate;
    plannedHours: number;
    endDate: LocalDate | null;
    hoursDone: number | null;
    endedAt: Date | null;
  }>;
  attestations: Array<{
    id: string;
    engagementId: string;
    beneficiaryId: string;
    associationId: string;
    attestedById: string;
    attestedAt: Date;
    competencies: string[];
  }>;
  passports: Array<{ beneficiaryId: string; issuedAt: Date; lastAttestedAt: Date }>;
  outcomes: Array<{
    beneficiaryId: string;
    engagementId: string;
    kind: 'JOB' | 'TRAINING' | 'ANOTHER_MISSION' | 'NOTHING_YET';
    contractType: string | null;
    startDate: LocalDate;
    recordedById: string;
    recordedAt: Date;
  }>;
  emails: Array<{ idempotencyKey: string; to: string; createdAt: Date; data: Record<string, unknown> }>;
  logbook: Array<{
    beneficiaryId: string;
    type: string;
    authorId: string | null;
    summary: string;
    occurredAt: Date;
    referenceId: string | null;
  }>;
}

const DAY = 86_400_000;

/** A version-4 UUID drawn from the seeded random numbers. */
export function seedUuid(random: SeedRandom): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A local time of day in Paris on a local date. */
function at(date: LocalDate, hour: number, minute = 0): Date {
  return new Date(startOfLocalDay(date).getTime() + (hour * 60 + minute) * 60_000);
}

const CONTRACTS = ['CDI', 'CDD', 'CDD', 'INTERIM', 'IAE'];

const notAfter = (date: Date, limit: Date) => (date > limit ? limit : date);

const OUTCOME_CYCLE = ['JOB', 'TRAINING', 'JOB', 'ANOTHER_MISSION', 'JOB', 'NOTHING_YET'] as const;

export function generateVolunteeringDemo(world: VolunteeringWorld): DemoJourneyRows {
  const { random, now } = world;
  const today = localDateOf(now);
  const rows: DemoJourneyRows = {
    hosts: [],
    missions: [],
    proposals: [],
    interviews: [],
    engagements: [],
    attestations: [],
    passports: [],
    outcomes: [],
    emails: [],
    logbook: [],
  };
  const knownCompetencies = new Set(world.competencyCodes);
  const territoryByCode = new Map(world.territories.map((t) => [t.code, t]));

  // Hosts and missions, unless other seeders made them.
  let hosts: DemoWorldHost[] = [...world.hosts];
  if (hosts.length === 0) {
    for (const host of DEMO_HOSTS) {
      const territory = territoryByCode.get(host.territoryCode);
      if (!territory) continue;
      const created: NewHost = {
        id: seedUuid(random),
        name: host.name,
        slug: host.slug,
        email: `contact@${host.slug}.asso.local`,
        welcomeContactEmail: `accueil@${host.slug}.asso.local`,
        territoryId: territory.id,
        communeCode: territory.seat.inseeCode,
        latitude: territory.seat.latitude,
        longitude: territory.seat.longitude,
        // An account of the association, created with it, which attests the competencies.
        memberId: seedUuid(random),
      };
      rows.hosts.push(created);
    }
    hosts = rows.hosts;
  }
  let missions: DemoWorldMission[] = [...world.missions];
  if (missions.length === 0) {
    for (const host of rows.hosts) {
      const catalog = DEMO_HOSTS.find((h) => h.slug === host.slug);
      for (const domain of catalog?.domains ?? []) {
        for (const template of DEMO_MISSION_TEMPLATES[domain] ?? []) {
          const published = addDays(today, -random.int(200, 420));
          // A few missions were closed during the year; the others are still open.
          const closed = random.chance(0.15) ? at(addDays(today, -random.int(20, 150)), 17) : null;
          // At the host's seat, or in another commune of its territory.
          const around = world.communes.filter((c) => c.territoryId === host.territoryId);
          const commune =
            around.length > 0 && random.chance(0.5)
              ? random.pick(around)
              : { inseeCode: host.communeCode, latitude: host.latitude, longitude: host.longitude };
          rows.missions.push({
            id: seedUuid(random),
            associationId: host.id,
            title: template.title,
            summary: template.summary,
            domainCode: domain,
            competencyCodes: template.competencies.filter((c) => knownCompetencies.has(c)),
            territoryId: host.territoryId,
            communeCode: commune.inseeCode,
            latitude: commune.latitude,
            longitude: commune.longitude,
            places: random.int(4, 10),
            placesTaken: 0,
            publishedAt: at(published, 10),
            closedAt: closed,
          });
        }
      }
    }
    missions = rows.missions;
  }
  const hostById = new Map(hosts.map((h) => [h.id, h]));
  const taken = new Map(missions.map((m) => [m.id, m.placesTaken]));
  const closedAt = new Map(missions.map((m) => [m.id, m.closedAt]));

  // The coordinator is in one place at a time: a coming interview books a published free slot;
  // otherwise a new 45-minute slot is opened at a free hour, overlapping none.
  const busy: Array<[number, number]> = world.coordinatorSlots.map((slot) => [
    slot.startsAt.getTime(),
    slot.endsAt.getTime(),
  ]);
  const bookable = world.coordinatorSlots
    .filter((slot) => !slot.booked && slot.startsAt > now)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const slotOn = (date: LocalDate): { startsAt: Date; endsAt: Date; slotId: string | null } => {
    const existing = bookable.findIndex((slot) => slot.startsAt >= startOfLocalDay(date));
    if (existing >= 0 && at(date, 9) > now) {
      const [slot] = bookable.splice(existing, 1);
      return { startsAt: slot.startsAt, endsAt: slot.endsAt, slotId: slot.id };
    }
    for (let d = 0; ; d++) {
      for (const hour of [9, 10, 11, 14, 15, 16]) {
        const start = at(addDays(date, d), hour).getTime();
        const end = start + 45 * 60_000;
        if (busy.every(([s, e]) => end <= s || start >= e)) {
          busy.push([start, end]);
          return { startsAt: new Date(start), endsAt: new Date(end), slotId: null };
        }
      }
    }
  };

  let outcomes = 0;
  const candidates =
    world.withJourneys && missions.length > 0
      ? random.sample(
          world.people.filter((p) => p.mayReceiveProposals && p.rsaEntryDate < addDays(today, -45)),
          110,
        )
      : [];
  for (const person of candidates) {
    const local = missions.filter((m) => m.territoryId === person.territoryId);
    const pool = local.length > 0 && random.chance(0.8) ? local : missions;
    const tries = random.chance(0.2) ? 2 : 1;
    const used = new Set<string>();
    for (let attempt = 0; attempt < tries; attempt++) {
      const mission = random.pick(pool);
      if (used.has(mission.id)) continue;
      used.add(mission.id);
      const earliest = [
        addDays(today, -330),
        addDays(person.rsaEntryDate, 14),
        addDays(localDateOf(mission.publishedAt), 1),
      ]
        .sort()
        .at(-1) as LocalDate;
      const latest = addDays(today, -3);
      if (earliest > latest) continue;
      const span = Math.round((startOfLocalDay(latest).getTime() - startOfLocalDay(earliest).getTime()) / DAY);
      const proposedOn = addDays(earliest, random.int(0, span));
      const closed = closedAt.get(mission.id);
      if (closed && at(proposedOn, 9) >= closed) continue;
      const createdAt = at(proposedOn, 9, random.int(0, 50));
      const expiresAt = new Date(createdAt.getTime() + 10 * DAY);
      const host = hostById.get(mission.associationId);
      if (!host) continue;
      // A full mission is not proposed (the referent sees its places left).
      if ((taken.get(mission.id) ?? 0) >= mission.places) continue;
      const open = expiresAt > now;
      const roll = random.next();
      const status: DemoJourneyRows['proposals'][number]['status'] =
        roll < 0.12 ? 'DECLINED' : roll < 0.22 ? (open ? 'SENT' : 'EXPIRED') : open && roll < 0.4 ? 'SENT' : 'ACCEPTED';
      const answeredAt =
        status === 'ACCEPTED' || status === 'DECLINED' ? new Date(createdAt.getTime() + random.int(1, 2) * DAY) : null;
      const proposal = {
        id: seedUuid(random),
        beneficiaryId: person.id,
        missionId: mission.id,
        referentId: person.referentId,
        status,
        createdAt,
        sentAt: new Date(createdAt.getTime() + 60_000),
        answeredAt,
        consentAt: status === 'ACCEPTED' ? answeredAt : null,
        declineReason: status === 'DECLINED' ? random.pick(['NOT_AVAILABLE', 'TOO_FAR', 'NOT_INTERESTED']) : null,
        expiresAt,
        expiredAt: status === 'EXPIRED' ? expiresAt : null,
      };
      rows.proposals.push(proposal);
      rows.logbook.push({
        beneficiaryId: person.id,
        type: 'MISSION_PROPOSED',
        authorId: person.referentId,
        summary: 'Proposition d’une mission bénévole envoyée par e-mail',
        occurredAt: createdAt,
        referenceId: proposal.id,
      });
      if (status !== 'ACCEPTED' || !answeredAt) continue;
      taken.set(mission.id, (taken.get(mission.id) ?? 0) + 1);

      // The tripartite interview, a week or so after the yes.
      const { startsAt, endsAt, slotId } = slotOn(addDays(localDateOf(answeredAt), random.int(4, 10)));
      const interviewStatus =
        endsAt > now ? 'SCHEDULED' : random.chance(0.87) ? 'HELD' : random.chance(0.6) ? 'NO_SHOW' : 'CANCELLED';
      const interview = {
        id: seedUuid(random),
        proposalId: proposal.id,
        beneficiaryId: person.id,
        missionId: mission.id,
        referentId: person.referentId,
        coordinatorId: world.coordinatorId,
        territoryId: person.territoryId,
        startsAt,
        endsAt,
        /** A slot the coordinator published already, or null: a new one is opened for the interview. */
        slotId,
        scheduledAt: new Date(answeredAt.getTime() + 3_600_000),
        status: interviewStatus as DemoJourneyRows['interviews'][number]['status'],
        welcomeContactInvited: random.chance(0.7),
      };
      rows.interviews.push(interview);
      if (interview.welcomeContactInvited && interviewStatus !== 'CANCELLED') {
        rows.emails.push({
          idempotencyKey: `interview:${interview.id}:v0:welcome`,
          to: host.welcomeContactEmail,
          createdAt: interview.scheduledAt,
          data: { demo: true },
        });
      }
      if (interviewStatus !== 'HELD') continue;
      rows.logbook.push({
        beneficiaryId: person.id,
        type: 'INTERVIEW_HELD',
        authorId: world.coordinatorId,
        summary: 'Entretien tripartite tenu avec France Bénévolat',
        occurredAt: startsAt,
        referenceId: interview.id,
      });

      // The mission itself.
      const startDate = addDays(localDateOf(startsAt), random.int(3, 10));
      if (at(startDate, 9) > now) continue;
      const weeks = random.int(4, 12);
      const plannedEnd = addDays(startDate, weeks * 7);
      const hoursPerWeek = random.int(3, 8);
      let engagementStatus: DemoJourneyRows['engagements'][number]['status'] = 'ACTIVE';
      let endDate: LocalDate | null = null;
      let hoursDone: number | null = null;
      const roll2 = random.next();
      if (roll2 < 0.07) {
        engagementStatus = 'WITHDRAWN';
      } else if (plannedEnd <= today) {
        engagementStatus = roll2 < 0.25 ? 'ABANDONED' : 'COMPLETED';
        endDate = engagementStatus === 'COMPLETED' ? plannedEnd : addDays(startDate, random.int(7, weeks * 7 - 1));
        hoursDone = Math.round(
          (hoursPerWeek * (startOfLocalDay(endDate).getTime() - startOfLocalDay(startDate).getTime())) / (7 * DAY),
        );
      }
      if (engagementStatus === 'WITHDRAWN') taken.set(mission.id, (taken.get(mission.id) ?? 1) - 1);
      const engagement = {
        id: seedUuid(random),
        interviewId: interview.id,
        proposalId: proposal.id,
        beneficiaryId: person.id,
        missionId: mission.id,
        associationId: mission.associationId,
        referentId: person.referentId,
        status: engagementStatus,
        startDate,
        plannedHours: hoursPerWeek * weeks,
        endDate,
        hoursDone,
        // Ended on its last day; withdrawn on the day it should have started.
        endedAt: engagementStatus === 'ACTIVE' ? null : notAfter(at(endDate ?? startDate, 18), now),
      };
      rows.engagements.push(engagement);
      if (engagementStatus === 'WITHDRAWN') continue;
      rows.logbook.push({
        beneficiaryId: person.id,
        type: 'ENGAGEMENT_STARTED',
        authorId: person.referentId,
        summary: 'Début de la mission bénévole',
        occurredAt: at(startDate, 9),
        referenceId: engagement.id,
      });

      // Competencies attested at the end (or on the way, for a long mission), then what followed.
      // Hosts attest at the end of a mission, or on the way once it is well started (any time after its start).
      const sinceStart = Math.round((startOfLocalDay(today).getTime() - startOfLocalDay(startDate).getTime()) / DAY);
      const attestOn =
        (engagementStatus === 'COMPLETED' || (engagementStatus === 'ABANDONED' && random.chance(0.4))) && endDate
          ? addDays(endDate, random.int(0, 6))
          : engagementStatus === 'ACTIVE' && sinceStart >= 21 && random.chance(0.55)
            ? addDays(startDate, random.int(14, Math.min(sinceStart - 1, 42)))
            : null;
      if (attestOn && at(attestOn, 17) <= now) {
        // Two or three competencies, those the mission develops first.
        const own = random.sample(mission.competencyCodes, random.int(2, 3));
        const competencies = [
          ...own,
          ...random.sample(
            world.competencyCodes.filter((code) => !own.includes(code)),
            Math.max(0, 2 - own.length),
          ),
        ];
        const attestedAt = at(attestOn, 16, random.int(0, 59));
        const attestation = {
          id: seedUuid(random),
          engagementId: engagement.id,
          beneficiaryId: person.id,
          associationId: mission.associationId,
          attestedById: host.memberId ?? world.coordinatorId,
          attestedAt,
          competencies,
        };
        rows.attestations.push(attestation);
        const passport = rows.passports.find((p) => p.beneficiaryId === person.id);
        if (passport)
          passport.lastAttestedAt = attestedAt > passport.lastAttestedAt ? attestedAt : passport.lastAttestedAt;
        else rows.passports.push({ beneficiaryId: person.id, issuedAt: attestedAt, lastAttestedAt: attestedAt });
        rows.logbook.push({
          beneficiaryId: person.id,
          type: 'COMPETENCIES_ATTESTED',
          authorId: attestation.attestedById,
          summary: `Compétences attestées par ${host.name}`,
          occurredAt: attestedAt,
          referenceId: attestation.id,
        });
      }
      if (endDate) {
        // What followed, within a few weeks, in turn: half back to work (the plan's A5-2), the others trained,
        // on another mission, or nothing yet.
        const kind = OUTCOME_CYCLE[outcomes++ % OUTCOME_CYCLE.length];
        const outcomeStart = addDays(endDate, random.int(2, 21));
        if (outcomeStart <= today) {
          const recordedAt = notAfter(at(addDays(outcomeStart, random.int(0, 3)), 11), now);
          rows.outcomes.push({
            beneficiaryId: person.id,
            engagementId: engagement.id,
            kind,
            contractType: kind === 'JOB' ? random.pick(CONTRACTS) : null,
            startDate: outcomeStart,
            recordedById: person.referentId,
            recordedAt,
          });
          rows.logbook.push({
            beneficiaryId: person.id,
            type: 'OUTCOME_RECORDED',
            authorId: person.referentId,
            summary:
              kind === 'JOB'
                ? 'Suite du parcours : reprise d’un emploi'
                : kind === 'TRAINING'
                  ? 'Suite du parcours : entrée en formation'
                  : kind === 'ANOTHER_MISSION'
                    ? 'Suite du parcours : une nouvelle mission bénévole'
                    : 'Suite du parcours : pas encore de suite',
            occurredAt: recordedAt,
            referenceId: engagement.id,
          });
        }
      }
    }
  }

  // Barrier-lifting actions for people whose diagnostic found barriers (Action 2).
  for (const person of world.withBarrierActions ? world.people : []) {
    const kinds = person.barrierKinds.filter((k) => DEMO_BARRIER_ACTIONS[k]);
    if (kinds.length === 0 || !random.chance(0.45)) continue;
    const from = [addDays(today, -360), addDays(person.rsaEntryDate, 7)].sort().at(-1) as LocalDate;
    const span = Math.round((startOfLocalDay(today).getTime() - startOfLocalDay(from).getTime()) / DAY) - 2;
    if (span < 1) continue;
    for (let i = random.int(1, 3); i > 0; i--) {
      rows.logbook.push({
        beneficiaryId: person.id,
        type: 'BARRIER_ACTION',
        authorId: person.referentId,
        summary: random.pick(DEMO_BARRIER_ACTIONS[random.pick(kinds)]),
        occurredAt: at(addDays(from, random.int(0, span)), 10 + random.int(0, 6)),
        referenceId: null,
      });
    }
  }
  return rows;
}
