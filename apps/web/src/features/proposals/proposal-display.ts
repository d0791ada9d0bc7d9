// How the référent's tabs word suggestions and proposals: scores, distances, the way a proposal
// travels and the way its answer came. Pure functions (unit-tested), French, Paris time.
import { formatDate, formatNumber } from '../../lib/format';

/** « 87 / 100 » — the score as a rounded figure. */
export function scoreLabel(score: number): string {
  return `${Math.round(Math.min(100, Math.max(0, score)))} / 100`;
}

/** « à 4,2 km », « à moins d’1 km », « à distance » (no place: a remote mission). */
export function distanceLabel(distanceKm: number | null | undefined): string {
  if (distanceKm === null || distanceKm === undefined) return 'à distance';
  if (distanceKm < 1) return 'à moins d’1 km';
  return `à ${formatNumber(distanceKm, distanceKm < 10 ? 1 : 0)} km`;
}

/** « disponible sur 75 % des créneaux » from a fit in [0, 1]. */
export function scheduleFitLabel(scheduleFit: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, scheduleFit)) * 100);
  if (percent >= 100) return 'disponible sur tous les créneaux';
  if (percent <= 0) return 'aucun créneau en commun';
  return `disponible sur ${percent} % des créneaux`;
}

export type Delivery = 'EMAIL' | 'LETTER';
export type Channel = 'LINK' | 'PHONE' | 'IN_PERSON';

/** How the proposal reached (or is to reach) the person. */
export function deliveryLabel(proposal: { delivery: Delivery; sentAt?: string | null }): string {
  if (proposal.delivery === 'LETTER') return 'Lettre à remettre (pas d’adresse e-mail)';
  return proposal.sentAt ? `E-mail envoyé le ${formatDate(proposal.sentAt)}` : 'E-mail en cours d’envoi';
}

/** « Réponse le 5 mars 2026, par téléphone (enregistrée par Claire Martin) ». */
export function answerLabel(proposal: {
  answeredAt?: string | null;
  answerChannel?: Channel | null;
  answerRecordedBy?: { firstName: string; lastName: string } | null;
}): string | null {
  if (!proposal.answeredAt) return null;
  const when = `Réponse le ${formatDate(proposal.answeredAt)}`;
  const by = proposal.answerRecordedBy
    ? ` (enregistrée par ${proposal.answerRecordedBy.firstName} ${proposal.answerRecordedBy.lastName})`
    : '';
  switch (proposal.answerChannel) {
    case 'PHONE':
      return `${when}, par téléphone${by}`;
    case 'IN_PERSON':
      return `${when}, en personne${by}`;
    case 'LINK':
      return `${when}, par le lien de la proposition`;
    default:
      return when;
  }
}

/** The tone of a status badge. */
export function statusTone(status: string): 'success' | 'warning' | 'danger' | 'neutral' | undefined {
  switch (status) {
    case 'ACCEPTED':
      return 'success';
    case 'WAITING_LIST':
      return 'warning';
    case 'DECLINED':
    case 'EXPIRED':
      return 'danger';
    case 'WITHDRAWN':
      return 'neutral';
    default:
      return undefined;
  }
}
