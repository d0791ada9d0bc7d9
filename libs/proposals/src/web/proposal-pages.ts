import { definePage } from '@tremplin/core';
import type { MissionSheet } from '../domain/mission-sheet';

/**
 * The pages behind the links of a proposal email: server-rendered, French, plain words, usable
 * without JavaScript and with a screen reader (landmarks from the shared layout, one h1, labelled
 * sections, a fieldset with a legend for the reasons, buttons that say what they do).
 */

const SHEET = `
<section aria-labelledby="fiche">
  <h2 id="fiche">La mission : {{sheet.title}}</h2>
  <dl>
    <dt>Avec</dt><dd>{{sheet.associationName}}</dd>
    <dt>Ce que vous ferez</dt><dd>{{sheet.what}}</dd>
    <dt>Où</dt><dd>{{sheet.where}}{{#if sheet.address}}<br>Adresse : {{sheet.address}}{{/if}}</dd>
    {{#if sheet.when}}<dt>Quand</dt><dd>{{sheet.when}}</dd>{{/if}}
    {{#if sheet.howLong}}<dt>Combien de temps</dt><dd>{{sheet.howLong}}</dd>{{/if}}
    {{#if sheet.develops.length}}<dt>Ce que vous allez apprendre</dt><dd><ul>{{#each sheet.develops}}<li>{{this}}</li>{{/each}}</ul></dd>{{/if}}
    {{#if sheet.leadsTo}}<dt>Et après ?</dt><dd>{{sheet.leadsTo}}</dd>{{/if}}
    {{#if sheet.welcomeBy}}<dt>Qui vous accueille</dt><dd>{{sheet.welcomeBy}}</dd>{{/if}}
  </dl>
</section>`;

const STYLE = `<style>
  dl { margin: 0; } dt { font-weight: bold; margin-top: .75rem; } dd { margin: .15rem 0 0 0; }
  dd ul { margin: .2rem 0; padding-left: 1.2rem; }
  fieldset { border: 2px solid #00366d; border-radius: 6px; padding: .5rem 1rem 1rem; margin: 0 0 1rem; }
  legend { font-weight: bold; padding: 0 .3rem; }
  .choice { display: flex; align-items: center; gap: .6rem; margin: .5rem 0; }
  .choice input { width: 1.4rem; height: 1.4rem; margin: 0; }
  .choice label { display: inline; font-weight: normal; margin: 0; }
  blockquote { margin: .5rem 0 1rem; padding: .5rem 1rem; border-left: 6px solid #00366d; background: #f4f4f4; }
  section { margin-top: 1.5rem; }
  .answer button { width: 100%; }
</style>`;

export interface OpenPageData {
  firstName: string;
  referentName: string;
  referentFirstName: string;
  messageParagraphs: string[];
  sheet: MissionSheet;
  deadline: string;
  missionFull: boolean;
  acceptAction: string;
  declineAction: string;
  reasons: Array<{ value: string; label: string }>;
}

/** The proposal awaiting an answer: who proposes, the message, the fiche, and the two choices. */
export const OPEN_PAGE = definePage<OpenPageData>(
  'Une mission bénévole pour vous',
  `${STYLE}
<h1>Bonjour {{firstName}}, une mission bénévole pour vous</h1>
<p>{{referentName}}, votre référent(e), vous propose cette mission.</p>
{{#if messageParagraphs.length}}
<p><strong>Le message {{de referentFirstName}} :</strong></p>
<blockquote>{{#each messageParagraphs}}<p>{{this}}</p>{{/each}}</blockquote>
{{/if}}
{{#if missionFull}}
<p class="warning" role="status"><strong>Toutes les places sont prises pour le moment.</strong>
Si vous êtes intéressé(e), vous serez inscrit(e) sur la liste d'attente et nous vous écrirons si une place se libère.</p>
{{/if}}
${SHEET}
<section id="oui" class="answer" aria-labelledby="titre-oui">
  <h2 id="titre-oui">Cette mission vous intéresse ?</h2>
  <p>En disant oui, vous acceptez {{que sheet.associationName}} et France Bénévolat reçoivent votre prénom,
  votre adresse e-mail et votre téléphone, pour organiser un rendez-vous avec vous.</p>
  <form method="post" action="{{acceptAction}}">
    <button type="submit">Oui, je suis intéressé(e)</button>
  </form>
</section>
<section id="non" class="answer" aria-labelledby="titre-non">
  <h2 id="titre-non">Cette mission ne vous convient pas ?</h2>
  <form method="post" action="{{declineAction}}">
    <fieldset>
      <legend>Pouvez-vous nous dire pourquoi ? (ce n'est pas obligatoire)</legend>
      {{#each reasons}}
      <div class="choice"><input type="radio" id="raison-{{value}}" name="raison" value="{{value}}"><label for="raison-{{value}}">{{label}}</label></div>
      {{/each}}
    </fieldset>
    <button type="submit" class="secondary">Non merci</button>
  </form>
</section>
<p>Vous pouvez répondre jusqu'au <strong>{{deadline}}</strong>.</p>
<p class="notice">Le bénévolat est libre. Si vous dites non, cela ne change rien à votre RSA ni à votre accompagnement.</p>`,
);

