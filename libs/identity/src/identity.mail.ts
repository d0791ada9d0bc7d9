import { defineMailTemplate } from '@tremplin/core';

export interface WelcomeMailData {
  firstName: string;
  roleLabel: string;
  email: string;
  /** The console page where the person chooses their password (single use, expires). */
  passwordUrl: string;
  /** « 7 jours » */
  validity: string;
}

/**
 * Sent to a staff member when an administrator opens their account: the person chooses their own
 * password from the link (nobody else ever chooses or sees it).
 */
export const WELCOME_MAIL = defineMailTemplate<WelcomeMailData>({
  name: 'identity.welcome',
  subject: 'Votre compte Tremplin est ouvert : choisissez votre mot de passe',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>
        <p>Un compte <strong>{{roleLabel}}</strong> vient d'être ouvert pour vous sur Tremplin, la plateforme du Plan insertion 01 de l'Ain.</p>
        <p>Votre identifiant est votre adresse e-mail : <strong>{{email}}</strong>. Pour commencer, choisissez votre mot de passe (le lien est valable {{validity}} et ne sert qu'une fois) :</p>
      </mj-text>
      <mj-button href="{{passwordUrl}}" background-color="#0a4a6e">Choisir mon mot de passe</mj-button>
      <mj-text font-size="14px">Si le lien a expiré, utilisez « Mot de passe oublié » sur la page de connexion. Si vous n'attendiez pas ce message, ignorez-le et prévenez le service Insertion du Département.</mj-text>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Camille',
    roleLabel: 'référent(e) de parcours',
    email: 'camille.martin@ain.fr',
    passwordUrl: 'http://localhost:3000/mot-de-passe/nouveau?jeton=exemple',
    validity: '7 jours',
  },
});

export interface PasswordResetMailData {
  firstName: string;
  passwordUrl: string;
  /** « 1 heure » */
  validity: string;
}

/** Sent on « Mot de passe oublié » to an active account (nothing is sent for an unknown address). */
export const PASSWORD_RESET_MAIL = defineMailTemplate<PasswordResetMailData>({
  name: 'identity.password-reset',
  subject: 'Tremplin : choisir un nouveau mot de passe',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>
        <p>Vous avez demandé à changer votre mot de passe Tremplin. Le lien ci-dessous est valable {{validity}} et ne sert qu'une fois :</p>
      </mj-text>
      <mj-button href="{{passwordUrl}}" background-color="#0a4a6e">Choisir un nouveau mot de passe</mj-button>
      <mj-text font-size="14px">Vous n'avez rien demandé ? Ignorez ce message : votre mot de passe actuel reste valable.</mj-text>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Camille',
    passwordUrl: 'http://localhost:3000/mot-de-passe/nouveau?jeton=exemple',
    validity: '1 heure',
  },
});

export const IDENTITY_MAIL_TEMPLATES = [WELCOME_MAIL, PASSWORD_RESET_MAIL];

export const ROLE_LABELS: Record<string, string> = {
  ADMIN: 'administrateur(trice)',
  REFERENT: 'référent(e) de parcours',
  COORDINATOR: 'coordinateur(trice) France Bénévolat',
  ASSOCIATION: "membre d'une structure d'accueil",
};
