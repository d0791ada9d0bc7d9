import { defineMailTemplate } from '@tremplin/core';
import type { MissionSheet } from './domain/mission-sheet';

/**
 * The emails of the proposals domain. Those to the beneficiary are written in plain words, short
 * sentences, one idea per line, large buttons stacked for a phone; they always say that saying no
 * changes nothing to the person's RSA. Replies go to the referent (Reply-To).
 */

const PRIMARY = '#00366d';

/** Sample fiche for previews. */
const SAMPLE_SHEET: MissionSheet = {
  title: 'Accueil à l’épicerie solidaire',
  associationName: 'Épicerie solidaire du Haut-Bugey',
  what: 'Accueillir les familles, les aider à faire leurs courses et ranger les rayons avec l’équipe.',
  where: 'Oyonnax (à 4 km de chez vous)',
  address: '12 rue Anatole France, Oyonnax',
  when: 'Mardi et jeudi matin, à partir du 16/03/2026',
  howLong: 'Environ 4 heures par semaine, pendant 8 semaines',
  develops: ['Travailler en équipe', 'Accueillir le public'],
  leadsTo: 'Une formation d’agent(e) d’accueil, ou un emploi dans le commerce.',
  welcomeBy: 'Martine',
};

/** The fiche mission, as a tinted block of labelled lines. */
const SHEET_BLOCK = `
  <mj-section background-color="#eef3f9" padding="8px 16px">
    <mj-column>
      <mj-text font-size="20px" font-weight="bold" color="${PRIMARY}">La mission : {{sheet.title}}</mj-text>
      <mj-text>
        <p><strong>Avec :</strong> {{sheet.associationName}}</p>
        <p><strong>Ce que vous ferez :</strong> {{sheet.what}}</p>
        <p><strong>Où :</strong> {{sheet.where}}{{#if sheet.address}}<br>Adresse : {{sheet.address}}{{/if}}</p>
        {{#if sheet.when}}<p><strong>Quand :</strong> {{sheet.when}}</p>{{/if}}
        {{#if sheet.howLong}}<p><strong>Combien de temps :</strong> {{sheet.howLong}}</p>{{/if}}
        {{#if sheet.develops.length}}<p><strong>Ce que vous allez apprendre :</strong></p><ul>{{#each sheet.develops}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
        {{#if sheet.leadsTo}}<p><strong>Et après ?</strong> {{sheet.leadsTo}}</p>{{/if}}
        {{#if sheet.welcomeBy}}<p><strong>Qui vous accueille :</strong> {{sheet.welcomeBy}}</p>{{/if}}
      </mj-text>
    </mj-column>
  </mj-section>`;

const TWO_BUTTONS = `
  <mj-section padding="8px 16px">
    <mj-column>
      <mj-text>Cette mission vous intéresse ? Choisissez votre réponse :</mj-text>
      <mj-button href="{{acceptUrl}}" background-color="${PRIMARY}" color="#ffffff" width="100%">Je suis intéressé(e)</mj-button>
      <mj-button href="{{declineUrl}}" background-color="#ffffff" color="${PRIMARY}" border="2px solid ${PRIMARY}" width="100%">Non merci</mj-button>
      <mj-text>Vous pouvez répondre jusqu'au <strong>{{deadline}}</strong>.</mj-text>
      <mj-text>Vous avez une question ? Répondez simplement à ce message : il arrive chez {{referentFirstName}}.</mj-text>
      <mj-text font-size="15px">Le bénévolat est libre. Si vous dites non, cela ne change rien à votre RSA ni à votre accompagnement.</mj-text>
    </mj-column>
  </mj-section>`;

const REFERENT_MESSAGE = `
      <mj-raw>{{#if messageParagraphs.length}}</mj-raw>
      <mj-text><strong>Le message {{de referentFirstName}} :</strong></mj-text>
      <mj-text padding-left="40px" font-style="italic">{{#each messageParagraphs}}<p>{{this}}</p>{{/each}}</mj-text>
      <mj-raw>{{/if}}</mj-raw>`;

