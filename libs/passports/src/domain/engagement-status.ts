import { LocalDate, addDays, formatDateFr } from '@tremplin/beneficiaries';
import { Problem, Refusal } from './problems';

/**
 * The mission itself, once the tripartite interview was held (« engagement »):
 *
 *   ACTIVE ──complete──▶ COMPLETED   the mission went to its end
 *          ──abandon───▶ ABANDONED   stopped on the way, with a reason (hours done still count)
 *          ──withdraw──▶ WITHDRAWN   it did not take place after all (no-show, recorded by mistake):
 *                                    the only end that gives the place back to the mission
 *
 * The three ends are final. Completed and abandoned engagements keep their place on the mission:
 * the place was used, nothing is freed retroactively.
 */
export enum EngagementStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  ABANDONED = 'ABANDONED',
  WITHDRAWN = 'WITHDRAWN',
}

export type EngagementEnd = EngagementStatus.COMPLETED | EngagementStatus.ABANDONED | EngagementStatus.WITHDRAWN;

export const ENGAGEMENT_STATUS_LABELS: Record<EngagementStatus, string> = {
  ACTIVE: 'en cours',
  COMPLETED: 'terminée',
  ABANDONED: 'interrompue',
  WITHDRAWN: 'annulée',
};

/** Bounds of the hour counts (a year of full-time volunteering is ~1,600 hours). */
export const MAX_PLANNED_HOURS = 2000;
export const MAX_HOURS_DONE = 5000;
/** A mission may be planned to start up to a year after the interview. */
export const MAX_START_DAYS_AHEAD = 365;
export const REASON_MIN_LENGTH = 3;
export const REASON_MAX_LENGTH = 500;

const END_VERBS: Record<EngagementEnd, string> = {
  COMPLETED: 'terminer',
  ABANDONED: 'interrompre',
  WITHDRAWN: 'annuler',
};

/** Whether an engagement may move from `from` to `to`; null when it may. */
export function endRefusal(from: EngagementStatus, to: EngagementEnd): Refusal | null {
  if (from === EngagementStatus.ACTIVE) return null;
  return {
    message: `Cette mission est déjà ${ENGAGEMENT_STATUS_LABELS[from]} : impossible de la ${END_VERBS[to]}.`,
    currentStatus: from,
  };
}

/** A withdrawn engagement gives its place back to the mission; the other ends free nothing. */
export function releasesPlace(to: EngagementStatus): boolean {
  return to === EngagementStatus.WITHDRAWN;
}

/** Whether the host may attest competencies for an engagement in this status, started on `startDate`. */
export function attestationRefusal(status: EngagementStatus, startDate: LocalDate, today: LocalDate): Refusal | null {
  if (status === EngagementStatus.WITHDRAWN) {
    return {
      message: 'Cette mission a été annulée : aucune compétence ne peut être attestée à ce titre.',
      currentStatus: status,
    };
  }
  if (startDate > today) {
    return {
      message: `Cette mission ne commence que le ${formatDateFr(startDate)} : les compétences s'attestent une fois la mission commencée.`,
      currentStatus: status,
    };
  }
  return null;
}

/** A withdrawal erases the mission: it is refused once competencies were attested for it. */
export function withdrawalRefusal(status: EngagementStatus, attestationCount: number): Refusal | null {
  const ended = endRefusal(status, EngagementStatus.WITHDRAWN);
  if (ended) return ended;
  if (attestationCount > 0) {
    return {
      message:
        'Des compétences ont déjà été attestées pour cette mission : elle a bien eu lieu. Indiquez plutôt qu’elle est terminée ou interrompue.',
      currentStatus: status,
    };
  }
  return null;
}

const isWholeInRange = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;

export interface StartFacts {
  /** The local date of the held interview. */
  interviewDate: LocalDate;
  startDate: LocalDate;
  plannedHours: number;
  today: LocalDate;
}

export function startProblems({ interviewDate, startDate, plannedHours, today }: StartFacts): Problem[] {
  const problems: Problem[] = [];
  if (startDate < interviewDate) {
    problems.push({
      field: 'startDate',
      message: `ne peut pas précéder l'entretien tripartite du ${formatDateFr(interviewDate)}`,
    });
  } else if (startDate > addDays(today, MAX_START_DAYS_AHEAD)) {
    problems.push({ field: 'startDate', message: `ne peut pas être à plus d'un an (${MAX_START_DAYS_AHEAD} jours)` });
  }
  if (!isWholeInRange(plannedHours, 1, MAX_PLANNED_HOURS)) {
    problems.push({
      field: 'plannedHours',
      message: `doit être un nombre entier d'heures entre 1 et ${MAX_PLANNED_HOURS}`,
    });
  }
  return problems;
}

export interface EndFacts {
  startDate: LocalDate;
  endDate: LocalDate;
  /** Null when unknown (allowed for an interruption only). */
  hoursDone: number | null;
  today: LocalDate;
}

/** Checks of a completion (hours required) or an interruption (hours optional). */
export function endProblems({ startDate, endDate, hoursDone, today }: EndFacts, hoursRequired: boolean): Problem[] {
  const problems: Problem[] = [];
  if (endDate < startDate) {
    problems.push({
      field: 'endDate',
      message: `ne peut pas précéder le début de la mission (${formatDateFr(startDate)})`,
    });
  } else if (endDate > today) {
    problems.push({ field: 'endDate', message: 'ne peut pas être dans le futur' });
  }
  if (hoursDone === null) {
    if (hoursRequired) problems.push({ field: 'hoursDone', message: 'est obligatoire' });
  } else if (!isWholeInRange(hoursDone, 0, MAX_HOURS_DONE)) {
    problems.push({ field: 'hoursDone', message: `doit être un nombre entier d'heures entre 0 et ${MAX_HOURS_DONE}` });
  }
  return problems;
}

export function reasonProblems(reason: string | null | undefined, field = 'reason'): Problem[] {
  const length = reason?.trim().length ?? 0;
  if (length < REASON_MIN_LENGTH || length > REASON_MAX_LENGTH) {
    return [{ field, message: `doit contenir entre ${REASON_MIN_LENGTH} et ${REASON_MAX_LENGTH} caractères` }];
  }
  return [];
}
