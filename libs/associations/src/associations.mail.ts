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
  subject: 'Inscription {{de associationName}} sur Tremplin : en attente de validation',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>
        <p>L'inscription <strong>{{de associationName}}</strong> sur Tremplin, la plateforme du Plan insertion 01 de l'Ain, est bien enregistrée.</p>
        <p>Le service Insertion du Département va la vérifier. En attendant, vous pouvez déjà vous connecter avec votre adresse e-mail (<strong>{{email}}</strong>) et préparer vos fiches mission ; vous pourrez les soumettre à validation dès que votre association sera validée.</p>
      </mj-text>
      <mj-button href="{{consoleUrl 'missions'}}" background-color="#00366d">Préparer mes fiches mission</mj-button>
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
      <mj-button href="{{consoleUrl 'newMission'}}" background-color="#00366d">Publier une mission</mj-button>
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
  subject: "L'inscription {{de associationName}} n'a pas été validée",
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>
        <p>Le service Insertion du Département n'a pas pu valider l'inscription <strong>{{de associationName}}</strong> sur Tremplin, pour la raison suivante :</p>
        <p style="border-left:4px solid #00366d;padding-left:12px">{{reason}}</p>
        <p>Vous pouvez corriger les informations de votre association et contacter le service Insertion pour qu'il réexamine votre demande.</p>
      </mj-text>
      <mj-button href="{{consoleUrl 'home'}}" background-color="#00366d">Ouvrir mon accueil Tremplin</mj-button>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Martine',
    associationName: 'Épicerie solidaire du Revermont',
    reason: 'Le numéro RNA indiqué ne correspond pas à votre association : merci de le vérifier.',
    appUrl: 'http://localhost:3000',
  },
});

export interface AssociationMemberInvitedMailData {
  firstName: string;
  /** The member who sent the invitation (« Martine Lacroix »), or the service Insertion. */
  inviterName: string;
  associationName: string;
  email: string;
  /** The console page where the person chooses their password (single use, expires). */
  passwordUrl: string;
  /** « 7 jours » */
  validity: string;
}

/**
 * Sent to a person a member of an association (or the service Insertion) invites to the
 * structure's accounts: as the administrator's invitation, the person chooses their own password.
 */
export const ASSOCIATION_MEMBER_INVITED_MAIL = defineMailTemplate<AssociationMemberInvitedMailData>({
  name: 'associations.member-invited',
  subject: '{{inviterName}} vous invite sur Tremplin pour le compte {{de associationName}}',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>
        <p>{{inviterName}} vous a ouvert un compte sur Tremplin, la plateforme du Plan insertion 01 de l'Ain, pour agir au nom {{de associationName}} : fiches mission, accueil des bénévoles et attestations de compétences.</p>
        <p>Votre identifiant est votre adresse e-mail : <strong>{{email}}</strong>. Pour commencer, choisissez votre mot de passe (le lien est valable {{validity}} et ne sert qu'une fois) :</p>
      </mj-text>
      <mj-button href="{{passwordUrl}}" background-color="#00366d">Choisir mon mot de passe</mj-button>
      <mj-text font-size="14px">Si le lien a expiré, utilisez « Mot de passe oublié » sur la page de connexion. Si vous n'attendiez pas ce message, ignorez-le : aucun accès n'est ouvert tant que le mot de passe n'est pas choisi.</mj-text>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Julien',
    inviterName: 'Martine Lacroix',
    associationName: 'Épicerie solidaire du Revermont',
    email: 'julien.perrin@exemple.fr',
    passwordUrl: 'http://localhost:3000/mot-de-passe/nouveau?jeton=exemple',
    validity: '7 jours',
  },
});