export interface ProposalMailData {
  firstName: string;
  referentName: string;
  referentFirstName: string;
  /** The referent's personal message, one paragraph per item (empty when none). */
  messageParagraphs: string[];
  sheet: MissionSheet;
  acceptUrl: string;
  declineUrl: string;
  /** Last day to answer, « 12/03/2026 ». */
  deadline: string;
}

const PROPOSAL_PREVIEW: ProposalMailData = {
  firstName: 'Karima',
  referentName: 'Claire Martin',
  referentFirstName: 'Claire',
  messageParagraphs: [
    'Bonjour Karima, comme on en a parlé mardi, je pense que cette mission peut vous plaire.',
    'L’équipe est très accueillante.',
  ],
  sheet: SAMPLE_SHEET,
  acceptUrl: 'http://localhost:3000/p/exemple#oui',
  declineUrl: 'http://localhost:3000/p/exemple#non',
  deadline: '12/03/2026',
};

/** The proposal itself, sent once when the referent proposes. */
export const PROPOSAL_MAIL = defineMailTemplate<ProposalMailData>({
  name: 'proposal.new',
  subject: '{{referentFirstName}} vous propose une mission bénévole : {{sheet.title}}',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>{{referentName}}, votre référent(e), vous propose une mission de bénévolat.</mj-text>
      ${REFERENT_MESSAGE}
    </mj-column></mj-section>
    ${SHEET_BLOCK}
    ${TWO_BUTTONS}`,
  preview: PROPOSAL_PREVIEW,
});

/** The one reminder, N days later without an answer. */
export const PROPOSAL_REMINDER_MAIL = defineMailTemplate<ProposalMailData>({
  name: 'proposal.reminder',
  subject: 'Rappel : une mission bénévole vous attend ({{sheet.title}})',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>Il y a quelques jours, {{referentName}}, votre référent(e), vous a proposé une mission de bénévolat.</mj-text>
      <mj-text>Nous n'avons pas encore votre réponse. Vous pouvez répondre jusqu'au <strong>{{deadline}}</strong>.</mj-text>
      ${REFERENT_MESSAGE}
    </mj-column></mj-section>
    ${SHEET_BLOCK}
    ${TWO_BUTTONS}`,
  preview: PROPOSAL_PREVIEW,
});

export interface ProposalAcceptedMailData {
  firstName: string;
  referentName: string;
  referentFirstName: string;
  missionTitle: string;
  associationName: string;
  /** True when the person came off the waiting list. */
  promoted: boolean;
  bookingUrl: string;
  pageUrl: string;
}

