// What the follow-up tabs of a person's file say of interviews, engagements and outcomes: French
// labels for the API's values, and the client-side checks of an outcome (the server's rules,
// libs/passports/src/domain/outcome.ts, checked before sending so the form can say them at once).
import type { ContractType, EngagementStatus, InterviewStatus, OutcomeKind } from '../../gql/graphql';
import { formatLocalDate } from '../../lib/format';

export const INTERVIEW_STATUS_LABELS: Record<InterviewStatus, string> = {
  SCHEDULED: 'Prévu',
  CANCELLED: 'Annulé',
  HELD: 'Réalisé',
  NO_SHOW: 'Absence',
  EXCUSED: 'Absence excusée',
};

/** What happened at the interview, once the coordinator recorded it. */
export const INTERVIEW_RESULT_LABELS: Partial<Record<InterviewStatus, string>> = {
  HELD: 'L’entretien a eu lieu',
  NO_SHOW: 'La personne ne s’est pas présentée',
  EXCUSED: 'La personne s’est excusée',
};

export const ENGAGEMENT_STATUS_LABELS: Record<EngagementStatus, string> = {
  ACTIVE: 'En cours',
  COMPLETED: 'Terminée',
  ABANDONED: 'Interrompue',
  WITHDRAWN: 'Annulée',
};

export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

export const INTERVIEW_STATUS_TONES: Record<InterviewStatus, Tone> = {
  SCHEDULED: 'neutral',
  CANCELLED: 'danger',
  HELD: 'success',
  NO_SHOW: 'warning',
  EXCUSED: 'warning',
};

export const ENGAGEMENT_STATUS_TONES: Record<EngagementStatus, Tone> = {
  ACTIVE: 'neutral',
  COMPLETED: 'success',
  ABANDONED: 'warning',
  WITHDRAWN: 'danger',
};

export const OUTCOME_KIND_LABELS: Record<OutcomeKind, string> = {
  JOB: 'Emploi',
  TRAINING: 'Formation',
  ANOTHER_MISSION: 'Nouvelle mission bénévole',
  NOTHING_YET: 'Pas encore de suite',
};

export const OUTCOME_KINDS: OutcomeKind[] = ['JOB', 'TRAINING', 'ANOTHER_MISSION', 'NOTHING_YET'];

export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = {
  CDI: 'CDI',
  CDD: 'CDD',
  INTERIM: 'Intérim',
  IAE: 'Contrat d’insertion (IAE)',
  OTHER: 'Autre contrat',
};

export const CONTRACT_TYPES: ContractType[] = ['CDI', 'CDD', 'INTERIM', 'IAE', 'OTHER'];

export const OUTCOME_DETAIL_MAX_LENGTH = 200;

/** The label of the detail field, which names what it is for each kind of outcome. */
export function detailLabelOf(kind: OutcomeKind | null): string {
  switch (kind) {
    case 'JOB':
      return 'Employeur';
    case 'TRAINING':
      return 'Intitulé de la formation';
    case 'ANOTHER_MISSION':
      return 'Structure d’accueil';
    default:
      return 'Précision';
  }
}

/** The label of the first date, which reads differently for « pas encore de suite ». */
export function startDateLabelOf(kind: OutcomeKind | null): string {
  return kind === 'NOTHING_YET' ? 'Date du constat' : 'Date de début';
}

/** Whether the form offers an end date for this kind of outcome (not for a CDI nor a mere observation). */
export function hasEndDate(kind: OutcomeKind | null, contractType: ContractType | null): boolean {
  if (kind === 'NOTHING_YET' || kind === null) return false;
  return !(kind === 'JOB' && contractType === 'CDI');
}

export interface OutcomeFormValues {
  engagementId: string | null;
  kind: OutcomeKind | null;
  contractType: ContractType | null;
  /** `YYYY-MM-DD` days (no time zone). */
  startDate: string | null;
  endDate: string | null;
  detail: string;
}

/** The messages of the fields the form would refuse, by field name (empty: the form may be sent). */
export function outcomeFormProblems(values: OutcomeFormValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.engagementId) problems.engagementId = 'Choisissez la mission dont c’est la suite.';
  if (!values.kind) problems.kind = 'Choisissez ce qui a suivi la mission.';
  if (values.kind === 'JOB' && !values.contractType) problems.contractType = 'Choisissez le type de contrat.';
  if (!values.startDate) problems.startDate = 'Ce champ est obligatoire.';
  if (values.endDate && values.startDate && hasEndDate(values.kind, values.contractType)) {
    if (values.endDate < values.startDate) problems.endDate = 'La date de fin ne peut pas précéder la date de début.';
  }
  if (values.detail.trim().length > OUTCOME_DETAIL_MAX_LENGTH) {
    problems.detail = `${OUTCOME_DETAIL_MAX_LENGTH} caractères au plus.`;
  }
  return problems;
}

/** The `recordOutcome` input of valid form values (fields that do not apply to the kind are left out). */
export function outcomeInputOf(values: OutcomeFormValues): {
  engagementId: string;
  kind: OutcomeKind;
  contractType?: ContractType;
  startDate: string;
  endDate?: string;
  detail?: string;
} {
  if (!values.engagementId || !values.kind || !values.startDate) throw new Error('outcomeInputOf: incomplete values');
  const detail = values.detail.trim();
  return {
    engagementId: values.engagementId,
    kind: values.kind,
    ...(values.kind === 'JOB' && values.contractType ? { contractType: values.contractType } : {}),
    startDate: values.startDate,
    ...(values.endDate && hasEndDate(values.kind, values.contractType) ? { endDate: values.endDate } : {}),
    ...(detail ? { detail } : {}),
  };
}

export interface OutcomeLike {
  kind: OutcomeKind;
  contractType?: ContractType | null;
  startDate: string;
  endDate?: string | null;
  detail?: string | null;
}

/** « Emploi en CDD du 2 mars 2026 au 31 août 2026 — Boulangerie Martin ». */
export function outcomeSentence(outcome: OutcomeLike): string {
  const detail = outcome.detail?.trim() ? ` — ${outcome.detail.trim()}` : '';
  const period = outcome.endDate
    ? `du ${formatLocalDate(outcome.startDate)} au ${formatLocalDate(outcome.endDate)}`
    : `à partir du ${formatLocalDate(outcome.startDate)}`;
  switch (outcome.kind) {
    case 'JOB':
      return `Emploi${outcome.contractType ? ` en ${CONTRACT_TYPE_LABELS[outcome.contractType]}` : ''} ${period}${detail}`;
    case 'TRAINING':
      return `Formation ${period}${detail}`;
    case 'ANOTHER_MISSION':
      return `Nouvelle mission bénévole ${period}${detail}`;
    case 'NOTHING_YET':
      return `Pas encore de suite au ${formatLocalDate(outcome.startDate)}${detail}`;
  }
}
