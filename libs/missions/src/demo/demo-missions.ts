import type { SeedRandom } from '@tremplin/core';
import { distanceKm } from '@tremplin/referentials';
import { MissionAction, MissionStatus } from '../domain/mission-status';
import { DEMO_MISSION_TEMPLATES, DemoMissionTemplate } from './demo-mission-templates';

export interface DemoHost {
  id: string;
  communeCode: string;
  domainCodes: string[];
  status: 'PENDING' | 'VALIDATED' | 'REJECTED';
}

export interface DemoCommune {
  inseeCode: string;
  name: string;
  latitude: number;
  longitude: number;
  territoryId: string;
}

export type DemoActor = 'member' | 'admin' | 'coordinator' | 'system';

export interface PlannedTransition {
  action: MissionAction;
  fromStatus: MissionStatus | null;
  toStatus: MissionStatus;
  actor: DemoActor;
  reason: string | null;
  occurredAt: Date;
}

export interface PlannedMission {
  associationId: string;
  template: DemoMissionTemplate;
  title: string;
  commune: DemoCommune;
  latitude: number;
  longitude: number;
  places: number;
  placesTaken: number;
  status: MissionStatus;
  startDate: string | null;
  endDate: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
  transitions: PlannedTransition[];
}

const DAY = 24 * 3600 * 1000;
const localDate = (date: Date) => date.toISOString().slice(0, 10);

/** Statuses of the other missions of validated hosts, in turn: every status is represented. */
const STATUS_CYCLE: readonly MissionStatus[] = [
  MissionStatus.PUBLISHED,
  MissionStatus.FULL,
  MissionStatus.PUBLISHED,
  MissionStatus.SUBMITTED,
  MissionStatus.PUBLISHED,
  MissionStatus.DRAFT,
  MissionStatus.PUBLISHED,
  MissionStatus.CLOSED,
];

const REJECT_REASONS = [
  'Merci de préciser les horaires et le lieu de rendez-vous du premier jour.',
  'La description doit indiquer qui accueille le bénévole et comment il sera accompagné.',
  'Le nombre d’heures par semaine paraît élevé pour une première mission : pouvez-vous le réduire ?',
];

/**
 * The demo missions of the hosts, deterministic for a given random generator: 4 or 5 per
 * validated host (the first one published in its own commune), in its commune or a commune within 20 km, with every status and a plausible
 * moderation history; drafts only for hosts not validated yet.
 */
