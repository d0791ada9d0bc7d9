import { defineMailTemplate } from '@tremplin/core';
import type { ModerationDigest } from './domain/moderation-digest';

export interface MissionModeratedMailData {
  firstName: string;
  missionId: string;
  missionTitle: string;
  reason: string | null;
  /** The console's address: the buttons open its pages (`{{consoleUrl …}}`). */
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
      <mj-button href="{{consoleUrl 'missions'}}" background-color="#00366d">Voir mes missions</mj-button>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Martine',
    missionId: 'exemple',
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
      <mj-button href="{{consoleUrl 'missionEdit' missionId=missionId}}" background-color="#00366d">Modifier la mission</mj-button>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Martine',
    missionId: 'exemple',
    missionTitle: 'Accueil et mise en rayon à l’épicerie solidaire',
    reason: 'Merci de préciser les horaires et le nombre d’heures par semaine.',
    appUrl: 'http://localhost:3000',
  },
});

export interface ModerationDigestMailData extends ModerationDigest {
  firstName: string;
  dateLabel: string;
  appUrl: string;
}

/**
 * Sent on working-day mornings to administrators and coordinators when missions wait for
 * moderation (and, to administrators, associations for validation); not sent when none wait.
 */
export const MODERATION_DIGEST_MAIL = defineMailTemplate<ModerationDigestMailData>({
  name: 'missions.moderation-digest',
  subject: 'Tremplin : {{countLabel}}',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>Au {{dateLabel}} : <strong>{{countLabel}}</strong>.</mj-text>
      <mj-text>{{#if missions.length}}<p><strong>Missions soumises à modération</strong> (à publier, ou à renvoyer en brouillon avec un commentaire) :</p><ul>{{#each missions}}<li>« {{title}} » — {{associationName}}, soumise le {{submittedOn}}</li>{{/each}}</ul>{{#if moreMissionsLabel}}<p>… et {{moreMissionsLabel}}.</p>{{/if}}{{/if}}{{#if associations.length}}<p><strong>Associations en attente de validation</strong> :</p><ul>{{#each associations}}<li>{{name}} ({{communeName}}), inscrite le {{registeredOn}}</li>{{/each}}</ul>{{#if moreAssociationsLabel}}<p>… et {{moreAssociationsLabel}}.</p>{{/if}}{{/if}}</mj-text>
      <mj-button href="{{consoleUrl 'moderation'}}" background-color="#00366d">Ouvrir la modération</mj-button>
      <mj-text font-size="14px" color="#555555">Ce message n'est envoyé que les jours ouvrés où quelque chose attend votre décision.</mj-text>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Nadia',
    dateLabel: '02/03/2026',
    countLabel: '2 missions à modérer et 1 association à valider',
    missions: [
      {
        title: 'Accueil et mise en rayon à l’épicerie solidaire',
        associationName: 'Épicerie solidaire La Passerelle',
        submittedOn: '27/02/2026',
      },
      { title: 'Atelier vélo du samedi', associationName: 'Roue libre Oyonnax', submittedOn: '01/03/2026' },
    ],
    moreMissionsLabel: null,
    associations: [{ name: 'Accueil de jour Le Pont', communeName: 'Belley', registeredOn: '28/02/2026' }],
    moreAssociationsLabel: null,
    appUrl: 'http://localhost:3000',
  },
});
