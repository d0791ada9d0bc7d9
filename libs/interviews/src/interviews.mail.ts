import { defineMailTemplate } from '@tremplin/core';

/**
 * The emails of the interviews domain. The same templates go to the beneficiary (plain words, a
 * short note on how to change the date) and to the staff (who the person is, the mission). The
 * invitation and the cancellation carry the calendar file (.ics) as attachment and as the
 * text/calendar part that mail clients turn into an « add to calendar » button.
 */

const PRIMARY = '#00366d';

export interface InterviewMailData {
  firstName: string;
  /** The beneficiary's own copy (plain words, « votre rendez-vous »). */
  forBeneficiary: boolean;
  beneficiaryName: string;
  missionTitle: string;
  associationName: string;
  /** « mardi 10 mars 2026 de 9 h à 9 h 45 » */
  when: string;
  placeLabel: string;
  address: string | null;
  videoUrl: string | null;
  referentName: string;
  coordinatorName: string;
  /** For a move: the date it had before. */
  previousWhen?: string | null;
  /** For a cancellation. */
  reason?: string | null;
  /** For a reminder: « dans deux jours », « dans deux heures ». */
  delay?: string | null;
  /** The console's address for the staff's button; null for the beneficiary and the welcome contact. */
  appUrl?: string | null;
  /**
   * The référent's copy: the button opens the interviews of the person's file (the coordinator's
   * opens the interview itself).
   */
  forReferent?: boolean;
  interviewId: string;
  beneficiaryId: string;
}

const DETAILS = `
  <mj-section background-color="#eef3f9" padding="8px 16px">
    <mj-column>
      <mj-text>
        <p><strong>Quand :</strong> {{when}}</p>
        {{#if videoUrl}}<p><strong>Où :</strong> en visioconférence — <a href="{{videoUrl}}">rejoindre la visioconférence</a></p>{{else}}<p><strong>Où :</strong> {{placeLabel}}{{#if address}}<br>{{address}}{{/if}}</p>{{/if}}
        <p><strong>Pour la mission :</strong> {{missionTitle}} ({{associationName}})</p>
        <p><strong>Avec :</strong> {{#if forBeneficiary}}{{referentName}}, votre référent(e), et {{coordinatorName}}, de France Bénévolat{{else}}{{beneficiaryName}}, {{referentName}} (référent de parcours) et {{coordinatorName}} (France Bénévolat){{/if}}</p>
      </mj-text>
    </mj-column>
  </mj-section>`;

const FOOTER = `
  <mj-section padding="8px 16px">
    <mj-column>
      <mj-raw>{{#if forBeneficiary}}</mj-raw>
      <mj-text>Un empêchement ? Prévenez {{referentName}} au plus tôt en répondant à ce message : un autre rendez-vous vous sera proposé.</mj-text>
      <mj-raw>{{else}}</mj-raw>
      <mj-text font-size="15px">Le fichier joint ajoute le rendez-vous à votre agenda. Pour le déplacer ou l'annuler : Tremplin, rubrique des entretiens.</mj-text>
      <mj-raw>{{#if appUrl}}{{#if forReferent}}</mj-raw><mj-button href="{{consoleUrl 'personTab' personId=beneficiaryId tab='entretiens'}}" background-color="${PRIMARY}" color="#ffffff">Voir les entretiens {{de beneficiaryName}}</mj-button><mj-raw>{{else}}</mj-raw><mj-button href="{{consoleUrl 'interview' interviewId=interviewId}}" background-color="${PRIMARY}" color="#ffffff">Ouvrir l’entretien</mj-button><mj-raw>{{/if}}{{/if}}</mj-raw>
      <mj-raw>{{/if}}</mj-raw>
    </mj-column>
  </mj-section>`;

const PREVIEW: InterviewMailData = {
  firstName: 'Karima',
  forBeneficiary: true,
  beneficiaryName: 'Karima Benali',
  missionTitle: 'Accueil à l’épicerie solidaire',
  associationName: 'Épicerie solidaire du Haut-Bugey',
  when: 'mardi 10 mars 2026 de 9 h à 9 h 45',
  placeLabel: 'France Bénévolat Ain',
  address: '4 allée des Brotteaux, 01000 Bourg-en-Bresse',
  videoUrl: null,
  referentName: 'Claire Martin',
  coordinatorName: 'Léa Dupont',
  previousWhen: null,
  reason: null,
  delay: null,
  appUrl: null,
  forReferent: false,
  interviewId: 'exemple',
  beneficiaryId: 'exemple',
};

