import { PDF_COLOURS, drawPageFooters, drawQrCode, drawSectionBand, openPdf, winAnsiText } from '@tremplin/core';
import { countFr } from '@tremplin/referentials';
import { formatDateFr } from '@tremplin/beneficiaries';
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

const MARGIN = 50;
const QR_SIZE = 92;
const FOOTER_HEIGHT = 40;
const A4_WIDTH = 595.28;

/** Where the QR code sits on the first page, in PDF points from the top left corner. */
export const QR_CODE_BOX = { x: A4_WIDTH - MARGIN - QR_SIZE, y: MARGIN - 4, size: QR_SIZE, quietModules: 2 };

const dateOf = (instant: Date) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(instant);

function periodOf(entry: PassportEntry): string {
  if (entry.endDate) return `Du ${formatDateFr(entry.startDate)} au ${formatDateFr(entry.endDate)}`;
  return `Depuis le ${formatDateFr(entry.startDate)} (mission en cours)`;
}

function hoursOf(entry: PassportEntry): string {
  if (entry.hoursDone !== null) return `${countFr(entry.hoursDone, 'heure')} de bénévolat`;
  return countFr(entry.plannedHours, 'heure prévue', 'heures prévues');
}

/**
 * Renders the Passeport Bénévole: a title band, the holder, one block per mission (host, dates,
 * hours, competencies with their level and comment, who attested), the level scale, and on
 * every page the verification code; the first page carries the QR code of the verification page.
 */
