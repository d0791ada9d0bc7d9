import { registerEnumType } from '@nestjs/graphql';
import { AnswerChannel, ProposalDelivery } from '../domain/answer-channel';
import { DeclineReason } from '../domain/answer-rules';
import { ProposalStatus } from '../domain/proposal-status';
import { ProposalNotificationMode } from '../domain/referent-notices';

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: "État d'une proposition de mission",
  valuesMap: {
    PROPOSED: { description: "Enregistrée, e-mail en cours d'envoi" },
    SENT: { description: 'E-mail envoyé, en attente de réponse' },
    ACCEPTED: { description: 'Acceptée : une place est réservée' },
    WAITING_LIST: { description: "Acceptée alors que la mission était complète : sur liste d'attente" },
    DECLINED: { description: 'Refusée par la personne' },
    EXPIRED: { description: 'Expirée sans réponse' },
    WITHDRAWN: { description: 'Retirée par le référent (ou mission fermée)' },
  },
});

registerEnumType(DeclineReason, {
  name: 'DeclineReason',
  description: 'Motif de refus (facultatif)',
  valuesMap: {
    NOT_AVAILABLE: { description: 'Pas disponible' },
    TOO_FAR: { description: 'Trop loin' },
    NOT_INTERESTED: { description: 'Pas intéressé(e)' },
    OTHER: { description: 'Autre' },
  },
});

registerEnumType(ProposalNotificationMode, {
  name: 'ProposalNotificationMode',
  description: 'Comment le référent est prévenu des suites de ses propositions',
  valuesMap: {
    IMMEDIATE: { description: 'Un e-mail à chaque réponse, expiration ou place libérée' },
    DAILY_DIGEST: { description: 'Un résumé par jour, le matin' },
  },
});

registerEnumType(ProposalDelivery, {
  name: 'ProposalDelivery',
  description: 'Comment la proposition parvient à la personne',
  valuesMap: {
    EMAIL: { description: 'Par e-mail, avec ses liens de réponse' },
    LETTER: { description: 'Par une lettre imprimée (avec le QR code de la page de réponse)' },
  },
});

registerEnumType(AnswerChannel, {
  name: 'AnswerChannel',
  description: 'Comment la réponse de la personne est arrivée',
  valuesMap: {
    LINK: { description: 'Par le lien de l’e-mail ou le QR code de la lettre' },
    PHONE: { description: 'Par téléphone, enregistrée par le référent' },
    IN_PERSON: { description: 'En personne, enregistrée par le référent' },
  },
});
