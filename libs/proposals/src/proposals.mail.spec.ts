import { MailRenderer } from '@tremplin/core';
import {
  PROPOSAL_ACCEPTED_MAIL,
  PROPOSAL_MAIL,
  PROPOSAL_MAIL_TEMPLATES,
  PROPOSAL_REMINDER_MAIL,
  messageParagraphs,
} from './proposals.mail';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('proposal emails', () => {
  const renderer = new MailRenderer(PROPOSAL_MAIL_TEMPLATES);

  it('render every template, in French, with an HTML and a plain-text part and nothing left unfilled', async () => {
    for (const template of PROPOSAL_MAIL_TEMPLATES) {
      const mail = await renderer.render(template.name, template.preview);
      expect(mail.html).toContain('<html lang="fr"');
      expect(mail.text.length).toBeGreaterThan(100);
      expect(mail.subject).not.toMatch(/\{\{|\}\}/);
      expect(mail.html).not.toMatch(/\{\{|\}\}/);
      expect(mail.text).not.toMatch(/[<>]\w/);
    }
  });

  it('shows who proposes, the message, the whole fiche and the two choices', async () => {
    const mail = await renderer.render(PROPOSAL_MAIL.name, PROPOSAL_MAIL.preview);
    const text = flat(mail.text);
    expect(mail.subject).toBe('Claire vous propose une mission bénévole : Accueil à l’épicerie solidaire');
    for (const expected of [
      'Bonjour Karima,',
      'Claire Martin, votre référent(e), vous propose une mission de bénévolat.',
      'Le message de Claire :',
      'comme on en a parlé mardi',
      'Ce que vous ferez : Accueillir les familles',
      'Où : Oyonnax (à 4 km de chez vous)',
      'Quand : Mardi et jeudi matin, à partir du 16/03/2026',
      'Combien de temps : Environ 4 heures par semaine, pendant 8 semaines',
      'Ce que vous allez apprendre :',
      'Travailler en équipe',
      'Et après ? Une formation',
      'Qui vous accueille : Martine',
      "Vous pouvez répondre jusqu'au 12/03/2026",
      'cela ne change rien à votre RSA',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('Je suis intéressé(e) [http://localhost:3000/p/exemple#oui]');
    expect(text).toContain('Non merci [http://localhost:3000/p/exemple#non]');
    expect(mail.html).toContain('href="http://localhost:3000/p/exemple#oui"');
    expect(mail.html).toContain('href="http://localhost:3000/p/exemple#non"');
  });

  it('leaves out the message block when the referent wrote none, and escapes what they wrote', async () => {
    const none = await renderer.render(PROPOSAL_MAIL.name, { ...PROPOSAL_MAIL.preview, messageParagraphs: [] });
    expect(none.text).not.toContain('Le message de');
    const hostile = await renderer.render(PROPOSAL_REMINDER_MAIL.name, {
      ...PROPOSAL_REMINDER_MAIL.preview,
      messageParagraphs: ['<a href="http://evil">clic</a>'],
    });
    expect(hostile.html).not.toContain('<a href="http://evil">');
    expect(hostile.subject).toBe('Rappel : une mission bénévole vous attend (Accueil à l’épicerie solidaire)');
  });

  it('gives the self-booking link on acceptance, and says when a place freed up', async () => {
    const accepted = await renderer.render(PROPOSAL_ACCEPTED_MAIL.name, PROPOSAL_ACCEPTED_MAIL.preview);
    expect(flat(accepted.text)).toContain('Choisir mon rendez-vous [http://localhost:3000/rdv/exemple]');
    expect(accepted.subject).toContain('vous êtes intéressé(e)');
    const promoted = await renderer.render(PROPOSAL_ACCEPTED_MAIL.name, {
      ...PROPOSAL_ACCEPTED_MAIL.preview,
      promoted: true,
    });
    expect(promoted.subject).toBe('Une place s’est libérée : Accueil à l’épicerie solidaire');
    expect(flat(promoted.text)).toContain("une place s'est libérée");
  });
});

describe(messageParagraphs.name, () => {
  it('splits on line breaks and drops blank lines', () => {
    expect(messageParagraphs('Bonjour,\n\n  À mardi !  \n')).toEqual(['Bonjour,', 'À mardi !']);
    expect(messageParagraphs(null)).toEqual([]);
  });
});
