import { defineMailTemplate } from '@tremplin/core';

const PRIMARY = '#00366d';

export interface AttestationMailData {
  firstName: string;
  hostName: string;
  missionTitle: string;
  /** « Accueil du public : pratique » */
  competencies: string[];
  pdfUrl: string;
  /** Last day the link works, « 12/09/2026 ». */
  linkValidUntil: string;
  verifyUrl: string;
}

/**
 * Sent to the beneficiary when a host attests competencies: plain words, one idea per line, the
 * personal link to the PDF of the whole passport.
 */
export const ATTESTATION_MAIL = defineMailTemplate<AttestationMailData>({
  name: 'passport.attestation',
  subject: 'Votre Passeport Bénévole : {{hostName}} atteste vos compétences',
  body: `
    <mj-section><mj-column>
      <mj-text font-size="20px" font-weight="bold">Bonjour {{firstName}},</mj-text>
      <mj-text>
        <p><strong>{{hostName}}</strong> atteste les compétences que vous avez montrées pendant la mission « {{missionTitle}} » :</p>
        <ul>{{#each competencies}}<li>{{this}}</li>{{/each}}</ul>
        <p>Elles sont inscrites dans votre <strong>Passeport Bénévole</strong>.</p>
      </mj-text>
      <mj-button href="{{pdfUrl}}" background-color="${PRIMARY}" color="#ffffff" width="100%">Télécharger mon Passeport Bénévole (PDF)</mj-button>
      <mj-text>
        <p>Vous pouvez le montrer à un employeur ou à un organisme de formation. Il peut vérifier qu'il est authentique grâce au QR code imprimé dessus, ou sur {{verifyUrl}}.</p>
        <p>Ce lien est personnel : ne le transférez pas. Il fonctionne jusqu'au {{linkValidUntil}}. Ensuite, demandez votre passeport à votre référent.</p>
      </mj-text>
      <mj-text font-size="14px">Vous recevez ce message parce que vous faites une mission bénévole avec le Département de l'Ain (Plan insertion 01).</mj-text>
    </mj-column></mj-section>`,
  preview: {
    firstName: 'Karima',
    hostName: 'Épicerie solidaire du Revermont',
    missionTitle: 'Accueil à l’épicerie solidaire',
    competencies: ['Accueil du public : pratique', 'Travailler en équipe : maîtrise'],
    pdfUrl: 'http://localhost:3000/passeport/eyJhbGciOi…',
    linkValidUntil: '12/09/2026',
    verifyUrl: 'http://localhost:3000/verify',
  },
});

export const PASSPORT_MAIL_TEMPLATES = [ATTESTATION_MAIL];
