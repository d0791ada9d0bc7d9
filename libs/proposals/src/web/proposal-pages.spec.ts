import { PageRenderer } from '@tremplin/core';
import { DECLINE_REASON_LABELS, DeclineReason } from '../domain/answer-rules';
import { PROPOSAL_MAIL } from '../proposals.mail';
import {
  ACCEPTED_PAGE,
  DECLINED_PAGE,
  INVALID_LINK_PAGE,
  OPEN_PAGE,
  OpenPageData,
  WAITING_LIST_PAGE,
} from './proposal-pages';

const pages = new PageRenderer();
const sheet = PROPOSAL_MAIL.preview.sheet;
const open: OpenPageData = {
  firstName: 'Karima',
  referentName: 'Claire Martin',
  referentFirstName: 'Claire',
  messageParagraphs: ['À mardi !'],
  sheet,
  deadline: '12/03/2026',
  missionFull: false,
  acceptAction: '/p/jeton/accept',
  declineAction: '/p/jeton/decline',
  reasons: Object.values(DeclineReason).map((value) => ({ value, label: DECLINE_REASON_LABELS[value] })),
};

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

describe('proposal pages', () => {
  it('offer both choices as plain forms, with landmarks, one h1 and a label for every reason', () => {
    const html = pages.render(OPEN_PAGE, open);
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(/<header role="banner">/);
    expect(html).toMatch(/<main id="contenu" role="main">/);
    expect(html).toMatch(/<footer role="contentinfo">/);
    expect(count(html, /<h1>/g)).toBe(1);
    expect(html).not.toContain('<script');
    expect(html).toContain('<form method="post" action="/p/jeton/accept">');
    expect(html).toContain('<form method="post" action="/p/jeton/decline">');
    expect(html).toContain('<legend>Pouvez-vous nous dire pourquoi ?');
    for (const value of Object.values(DeclineReason)) {
      expect(html).toContain(`<input type="radio" id="raison-${value}" name="raison" value="${value}">`);
      expect(html).toContain(
        `<label for="raison-${value}">${DECLINE_REASON_LABELS[value].replace("'", '&#x27;')}</label>`,
      );
    }
    // The email's buttons land on these anchors.
    expect(html).toContain('id="oui"');
    expect(html).toContain('id="non"');
    expect(html).toContain('Oui, je suis intéressé(e)');
    expect(html).toContain('Non merci');
    expect(html).toContain('Oyonnax (à 4 km de chez vous)');
    expect(html).not.toContain('Toutes les places sont prises');
  });

  it('warns on a pending proposal that the mission is full', () => {
    expect(pages.render(OPEN_PAGE, { ...open, missionFull: true })).toContain('Toutes les places sont prises');
  });

  it('shows the next steps and the self-booking link once accepted', () => {
    const html = pages.render(ACCEPTED_PAGE, {
      firstName: 'Karima',
      referentName: 'Claire Martin',
      sheet,
      bookingUrl: 'http://x/rdv/jeton',
      justAnswered: true,
    });
    expect(html).toContain('Merci Karima !');
    expect(html).toContain('href="http://x/rdv/jeton"');
    expect(html).toContain('Choisir mon rendez-vous');
    expect(html).not.toContain('<form');
  });

  it('shows the rank on the waiting list, and a declined answer without any form', () => {
    const waiting = pages.render(WAITING_LIST_PAGE, { firstName: 'Karima', sheet, rank: 3, justAnswered: false });
    expect(waiting).toContain('n° 3');
    expect(waiting).not.toContain('<form');
    const declined = pages.render(DECLINED_PAGE, {
      firstName: 'Karima',
      referentFirstName: 'Claire',
      missionTitle: sheet.title,
      justAnswered: false,
    });
    expect(declined).toContain('vous avez déjà répondu');
    expect(declined).not.toContain('<form');
  });

  it('has one neutral page for dead links, naming nothing', () => {
    const html = pages.render(INVALID_LINK_PAGE, {});
    expect(html).toContain('Ce lien ne fonctionne plus');
    expect(html).not.toMatch(/mission :|Karima|Claire/);
  });
});

describe('proposal pages: French elision', () => {
  it('elides and contracts around the names they show', () => {
    const html = pages.render(OPEN_PAGE, {
      ...open,
      referentFirstName: 'Amandine',
      sheet: { ...sheet, associationName: 'Épicerie solidaire du Revermont' },
    });
    expect(html).toContain('Le message d’Amandine :');
    expect(html).toContain('vous acceptez qu’Épicerie solidaire du Revermont et France Bénévolat');
  });
});
