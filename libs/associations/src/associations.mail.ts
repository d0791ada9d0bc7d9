import { defineMailTemplate } from '@tremplin/core';

export interface AssociationRegisteredMailData {
  firstName: string;
  associationName: string;
  email: string;
  appUrl: string;
}

/** Sent to the first member when an association registers. */
export const ASSOCIATION_REGISTERED_MAIL = defineMailTemplate<AssociationRegisteredMailData>({
  name: 'associations.registered',
  subject: 'Inscription de {{associationName}} sur Tremplin : en attente de validation',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>
        <p>L'inscription de <strong>{{associationName}}</strong> sur Tremplin, la plateforme du Plan insertion 01 de l'Ain, est bien enregistrée.</p>
        <p>Le service Insertion du Département va la vérifier. En attendant, vous pouvez déjà vous connecter avec votre adresse e-mail (<strong>{{email}}</strong>) et préparer vos fiches mission ; vous pourrez les soumettre à validation dès que votre association sera validée.</p>
      </mj-text>
      <mj-button href="{{appUrl}}" background-color="#00366d">Se connecter à Tremplin</mj-button>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Martine',
    associationName: 'Épicerie solidaire du Revermont',
    email: 'martine.lacroix@exemple.fr',
    appUrl: 'http://localhost:3000',
  },
});

export interface AssociationDecisionMailData {
  firstName: string;
  associationName: string;
  reason: string | null;
  appUrl: string;
}

/** Sent to every member when the service Insertion validates their association. */
export const ASSOCIATION_VALIDATED_MAIL = defineMailTemplate<AssociationDecisionMailData>({
  name: 'associations.validated',
  subject: '{{associationName}} est validée sur Tremplin',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>
        <p>Bonne nouvelle : le service Insertion du Département a validé <strong>{{associationName}}</strong>.</p>
        <p>Vous pouvez maintenant soumettre vos fiches mission : une fois publiées, les référents de parcours pourront les proposer à des personnes accompagnées.</p>
      </mj-text>
      <mj-button href="{{appUrl}}" background-color="#00366d">Publier une mission</mj-button>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Martine',
    associationName: 'Épicerie solidaire du Revermont',
    reason: null,
    appUrl: 'http://localhost:3000',
  },
});

/** Sent to every member when the service Insertion refuses their association, with the reason. */
export const ASSOCIATION_REJECTED_MAIL = defineMailTemplate<AssociationDecisionMailData>({
  name: 'associations.rejected',
  subject: "L'inscription de {{associationName}} n'a pas été validée",
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>
        <p>Le service Insertion du Département n'a pas pu valider l'inscription de <strong>{{associationName}}</strong> sur Tremplin, pour la raison suivante :</p>
        <p style="border-left:4px solid #00366d;padding-left:12px">{{reason}}</p>
        <p>Vous pouvez corriger les informations de votre association et contacter le service Insertion pour qu'il réexamine votre demande.</p>
      </mj-text>
      <mj-button href="{{appUrl}}" background-color="#00366d">Ouvrir Tremplin</mj-button>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Martine',
    associationName: 'Épicerie solidaire du Revermont',
    reason: 'Le numéro RNA indiqué ne correspond pas à votre association : merci de le vérifier.',
    appUrl: 'http://localhost:3000',
  },
});
