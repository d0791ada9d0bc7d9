import { registerEnumType } from '@nestjs/graphql';
import { InterviewOutcome, InterviewStatus } from '../domain/interview-status';
import { InterviewPlaceKind } from '../domain/place';

export enum InterviewBooker {
  /** Booked by the referent or a coordinator. */
  STAFF = 'STAFF',
  /** Booked by the beneficiary from the link of their acceptance. */
  BENEFICIARY = 'BENEFICIARY',
}

registerEnumType(InterviewStatus, {
  name: 'InterviewStatus',
  description: "État d'un entretien tripartite",
  valuesMap: {
    SCHEDULED: { description: 'Planifié' },
    CANCELLED: { description: 'Annulé' },
    HELD: { description: 'Réalisé' },
    NO_SHOW: { description: 'La personne ne s’est pas présentée' },
    EXCUSED: { description: 'Absence excusée' },
  },
});

registerEnumType(InterviewOutcome, {
  name: 'InterviewOutcome',
  description: "Ce qu'il s'est passé le jour de l'entretien",
  valuesMap: {
    HELD: { description: "L'entretien a eu lieu" },
    NO_SHOW: { description: 'La personne ne s’est pas présentée' },
    EXCUSED: { description: 'La personne était excusée' },
  },
});

registerEnumType(InterviewPlaceKind, {
  name: 'InterviewPlaceKind',
  description: "Lieu d'un entretien",
  valuesMap: {
    FRANCE_BENEVOLAT: { description: 'Locaux de France Bénévolat' },
    CDS: { description: 'Un Centre Départemental de la Solidarité' },
    VIDEO: { description: 'Visioconférence (avec un lien)' },
  },
});

registerEnumType(InterviewBooker, {
  name: 'InterviewBooker',
  description: 'Qui a réservé le créneau',
  valuesMap: {
    STAFF: { description: 'Le référent ou un coordinateur' },
    BENEFICIARY: { description: 'La personne elle-même, depuis son lien' },
  },
});