/** A new interview, or one moved to another date (`previousWhen`): the calendar invitation. */
export const INTERVIEW_INVITATION_MAIL = defineMailTemplate<InterviewMailData>({
  name: 'interview.invitation',
  subject:
    '{{#if previousWhen}}Rendez-vous déplacé{{else}}Rendez-vous{{/if}} : entretien pour la mission « {{missionTitle}} », {{when}}',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-raw>{{#if previousWhen}}</mj-raw>
      <mj-text>L'entretien prévu le {{previousWhen}} est <strong>déplacé</strong>. Voici la nouvelle date.</mj-text>
      <mj-raw>{{else}}</mj-raw>
      <mj-raw>{{#if forBeneficiary}}</mj-raw>
      <mj-text>Votre rendez-vous est fixé. C'est un entretien à trois pour bien préparer votre mission de bénévolat : vous, votre référent(e) et une personne de France Bénévolat.</mj-text>
      <mj-raw>{{else}}</mj-raw>
      <mj-text>Un entretien tripartite est planifié pour la mission « {{missionTitle}} ».</mj-text>
      <mj-raw>{{/if}}</mj-raw>
      <mj-raw>{{/if}}</mj-raw>
    </mj-column></mj-section>
    ${DETAILS}
    ${FOOTER}`,
  preview: PREVIEW,
});

/** The interview will not take place (METHOD:CANCEL in the attachment). */
export const INTERVIEW_CANCELLED_MAIL = defineMailTemplate<InterviewMailData>({
  name: 'interview.cancelled',
  subject: 'Rendez-vous annulé : entretien du {{when}}',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>L'entretien prévu le <strong>{{when}}</strong> pour la mission « {{missionTitle}} » est <strong>annulé</strong>.</mj-text>
      <mj-raw>{{#if reason}}</mj-raw><mj-text>Motif : {{reason}}</mj-text><mj-raw>{{/if}}</mj-raw>
      <mj-raw>{{#if forBeneficiary}}</mj-raw>
      <mj-text>{{referentName}}, votre référent(e), reviendra vers vous. Une question ? Répondez à ce message.</mj-text>
      <mj-raw>{{else}}</mj-raw>
      <mj-text font-size="15px">Le fichier joint retire le rendez-vous de votre agenda.</mj-text>
      <mj-raw>{{/if}}</mj-raw>
    </mj-column></mj-section>`,
  preview: { ...PREVIEW, reason: 'La coordinatrice est absente ce jour-là.' },
});

/** 48 h and 2 h before. */
export const INTERVIEW_REMINDER_MAIL = defineMailTemplate<InterviewMailData>({
  name: 'interview.reminder',
  subject: 'Rappel : entretien {{delay}} ({{when}})',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-raw>{{#if forBeneficiary}}</mj-raw>
      <mj-text>Petit rappel : votre rendez-vous pour la mission « {{missionTitle}} » a lieu <strong>{{delay}}</strong>.</mj-text>
      <mj-raw>{{else}}</mj-raw>
      <mj-text>Rappel : l'entretien tripartite avec {{beneficiaryName}} a lieu <strong>{{delay}}</strong>.</mj-text>
      <mj-raw>{{/if}}</mj-raw>
    </mj-column></mj-section>
    ${DETAILS}
    ${FOOTER}`,
  preview: { ...PREVIEW, delay: 'dans deux jours' },
});

/** What happened to the interview that the association hears of. */
export type AssociationInterviewChange = 'booked' | 'moved' | 'cancelled';

export interface AssociationInterviewMailData {
  memberFirstName: string;
  /** The person's first name: all an association reads of the person's identity. */
  personFirstName: string;
  missionTitle: string;
  /** « mardi 10 mars 2026 de 9 h à 9 h 45 »: the new date, or the date cancelled. */
  when: string;
  /** For a move: the date it had before. */
  previousWhen: string | null;
  /** Where France Bénévolat holds it (« CDS Oyonnax », « Visioconférence »). */
  placeLabel: string;
  moved: boolean;
  cancelled: boolean;
  appUrl: string;
}

/**
 * To each member of the association when the interview of a person who accepted one of its
 * missions is booked, moved or cancelled (the acceptance email promised it). First name only; no
 * cancellation reason, which may tell a fact of the person's life.
 */
export const ASSOCIATION_INTERVIEW_MAIL = defineMailTemplate<AssociationInterviewMailData>({
  name: 'interview.association-notice',
  subject:
    'Entretien {{de personFirstName}} {{#if cancelled}}annulé{{else}}{{#if moved}}déplacé au {{when}}{{else}}fixé au {{when}}{{/if}}{{/if}} (mission « {{missionTitle}} »)',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{memberFirstName}},</mj-text>
      <mj-raw>{{#if cancelled}}</mj-raw>
      <mj-text>L’entretien tripartite {{de personFirstName}} prévu le <strong>{{when}}</strong> pour la mission « {{missionTitle}} » est <strong>annulé</strong>. Si un nouveau rendez-vous est fixé, vous en serez prévenu(e).</mj-text>
      <mj-raw>{{else}}{{#if moved}}</mj-raw>
      <mj-text>L’entretien tripartite {{de personFirstName}} pour la mission « {{missionTitle}} », prévu le {{previousWhen}}, est <strong>déplacé</strong> au <strong>{{when}}</strong> ({{placeLabel}}).</mj-text>
      <mj-raw>{{else}}</mj-raw>
      <mj-text>L’entretien tripartite {{de personFirstName}} (avec son référent de parcours et France Bénévolat) pour la mission « {{missionTitle}} » est fixé au <strong>{{when}}</strong> ({{placeLabel}}). Une fois l’entretien réalisé, vous pourrez démarrer la mission depuis la page Bénévoles.</mj-text>
      <mj-raw>{{/if}}{{/if}}</mj-raw>
      <mj-button href="{{consoleUrl 'volunteers'}}" background-color="${PRIMARY}" color="#ffffff">Voir mes bénévoles</mj-button>
    </mj-column></mj-section>`,
  preview: {
    memberFirstName: 'Martine',
    personFirstName: 'Karima',
    missionTitle: 'Accueil à l’épicerie solidaire',
    when: 'mardi 10 mars 2026 de 9 h à 9 h 45',
    previousWhen: null,
    placeLabel: 'France Bénévolat Ain',
    moved: false,
    cancelled: false,
    appUrl: 'http://localhost:3000',
  },
});

export interface BookingNudgeMailData {
  firstName: string;
  missionTitle: string;
  associationName: string;
  referentName: string;
  bookingUrl: string;
  /** A few of the nearest free slots, as a foretaste (« mardi 10 mars, 9 h — France Bénévolat Ain »). */
  slots: string[];
}

/** To a beneficiary who said yes a few days ago and has not booked their interview yet. */
export const INTERVIEW_BOOKING_NUDGE_MAIL = defineMailTemplate<BookingNudgeMailData>({
  name: 'interview.booking-nudge',
  subject: 'Choisissez votre rendez-vous pour la mission « {{missionTitle}} »',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>Vous avez dit oui à la mission <strong>{{missionTitle}}</strong> avec {{associationName}}. Merci !</mj-text>
      <mj-text>Il reste une étape avant de commencer : un rendez-vous à trois, avec {{referentName}} et une personne de France Bénévolat. Choisissez le jour et l'heure qui vous conviennent.</mj-text>
      <mj-raw>{{#if slots.length}}</mj-raw>
      <mj-text>Par exemple :<ul>{{#each slots}}<li>{{this}}</li>{{/each}}</ul></mj-text>
      <mj-raw>{{/if}}</mj-raw>
      <mj-button href="{{bookingUrl}}" background-color="${PRIMARY}" color="#ffffff" width="100%">Choisir mon rendez-vous</mj-button>
      <mj-text>Aucun horaire ne vous convient ? Répondez à ce message : {{referentName}} trouvera une solution avec vous.</mj-text>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Karima',
    missionTitle: 'Accueil à l’épicerie solidaire',
    associationName: 'Épicerie solidaire du Haut-Bugey',
    referentName: 'Claire Martin',
    bookingUrl: 'http://localhost:3000/rdv/exemple',
    slots: ['mardi 10 mars, 9 h — CDS Oyonnax', 'jeudi 12 mars, 14 h — France Bénévolat Ain'],
  },
});

export const INTERVIEW_MAIL_TEMPLATES = [
  INTERVIEW_INVITATION_MAIL,
  INTERVIEW_CANCELLED_MAIL,
  INTERVIEW_REMINDER_MAIL,
  INTERVIEW_BOOKING_NUDGE_MAIL,
  ASSOCIATION_INTERVIEW_MAIL,
];
