import { formatDateFr } from '@tremplin/beneficiaries';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { LEVEL_DESCRIPTIONS, LEVEL_LABELS, MAX_LEVEL } from '../domain/competency-level';
import { EngagementStatus } from '../domain/engagement-status';
import { PassportEntry } from '../domain/passport-document';
import { formatVerificationCode } from '../domain/verification-code';

/** What the PDF prints: the holder, the entries, and the verification code with its page. */
export interface PassportPdfData {
  holderName: string;
  /** When this document was issued (the verification code's date). */
  issuedAt: Date;
  entries: readonly PassportEntry[];
  verificationCode: string;
  /** `${APP_URL}/verify/<code>`, also in the QR code. */
  verifyUrl: string;
}

const BLUE = '#00366d';
const GREY = '#555555';
const LIGHT = '#eef3f9';
const MARGIN = 50;
const QR_SIZE = 92;
const FOOTER_HEIGHT = 40;
const A4_WIDTH = 595.28;

/** Where the QR code sits on the first page, in PDF points from the top left corner. */
export const QR_CODE_BOX = { x: A4_WIDTH - MARGIN - QR_SIZE, y: MARGIN - 4, size: QR_SIZE, quietModules: 2 };

/**
 * The standard PDF fonts (Helvetica) encode WinAnsi: French letters, « », ’ and œ are there;
 * narrow and non-breaking spaces are not, so they become plain spaces.
 */
const printable = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

const dateOf = (instant: Date) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(instant);

const plural = (n: number) => (n > 1 ? 's' : '');
const hours = (n: number) => `${n} heure${plural(n)}`;

function periodOf(entry: PassportEntry): string {
  if (entry.endDate) return `Du ${formatDateFr(entry.startDate)} au ${formatDateFr(entry.endDate)}`;
  return `Depuis le ${formatDateFr(entry.startDate)} (mission en cours)`;
}

function hoursOf(entry: PassportEntry): string {
  if (entry.hoursDone !== null) return `${hours(entry.hoursDone)} de bénévolat`;
  return `${hours(entry.plannedHours)} prévue${plural(entry.plannedHours)}`;
}

/** Draws the QR code as vector squares: sharp at any zoom, and no image decoding. */
function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = QR_CODE_BOX.quietModules;
  const cell = size / (modules.size + quiet * 2);
  doc.save().rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill().restore();
}

/**
 * Renders the Passeport Bénévole: a title band, the holder, one block per mission (host, dates,
 * hours, competencies with their level and comment, who attested), the level scale, and on
 * every page the verification code; the first page carries the QR code of the verification page.
 */