export function planDemoMissions(input: {
  random: SeedRandom;
  now: Date;
  hosts: readonly DemoHost[];
  communes: readonly DemoCommune[];
}): PlannedMission[] {
  const { random, now, hosts, communes } = input;
  const communeByCode = new Map(communes.map((c) => [c.inseeCode, c]));
  const planned: PlannedMission[] = [];
  let validatedIndex = 0;

  hosts.forEach((host, hostIndex) => {
    const home = communeByCode.get(host.communeCode);
    if (!home) return;
    const nearby = communes.filter(
      (c) => c.inseeCode !== home.inseeCode && distanceKm(home.latitude, home.longitude, c.latitude, c.longitude) <= 20,
    );
    const templates = DEMO_MISSION_TEMPLATES.filter((t) => host.domainCodes.includes(t.domainCode));
    const pool = templates.length ? templates : DEMO_MISSION_TEMPLATES;
    const validated = host.status === 'VALIDATED';
    const count = validated ? 4 + (hostIndex % 2) : host.status === 'PENDING' ? 2 : 1;
    // The host's flagship mission first (first template of its main domain), then the others at random.
    const flagship = pool.find((t) => t.domainCode === host.domainCodes[0]) ?? pool[0];
    const order = [
      flagship,
      ...random.sample(
        pool.filter((t) => t !== flagship),
        pool.length - 1,
      ),
    ];
    const usedTitles = new Map<string, number>();

    for (let i = 0; i < count; i++) {
      const template = order[i % order.length];
      const commune = i === 0 || nearby.length === 0 ? home : random.pick(nearby);
      const uses = (usedTitles.get(template.title) ?? 0) + 1;
      usedTitles.set(template.title, uses);
      const title = uses > 1 ? `${template.title} – ${commune.name}` : template.title;
      // The flagship mission, in the host's own commune, is published: each validated host has one to show.
      const status = !validated
        ? MissionStatus.DRAFT
        : i === 0
          ? MissionStatus.PUBLISHED
          : STATUS_CYCLE[validatedIndex++ % STATUS_CYCLE.length];
      const places = random.int(template.places[0], template.places[1]);
      const placesTaken =
        status === MissionStatus.FULL
          ? places
          : status === MissionStatus.PUBLISHED
            ? random.int(0, places - 1)
            : status === MissionStatus.CLOSED
              ? random.int(0, places)
              : 0;

      // A timeline that ends before `now`: created, submitted, moderated, filled or closed.
      const ageDays = status === MissionStatus.CLOSED ? random.int(90, 170) : random.int(6, 80);
      const createdAt = new Date(now.getTime() - ageDays * DAY - random.int(0, 8 * 3600) * 1000);
      const submittedAt = new Date(createdAt.getTime() + random.int(1, 2) * DAY);
      const moderatedAt = new Date(submittedAt.getTime() + random.int(1, 3) * DAY);
      const transitions: PlannedTransition[] = [
        step(MissionAction.CREATE, null, MissionStatus.DRAFT, 'member', null, createdAt),
      ];
      let publishedAt: Date | null = null;
      let closedAt: Date | null = null;
      const sentBack = status === MissionStatus.DRAFT && validated && random.chance(0.5);
      if (status !== MissionStatus.DRAFT || sentBack) {
        transitions.push(
          step(MissionAction.SUBMIT, MissionStatus.DRAFT, MissionStatus.SUBMITTED, 'member', null, submittedAt),
        );
      }
      if (sentBack) {
        transitions.push(
          step(
            MissionAction.REJECT,
            MissionStatus.SUBMITTED,
            MissionStatus.DRAFT,
            'admin',
            random.pick(REJECT_REASONS),
            moderatedAt,
          ),
        );
      }
      if (status === MissionStatus.PUBLISHED || status === MissionStatus.FULL || status === MissionStatus.CLOSED) {
        publishedAt = moderatedAt;
        transitions.push(
          step(
            MissionAction.PUBLISH,
            MissionStatus.SUBMITTED,
            MissionStatus.PUBLISHED,
            random.chance(0.5) ? 'admin' : 'coordinator',
            null,
            moderatedAt,
          ),
        );
      }
      if (status === MissionStatus.FULL) {
        const filledAt = new Date(
          Math.min(moderatedAt.getTime() + random.int(2, 5) * DAY, now.getTime() - 3600 * 1000),
        );
        transitions.push(
          step(
            MissionAction.FILL,
            MissionStatus.PUBLISHED,
            MissionStatus.FULL,
            'system',
            'Toutes les places sont pourvues.',
            filledAt,
          ),
        );
      }
      if (status === MissionStatus.CLOSED) {
        closedAt = new Date(moderatedAt.getTime() + Math.max(7, template.durationWeeks * 7) * DAY);
        if (closedAt > now) closedAt = new Date(now.getTime() - DAY);
        transitions.push(
          step(
            MissionAction.CLOSE,
            MissionStatus.PUBLISHED,
            MissionStatus.CLOSED,
            'member',
            'Mission terminée : merci aux bénévoles !',
            closedAt,
          ),
        );
      }

      let startDate: string | null = null;
      let endDate: string | null = null;
      if (template.event) {
        const start =
          status === MissionStatus.CLOSED
            ? new Date((publishedAt as Date).getTime() + 14 * DAY)
            : new Date(now.getTime() + random.int(10, 60) * DAY);
        startDate = localDate(start);
        endDate = localDate(new Date(start.getTime() + (Math.max(1, template.durationWeeks * 7 - 5) - 1) * DAY));
      }

      // Somewhere in the commune: its centroid, moved by up to ~1 km.
      const latitude = round(commune.latitude + (random.next() - 0.5) * 0.016);
      const longitude = round(commune.longitude + (random.next() - 0.5) * 0.022);
      planned.push({
        associationId: host.id,
        template,
        title,
        commune,
        latitude,
        longitude,
        places,
        placesTaken,
        status,
        startDate,
        endDate,
        createdAt,
        publishedAt,
        closedAt,
        transitions,
      });
    }
  });
  return planned;
}

function step(
  action: MissionAction,
  fromStatus: MissionStatus | null,
  toStatus: MissionStatus,
  actor: DemoActor,
  reason: string | null,
  occurredAt: Date,
): PlannedTransition {
  return { action, fromStatus, toStatus, actor, reason, occurredAt };
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;