export async function renderPassportPdf(data: PassportPdfData): Promise<Buffer> {
  const code = formatVerificationCode(data.verificationCode);
  const { doc, finished } = openPdf({
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_HEIGHT, left: MARGIN, right: MARGIN },
    title: `Passeport Bénévole — ${data.holderName}`,
    subject: `Compétences attestées — code de vérification ${code}`,
    bufferPages: true,
  });

  const width = doc.page.width - MARGIN * 2;
  const textWidth = width - QR_SIZE - 16;

  // Title band and QR code.
  doc
    .font('Helvetica-Bold')
    .fontSize(24)
    .fillColor(PDF_COLOURS.blue)
    .text('PASSEPORT BÉNÉVOLE', MARGIN, MARGIN, { width: textWidth });
  doc
    .moveDown(0.2)
    .font('Helvetica')
    .fontSize(10.5)
    .fillColor(PDF_COLOURS.grey)
    .text(
      winAnsiText(
        "Compétences attestées par les structures d'accueil au cours de missions bénévoles — Département de l'Ain, Plan insertion 01, action « Actif aujourd'hui pour un emploi demain ».",
      ),
      { width: textWidth },
    );
  drawQrCode(doc, data.verifyUrl, QR_CODE_BOX);
  doc
    .font('Helvetica')
    .fontSize(7.5)
    .fillColor(PDF_COLOURS.grey)
    .text('Scannez pour vérifier', MARGIN + width - QR_SIZE, MARGIN + QR_SIZE - 2, { width: QR_SIZE, align: 'center' });
  // The code under the QR code, where /verify tells people to read it from.
  doc
    .font('Helvetica-Bold')
    .fontSize(8.5)
    .fillColor(PDF_COLOURS.blue)
    .text(code, MARGIN + width - QR_SIZE - 8, MARGIN + QR_SIZE + 8, { width: QR_SIZE + 16, align: 'center' });

  doc.y = Math.max(doc.y, MARGIN + QR_SIZE + 24);
  doc.x = MARGIN;
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .lineWidth(1.5)
    .strokeColor(PDF_COLOURS.blue)
    .stroke();
  doc.moveDown(0.8);
  doc.font('Helvetica').fontSize(12).fillColor('#1e1e1e').text('Titulaire : ', { continued: true });
  doc.font('Helvetica-Bold').text(winAnsiText(data.holderName));
  doc
    .font('Helvetica')
    .fontSize(10.5)
    .fillColor(PDF_COLOURS.grey)
    .text(
      `Document émis le ${dateOf(data.issuedAt)} — ${data.entries.length} mission${data.entries.length > 1 ? 's' : ''} — code de vérification ${code}`,
    );
  doc.moveDown(1);

  for (const entry of data.entries) {
    // Keep a mission's heading with at least its first competencies.
    if (doc.y > doc.page.height - doc.page.margins.bottom - 150) doc.addPage();
    drawSectionBand(doc, entry.missionTitle, MARGIN, width);
    doc.moveDown(0.5);
    doc.x = MARGIN + 8;
    const line = (label: string, value: string) =>
      doc
        .font('Helvetica-Bold')
        .fontSize(10.5)
        .fillColor('#1e1e1e')
        .text(`${label} : `, { continued: true, width: width - 16 })
        .font('Helvetica')
        .text(winAnsiText(value));
    line("Structure d'accueil", entry.hostCommune ? `${entry.hostName} (${entry.hostCommune})` : entry.hostName);
    line('Période', periodOf(entry));
    line('Durée', hoursOf(entry));
    if (entry.status === EngagementStatus.ABANDONED) line('Statut', 'mission interrompue avant son terme');
    doc.moveDown(0.4);
    doc
      .font('Helvetica-Bold')
      .fontSize(10.5)
      .fillColor(PDF_COLOURS.blue)
      .text('Compétences attestées', { width: width - 16 });
    doc.moveDown(0.2);
    for (const competency of entry.competencies) {
      doc
        .font('Helvetica')
        .fontSize(10.5)
        .fillColor('#1e1e1e')
        .text(`•  ${winAnsiText(competency.label)} — `, MARGIN + 14, doc.y, { continued: true, width: width - 28 })
        .font('Helvetica-Bold')
        .text(`${competency.levelLabel} (${competency.level}/${MAX_LEVEL})`);
      if (competency.comment) {
        doc
          .font('Helvetica-Oblique')
          .fontSize(9.5)
          .fillColor(PDF_COLOURS.grey)
          .text(winAnsiText(`« ${competency.comment} »`), MARGIN + 26, doc.y, { width: width - 40 });
      }
    }
    doc.moveDown(0.3);
    const attestors = entry.attestors.map((a) => `${a.name}, ${a.role}, le ${dateOf(a.attestedAt)}`).join(' ; ');
    doc
      .font('Helvetica')
      .fontSize(9.5)
      .fillColor(PDF_COLOURS.grey)
      .text(winAnsiText(`Attesté par ${attestors}.`), MARGIN + 8, doc.y, { width: width - 16 });
    doc.moveDown(1.2);
    doc.x = MARGIN;
  }

  if (doc.y > doc.page.height - doc.page.margins.bottom - 110) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(10.5).fillColor(PDF_COLOURS.blue).text('Niveaux', MARGIN, doc.y, { width });
  for (const level of [1, 2, 3] as const) {
    doc
      .font('Helvetica-Bold')
      .fontSize(9.5)
      .fillColor('#1e1e1e')
      .text(`${level} — ${LEVEL_LABELS[level]} : `, { continued: true, width })
      .font('Helvetica')
      .text(winAnsiText(`la personne ${LEVEL_DESCRIPTIONS[level]}.`));
  }
  doc.moveDown(0.6);
  doc
    .font('Helvetica')
    .fontSize(9.5)
    .fillColor(PDF_COLOURS.grey)
    .text(
      winAnsiText(
        `Authenticité : ce passeport est vérifiable sur ${data.verifyUrl} (ou en scannant le QR code) avec le code ${code}. La page de vérification confirme les missions, les structures, les compétences, les niveaux et les dates, sans autre donnée personnelle.`,
      ),
      { width },
    );

  // Footer of every page: the code and the page number.
  drawPageFooters(
    doc,
    { x: MARGIN, width, margin: MARGIN },
    (page, pages) => `Passeport Bénévole — code de vérification ${code} — page ${page}/${pages}`,
  );
  doc.end();
  return finished;
}
