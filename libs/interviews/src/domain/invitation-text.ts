import { InterviewPlace, InterviewPlaceKind, describePlace } from './place';
import { formatPeriodFr } from './paris-time';

export interface InvitationFacts {
  missionTitle: string;
  associationName: string | null;
  beneficiaryName: string;
  referentName: string;
  coordinatorName: string;
  startsAt: Date;
  endsAt: Date;
  place: InterviewPlace;
}

/** Title and description of the calendar event, in French, the same for every participant. */
export function invitationText(facts: InvitationFacts): { title: string; description: string } {
  const host = facts.associationName ? ` (${facts.associationName})` : '';
  const where =
    facts.place.kind === InterviewPlaceKind.VIDEO
      ? `En visioconférence : ${facts.place.videoUrl ?? ''}`
      : `Lieu : ${describePlace(facts.place)}`;
  return {
    title: `Entretien tripartite Tremplin — ${facts.missionTitle}`,
    description: [
      `Entretien tripartite pour la mission de bénévolat « ${facts.missionTitle} »${host}.`,
      `Le ${formatPeriodFr(facts.startsAt, facts.endsAt)}.`,
      where,
      `Participants : ${facts.beneficiaryName} (bénévole), ${facts.referentName} (référent de parcours), ${facts.coordinatorName} (France Bénévolat).`,
      'Un empêchement ? Prévenez votre référent ou France Bénévolat au plus tôt.',
    ].join('\n'),
  };
}
