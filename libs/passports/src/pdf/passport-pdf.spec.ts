import { PDFParse } from 'pdf-parse';
// pdf-parse's own engine: text items with their position on the page.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';
// The canvas pdf-parse renders with (its own dependency): decodes the page screenshot.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { EngagementStatus } from '../domain/engagement-status';
import { PassportEntry } from '../domain/passport-document';
import { QR_CODE_BOX, renderPassportPdf } from './passport-pdf';

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

const entry = (overrides: Partial<PassportEntry> = {}): PassportEntry => ({
  engagementId: 'e1',
  missionTitle: 'Épicerie solidaire : accueil et distribution',
  hostName: 'Les Restos du Cœur de l’Ain',
  hostCommune: 'Oyonnax',
  status: EngagementStatus.COMPLETED,
  startDate: '2026-03-16',
  endDate: '2026-05-29',
  plannedHours: 40,
  hoursDone: 38,
  competencies: [
    {
      code: 'TR_ACCUEIL',
      label: 'Accueil du public',
      level: 2,
      levelLabel: 'Pratique',
      comment: 'Très à l’écoute des familles',
    },
    { code: 'SE_EQUIPE', label: 'Travailler en équipe', level: 3, levelLabel: 'Maîtrise', comment: null },
  ],
  attestors: [{ name: 'Martine Durand', role: 'Présidente', attestedAt: new Date('2026-05-29T14:00:00Z') }],
  ...overrides,
});

const data = (entries: PassportEntry[]) => ({
  holderName: 'Karima Benali',
  issuedAt: new Date('2026-06-02T08:00:00Z'),
  entries,
  verificationCode: '7KQ2M9XD4TRB',
  verifyUrl: 'https://tremplin.ain.fr/verify/7KQ2M9XD4TRB',
});

/** Loading the PDF parser and its canvas takes a few seconds on a busy machine. */
const PARSER_LOAD = 30_000;

describe(renderPassportPdf.name, () => {
  it(
    'prints the holder, each mission with host, dates, hours, competencies, levels and attestor, and the code',
    async () => {
      const pdf = await renderPassportPdf(data([entry()]));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const { text, pages, title } = await textOf(pdf);
      expect(pages).toBe(1);
      expect(title).toBe('Passeport Bénévole — Karima Benali');
      for (const expected of [
        'PASSEPORT BÉNÉVOLE',
        'Titulaire : Karima Benali',
        'Document émis le 02/06/2026',
        'Épicerie solidaire : accueil et distribution',
        'Les Restos du Cœur de l’Ain (Oyonnax)',
        'Du 16/03/2026 au 29/05/2026',
        '38 heures de bénévolat',
        'Accueil du public — Pratique (2/3)',
        'Travailler en équipe — Maîtrise (3/3)',
        '« Très à l’écoute des familles »',
        'Attesté par Martine Durand, Présidente, le 29/05/2026',
        '7KQ2-M9XD-4TRB',
        'https://tremplin.ain.fr/verify/7KQ2M9XD4TRB',
      ]) {
        expect(text).toContain(expected);
      }
    },
    PARSER_LOAD,
  );

  it(
    'says when a mission is still running or was interrupted',
    async () => {
      const { text } = await textOf(
        await renderPassportPdf(
          data([
            entry({ engagementId: 'a', status: EngagementStatus.ACTIVE, endDate: null, hoursDone: null }),
            entry({
              engagementId: 'b',
              missionTitle: 'Jardin partagé',
              status: EngagementStatus.ABANDONED,
              hoursDone: 6,
            }),
          ]),
        ),
      );
      expect(text).toContain('Depuis le 16/03/2026 (mission en cours)');
      expect(text).toContain('40 heures prévues');
      expect(text).toContain('mission interrompue avant son terme');
      expect(text).toContain('6 heures de bénévolat');
    },
    PARSER_LOAD,
  );

  it(
    'flows onto more pages, with the code on each',
    async () => {
      const many = Array.from({ length: 9 }, (_, i) =>
        entry({ engagementId: `e${i}`, missionTitle: `Mission numéro ${i + 1}` }),
      );
      const { text, pages } = await textOf(await renderPassportPdf(data(many)));
      expect(pages).toBeGreaterThan(1);
      expect(text).toContain('Mission numéro 9');
      expect(text.match(/code de vérification 7KQ2-M9XD-4TRB — page \d\/\d/g)).toHaveLength(pages);
    },
    PARSER_LOAD,
  );

  it(
    'draws the QR code of the verification page: the rendered page shows the modules of that URL',
    async () => {
      const pdf = await renderPassportPdf(data([entry()]));
      const scale = 4;
      const parser = new PDFParse({ data: new Uint8Array(pdf) });
      let png: Uint8Array;
      try {
        const shot = await parser.getScreenshot({ scale, imageBuffer: true, partial: [1] });
        png = shot.pages[0].data;
      } finally {
        await parser.destroy();
      }
      const image = await loadImage(Buffer.from(png));
      const canvas = createCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height);
      const darkAt = (x: number, y: number) => {
        const i = (Math.round(y * scale) * image.width + Math.round(x * scale)) * 4;
        return pixels.data[i] + pixels.data[i + 1] + pixels.data[i + 2] < 384;
      };

      const { modules } = QRCode.create('https://tremplin.ain.fr/verify/7KQ2M9XD4TRB', { errorCorrectionLevel: 'M' });
      const cell = QR_CODE_BOX.size / (modules.size + QR_CODE_BOX.quietModules * 2);
      let mismatches = 0;
      for (let row = 0; row < modules.size; row++) {
        for (let col = 0; col < modules.size; col++) {
          const x = QR_CODE_BOX.x + (col + QR_CODE_BOX.quietModules + 0.5) * cell;
          const y = QR_CODE_BOX.y + (row + QR_CODE_BOX.quietModules + 0.5) * cell;
          if (darkAt(x, y) !== Boolean(modules.get(row, col))) mismatches++;
        }
      }
      expect(mismatches).toBe(0);
      // The quiet zone around the symbol stays white.
      expect(darkAt(QR_CODE_BOX.x + cell / 2, QR_CODE_BOX.y + cell / 2)).toBe(false);
    },
    PARSER_LOAD,
  );

  it(
    'prints the verification code under the QR code, as /verify says',
    async () => {
      const pdf = await renderPassportPdf(data([entry()]));
      const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
      try {
        const page = await document.getPage(1);
        const { height } = page.getViewport({ scale: 1 });
        const items = (await page.getTextContent()).items.flatMap((item) =>
          'str' in item ? [{ text: item.str, x: item.transform[4], top: height - item.transform[5] }] : [],
        );
        const qrBottom = QR_CODE_BOX.y + QR_CODE_BOX.size;
        const underQr = items.filter(
          (item) =>
            item.x >= QR_CODE_BOX.x - 10 &&
            item.x <= QR_CODE_BOX.x + QR_CODE_BOX.size &&
            item.top > qrBottom &&
            item.top < qrBottom + 30,
        );
        expect(underQr.map((item) => item.text).join(' ')).toContain('7KQ2-M9XD-4TRB');
      } finally {
        await document.destroy();
      }
    },
    PARSER_LOAD,
  );
});
