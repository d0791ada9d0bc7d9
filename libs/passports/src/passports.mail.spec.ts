import { MailRenderer } from '@tremplin/core';
import { ATTESTATION_MAIL, PASSPORT_MAIL_TEMPLATES } from './passports.mail';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('passport emails', () => {
  const renderer = new MailRenderer(PASSPORT_MAIL_TEMPLATES);

  it('tell the person which competencies were attested and give the PDF link, in plain French', async () => {
    const mail = await renderer.render(ATTESTATION_MAIL.name, ATTESTATION_MAIL.preview);
    expect(mail.subject).toBe('Votre Passeport Bénévole : Épicerie solidaire du Revermont atteste vos compétences');
    expect(mail.html).toContain('<html lang="fr"');
    expect(mail.html).toContain(`href="${ATTESTATION_MAIL.preview.pdfUrl}"`);
    expect(mail.html).not.toMatch(/\{\{|\}\}/);
    const text = flat(mail.text);
    for (const expected of [
      'Bonjour Karima,',
      'Épicerie solidaire du Revermont atteste les compétences que vous avez montrées pendant la mission « Accueil à l’épicerie solidaire »',
      'Accueil du public : pratique',
      'Travailler en équipe : maîtrise',
      'Télécharger mon Passeport Bénévole (PDF)',
      "Il fonctionne jusqu'au 12/09/2026",
    ]) {
      expect(text).toContain(expected);
    }
  }, 30_000);
});
