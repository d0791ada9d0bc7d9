import { LocalDate, addDays, localDateOf, startOfLocalDay } from './calendar';

/**
 * Where a person stands in the follow-up, as the référent's home counts them and the caseload
 * filters them (« à orienter », « proposition sans réponse »…). The beneficiaries domain owns the
 * deadline stage; each later step is defined by the domain that owns its facts (proposals,
 * interviews, engagements), which registers its condition in `CaseloadStages`.
 */
export enum CaseloadStage {
  /** Active, not oriented yet, the one-month orientation deadline still ahead (or today). */
  TO_ORIENT = 'TO_ORIENT',
  /** A proposal sent (or about to be) that the person has not answered yet. */
  AWAITING_ANSWER = 'AWAITING_ANSWER',
  /** A proposal accepted with no tripartite interview booked (nor held). */
  ACCEPTED_WITHOUT_INTERVIEW = 'ACCEPTED_WITHOUT_INTERVIEW',
  /** A tripartite interview (not cancelled) this week, Monday to Sunday in Paris. */
  INTERVIEW_THIS_WEEK = 'INTERVIEW_THIS_WEEK',
  /** A volunteer mission in progress. */
  ENGAGEMENT_IN_PROGRESS = 'ENGAGEMENT_IN_PROGRESS',
  /** A mission ended (done or interrupted) with nothing recorded of what followed. */
  OUTCOME_TO_RECORD = 'OUTCOME_TO_RECORD',
}

export const CASELOAD_STAGES: readonly CaseloadStage[] = Object.values(CaseloadStage);

/** The order of the caseload list. */
export enum BeneficiarySort {
  /** Last name, then first name. */
  NAME = 'NAME',
  /** The most recent entry in the RSA scheme first. */
  NEWEST_ENTRY = 'NEWEST_ENTRY',
  /** The nearest deadline still open (orientation or accompaniment) first; files without one last. */
  NEXT_DEADLINE = 'NEXT_DEADLINE',
}

/** What a stage condition may depend on besides the file: the instant, the day and the week (Paris). */
export interface CaseloadMoment {
  now: Date;
  today: LocalDate;
  /** Monday 00:00 in Paris of the current week. */
  weekStart: Date;
  /** The next Monday 00:00 in Paris (exclusive end). */
  weekEnd: Date;
}

/** The Paris week (Monday to Sunday) of an instant, as instants: [Monday 00:00, next Monday 00:00). */
export function caseloadMomentOf(now: Date): CaseloadMoment {
  const today = localDateOf(now);
  // 2026-01-05 is a Monday: the day of the week of a local date, Monday = 0.
  const sinceMonday =
    ((((Date.parse(`${today}T00:00:00Z`) - Date.parse('2026-01-05T00:00:00Z')) / 86_400_000) % 7) + 7) % 7;
  const monday = addDays(today, -sinceMonday);
  return { now, today, weekStart: startOfLocalDay(monday), weekEnd: startOfLocalDay(addDays(monday, 7)) };
}
