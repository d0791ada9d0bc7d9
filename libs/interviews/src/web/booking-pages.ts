import { definePage } from '@tremplin/core';

export interface SlotChoice {
  slotId: string;
  /** « mardi 10 mars, 9 h – 9 h 45 » */
  time: string;
}

export interface PlaceGroup {
  label: string;
  /** Address, or « en visioconférence ». */
  where: string;
  /** « à 4 km de chez vous », or null. */
  distance: string | null;
  slots: SlotChoice[];
}

export interface BookingPageData {
  firstName: string;
  missionTitle: string;
  associationName: string;
  referentName: string;
  action: string;
  places: PlaceGroup[];
  error?: string | null;
}

/** The choice of a slot: one group per place (nearest first), radio buttons, one button. */
export const BOOKING_PAGE = definePage<BookingPageData>(
  'Choisir mon rendez-vous',
  `<h1>Choisir mon rendez-vous</h1>
  <p>Bonjour {{firstName}},</p>
  <p>Vous avez dit oui à la mission <strong>{{missionTitle}}</strong> avec {{associationName}}. Avant de commencer, un rendez-vous à trois est prévu : vous, {{referentName}}, votre référent(e), et une personne de France Bénévolat.</p>
  {{#if error}}<p class="warning" role="alert">{{error}}</p>{{/if}}
  {{#if places.length}}
  <form method="post" action="{{action}}">
    {{#each places}}
    <fieldset>
      <legend><strong>{{label}}</strong>{{#if distance}} — {{distance}}{{/if}}</legend>
      <p>{{where}}</p>
      {{#each slots}}
      <p><input type="radio" name="creneau" id="creneau-{{slotId}}" value="{{slotId}}" required> <label for="creneau-{{slotId}}" style="display:inline;font-weight:normal">{{time}}</label></p>
      {{/each}}
    </fieldset>
    {{/each}}
    <p><button type="submit">Réserver ce rendez-vous</button></p>
  </form>
  <p>Aucun horaire ne vous convient ? Répondez à l'e-mail {{de referentName}} : une solution sera trouvée avec vous.</p>
  {{else}}
  <p class="notice">Il n'y a pas de créneau libre qui corresponde à vos disponibilités pour le moment. {{referentName}} vous contactera pour fixer le rendez-vous.</p>
  {{/if}}`,
);

export interface BookedPageData {
  firstName: string;
  missionTitle: string;
  when: string;
  placeLabel: string;
  address: string | null;
  videoUrl: string | null;
  referentName: string;
  calendarUrl: string;
  justBooked: boolean;
}

/** The interview is booked: what, when, where, and the calendar file. */
export const BOOKED_PAGE = definePage<BookedPageData>(
  'Mon rendez-vous',
  `<h1>{{#if justBooked}}C'est réservé !{{else}}Mon rendez-vous{{/if}}</h1>
  <p>Bonjour {{firstName}},</p>
  <div class="notice">
    <p><strong>Quand :</strong> {{when}}</p>
    {{#if videoUrl}}<p><strong>Où :</strong> en visioconférence — <a href="{{videoUrl}}">lien de la visioconférence</a></p>{{else}}<p><strong>Où :</strong> {{placeLabel}}{{#if address}}, {{address}}{{/if}}</p>{{/if}}
    <p><strong>Pour la mission :</strong> {{missionTitle}}</p>
  </div>
  <p>Vous allez recevoir une invitation par e-mail, puis un rappel deux jours avant et deux heures avant.</p>
  <p><a class="button secondary" href="{{calendarUrl}}">Ajouter à mon agenda</a></p>
  <p>Un empêchement ? Prévenez {{referentName}} en répondant à son e-mail : un autre rendez-vous vous sera proposé.</p>`,
);

/** The same page for every dead end: forged, expired, or no longer usable (nothing is revealed). */
export const INVALID_BOOKING_LINK_PAGE = definePage<Record<string, never>>(
  'Lien invalide',
  `<h1>Ce lien ne fonctionne pas</h1>
  <p>Ce lien n'est pas valide ou a expiré.</p>
  <p>Pour fixer votre rendez-vous, contactez votre référent(e) : répondez simplement à son dernier e-mail.</p>`,
);
