// What an association reads of its missions (statuses, requirements in words) and the fiche
// mission as the beneficiary reads it in the proposal email (the same lines, in the same words, as
// libs/proposals/src/domain/mission-sheet.ts renders for the email). Pure functions, unit-tested.
import { countFr } from '@domain/referentials/french-count';
import { describeSlots, slotsToMask, type WeeklySlot } from '@domain/referentials/weekly-slots';
import type { DayPart, FrenchLevel, MissionStatus, PhysicalEffort, Weekday } from '../../gql/graphql';

export const MISSION_STATUS_LABELS: Record<MissionStatus, string> = {
  DRAFT: 'Brouillon',
  SUBMITTED: 'En attente de validation',
  PUBLISHED: 'Publiée',
  FULL: 'Complète',
  CLOSED: 'Clôturée',
};

export const MISSION_STATUS_TONES: Record<MissionStatus, 'success' | 'warning' | 'danger' | 'neutral' | undefined> = {
  DRAFT: 'neutral',
  SUBMITTED: 'warning',
  PUBLISHED: 'success',
  FULL: undefined,
  CLOSED: 'neutral',
};

export const SENT_BACK_LABEL = 'Renvoyée pour correction';

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  MONDAY: 'Lundi',
  TUESDAY: 'Mardi',
  WEDNESDAY: 'Mercredi',
  THURSDAY: 'Jeudi',
  FRIDAY: 'Vendredi',
  SATURDAY: 'Samedi',
  SUNDAY: 'Dimanche',
};
export const WEEKDAYS = Object.keys(WEEKDAY_LABELS) as Weekday[];

export const DAY_PART_LABELS: Record<DayPart, string> = {
  MORNING: 'Matin',
  AFTERNOON: 'Après-midi',
  EVENING: 'Soir',
};
export const DAY_PARTS = Object.keys(DAY_PART_LABELS) as DayPart[];

export const PHYSICAL_EFFORT_LABELS: Record<PhysicalEffort, string> = {
  LOW: 'Faible (assis ou debout, sans charge)',
  MODERATE: 'Modéré (debout, marche, charges légères)',
  HIGH: 'Soutenu (port de charges de plus de 10 kg)',
};

export const FRENCH_LEVEL_LABELS: Record<FrenchLevel, string> = {
  A1: 'Quelques mots, des phrases simples (A1)',
  A2: 'Échanges simples du quotidien (A2)',
  B1: 'Se débrouiller dans la plupart des situations (B1)',
  B2: 'Comprendre et s’exprimer avec aisance (B2)',
  C1: 'Autonome (C1)',
  C2: 'Maîtrise (C2)',
};

export interface Transition {
  action: string;
  reason?: string | null;
  occurredAt: string;
}

/** The reason of the last send-back, while the mission is still the draft it was sent back to. */
export function sentBackReason(status: MissionStatus, transitions: readonly Transition[] | null | undefined) {
  if (status !== 'DRAFT' || !transitions?.length) return null;
  const last = [...transitions].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)).at(-1);
  return last?.action === 'REJECT' ? (last.reason ?? '') : null;
}

/** « 02/03/2026 » from a LocalDate. */
function shortLocalDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

/** What the sheet is made from: the form being filled, or a saved mission. */
export interface SheetSource {
  title: string;
  summary: string;
  description: string;
  associationName: string;
  remote: boolean;
  communeName: string | null;
  address: string;
  weeklySlots: readonly WeeklySlot[];
  startDate: string;
  endDate: string;
  hoursPerWeek: number | null;
  durationWeeks: number | null;
  competencyLabels: string[];
  followUps: string;
  welcomeContactName: string | null;
}

export interface SheetLine {
  label: string;
  value: string | string[];
}

const SUMMARY_MAX = 400;

function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

/** The labelled lines of the fiche in the email; lines without data are left out, as there. */
export function sheetLines(source: SheetSource): SheetLine[] {
  const lines: SheetLine[] = [{ label: 'Avec', value: source.associationName }];
  const what = source.summary.trim() || shorten(source.description, SUMMARY_MAX) || source.title;
  lines.push({ label: 'Ce que vous ferez', value: what });
  const where = source.remote ? 'À distance' : (source.communeName ?? '—');
  lines.push({ label: 'Où', value: where });
  if (!source.remote && source.address.trim()) {
    lines.push({
      label: 'Adresse',
      value: `${source.address.trim()}${source.communeName ? `, ${source.communeName}` : ''}`,
    });
  }
  const when: string[] = [];
  const mask = slotsToMask(source.weeklySlots as WeeklySlot[]);
  if (mask) when.push(describeSlots(mask));
  if (source.startDate && source.endDate)
    when.push(`du ${shortLocalDate(source.startDate)} au ${shortLocalDate(source.endDate)}`);
  else if (source.startDate) when.push(`à partir du ${shortLocalDate(source.startDate)}`);
  else if (source.endDate) when.push(`jusqu'au ${shortLocalDate(source.endDate)}`);
  if (when.length) lines.push({ label: 'Quand', value: capitalise(when.join(', ')) });
  const howLong: string[] = [];
  if (source.hoursPerWeek) howLong.push(`environ ${countFr(source.hoursPerWeek, 'heure')} par semaine`);
  if (source.durationWeeks) howLong.push(`pendant ${countFr(source.durationWeeks, 'semaine')}`);
  if (howLong.length) lines.push({ label: 'Combien de temps', value: capitalise(howLong.join(', ')) });
  if (source.competencyLabels.length)
    lines.push({ label: 'Ce que vous allez apprendre', value: source.competencyLabels });
  if (source.followUps.trim()) lines.push({ label: 'Et après ?', value: shorten(source.followUps, SUMMARY_MAX) });
  const welcome = source.welcomeContactName?.trim().split(/\s+/)[0];
  if (welcome) lines.push({ label: 'Qui vous accueille', value: welcome });
  return lines;
}