export async function renderPassportPdf(data: PassportPdfData): Promise<Buffer> {
  const code = formatVerificationCode(data.verificationCode);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_HEIGHT, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: printable(`Passeport Bénévole — ${data.holderName}`),
      Author: 'Tremplin — Département de l’Ain',
      Subject: `Compétences attestées — code de vérification ${code}`,
      Creator: 'Tremplin',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGIN * 2;
  const textWidth = width - QR_SIZE - 16;

  // Title band and QR code.
  doc
    .font('Helvetica-Bold')
    .fontSize(24)
    .fillColor(BLUE)
    .text('PASSEPORT BÉNÉVOLE', MARGIN, MARGIN, { width: textWidth });
  doc
    .moveDown(0.2)
    .font('Helvetica')
    .fontSize(10.5)
    .fillColor(GREY)
    .text(
      printable(
        "Compétences attestées par les structures d'accueil au cours de missions bénévoles — Département de l'Ain, Plan insertion 01, action « Actif aujourd'hui pour un emploi demain ».",
      ),
      { width: textWidth },
    );
  drawQrCode(doc, data.verifyUrl, QR_CODE_BOX.x, QR_CODE_BOX.y, QR_CODE_BOX.size);
  doc
    .font('Helvetica')
    .fontSize(7.5)
    .fillColor(GREY)
    .text('Scannez pour vérifier', MARGIN + width - QR_SIZE, MARGIN + QR_SIZE - 2, { width: QR_SIZE, align: 'center' });

  doc.y = Math.max(doc.y, MARGIN + QR_SIZE + 14);
  doc.x = MARGIN;
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .lineWidth(1.5)
    .strokeColor(BLUE)
    .stroke();
  doc.moveDown(0.8);
  doc.font('Helvetica').fontSize(12).fillColor('#1e1e1e').text('Titulaire : ', { continued: true });
  doc.font('Helvetica-Bold').text(printable(data.holderName));
  doc
    .font('Helvetica')
    .fontSize(10.5)
    .fillColor(GREY)
    .text(
      `Document émis le ${dateOf(data.issuedAt)} — ${data.entries.length} mission${data.entries.length > 1 ? 's' : ''} — code de vérification ${code}`,
    );
  doc.moveDown(1);

  for (const entry of data.entries) {
    // Keep a mission's heading with at least its first competencies.
    if (doc.y > doc.page.height - doc.page.margins.bottom - 150) doc.addPage();
    const top = doc.y;
    doc.rect(MARGIN, top, width, 22).fill(LIGHT);
    doc
      .font('Helvetica-Bold')
      .fontSize(13)
      .fillColor(BLUE)
      .text(printable(entry.missionTitle), MARGIN + 8, top + 5, { width: width - 16 });
    doc.moveDown(0.5);
    doc.x = MARGIN + 8;
    const line = (label: string, value: string) =>
      doc
        .font('Helvetica-Bold')
        .fontSize(10.5)
        .fillColor('#1e1e1e')
        .text(`${label} : `, { continued: true, width: width - 16 })
        .font('Helvetica')
        .text(printable(value));
    line("Structure d'accueil", entry.hostCommune ? `${entry.hostName} (${entry.hostCommune})` : entry.hostName);
    line('Période', periodOf(entry));
    line('Durée', hoursOf(entry));
    if (entry.status === EngagementStatus.ABANDONED) line('Statut', 'mission interrompue avant son terme');
    doc.moveDown(0.4);
    doc
      .font('Helvetica-Bold')
      .fontSize(10.5)
      .fillColor(BLUE)
      .text('Compétences attestées', { width: width - 16 });
    doc.moveDown(0.2);
    for (const competency of entry.competencies) {
      doc
        .font('Helvetica')
        .fontSize(10.5)
        .fillColor('#1e1e1e')
        .text(`•  ${printable(competency.label)} — `, MARGIN + 14, doc.y, { continued: true, width: width - 28 })
        .font('Helvetica-Bold')
        .text(`${competency.levelLabel} (${competency.level}/${MAX_LEVEL})`);
      if (competency.comment) {
        doc
          .font('Helvetica-Oblique')
          .fontSize(9.5)
          .fillColor(GREY)
          .text(printable(`« ${competency.comment} »`), MARGIN + 26, doc.y, { width: width - 40 });
      }
    }
    doc.moveDown(0.3);
    const attestors = entry.attestors.map((a) => `${a.name}, ${a.role}, le ${dateOf(a.attestedAt)}`).join(' ; ');
    doc
      .font('Helvetica')
      .fontSize(9.5)
      .fillColor(GREY)
      .text(printable(`Attesté par ${attestors}.`), MARGIN + 8, doc.y, { width: width - 16 });
    doc.moveDown(1.2);
    doc.x = MARGIN;
  }

  if (doc.y > doc.page.height - doc.page.margins.bottom - 110) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(10.5).fillColor(BLUE).text('Niveaux', MARGIN, doc.y, { width });
  for (const level of [1, 2, 3] as const) {
    doc
      .font('Helvetica-Bold')
      .fontSize(9.5)
      .fillColor('#1e1e1e')
      .text(`${level} — ${LEVEL_LABELS[level]} : `, { continued: true, width })
      .font('Helvetica')
      .text(printable(`la personne ${LEVEL_DESCRIPTIONS[level]}.`));
  }
  doc.moveDown(0.6);
  doc
    .font('Helvetica')
    .fontSize(9.5)
    .fillColor(GREY)
    .text(
      printable(
        `Authenticité : ce passeport est vérifiable sur ${data.verifyUrl} (ou en scannant le QR code) avec le code ${code}. La page de vérification confirme les missions, les structures, les compétences, les niveaux et les dates, sans autre donnée personnelle.`,
      ),
      { width },
    );

  // Footer of every page: the code and the page number.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8.5)
      .fillColor(GREY)
      .text(
        printable(`Passeport Bénévole — code de vérification ${code} — page ${i - range.start + 1}/${range.count}`),
        MARGIN,
        doc.page.height - MARGIN - 10,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return finished;
}