export interface AcceptedPageData {
  firstName: string;
  referentName: string;
  sheet: MissionSheet;
  bookingUrl: string;
  /** True right after the answer (« Merci ! »), false when the page is opened again. */
  justAnswered: boolean;
}

/** A place is reserved: the next step is the tripartite interview, booked by the person. */
export const ACCEPTED_PAGE = definePage<AcceptedPageData>(
  'Votre place est réservée',
  `${STYLE}
<h1>{{#if justAnswered}}Merci {{firstName}} !{{else}}Bonjour {{firstName}},{{/if}} Votre place est réservée</h1>
<p class="notice" role="status">Vous avez dit oui à la mission <strong>{{sheet.title}}</strong> avec {{sheet.associationName}}.</p>
<section aria-labelledby="suite">
  <h2 id="suite">Et maintenant ?</h2>
  <ol>
    <li>Vous choisissez un rendez-vous à trois : vous, {{referentName}} et une personne de France Bénévolat.</li>
    <li>Pendant ce rendez-vous, vous préparez ensemble le début de la mission.</li>
    <li>Vous commencez la mission avec {{#if sheet.welcomeBy}}{{sheet.welcomeBy}}{{else}}l'association{{/if}}.</li>
  </ol>
  <p><a class="button" href="{{bookingUrl}}">Choisir mon rendez-vous</a></p>
  <p>Nous vous avons aussi envoyé ce lien par e-mail.</p>
</section>
${SHEET}`,
);

export interface WaitingListPageData {
  firstName: string;
  sheet: MissionSheet;
  rank: number | null;
  justAnswered: boolean;
}

export const WAITING_LIST_PAGE = definePage<WaitingListPageData>(
  "Vous êtes sur la liste d'attente",
  `${STYLE}
<h1>{{#if justAnswered}}Merci {{firstName}} !{{else}}Bonjour {{firstName}},{{/if}} Vous êtes sur la liste d'attente</h1>
<p class="notice" role="status">Toutes les places de la mission <strong>{{sheet.title}}</strong> sont prises pour le moment.
{{#if rank}}Vous êtes à la place <strong>n° {{rank}}</strong> sur la liste d'attente.{{/if}}</p>
<p>Si une place se libère, nous vous écrirons tout de suite. Vous n'avez rien d'autre à faire.</p>
${SHEET}`,
);

export interface DeclinedPageData {
  firstName: string;
  referentFirstName: string;
  missionTitle: string;
  justAnswered: boolean;
}

export const DECLINED_PAGE = definePage<DeclinedPageData>(
  'Votre réponse est enregistrée',
  `<h1>{{#if justAnswered}}Merci {{firstName}}, votre réponse est enregistrée{{else}}Bonjour {{firstName}}, vous avez déjà répondu{{/if}}</h1>
<p class="notice" role="status">Vous avez répondu « Non merci » à la mission <strong>{{missionTitle}}</strong>.</p>
<p>Cela ne change rien à votre RSA ni à votre accompagnement. {{referentFirstName}}, votre référent(e), pourra vous proposer une autre mission.</p>`,
);

/**
 * The one page for every link that cannot act: forged, truncated, expired, withdrawn, for a closed
 * mission or for another purpose. It says nothing about any proposal.
 */
export const INVALID_LINK_PAGE = definePage<Record<string, never>>(
  'Lien non valide',
  `<h1>Ce lien ne fonctionne plus</h1>
<p>Ce lien n'est pas valide ou la proposition n'est plus ouverte.</p>
<p>Si vous avez une question, contactez votre référent(e) de parcours : répondez simplement à l'e-mail que vous avez reçu.</p>`,
);
