import { defineMailTemplate } from '@tremplin/core';

export interface WelcomeMailData {
  firstName: string;
  roleLabel: string;
  email: string;
  appUrl: string;
}

/** Sent to a staff member when an administrator creates their account. No password in it. */
export const WELCOME_MAIL = defineMailTemplate<WelcomeMailData>({
  name: 'identity.welcome',
  subject: 'Votre compte Tremplin est ouvert',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>
        <p>Un compte <strong>{{roleLabel}}</strong> vient d'être ouvert pour vous sur Tremplin, la plateforme du Plan insertion 01 de l'Ain.</p>
        <p>Votre identifiant est votre adresse e-mail : <strong>{{email}}</strong>. Votre mot de passe vous est communiqué par le service Insertion du Département.</p>
      </mj-text>
      <mj-button href="{{appUrl}}" background-color="#00366d">Se connecter à Tremplin</mj-button>
      <mj-text font-size="14px">Si vous n'attendiez pas ce message, vous pouvez l'ignorer et prévenir le service Insertion.</mj-text>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Camille',
    roleLabel: 'référent(e) de parcours',
    email: 'camille.martin@ain.fr',
    appUrl: 'http://localhost:3000',
  },
});

export const ROLE_LABELS: Record<string, string> = {
  ADMIN: 'administrateur(trice)',
  REFERENT: 'référent(e) de parcours',
  COORDINATOR: 'coordinateur(trice) France Bénévolat',
  ASSOCIATION: "membre d'une structure d'accueil",
};