/** To the beneficiary when their « oui » takes a place (directly, or later from the waiting list). */
export const PROPOSAL_ACCEPTED_MAIL = defineMailTemplate<ProposalAcceptedMailData>({
  name: 'proposal.accepted',
  subject:
    '{{#if promoted}}Une place s’est libérée : {{missionTitle}}{{else}}C’est noté : vous êtes intéressé(e) par « {{missionTitle}} »{{/if}}',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-raw>{{#if promoted}}</mj-raw>
      <mj-text>Bonne nouvelle : une place s'est libérée pour la mission <strong>{{missionTitle}}</strong> avec {{associationName}}. Elle est pour vous.</mj-text>
      <mj-raw>{{else}}</mj-raw>
      <mj-text>Merci ! Vous avez dit oui à la mission <strong>{{missionTitle}}</strong> avec {{associationName}}. Une place vous est réservée.</mj-text>
      <mj-raw>{{/if}}</mj-raw>
      <mj-text><strong>La prochaine étape :</strong> un rendez-vous à trois, avec {{referentName}} et une personne de France Bénévolat, pour préparer votre mission.</mj-text>
      <mj-text>Choisissez le jour et l'heure qui vous conviennent :</mj-text>
      <mj-button href="{{bookingUrl}}" background-color="${PRIMARY}" color="#ffffff" width="100%">Choisir mon rendez-vous</mj-button>
      <mj-text>Vous pouvez revoir la mission ici : <a href="{{pageUrl}}">ma proposition de mission</a>.</mj-text>
      <mj-text>Une question ? Répondez à ce message : il arrive chez {{referentFirstName}}.</mj-text>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Karima',
    referentName: 'Claire Martin',
    referentFirstName: 'Claire',
    missionTitle: 'Accueil à l’épicerie solidaire',
    associationName: 'Épicerie solidaire du Haut-Bugey',
    promoted: false,
    bookingUrl: 'http://localhost:3000/rdv/exemple',
    pageUrl: 'http://localhost:3000/p/exemple',
  },
});

export interface ProposalWaitingListMailData {
  firstName: string;
  referentFirstName: string;
  missionTitle: string;
  associationName: string;
  rank: number;
  pageUrl: string;
}

/** To the beneficiary whose « oui » came after the last place went. */
export const PROPOSAL_WAITING_LIST_MAIL = defineMailTemplate<ProposalWaitingListMailData>({
  name: 'proposal.waiting-list',
  subject: 'Vous êtes sur la liste d’attente : {{missionTitle}}',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>Merci pour votre réponse ! Toutes les places de la mission <strong>{{missionTitle}}</strong> avec {{associationName}} sont prises pour le moment.</mj-text>
      <mj-text>Vous êtes sur la liste d'attente, à la place <strong>n° {{rank}}</strong>. Si une place se libère, nous vous écrirons tout de suite.</mj-text>
      <mj-text>En attendant, {{referentFirstName}} peut vous proposer une autre mission. Pour lui écrire, répondez à ce message.</mj-text>
      <mj-text>Votre proposition : <a href="{{pageUrl}}">voir la mission</a>.</mj-text>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Karima',
    referentFirstName: 'Claire',
    missionTitle: 'Accueil à l’épicerie solidaire',
    associationName: 'Épicerie solidaire du Haut-Bugey',
    rank: 2,
    pageUrl: 'http://localhost:3000/p/exemple',
  },
});

export interface ProposalWithdrawnMailData {
  firstName: string;
  referentName: string;
  referentFirstName: string;
  missionTitle: string;
}

/** To a beneficiary who had said yes, when the proposal is called off. */
export const PROPOSAL_WITHDRAWN_MAIL = defineMailTemplate<ProposalWithdrawnMailData>({
  name: 'proposal.withdrawn',
  subject: 'La mission « {{missionTitle}} » est annulée',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>Vous aviez dit oui à la mission <strong>{{missionTitle}}</strong>. Nous sommes désolés : cette proposition est annulée.</mj-text>
      <mj-text>Vous n'avez rien à faire. {{referentName}}, votre référent(e), reviendra vers vous.</mj-text>
      <mj-text>Une question ? Répondez à ce message : il arrive chez {{referentFirstName}}.</mj-text>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Karima',
    referentName: 'Claire Martin',
    referentFirstName: 'Claire',
    missionTitle: 'Accueil à l’épicerie solidaire',
  },
});

export interface AssociationAcceptedMailData {
  memberFirstName: string;
  /** The person's first name: what an association reads of a person who said yes. */
  personFirstName: string;
  missionTitle: string;
  /** « 1 place sur 3 reste » / « la mission est désormais complète ». */
  placesLabel: string;
  missionId: string;
  appUrl: string;
}

