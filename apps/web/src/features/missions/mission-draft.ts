// The fiche mission as the form holds it (strings as typed, choices as codes), to and from the
// API's input: a new mission starts blank or from another mission (duplication), an edited one
// from itself. Pure, unit-tested.
import type {
  CreateMissionInput,
  DayPart,
  FrenchLevel,
  MissionFicheFragment,
  PhysicalEffort,
  Weekday,
} from '../../gql/graphql';

export interface MissionDraft {
  title: string;
  summary: string;
  description: string;
  domainCode: string | null;
  runningOrder: string;
  objectives: string;
  suitedProfiles: string;
  followUps: string;
  competencyCodes: string[];
  remote: boolean;
  commune: { code: string; name: string } | null;
  address: string;
  /** `MONDAY:MORNING` keys. */
  weeklySlots: string[];
  startDate: string;
  endDate: string;
  hoursPerWeek: string;
  durationWeeks: string;
  places: string;
  drivingLicenceRequired: boolean;
  minimumAge: string;
  frenchLevel: FrenchLevel | null;
  physicalEffort: PhysicalEffort;
  publicTransport: boolean;
  stepFreeAccess: boolean;
  /** A welcome contact of the mission's own (otherwise the association's). */
  ownContact: boolean;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export const BLANK_DRAFT: MissionDraft = {
  title: '',
  summary: '',
  description: '',
  domainCode: null,
  runningOrder: '',
  objectives: '',
  suitedProfiles: '',
  followUps: '',
  competencyCodes: [],
  remote: false,
  commune: null,
  address: '',
  weeklySlots: [],
  startDate: '',
  endDate: '',
  hoursPerWeek: '',
  durationWeeks: '',
  places: '1',
  drivingLicenceRequired: false,
  minimumAge: '',
  frenchLevel: null,
  physicalEffort: 'LOW',
  publicTransport: false,
  stepFreeAccess: false,
  ownContact: false,
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

export function slotKey(day: Weekday, part: DayPart): string {
  return `${day}:${part}`;
}

export function slotsOf(keys: readonly string[]): { day: Weekday; part: DayPart }[] {
  return keys.map((key) => {
    const [day, part] = key.split(':');
    return { day: day as Weekday, part: part as DayPart };
  });
}

function sameContact(a: MissionFicheFragment['welcomeContact'], b: MissionFicheFragment['welcomeContact']): boolean {
  return a.name === b.name && a.email === b.email && (a.phone ?? '') === (b.phone ?? '');
}

/**
 * The draft of a saved mission; `copy` for a duplicate (the title says it is a copy, the dates,
 * which are probably past, are left for the person to choose again).
 */
export function draftOf(mission: MissionFicheFragment, copy = false): MissionDraft {
  const ownContact = !sameContact(mission.welcomeContact, mission.association.welcomeContact);
  return {
    title: copy ? `${mission.title} (copie)`.slice(0, 120) : mission.title,
    summary: mission.summary,
    description: mission.description,
    domainCode: mission.domain.code,
    runningOrder: mission.runningOrder ?? '',
    objectives: mission.objectives ?? '',
    suitedProfiles: mission.suitedProfiles ?? '',
    followUps: mission.followUps ?? '',
    competencyCodes: mission.competencies.map((competency) => competency.code),
    remote: mission.remote,
    commune: { code: mission.commune.inseeCode, name: mission.commune.name },
    address: mission.address ?? '',
    weeklySlots: mission.weeklySlots.map((slot) => slotKey(slot.day, slot.part)),
    startDate: copy ? '' : (mission.startDate ?? ''),
    endDate: copy ? '' : (mission.endDate ?? ''),
    hoursPerWeek: mission.hoursPerWeek === null ? '' : String(mission.hoursPerWeek).replace('.', ','),
    durationWeeks: mission.durationWeeks === null ? '' : String(mission.durationWeeks),
    places: String(mission.places),
    drivingLicenceRequired: mission.drivingLicenceRequired,
    minimumAge: mission.minimumAge === null ? '' : String(mission.minimumAge),
    frenchLevel: mission.frenchLevel,
    physicalEffort: mission.physicalEffort,
    publicTransport: mission.publicTransport,
    stepFreeAccess: mission.stepFreeAccess,
    ownContact,
    contactName: ownContact ? mission.welcomeContact.name : '',
    contactEmail: ownContact ? mission.welcomeContact.email : '',
    contactPhone: ownContact ? (mission.welcomeContact.phone ?? '') : '',
  };
}

/** « 6 », « 2,5 » → 6, 2.5; empty → null. */
export function parseNumber(value: string): number | null {
  const clean = value.trim().replace(',', '.');
  if (!clean) return null;
  const number = Number(clean);
  return Number.isFinite(number) ? number : Number.NaN;
}

/** French message when a typed number is out of its bounds (or not a whole number when it must be). */
export function numberProblem(value: string, min: number, max: number, integer: boolean): string | null {
  const number = parseNumber(value);
  if (number === null) return null;
  if (Number.isNaN(number)) return 'Saisissez un nombre (par exemple 4 ou 2,5).';
  if (integer && !Number.isInteger(number)) return 'Saisissez un nombre entier.';
  if (number < min || number > max)
    return `Saisissez un nombre entre ${String(min).replace('.', ',')} et ${String(max).replace('.', ',')}.`;
  return null;
}

/**
 * The API's input. Optional texts are sent empty rather than left out, so that clearing a field
 * of an edited mission clears it on the server too.
 */
export function inputOf(draft: MissionDraft): CreateMissionInput {
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    description: draft.description.trim(),
    domainCode: draft.domainCode ?? '',
    runningOrder: draft.runningOrder.trim(),
    objectives: draft.objectives.trim(),
    suitedProfiles: draft.suitedProfiles.trim(),
    followUps: draft.followUps.trim(),
    competencyCodes: draft.competencyCodes,
    remote: draft.remote,
    communeCode: draft.commune?.code ?? '',
    address: draft.remote ? '' : draft.address.trim(),
    weeklySlots: slotsOf(draft.weeklySlots),
    startDate: draft.startDate || null,
    endDate: draft.endDate || null,
    hoursPerWeek: parseNumber(draft.hoursPerWeek),
    durationWeeks: parseNumber(draft.durationWeeks),
    places: parseNumber(draft.places) ?? 0,
    drivingLicenceRequired: draft.drivingLicenceRequired,
    minimumAge: parseNumber(draft.minimumAge),
    frenchLevel: draft.frenchLevel,
    physicalEffort: draft.physicalEffort,
    publicTransport: draft.publicTransport,
    stepFreeAccess: draft.stepFreeAccess,
    welcomeContact: draft.ownContact
      ? {
          name: draft.contactName.trim(),
          email: draft.contactEmail.trim(),
          phone: draft.contactPhone.trim() || null,
        }
      : null,
  };
}
