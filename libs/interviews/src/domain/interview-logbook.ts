import { InterviewOutcome } from './interview-status';
import { formatPeriodFr } from './paris-time';

/** What the carnet de bord says of an interview: one French sentence per event. */
interface InterviewTimes {
  startsAt: Date;
  endsAt: Date;
  placeLabel: string;
}

export function scheduledSummary(interview: InterviewTimes, missionTitle: string, chosenByPerson: boolean): string {
  return `Entretien tripartite planifié le ${formatPeriodFr(interview.startsAt, interview.endsAt)} (${interview.placeLabel}) pour la mission « ${missionTitle} »${chosenByPerson ? ', choisi par la personne' : ''}.`;
}

export function rescheduledSummary(previous: Omit<InterviewTimes, 'placeLabel'>, interview: InterviewTimes): string {
  return `Entretien tripartite déplacé du ${formatPeriodFr(previous.startsAt, previous.endsAt)} au ${formatPeriodFr(interview.startsAt, interview.endsAt)} (${interview.placeLabel}).`;
}

export function cancelledSummary(interview: Omit<InterviewTimes, 'placeLabel'>, reason: string): string {
  return `Entretien tripartite du ${formatPeriodFr(interview.startsAt, interview.endsAt)} annulé. Motif : ${reason}`;
}

export function outcomeSummary(outcome: InterviewOutcome, interview: InterviewTimes): string {
  const when = formatPeriodFr(interview.startsAt, interview.endsAt);
  switch (outcome) {
    case InterviewOutcome.HELD:
      return `Entretien tripartite réalisé le ${when} (${interview.placeLabel}).`;
    case InterviewOutcome.NO_SHOW:
      return `Entretien tripartite du ${when} : la personne ne s’est pas présentée.`;
    case InterviewOutcome.EXCUSED:
      return `Entretien tripartite du ${when} : la personne était excusée.`;
  }
}
