import { countFr, describeDateRange, describeSlots, distanceKm, formatDistanceFr } from '@tremplin/referentials';

/** What a proposal shows of a mission: plain data, read from the mission and its association. */
export interface MissionSheetSource {
  title: string;
  summary: string | null;
  description: string | null;
  associationName: string;
  communeName: string;
  address: string | null;
  latitude: number;
  longitude: number;
  weeklySlots: number;
  /** LocalDate strings (YYYY-MM-DD) or null. */
  startDate: string | null;
  endDate: string | null;
  hoursPerWeek: number | null;
  durationWeeks: number | null;
  competencyLabels: string[];
  followUps: string | null;
  welcomeContactName: string | null;
}

export interface HomeLocation {
  latitude: number;
  longitude: number;
}

/**
 * The fiche mission as the person reads it, each line in plain words (« facile à lire et à
 * comprendre »): what, where, when, how long, what it develops, what it can lead to, who welcomes.
 * Lines without data are null and left out of the email and the page.
 */
export interface MissionSheet {
  title: string;
  associationName: string;
  what: string;
  where: string;
  address: string | null;
  when: string | null;
  howLong: string | null;
  /** The competencies the mission develops, one per line. */
  develops: string[];
  leadsTo: string | null;
  /** First name of the person who welcomes the volunteer. */
  welcomeBy: string | null;
}

const SUMMARY_MAX = 400;

/** The first name of « Martine Dupont » (or the whole value when it is one word). */
export function firstNameOf(fullName: string | null): string | null {
  const trimmed = fullName?.trim();
  if (!trimmed) return null;
  return trimmed.split(/\s+/)[0];
}

function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

export function describeWhen(weeklySlots: number, startDate: string | null, endDate: string | null): string | null {
  const parts: string[] = [];
  if (weeklySlots) parts.push(describeSlots(weeklySlots));
  const period = describeDateRange(startDate, endDate);
  if (period) parts.push(period);
  if (parts.length === 0) return null;
  const text = parts.join(', ');
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

export function describeDuration(hoursPerWeek: number | null, durationWeeks: number | null): string | null {
  const parts: string[] = [];
  if (hoursPerWeek) parts.push(`environ ${countFr(hoursPerWeek, 'heure')} par semaine`);
  if (durationWeeks) parts.push(`pendant ${countFr(durationWeeks, 'semaine')}`);
  if (parts.length === 0) return null;
  const text = parts.join(', ');
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

export function describeWhere(communeName: string, mission: HomeLocation, home: HomeLocation | null): string {
  if (!home) return communeName;
  const km = distanceKm(home.latitude, home.longitude, mission.latitude, mission.longitude);
  return `${communeName} (${formatDistanceFr(km)} de chez vous)`;
}

export function missionSheet(source: MissionSheetSource, home: HomeLocation | null): MissionSheet {
  const what = source.summary?.trim() || (source.description ? shorten(source.description, SUMMARY_MAX) : '');
  const welcome = firstNameOf(source.welcomeContactName);
  return {
    title: source.title,
    associationName: source.associationName,
    what: what || source.title,
    where: describeWhere(source.communeName, source, home),
    address: source.address?.trim() || null,
    when: describeWhen(source.weeklySlots, source.startDate, source.endDate),
    howLong: describeDuration(source.hoursPerWeek, source.durationWeeks),
    develops: [...source.competencyLabels],
    leadsTo: source.followUps?.trim() ? shorten(source.followUps, SUMMARY_MAX) : null,
    welcomeBy: welcome,
  };
}
