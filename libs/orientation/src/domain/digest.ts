import { countFr } from '@tremplin/referentials';
import { formatDateFr, shortName } from '@tremplin/beneficiaries';
import type { LocalDate } from '@tremplin/beneficiaries';
import { DeadlineState, DeadlineStatus, FileForDeadlines, fileDeadlines } from './deadlines';

/** What the daily digest needs of an overdue file — no more personal data than a first name and an initial. */
export interface OverdueFileRow extends FileForDeadlines {
  beneficiaryId: string;
  firstName: string;
  lastName: string;
  territoryName: string;
}

export interface DigestLine {
  /** « Karima B. » */
  name: string;
  /** « orientation en retard de 12 jours (attendue le 03/02/2026) ; accompagnement… » */
  lateness: string;
  daysLate: number;
}

export interface TerritoryCount {
  territoryName: string;
  orientation: number;
  accompaniment: number;
  files: number;
}

/** At most this many files are listed in one email; the rest are counted. */
export const DIGEST_MAX_LINES = 50;

function describeLate(label: string, deadline: DeadlineStatus): string {
  return `${label} en retard de ${countFr(deadline.daysLate, 'jour')} (attendue le ${formatDateFr(deadline.dueOn)})`;
}

/** The lines of a referent's digest, most late first; files that are not late (any more) are left out. */
export function digestLines(rows: readonly OverdueFileRow[], today: LocalDate): DigestLine[] {
  const lines: DigestLine[] = [];
  for (const row of rows) {
    const { orientation, accompaniment } = fileDeadlines(row, today);
    const parts: string[] = [];
    if (orientation.state === DeadlineState.OVERDUE) parts.push(describeLate('orientation', orientation));
    if (accompaniment.state === DeadlineState.OVERDUE)
      parts.push(describeLate('première action d’accompagnement', accompaniment));
    if (parts.length === 0) continue;
    lines.push({
      name: shortName(row.firstName, row.lastName),
      lateness: parts.join(' ; '),
      daysLate: Math.max(orientation.daysLate, accompaniment.daysLate),
    });
  }
  return lines.sort((a, b) => b.daysLate - a.daysLate || a.name.localeCompare(b.name, 'fr'));
}

/** Late files per territory, for the service Insertion's digest (counts only, no names). */
export function countsByTerritory(rows: readonly OverdueFileRow[], today: LocalDate): TerritoryCount[] {
  const counts = new Map<string, TerritoryCount>();
  for (const row of rows) {
    const { orientation, accompaniment, overdue } = fileDeadlines(row, today);
    if (!overdue) continue;
    const count = counts.get(row.territoryName) ?? {
      territoryName: row.territoryName,
      orientation: 0,
      accompaniment: 0,
      files: 0,
    };
    count.files++;
    if (orientation.state === DeadlineState.OVERDUE) count.orientation++;
    if (accompaniment.state === DeadlineState.OVERDUE) count.accompaniment++;
    counts.set(row.territoryName, count);
  }
  return [...counts.values()].sort((a, b) => b.files - a.files || a.territoryName.localeCompare(b.territoryName, 'fr'));
}
