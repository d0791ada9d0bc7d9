import { defineMailTemplate } from '@tremplin/core';

export interface MissionModeratedMailData {
  firstName: string;
  missionTitle: string;
  reason: string | null;
  appUrl: string;
}

/** Sent to the members of the association when a moderator publishes one of its missions. */
export const MISSION_PUBLISHED_MAIL = defineMailTemplate<MissionModeratedMailData>({
  name: 'missions.published',
  subject: 'Votre mission « {{missionTitle}} » est publiée',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>
        <p>Votre mission <strong>« {{missionTitle}} »</strong> a été validée et publiée sur Tremplin.</p>
        <p>Les référents de parcours peuvent désormais la proposer aux personnes qu'ils accompagnent. Vous serez prévenu(e) à chaque proposition acceptée.</p>
      </mj-text>
      <mj-button href="{{appUrl}}" background-color="#00366d">Voir mes missions</mj-button>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Martine',
    missionTitle: 'Accueil et mise en rayon à l’épicerie solidaire',
    reason: null,
    appUrl: 'http://localhost:3000',
  },
});

/** Sent to the members of the association when a moderator sends a mission back to its draft. */
export const MISSION_REJECTED_MAIL = defineMailTemplate<MissionModeratedMailData>({
  name: 'missions.rejected',
  subject: 'Votre mission « {{missionTitle}} » est à revoir',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>
        <p>Votre mission <strong>« {{missionTitle}} »</strong> n'a pas encore pu être publiée. Elle revient en brouillon, avec ce commentaire :</p>
        <p style="border-left:4px solid #00366d;padding-left:12px">{{reason}}</p>
        <p>Modifiez-la puis soumettez-la à nouveau à validation.</p>
      </mj-text>
      <mj-button href="{{appUrl}}" background-color="#00366d">Modifier la mission</mj-button>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Martine',
    missionTitle: 'Accueil et mise en rayon à l’épicerie solidaire',
    reason: 'Merci de préciser les horaires et le nombre d’heures par semaine.',
    appUrl: 'http://localhost:3000',
  },
});
