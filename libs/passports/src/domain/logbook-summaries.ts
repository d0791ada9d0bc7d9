import { countFr } from '@tremplin/referentials';
import { LocalDate, formatDateFr } from '@tremplin/beneficiaries';
import { LEVEL_LABELS, isLevel } from './competency-level';

/** The lines the passports domain writes in the carnet de bord (French, no health detail). */
export interface MissionLabel {
  title: string;
  hostName: string;
}

const hours = (n: number) => countFr(n, 'heure');
const mission = (m: MissionLabel) => `la mission bénévole « ${m.title} » (${m.hostName})`;

export function engagementStartedSummary(m: MissionLabel, startDate: LocalDate, plannedHours: number): string {
  return `Début de ${mission(m)} le ${formatDateFr(startDate)} ; ${countFr(plannedHours, 'heure prévue', 'heures prévues')}.`;
}

export function engagementCompletedSummary(m: MissionLabel, endDate: LocalDate, hoursDone: number): string {
  return `Fin de ${mission(m)} le ${formatDateFr(endDate)} ; ${countFr(hoursDone, 'heure réalisée', 'heures réalisées')}.`;
}

export function engagementAbandonedSummary(
  m: MissionLabel,
  endDate: LocalDate,
  hoursDone: number | null,
  reason: string,
): string {
  const done = hoursDone === null ? '' : ` après ${hours(hoursDone)}`;
  return `Interruption de ${mission(m)} le ${formatDateFr(endDate)}${done}. Motif : ${reason}`;
}

export function engagementWithdrawnSummary(m: MissionLabel, reason: string): string {
  return `Annulation de ${mission(m)}, la place est rendue à la mission. Motif : ${reason}`;
}

export function competenciesAttestedSummary(
  m: MissionLabel,
  attestor: { name: string; role: string },
  competencies: ReadonlyArray<{ label: string; level: number }>,
): string {
  const list = competencies
    .map((c) => `${c.label} (${isLevel(c.level) ? LEVEL_LABELS[c.level].toLowerCase() : c.level})`)
    .join(', ');
  const count = competencies.length > 1 ? `${competencies.length} compétences attestées` : 'Compétence attestée';
  return `${count} pour ${mission(m)} par ${attestor.name}, ${attestor.role} : ${list}.`;
}
