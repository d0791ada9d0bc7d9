import {
  BeneficiaryStatus,
  Civility,
  LogbookEntryType,
  MobilityMode,
  OrientationStatus,
  addDays,
  ageOn,
  formatDateFr,
  localDateOf,
  mobilityModesToMask,
  startOfLocalDay,
} from '@tremplin/beneficiaries';
import type { LocalDate } from '@tremplin/beneficiaries';
import type { SeedRandom } from '@tremplin/core';
import { FrenchLevel } from '@tremplin/referentials';
import { BarrierKind, BarrierLevel } from '../domain/barriers';
import { accompanimentDueOn, orientationDueOn } from '../domain/deadlines';
import { formerReferentAccessUntil } from '../domain/orientation-rules';
import { OrientationPathway, PATHWAY_LABELS } from '../domain/pathway';
import {
  BARRIER_NOTES,
  FEMALE_FIRST_NAMES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
  STRENGTHS,
  TERRITORY_WEIGHTS,
  URBAN_TERRITORIES,
} from './demo-names';

/**
 * Pure generator of the demo files: beneficiaries with the profile of the Ain's RSA recipients
 * (55% women, 54% aged 30–49, 40% in the scheme for 4 years or more), their diagnostics,
 * orientations (some re-oriented) and logbooks, some of them late. Deterministic for a given
 * random seed and date.
 */
export interface DemoWorld {
  random: SeedRandom;
  now: Date;
  territories: ReadonlyArray<{ id: string; code: string; name: string; seatInsee: string }>;
  communes: ReadonlyArray<{ inseeCode: string; latitude: number; longitude: number; territoryId: string }>;
  /** Referents per territory id (at least one per territory). */
  referents: ReadonlyMap<string, readonly string[]>;
  domainCodes: readonly string[];
  jobCodes: readonly string[];
  competencyCodes: readonly string[];
}

export interface DemoEntry {
  type: LogbookEntryType;
  authorId: string | null;
  summary: string;
  occurredAt: Date;
  referenceId: string | null;
  confidential: boolean;
}

export interface DemoDiagnostic {
  id: string;
  authorId: string;
  conductedAt: Date;
  proposedPathway: OrientationPathway;
  strengths: string | null;
  notes: string | null;
  barriers: Array<{ kind: BarrierKind; level: BarrierLevel; note: string | null }>;
}

export interface DemoOrientation {
  id: string;
  diagnosticId: string;
  pathway: OrientationPathway;
  organism: string;
  referentId: string;
  previousReferentId: string | null;
  decidedById: string;
  decidedAt: Date;
  isReorientation: boolean;
  reason: string | null;
}

export interface DemoFile {
  beneficiary: {
    id: string;
    civility: Civility;
    firstName: string;
    lastName: string;
    birthDate: LocalDate;
    email: string | null;
    phone: string | null;
    communeCode: string;
    latitude: number;
    longitude: number;
    territoryId: string;
    rsaEntryDate: LocalDate;
    referentId: string;
    status: BeneficiaryStatus;
    statusChangedAt: Date | null;
    mobilityModes: number;
    hasDrivingLicence: boolean;
    hasVehicle: boolean;
    maxDistanceKm: number | null;
    availabilityMask: number;
    interestDomainCodes: string[];
    targetJobCodes: string[];
    competencyCodes: string[];
    frenchLevel: FrenchLevel | null;
    volunteeringConsentGivenAt: Date | null;
    orientationStatus: OrientationStatus;
    orientedAt: Date | null;
    firstActionAt: Date | null;
    orientationDueOn: LocalDate;
    accompanimentDueOn: LocalDate;
  };
  diagnostics: DemoDiagnostic[];
  orientations: DemoOrientation[];
  entries: DemoEntry[];
  grant: { userId: string; grantedAt: Date; expiresAt: Date } | null;
  /** True when the generator meant the file to be late today. */
  late: boolean;
}

const DAY_MS = 86_400_000;

