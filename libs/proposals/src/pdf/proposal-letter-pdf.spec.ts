import { PDFParse } from 'pdf-parse';
import { renderProposalLetterPdf, type ProposalLetterData } from './proposal-letter-pdf';

async function textOf(pdf: Buffer): Promise<{ text: string; pages: number; title: string }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return { text: text.text.replace(/\s+/g, ' '), pages: text.total, title: String(info.info?.Title ?? '') };
  } finally {
    await parser.destroy();
  }
}

const ANSWER_URL = 'https://tremplin.ain.fr/p/eyJwIjoicHJvcG9zYWwuYW5zd2VyIn0.eyJzIjoiMTIzIn0.c2lnbmF0dXJl';

const data = (overrides: Partial<ProposalLetterData> = {}): ProposalLetterData => ({
  personName: 'Joël Perrin',
  firstName: 'Joël',
  referentName: 'Claire Martin',
  referentFirstName: 'Claire',
  messageParagraphs: ['Bonjour Joël, voici la mission dont on a parlé.'],
  sheet: {
    title: 'Accueil à l’épicerie solidaire',
    associationName: 'Épicerie solidaire du Haut-Bugey',
    what: 'Accueillir les familles et ranger les rayons avec l’équipe.',
    where: 'Oyonnax (à 4 km de chez vous)',
    address: '12 rue Anatole France',
    when: 'Mardi et jeudi matin, à partir du 16/03/2026',
    howLong: 'Environ 4 heures par semaine, pendant 8 semaines',
    develops: ['Travailler en équipe', 'Accueillir le public'],
    leadsTo: 'Une formation d’agent(e) d’accueil.',
    welcomeBy: 'Martine',
  },
  answerUrl: ANSWER_URL,
  deadline: '12/03/2026',
  printedOn: '02/03/2026',
  ...overrides,
});

/** Loading the PDF parser takes a few seconds on a busy machine. */
const PARSER_LOAD = 30_000;

describe(renderProposalLetterPdf.name, () => {
  it(
    'prints, on one page, the message, the fiche mission, the deadline and the address of the answer page',
    async () => {
      const pdf = await renderProposalLetterPdf(data());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const { text, pages, title } = await textOf(pdf);
      expect(pages).toBe(1);
      expect(title).toBe('Proposition de mission bénévole — Accueil à l’épicerie solidaire');
      for (const expected of [
        'Bonjour Joël,',
        'Claire Martin, votre référent(e), vous propose une mission de bénévolat.',
        'Le message de Claire :',
        'Bonjour Joël, voici la mission dont on a parlé.',
        'La mission : Accueil à l’épicerie solidaire',
        'Avec : Épicerie solidaire du Haut-Bugey',
        'Où : Oyonnax (à 4 km de chez vous) — 12 rue Anatole France',
        'Ce que vous allez apprendre : Travailler en équipe, Accueillir le public',
        'Qui vous accueille : Martine',
        'Vous pouvez répondre jusqu’au 12/03/2026.',
        'cela ne change rien à votre RSA',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text.replace(/\s/g, '')).toContain(ANSWER_URL);
    },
    PARSER_LOAD,
  );

  it(
    'leaves out what the mission does not say and the message when there is none',
    async () => {
      const { text } = await textOf(
        await renderProposalLetterPdf(
          data({ messageParagraphs: [], sheet: { ...data().sheet, when: null, leadsTo: null, develops: [] } }),
        ),
      );
      expect(text).not.toContain('Le message de');
      expect(text).not.toContain('Quand :');
      expect(text).not.toContain('Et après ?');
      expect(text).not.toContain('Ce que vous allez apprendre');
    },
    PARSER_LOAD,
  );
});
