import { LocalDate, addDays, formatDateFr } from '@tremplin/beneficiaries';
import { Problem } from './problems';

/** What followed a mission, as the referent records it (« sorties »). */
export enum OutcomeKind {
  JOB = 'JOB',
  TRAINING = 'TRAINING',
  ANOTHER_MISSION = 'ANOTHER_MISSION',
  NOTHING_YET = 'NOTHING_YET',
}

export enum ContractType {
  CDI = 'CDI',
  CDD = 'CDD',
  INTERIM = 'INTERIM',
  /** Insertion par l'activité économique (chantier d'insertion, entreprise d'insertion…). */
  IAE = 'IAE',
  OTHER = 'OTHER',
}

export const OUTCOME_KIND_LABELS: Record<OutcomeKind, string> = {
  JOB: 'Emploi',
  TRAINING: 'Formation',
  ANOTHER_MISSION: 'Nouvelle mission bénévole',
  NOTHING_YET: 'Pas encore de suite',
};

export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = {
  CDI: 'CDI',
  CDD: 'CDD',
  INTERIM: 'intérim',
  IAE: "contrat d'insertion (IAE)",
  OTHER: 'autre contrat',
};

export const OUTCOME_DETAIL_MAX_LENGTH = 200;
/** A job or a training may be signed up to a year before it starts. */
export const MAX_OUTCOME_DAYS_AHEAD = 365;

export interface OutcomeDraft {
  kind: OutcomeKind;
  contractType?: ContractType | null;
  /** When it starts (job, training, mission) or when the referent noted that nothing followed yet. */
  startDate: LocalDate;
  endDate?: LocalDate | null;
  /** Employer, training or association — free text. */
  detail?: string | null;
}

export interface OutcomeContext {
  /** The local date of the tripartite interview that opened the mission. */
  interviewDate: LocalDate;
  today: LocalDate;
}

/** The rules of an outcome: dates after the interview, a contract type for a job and only then. */
export function outcomeProblems(draft: OutcomeDraft, { interviewDate, today }: OutcomeContext): Problem[] {
  const problems: Problem[] = [];
  if (draft.kind === OutcomeKind.JOB && !draft.contractType) {
    problems.push({
      field: 'contractType',
      message: 'est obligatoire pour un emploi (CDI, CDD, intérim, IAE ou autre)',
    });
  }
  if (draft.kind !== OutcomeKind.JOB && draft.contractType) {
    problems.push({ field: 'contractType', message: 'ne concerne qu’un emploi' });
  }
  if (draft.startDate < interviewDate) {
    problems.push({
      field: 'startDate',
      message: `ne peut pas précéder l'entretien tripartite du ${formatDateFr(interviewDate)}`,
    });
  } else if (draft.kind === OutcomeKind.NOTHING_YET && draft.startDate > today) {
    problems.push({ field: 'startDate', message: 'ne peut pas être dans le futur pour un constat' });
  } else if (draft.startDate > addDays(today, MAX_OUTCOME_DAYS_AHEAD)) {
    problems.push({ field: 'startDate', message: `ne peut pas être à plus d'un an (${MAX_OUTCOME_DAYS_AHEAD} jours)` });
  }
  if (draft.endDate) {
    if (draft.kind === OutcomeKind.NOTHING_YET) {
      problems.push({ field: 'endDate', message: 'ne concerne pas un constat sans suite' });
    } else if (draft.kind === OutcomeKind.JOB && draft.contractType === ContractType.CDI) {
      problems.push({ field: 'endDate', message: 'un CDI n’a pas de date de fin' });
    } else if (draft.endDate < draft.startDate) {
      problems.push({ field: 'endDate', message: 'ne peut pas précéder la date de début' });
    }
  }
  if ((draft.detail?.trim().length ?? 0) > OUTCOME_DETAIL_MAX_LENGTH) {
    problems.push({ field: 'detail', message: `doit contenir au plus ${OUTCOME_DETAIL_MAX_LENGTH} caractères` });
  }
  return problems;
}

/** The line written in the carnet de bord, e.g. « Suite de la mission « Épicerie solidaire » : emploi en CDD … ». */
export function outcomeSummary(draft: OutcomeDraft, missionTitle: string): string {
  const detail = draft.detail?.trim() ? ` — ${draft.detail.trim()}` : '';
  const until = draft.endDate ? ` au ${formatDateFr(draft.endDate)}` : '';
  const from = draft.endDate ? `du ${formatDateFr(draft.startDate)}` : `à partir du ${formatDateFr(draft.startDate)}`;
  const after = `Suite de la mission « ${missionTitle} »`;
  switch (draft.kind) {
    case OutcomeKind.JOB:
      return `${after} : emploi en ${CONTRACT_TYPE_LABELS[draft.contractType ?? ContractType.OTHER]} ${from}${until}${detail}.`;
    case OutcomeKind.TRAINING:
      return `${after} : formation ${from}${until}${detail}.`;
    case OutcomeKind.ANOTHER_MISSION:
      return `${after} : nouvelle mission bénévole ${from}${until}${detail}.`;
    case OutcomeKind.NOTHING_YET:
      return `${after} : pas encore de suite au ${formatDateFr(draft.startDate)}${detail}.`;
    default: {
      const unknown: never = draft.kind;
      throw new Error(`Unknown outcome kind ${String(unknown)}`);
    }
  }
}