/** A version-4 UUID drawn from the seeded random numbers (deterministic ids for the demo data). */
export function seedUuid(random: SeedRandom): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ((random.int(0, 15) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** `count` flags, `share` of them true, in random order (exact quotas rather than coin tosses). */
function quota(random: SeedRandom, count: number, share: number): boolean[] {
  const trueCount = Math.round(count * share);
  return random.sample(
    Array.from({ length: count }, (_, i) => i < trueCount),
    count,
  );
}

function weightedPick<T>(random: SeedRandom, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1][0];
}

/** A working-hours instant on a day (9:00 to 17:59 in Paris), never later than a minute before `now`. */
function during(random: SeedRandom, day: LocalDate, now: Date): Date {
  const at = startOfLocalDay(day).getTime() + (9 + random.int(0, 8)) * 3_600_000 + random.int(0, 59) * 60_000;
  return new Date(Math.min(at, now.getTime() - 60_000));
}

const asciiSlug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');

type Stage = 'NEW' | 'DIAGNOSED' | 'ORIENTED' | 'ACCOMPANIED';

export function generateDemoFiles(world: DemoWorld, count = 300): DemoFile[] {
  const { random, now } = world;
  const today = localDateOf(now);
  const women = quota(random, count, 0.55);
  // Ages: 54% from 30 to 49, 20% under 30, 26% from 50 to 64.
  const ageBands = random.sample(
    Array.from({ length: count }, (_, i) =>
      i < Math.round(count * 0.54) ? 'MIDDLE' : i < Math.round(count * 0.74) ? 'YOUNG' : 'SENIOR',
    ),
    count,
  );
  const ages = ageBands.map((band) =>
    band === 'MIDDLE' ? random.int(30, 49) : band === 'YOUNG' ? random.int(20, 29) : random.int(50, 64),
  );
  // 40% in the scheme for 4 years or more: chosen among people old enough for it.
  const longTermCandidates = random.sample(
    ages.map((age, i) => ({ age, i })).filter(({ age }) => age >= 26),
    count,
  );
  const longTerm = new Set(longTermCandidates.slice(0, Math.round(count * 0.4)).map(({ i }) => i));
  const territoryWeights = world.territories.map((t) => [t, TERRITORY_WEIGHTS[t.code] ?? 5] as const);
  const usedIdentities = new Set<string>();
  const files: DemoFile[] = [];

  for (let i = 0; i < count; i++) {
    const woman = women[i];
    const territory = weightedPick(random, territoryWeights);
    const communes = world.communes.filter((c) => c.territoryId === territory.id);
    const commune =
      (random.chance(0.4) ? communes.find((c) => c.inseeCode === territory.seatInsee) : undefined) ??
      random.pick(communes);
    const referents = world.referents.get(territory.id) ?? [];
    const referentId = random.pick(referents);

    let firstName: string;
    let lastName: string;
    let birthDate: LocalDate;
    do {
      firstName = random.pick(woman ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
      lastName = random.pick(LAST_NAMES);
      birthDate = addDays(today, -Math.round((ages[i] + random.next()) * 365.25));
    } while (usedIdentities.has(`${firstName}|${lastName}|${birthDate}`) || ageOn(birthDate, today) !== ages[i]);
    usedIdentities.add(`${firstName}|${lastName}|${birthDate}`);

    // Seniority in the scheme: 4 to 12 years for the long-term 40%; else from a few days to 4 years,
    // with a quarter of recent entries so that pending and late files show up.
    const adultFor = ages[i] - 18;
    const sinceRsa = Math.floor((now.getTime() - Date.parse('2009-06-01T00:00:00Z')) / DAY_MS);
    let seniorityDays: number;
    if (longTerm.has(i)) seniorityDays = random.int(4 * 366, Math.min(12 * 365, adultFor * 365, sinceRsa));
    else if (random.chance(0.28)) seniorityDays = random.int(3, 110);
    else seniorityDays = random.int(120, Math.min(4 * 365 - 5, Math.max(121, adultFor * 365)));
    const rsaEntryDate = addDays(today, -seniorityDays);

    const file = buildFile(world, {
      woman,
      firstName,
      lastName,
      birthDate,
      rsaEntryDate,
      seniorityDays,
      territory,
      commune,
      referentId,
      referents,
    });
    files.push(file);
  }
  return files;
}

interface PersonDraft {
  woman: boolean;
  firstName: string;
  lastName: string;
  birthDate: LocalDate;
  rsaEntryDate: LocalDate;
  seniorityDays: number;
  territory: DemoWorld['territories'][number];
  commune: DemoWorld['communes'][number];
  referentId: string;
  referents: readonly string[];
}

function buildFile(world: DemoWorld, person: PersonDraft): DemoFile {
  const { random, now } = world;
  const today = localDateOf(now);
  const id = seedUuid(random);
  const { rsaEntryDate, seniorityDays, referentId } = person;

  // How far the file has gone. Files of more than 4 months are all oriented and accompanied;
  // recent ones are spread over the steps, some past their deadlines.
  const stage: Stage =
    seniorityDays > 120
      ? 'ACCOMPANIED'
      : seniorityDays < 10
        ? weightedPick<Stage>(random, [
            ['NEW', 2],
            ['DIAGNOSED', 1],
          ])
        : weightedPick<Stage>(random, [
            ['NEW', 3],
            ['DIAGNOSED', 2],
            ['ORIENTED', 3],
            ['ACCOMPANIED', 3],
          ]);
  const entries: DemoEntry[] = [];
  const diagnostics: DemoDiagnostic[] = [];
  const orientations: DemoOrientation[] = [];
  const entryAt = startOfLocalDay(rsaEntryDate);
  entries.push({
    type: LogbookEntryType.ENTRY,
    authorId: referentId,
    summary: `Entrée dans le dispositif RSA le ${formatDateFr(rsaEntryDate)} ; dossier ouvert sur Tremplin.`,
    occurredAt: entryAt,
    referenceId: null,
    confidential: false,
  });

  /** A day between `from` and `to` days after the entry, never after today. */
  const dayAfterEntry = (from: number, to: number) => {
    const offset = Math.min(random.int(from, to), seniorityDays);
    return addDays(rsaEntryDate, offset);
  };

  let orientedAt: Date | null = null;
  let firstActionAt: Date | null = null;
  let currentReferent = referentId;
  let grant: DemoFile['grant'] = null;
  let orientationStatus = OrientationStatus.PENDING_DIAGNOSTIC;

  if (stage !== 'NEW') {
    // Most files are diagnosed within three weeks; some take longer and end up oriented late.
    const slow = random.chance(0.15);
    const diagnosticDay = dayAfterEntry(slow ? 25 : 3, slow ? 50 : 20);
    const diagnostic = makeDiagnostic(world, referentId, during(random, diagnosticDay, now));
    diagnostics.push(diagnostic);
    orientationStatus = OrientationStatus.PENDING_ORIENTATION;
    entries.push({
      type: LogbookEntryType.DIAGNOSTIC,
      authorId: referentId,
      summary: `Diagnostic réalisé ; parcours proposé : ${PATHWAY_LABELS[diagnostic.proposedPathway]}.`,
      occurredAt: diagnostic.conductedAt,
      referenceId: diagnostic.id,
      confidential: false,
    });

    if (stage === 'ORIENTED' || stage === 'ACCOMPANIED') {
      const decidedDay = addDays(localDateOf(diagnostic.conductedAt), random.int(1, 8));
      const decidedAt = new Date(
        Math.max(
          during(random, decidedDay <= today ? decidedDay : today, now).getTime(),
          diagnostic.conductedAt.getTime(),
        ),
      );
      const orientation = makeOrientation(world, person, diagnostic, referentId, null, decidedAt, null);
      orientations.push(orientation);
      orientedAt = decidedAt;
      orientationStatus = OrientationStatus.ORIENTED;
      entries.push({
        type: LogbookEntryType.ORIENTATION,
        authorId: referentId,
        summary: `Orientation vers le parcours ${PATHWAY_LABELS[orientation.pathway]} ; organisme : ${orientation.organism}.`,
        occurredAt: decidedAt,
        referenceId: orientation.id,
        confidential: false,
      });
    }
    if (stage === 'ACCOMPANIED' && orientedAt) {
      const actionDay = addDays(localDateOf(orientedAt), random.chance(0.2) ? random.int(30, 60) : random.int(2, 25));
      const actionAt = new Date(
        Math.max(during(random, actionDay <= today ? actionDay : today, now).getTime(), orientedAt.getTime()),
      );
      firstActionAt = actionAt;
      entries.push({
        type: random.chance(0.7) ? LogbookEntryType.APPOINTMENT : LogbookEntryType.INSERTION_ACTION,
        authorId: referentId,
        summary: random.pick([
          'Premier entretien de suivi : point sur le projet et les démarches à engager.',
          'Inscription à un atelier collectif de remobilisation.',
          'Entretien : mise à jour du CV et préparation aux entretiens d’embauche.',
          'Orientation vers une action de levée des freins à la mobilité (aide au permis).',
        ]),
        occurredAt: actionAt,
        referenceId: null,
        confidential: false,
      });
      if (random.chance(0.3)) {
        entries.push({
          type: LogbookEntryType.NOTE,
          authorId: referentId,
          summary: random.pick([
            'Situation familiale à reprendre au prochain rendez-vous.',
            'Rendez-vous médical prévu : reprise du suivi ensuite.',
            'Difficultés de logement signalées au travailleur social.',
          ]),
          occurredAt: new Date(Math.min(actionAt.getTime() + random.int(3, 40) * DAY_MS, now.getTime())),
          referenceId: null,
          confidential: true,
        });
      }
    }

    // About one oriented file in twelve is re-oriented after a new diagnostic, half of them with a new referent.
    const canReorient = orientedAt && seniorityDays > 150 && orientations.length === 1;
    if (canReorient && orientedAt && random.chance(0.09)) {
      const first = orientations[0];
      const latest = Math.max(0, Math.floor((now.getTime() - orientedAt.getTime()) / DAY_MS) - 1);
      // A third of them recently, so that some former referents still read the logbook.
      const offset = random.chance(0.35) ? latest - random.int(5, 60) : Math.min(random.int(60, 300), latest);
      const newDiagnosticAt = during(random, addDays(localDateOf(orientedAt), offset), now);
      if (newDiagnosticAt.getTime() > orientedAt.getTime() && newDiagnosticAt.getTime() < now.getTime()) {
        const second = makeDiagnostic(world, currentReferent, newDiagnosticAt);
        diagnostics.push(second);
        entries.push({
          type: LogbookEntryType.DIAGNOSTIC,
          authorId: currentReferent,
          summary: `Diagnostic réalisé ; parcours proposé : ${PATHWAY_LABELS[second.proposedPathway]}.`,
          occurredAt: second.conductedAt,
          referenceId: second.id,
          confidential: false,
        });
        const others = person.referents.filter((r) => r !== currentReferent);
        const newReferent = others.length && random.chance(0.5) ? random.pick(others) : currentReferent;
        const decidedAt = new Date(
          Math.min(newDiagnosticAt.getTime() + random.int(1, 6) * DAY_MS, now.getTime() - 30_000),
        );
        const reason = random.pick([
          'Projet professionnel devenu plus précis : accompagnement vers l’emploi',
          'Problèmes de santé : un accompagnement social est d’abord nécessaire',
          'Reprise d’une formation qualifiante',
        ]);
        const reorientation = makeOrientation(world, person, second, newReferent, currentReferent, decidedAt, reason);
        orientations.push(reorientation);
        entries.push({
          type: LogbookEntryType.REORIENTATION,
          authorId: currentReferent,
          summary: `Réorientation : parcours ${PATHWAY_LABELS[first.pathway]} → parcours ${PATHWAY_LABELS[reorientation.pathway]} ; organisme : ${reorientation.organism}.`,
          occurredAt: decidedAt,
          referenceId: reorientation.id,
          confidential: false,
        });
        if (newReferent !== currentReferent) {
          const expiresAt = formerReferentAccessUntil(decidedAt);
          if (expiresAt.getTime() > now.getTime()) grant = { userId: currentReferent, grantedAt: decidedAt, expiresAt };
          currentReferent = newReferent;
        }
      }
    }
  }

  // A few long-standing files are suspended or closed.
  let status = BeneficiaryStatus.ACTIVE;
  let statusChangedAt: Date | null = null;
  if (seniorityDays > 400 && random.chance(0.09)) {
    status = random.chance(0.5) ? BeneficiaryStatus.SUSPENDED : BeneficiaryStatus.LEFT;
    const lastEvent = Math.max(...entries.map((entry) => entry.occurredAt.getTime()));
    statusChangedAt = new Date(
      Math.min(Math.max(lastEvent + DAY_MS, now.getTime() - random.int(5, 120) * DAY_MS), now.getTime() - 60_000),
    );
    entries.push({
      type: LogbookEntryType.STATUS_CHANGED,
      authorId: currentReferent,
      summary:
        status === BeneficiaryStatus.SUSPENDED
          ? 'Situation du dossier : suspendu (auparavant : suivi en cours).'
          : 'Situation du dossier : sorti du dispositif (auparavant : suivi en cours).',
      occurredAt: statusChangedAt,
      referenceId: null,
      confidential: false,
    });
  }

  let volunteeringConsentGivenAt: Date | null = null;
  if (orientedAt && status === BeneficiaryStatus.ACTIVE && random.chance(0.5)) {
    volunteeringConsentGivenAt = new Date(Math.min(orientedAt.getTime() + random.int(1, 30) * DAY_MS, now.getTime()));
    entries.push({
      type: LogbookEntryType.CONSENT_GIVEN,
      authorId: currentReferent,
      summary: 'Accord donné pour recevoir des propositions de missions bénévoles (libre et révocable à tout moment).',
      occurredAt: volunteeringConsentGivenAt,
      referenceId: null,
      confidential: false,
    });
  }

  const urban = URBAN_TERRITORIES.has(person.territory.code);
  const licence = random.chance(urban ? 0.45 : 0.65);
  const vehicle = licence && random.chance(urban ? 0.5 : 0.7);
  const modes = [MobilityMode.WALKING];
  if (random.chance(0.3)) modes.push(MobilityMode.BICYCLE);
  if (urban || random.chance(0.3)) modes.push(MobilityMode.PUBLIC_TRANSPORT);
  if (vehicle) modes.push(MobilityMode.CAR);
  const slug = `${asciiSlug(person.firstName)}.${asciiSlug(person.lastName)}`;
  const orientationDue = orientationDueOn(rsaEntryDate);
  const accompanimentDue = accompanimentDueOn(rsaEntryDate);
  const active = status === BeneficiaryStatus.ACTIVE;
  const late = active && ((!orientedAt && today > orientationDue) || (!firstActionAt && today > accompanimentDue));

  return {
    beneficiary: {
      id,
      civility: person.woman ? Civility.MADAME : Civility.MONSIEUR,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      email: random.chance(0.75) ? `${slug}${random.int(1, 99)}@example.org` : null,
      // The 06 39 98 range is reserved by the ARCEP for works of fiction.
      phone: random.chance(0.85)
        ? `06 39 98 ${String(random.int(0, 99)).padStart(2, '0')} ${String(random.int(0, 99)).padStart(2, '0')}`
        : null,
      communeCode: person.commune.inseeCode,
      latitude: person.commune.latitude,
      longitude: person.commune.longitude,
      territoryId: person.territory.id,
      rsaEntryDate,
      referentId: currentReferent,
      status,
      statusChangedAt,
      mobilityModes: mobilityModesToMask(modes),
      hasDrivingLicence: licence,
      hasVehicle: vehicle,
      maxDistanceKm: vehicle ? random.int(15, 40) : random.int(3, 15),
      availabilityMask: randomAvailability(random),
      interestDomainCodes: random.sample(world.domainCodes, random.int(1, 3)),
      targetJobCodes: random.sample(world.jobCodes, random.int(0, 2)),
      competencyCodes: random.sample(world.competencyCodes, random.int(2, 5)),
      frenchLevel: weightedPick<FrenchLevel | null>(random, [
        [FrenchLevel.C2, 30],
        [FrenchLevel.C1, 20],
        [FrenchLevel.B2, 15],
        [FrenchLevel.B1, 12],
        [FrenchLevel.A2, 10],
        [FrenchLevel.A1, 5],
        [null, 8],
      ]),
      volunteeringConsentGivenAt,
      orientationStatus,
      orientedAt,
      firstActionAt,
      orientationDueOn: orientationDue,
      accompanimentDueOn: accompanimentDue,
    },
    diagnostics,
    orientations,
    entries,
    grant,
    late,
  };
}

/** Two to five half-days a week, mornings and afternoons of working days mostly; one in ten unknown. */
function randomAvailability(random: SeedRandom): number {
  if (random.chance(0.1)) return 0;
  let mask = 0;
  const slots = random.int(2, 6);
  for (let n = 0; n < slots; n++) {
    const day = random.chance(0.85) ? random.int(0, 4) : random.int(5, 6);
    const part = random.chance(0.9) ? random.int(0, 1) : 2;
    mask |= 1 << (day * 3 + part);
  }
  return mask;
}

function makeDiagnostic(world: DemoWorld, authorId: string, conductedAt: Date): DemoDiagnostic {
  const { random } = world;
  const kinds = random.sample(
    Object.values(BarrierKind),
    weightedPick(world.random, [
      [0, 2],
      [1, 4],
      [2, 4],
      [3, 2],
      [4, 1],
    ]),
  );
  return {
    id: seedUuid(random),
    authorId,
    conductedAt,
    proposedPathway: weightedPick(random, [
      [OrientationPathway.PROFESSIONAL, 45],
      [OrientationPathway.SOCIO_PROFESSIONAL, 35],
      [OrientationPathway.SOCIAL, 20],
    ]),
    strengths: random.chance(0.8) ? random.pick(STRENGTHS) : null,
    notes: random.chance(0.5) ? 'Personne volontaire ; situation à réévaluer dans six mois.' : null,
    barriers: kinds.map((kind) => ({
      kind,
      level: random.pick(Object.values(BarrierLevel)),
      note: random.chance(0.7) ? random.pick(BARRIER_NOTES[kind] ?? ['À préciser']) : null,
    })),
  };
}

function makeOrientation(
  world: DemoWorld,
  person: PersonDraft,
  diagnostic: DemoDiagnostic,
  referentId: string,
  previousReferentId: string | null,
  decidedAt: Date,
  reason: string | null,
): DemoOrientation {
  const { random } = world;
  const pathway = random.chance(0.85) ? diagnostic.proposedPathway : random.pick(Object.values(OrientationPathway));
  const organism =
    pathway === OrientationPathway.PROFESSIONAL
      ? 'France Travail'
      : pathway === OrientationPathway.SOCIO_PROFESSIONAL
        ? random.pick(['PLIE de l’Ain', person.territory.name])
        : person.territory.name;
  return {
    id: seedUuid(random),
    diagnosticId: diagnostic.id,
    pathway,
    organism,
    referentId,
    previousReferentId: previousReferentId !== referentId ? previousReferentId : null,
    decidedById: previousReferentId ?? referentId,
    decidedAt,
    isReorientation: reason !== null,
    reason,
  };
}
