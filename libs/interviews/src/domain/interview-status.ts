/** Where a tripartite interview (entretien tripartite) stands. */
export enum InterviewStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
  /** It took place: the engagement may start. */
  HELD = 'HELD',
  /** The beneficiary did not come and did not warn. */
  NO_SHOW = 'NO_SHOW',
  /** The beneficiary could not come and warned (or had a valid reason). */
  EXCUSED = 'EXCUSED',
}

export enum InterviewOutcome {
  HELD = 'HELD',
  NO_SHOW = 'NO_SHOW',
  EXCUSED = 'EXCUSED',
}

/** Statuses holding a place in the calendars (they count against double booking). */
export const ACTIVE_INTERVIEW_STATUSES: readonly InterviewStatus[] = [
  InterviewStatus.SCHEDULED,
  InterviewStatus.HELD,
  InterviewStatus.NO_SHOW,
  InterviewStatus.EXCUSED,
];

export const INTERVIEW_STATUS_LABELS: Record<InterviewStatus, string> = {
  SCHEDULED: 'planifié',
  CANCELLED: 'annulé',
  HELD: 'réalisé',
  NO_SHOW: 'personne absente',
  EXCUSED: 'absence excusée',
};

export type InterviewRefusal = { message: string } | null;

/** Moving or cancelling is possible only before the outcome is known. */
export function changeRefusal(status: InterviewStatus, action: 'reschedule' | 'cancel'): InterviewRefusal {
  if (status === InterviewStatus.SCHEDULED) return null;
  const verb = action === 'reschedule' ? 'déplacé' : 'annulé';
  return { message: `Cet entretien est ${INTERVIEW_STATUS_LABELS[status]} : il ne peut plus être ${verb}.` };
}

/** An outcome is recorded once, for a scheduled interview whose time has come. */
export function outcomeRefusal(status: InterviewStatus, startsAt: Date, now: Date): InterviewRefusal {
  if (status !== InterviewStatus.SCHEDULED) {
    return {
      message:
        status === InterviewStatus.CANCELLED
          ? 'Cet entretien a été annulé : aucun résultat ne peut être enregistré.'
          : `Le résultat de cet entretien est déjà enregistré (${INTERVIEW_STATUS_LABELS[status]}).`,
    };
  }
  if (now.getTime() < startsAt.getTime()) {
    return { message: "L'entretien n'a pas encore eu lieu : son résultat s'enregistre après l'heure du rendez-vous." };
  }
  return null;
}