/** To the members of the association when a person's yes takes a place on one of its missions. */
export const ASSOCIATION_ACCEPTED_MAIL = defineMailTemplate<AssociationAcceptedMailData>({
  name: 'proposal.association-accepted',
  subject: '{{personFirstName}} a accepté votre mission « {{missionTitle}} »',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{memberFirstName}},</mj-text>
      <mj-text>
        <p><strong>{{personFirstName}}</strong> a accepté la mission <strong>« {{missionTitle}} »</strong> que lui a proposée son référent de parcours : une place lui est réservée ({{placesLabel}}).</p>
        <p>Prochaine étape : l’entretien à trois avec France Bénévolat. Vous serez prévenu(e) de sa date.</p>
      </mj-text>
      <mj-button href="{{consoleUrl 'mission' missionId=missionId}}" background-color="${PRIMARY}">Voir la mission</mj-button>
    </mj-column></mj-section>`,
  preview: {
    memberFirstName: 'Martine',
    personFirstName: 'Karima',
    missionTitle: 'Accueil à l’épicerie solidaire',
    placesLabel: '1 place sur 3 reste libre',
    missionId: '00000000-0000-4000-8000-000000000000',
    appUrl: 'http://localhost:3000',
  },
});

export interface ReferentNoticeMailData {
  referentFirstName: string;
  /** « Karima B. a accepté la mission « … ». » */
  headline: string;
  /** Further lines (reason given, next step…). */
  details: string[];
  /** The person the proposal was made to: the button opens the propositions of their file. */
  beneficiaryId: string;
  /** « Karima B. » */
  personLabel: string;
  /** The console's address: the buttons open its pages (`{{consoleUrl …}}`). */
  appUrl: string;
}

/**
 * To the referent who made a proposal: an answer, an expiry, a mission that became full, a place
 * that freed up. First name and initial only: the email may be read on a shared screen.
 */
export const REFERENT_NOTICE_MAIL = defineMailTemplate<ReferentNoticeMailData>({
  name: 'proposal.referent-notice',
  subject: 'Tremplin : {{headline}}',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{referentFirstName}},</mj-text>
      <mj-text><p><strong>{{headline}}</strong></p>{{#each details}}<p>{{this}}</p>{{/each}}</mj-text>
      <mj-button href="{{consoleUrl 'personTab' personId=beneficiaryId tab='propositions'}}" background-color="${PRIMARY}">Voir les propositions {{de personLabel}}</mj-button>
    </mj-column></mj-section>`,
  preview: {
    referentFirstName: 'Claire',
    headline: 'Karima B. a accepté la mission « Accueil à l’épicerie solidaire »',
    details: ['Prochaine étape : l’entretien à trois avec France Bénévolat.'],
    beneficiaryId: 'exemple',
    personLabel: 'Karima B.',
    appUrl: 'http://localhost:3000',
  },
});

export interface ReferentDigestMailData {
  referentFirstName: string;
  dateLabel: string;
  countLabel: string;
  lines: string[];
  appUrl: string;
}

/** The daily summary for referents who chose it instead of one email per event (since the last one). */
export const REFERENT_PROPOSAL_DIGEST_MAIL = defineMailTemplate<ReferentDigestMailData>({
  name: 'proposal.referent-digest',
  subject: 'Tremplin : {{countLabel}} sur vos propositions de mission',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{referentFirstName}},</mj-text>
      <mj-text>Au {{dateLabel}}, {{countLabel}} sur les missions que vous avez proposées :</mj-text>
      <mj-text><ul>{{#each lines}}<li>{{this}}</li>{{/each}}</ul></mj-text>
      <mj-button href="{{consoleUrl 'home'}}" background-color="${PRIMARY}">Ouvrir mon accueil Tremplin</mj-button>
    </mj-column></mj-section>`,
  preview: {
    referentFirstName: 'Claire',
    dateLabel: '02/03/2026',
    countLabel: '2 nouvelles',
    lines: [
      'Karima B. a accepté « Accueil à l’épicerie solidaire ».',
      'Paul M. a répondu non à « Tri de vêtements » (trop loin).',
    ],
    appUrl: 'http://localhost:3000',
  },
});

export const PROPOSAL_MAIL_TEMPLATES = [
  PROPOSAL_MAIL,
  PROPOSAL_REMINDER_MAIL,
  PROPOSAL_ACCEPTED_MAIL,
  PROPOSAL_WAITING_LIST_MAIL,
  PROPOSAL_WITHDRAWN_MAIL,
  ASSOCIATION_ACCEPTED_MAIL,
  REFERENT_NOTICE_MAIL,
  REFERENT_PROPOSAL_DIGEST_MAIL,
];

/** The personal message as paragraphs (blank lines and line breaks split it). */
export function messageParagraphs(message: string | null): string[] {
  if (!message) return [];
  return message
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}
