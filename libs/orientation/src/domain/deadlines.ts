import { LogbookEntryType, addMonths, daysBetween, localDateOf } from '@tremplin/beneficiaries';
import type { LocalDate } from '@tremplin/beneficiaries';

/** Action 1: a person entering the RSA scheme is oriented within one month. */
export const ORIENTATION_DEADLINE_MONTHS = 1;
/** Action 2: and accompanied (a first action recorded) within two months. */
export const ACCOMPANIMENT_DEADLINE_MONTHS = 2;

export enum DeadlineKind {
  ORIENTATION = 'ORIENTATION',
  ACCOMPANIMENT = 'ACCOMPANIMENT',
}

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  ORIENTATION: 'orientation',
  ACCOMPANIMENT: 'accompagnement (première action)',
};

export enum DeadlineState {
  /** Not done, due date not passed. */
  UPCOMING = 'UPCOMING',
  /** Done on or before the due date. */
  MET = 'MET',
  /** Done after the due date. */
  MET_LATE = 'MET_LATE',
  /** Not done and the due date has passed: the file is late. */
  OVERDUE = 'OVERDUE',
  /** Not done, but the file is suspended or closed: deadlines are not followed. */
  NOT_TRACKED = 'NOT_TRACKED',
}

export interface DeadlineStatus {
  kind: DeadlineKind;
  dueOn: LocalDate;
  state: DeadlineState;
  /** Local date the step was done, if it was. */
  doneOn: LocalDate | null;
  /** Days past the due date (when OVERDUE or MET_LATE), else 0. */
  daysLate: number;
  /** Days left before the due date (when UPCOMING), else 0. */
  daysLeft: number;
}

/** Entry on 31 January → oriented by 28 February (29 in a leap year). */
export function orientationDueOn(rsaEntryDate: LocalDate): LocalDate {
  return addMonths(rsaEntryDate, ORIENTATION_DEADLINE_MONTHS);
}

/** Entry on 31 December → accompanied by 28 (or 29) February. */
export function accompanimentDueOn(rsaEntryDate: LocalDate): LocalDate {
  return addMonths(rsaEntryDate, ACCOMPANIMENT_DEADLINE_MONTHS);
}

/**
 * Where one deadline stands on `today`. A step done on its due date is on time; the file is late
 * from the day after. Only active files are late (the SQL twin is `overdueCondition`).
 */
export function deadlineStatus(
  kind: DeadlineKind,
  dueOn: LocalDate,
  doneAt: Date | null,
  active: boolean,
  today: LocalDate,
): DeadlineStatus {
  const doneOn = doneAt ? localDateOf(doneAt) : null;
  if (doneOn) {
    const late = daysBetween(dueOn, doneOn);
    return {
      kind,
      dueOn,
      doneOn,
      state: late > 0 ? DeadlineState.MET_LATE : DeadlineState.MET,
      daysLate: Math.max(0, late),
      daysLeft: 0,
    };
  }
  if (!active) return { kind, dueOn, doneOn, state: DeadlineState.NOT_TRACKED, daysLate: 0, daysLeft: 0 };
  const late = daysBetween(dueOn, today);
  return late > 0
    ? { kind, dueOn, doneOn, state: DeadlineState.OVERDUE, daysLate: late, daysLeft: 0 }
    : { kind, dueOn, doneOn, state: DeadlineState.UPCOMING, daysLate: 0, daysLeft: daysBetween(today, dueOn) };
}

export interface FileForDeadlines {
  rsaEntryDate: LocalDate;
  status: string;
  orientedAt: Date | null;
  firstActionAt: Date | null;
}

export interface FileDeadlines {
  orientation: DeadlineStatus;
  accompaniment: DeadlineStatus;
  overdue: boolean;
}

export function fileDeadlines(file: FileForDeadlines, today: LocalDate): FileDeadlines {
  const active = file.status === 'ACTIVE';
  const orientation = deadlineStatus(
    DeadlineKind.ORIENTATION,
    orientationDueOn(file.rsaEntryDate),
    file.orientedAt,
    active,
    today,
  );
  const accompaniment = deadlineStatus(
    DeadlineKind.ACCOMPANIMENT,
    accompanimentDueOn(file.rsaEntryDate),
    file.firstActionAt,
    active,
    today,
  );
  return {
    orientation,
    accompaniment,
    overdue: orientation.state === DeadlineState.OVERDUE || accompaniment.state === DeadlineState.OVERDUE,
  };
}

/**
 * Entries of the carnet de bord that show the person is accompanied (Action 2): an interview, an
 * insertion action, a barrier-lifting action. Notes, diagnostics and orientations do not count.
 * Later modules add theirs (a mission proposal, an interview with France Bénévolat…).
 */
const ACCOMPANIMENT_ENTRY_TYPES: ReadonlySet<string> = new Set([
  LogbookEntryType.APPOINTMENT,
  LogbookEntryType.INSERTION_ACTION,
  LogbookEntryType.BARRIER_ACTION,
  LogbookEntryType.MISSION_PROPOSED,
]);

export function countsAsAccompaniment(type: string): boolean {
  return ACCOMPANIMENT_ENTRY_TYPES.has(type);
}
