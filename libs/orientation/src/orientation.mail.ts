import { defineMailTemplate } from '@tremplin/core';
import type { DigestLine, TerritoryCount } from './domain/digest';

export interface ReferentDigestMailData {
  firstName: string;
  dateLabel: string;
  countLabel: string;
  lines: DigestLine[];
  moreLabel: string | null;
  appUrl: string;
}

const FOOTNOTE = `<mj-text font-size="14px" color="#555555">Délais du Plan insertion 01 : orientation dans le mois qui suit l'entrée dans le RSA, première action d'accompagnement dans les deux mois. Ce message n'est envoyé que les jours où un dossier est en retard.</mj-text>`;

/** Sent each morning to a referent who has late files (first names and initials only). */
export const REFERENT_DIGEST_MAIL = defineMailTemplate<ReferentDigestMailData>({
  name: 'orientation.referent-digest',
  subject: 'Tremplin : {{countLabel}} en retard',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>Au {{dateLabel}}, vous avez <strong>{{countLabel}} en retard</strong> parmi les personnes que vous suivez :</mj-text>
      <mj-text><ul>{{#each lines}}<li><strong>{{name}}</strong> : {{lateness}}</li>{{/each}}</ul>{{#if moreLabel}}<p>… et {{moreLabel}}.</p>{{/if}}</mj-text>
      <mj-button href="{{consoleUrl 'home'}}" background-color="#00366d">Ouvrir mon accueil Tremplin</mj-button>
      ${FOOTNOTE}
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Claire',
    dateLabel: '02/03/2026',
    countLabel: '2 dossiers',
    lines: [
      {
        name: 'Karima B.',
        lateness: 'orientation en retard de 12 jours (attendue le 18/02/2026)',
        daysLate: 12,
      },
      {
        name: 'Paul M.',
        lateness: 'première action d’accompagnement en retard de 3 jours (attendue le 27/02/2026)',
        daysLate: 3,
      },
    ],
    moreLabel: null,
    appUrl: 'http://localhost:3000',
  },
});

export interface AdminDigestMailData {
  firstName: string;
  dateLabel: string;
  countLabel: string;
  territories: Array<TerritoryCount & { filesLabel: string }>;
  unassignedLabel: string | null;
  appUrl: string;
}

/** Sent each morning to the service Insertion when files are late anywhere (counts only, no names). */
export const ADMIN_DIGEST_MAIL = defineMailTemplate<AdminDigestMailData>({
  name: 'orientation.admin-digest',
  subject: 'Tremplin : {{countLabel}} en retard dans le département',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>Au {{dateLabel}}, le département compte <strong>{{countLabel}} en retard</strong> :</mj-text>
      <mj-text><ul>{{#each territories}}<li><strong>{{territoryName}}</strong> : {{filesLabel}} ({{orientation}} en attente d'orientation, {{accompaniment}} sans première action d'accompagnement)</li>{{/each}}</ul>{{#if unassignedLabel}}<p>Dont {{unassignedLabel}} sans référent actif : à attribuer.</p>{{/if}}</mj-text>
      <mj-button href="{{consoleUrl 'home'}}" background-color="#00366d">Ouvrir mon accueil Tremplin</mj-button>
      ${FOOTNOTE}
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Nadia',
    dateLabel: '02/03/2026',
    countLabel: '14 dossiers',
    territories: [
      { territoryName: 'CDS Oyonnax', orientation: 5, accompaniment: 7, files: 9, filesLabel: '9 dossiers' },
      { territoryName: 'CDS Belley', orientation: 3, accompaniment: 4, files: 5, filesLabel: '5 dossiers' },
    ],
    unassignedLabel: '2 dossiers',
    appUrl: 'http://localhost:3000',
  },
});
