import { PDF_COLOURS, drawQrCode, openPdf, winAnsiText } from '@tremplin/core';
import type { MissionSheet } from '../domain/mission-sheet';

/**
 * The proposal as a letter, for a person without an email address: what the email says, in the
 * same plain words, with the QR code (and the address) of the very answer page the email links to.
 */
export interface ProposalLetterData {
  /** « Karima Benali » (the letter is handed or posted to them). */
  personName: string;
  firstName: string;
  referentName: string;
  referentFirstName: string;
  /** The référent's paragraphs (empty when there is no message). */
  messageParagraphs: string[];
  sheet: MissionSheet;
  /** `${APP_URL}/p/<token>`: the signed answer page, also in the QR code. */
  answerUrl: string;
  /** « 12/03/2026 ». */
  deadline: string;
  /** « 03/12/2026 », when the letter was printed. */
  printedOn: string;
}

const MARGIN = 56;
const QR_SIZE = 110;
const QUIET_MODULES = 2;

export async function renderProposalLetterPdf(data: ProposalLetterData): Promise<Buffer> {
  const { doc, finished } = openPdf({
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    title: `Proposition de mission bénévole — ${data.sheet.title}`,
    subject: `Pour ${data.personName}, de la part de ${data.referentName}`,
  });
  const width = doc.page.width - MARGIN * 2;
  const body = (text: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc
      .font('Helvetica')
      .fontSize(12)
      .fillColor(PDF_COLOURS.ink)
      .text(winAnsiText(text), { width, ...options });

  doc
    .font('Helvetica-Bold')
    .fontSize(11)
    .fillColor(PDF_COLOURS.blue)
    .text('TREMPLIN — Département de l’Ain', MARGIN, MARGIN);
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(PDF_COLOURS.grey)
    .text(winAnsiText(`Le ${data.printedOn}`), { width, align: 'right' });
  doc
    .moveDown(0.3)
    .font('Helvetica')
    .fontSize(11)
    .fillColor(PDF_COLOURS.ink)
    .text(winAnsiText(data.personName), { width, align: 'right' });
  doc.moveDown(1.5);

  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .fillColor(PDF_COLOURS.ink)
    .text(winAnsiText(`Bonjour ${data.firstName},`), { width });
  doc.moveDown(0.5);
  body(`${data.referentName}, votre référent(e), vous propose une mission de bénévolat.`);
  if (data.messageParagraphs.length) {
    doc.moveDown(0.5);
    doc
      .font('Helvetica-Bold')
      .fontSize(12)
      .fillColor(PDF_COLOURS.ink)
      .text(winAnsiText(`Le message de ${data.referentFirstName} :`));
    for (const paragraph of data.messageParagraphs) {
      doc
        .font('Helvetica-Oblique')
        .fontSize(12)
        .fillColor(PDF_COLOURS.ink)
        .text(winAnsiText(paragraph), MARGIN + 24, doc.y, {
          width: width - 24,
        });
    }
    doc.x = MARGIN;
  }
  doc.moveDown(1);

  // The fiche mission, as the email's tinted block.
  const sheet = data.sheet;
  const top = doc.y;
  doc.rect(MARGIN, top, width, 26).fill(PDF_COLOURS.light);
  doc
    .font('Helvetica-Bold')
    .fontSize(15)
    .fillColor(PDF_COLOURS.blue)
    .text(winAnsiText(`La mission : ${sheet.title}`), MARGIN + 8, top + 6, { width: width - 16 });
  doc.moveDown(0.6);
  const line = (label: string, value: string | null) => {
    if (!value) return;
    doc
      .font('Helvetica-Bold')
      .fontSize(11.5)
      .fillColor(PDF_COLOURS.ink)
      .text(`${label} : `, MARGIN + 8, doc.y, { continued: true, width: width - 16 })
      .font('Helvetica')
      .text(winAnsiText(value));
    doc.moveDown(0.2);
  };
  line('Avec', sheet.associationName);
  line('Ce que vous ferez', sheet.what);
  line('Où', sheet.address ? `${sheet.where} — ${sheet.address}` : sheet.where);
  line('Quand', sheet.when);
  line('Combien de temps', sheet.howLong);
  line('Ce que vous allez apprendre', sheet.develops.length ? sheet.develops.join(', ') : null);
  line('Et après ?', sheet.leadsTo);
  line('Qui vous accueille', sheet.welcomeBy);
  doc.x = MARGIN;
  doc.moveDown(1);

  // How to answer: the QR code of the answer page, its address, or a word to the référent.
  if (doc.y > doc.page.height - MARGIN - QR_SIZE - 60) doc.addPage();
  const answerTop = doc.y;
  drawQrCode(doc, data.answerUrl, { x: MARGIN, y: answerTop, size: QR_SIZE, quietModules: QUIET_MODULES });
  const textX = MARGIN + QR_SIZE + 16;
  const textWidth = width - QR_SIZE - 16;
  doc
    .font('Helvetica-Bold')
    .fontSize(13)
    .fillColor(PDF_COLOURS.blue)
    .text('Pour répondre', textX, answerTop, { width: textWidth });
  doc.moveDown(0.3);
  doc
    .font('Helvetica')
    .fontSize(11.5)
    .fillColor(PDF_COLOURS.ink)
    .text(
      winAnsiText(
        `Scannez ce code avec l’appareil photo d’un téléphone : il ouvre votre page de réponse. Vous pouvez aussi donner votre réponse à ${data.referentFirstName}, par téléphone ou lors d’un rendez-vous.`,
      ),
      { width: textWidth },
    );
  doc.moveDown(0.3);
  doc
    .font('Helvetica-Bold')
    .fontSize(11.5)
    .text(winAnsiText(`Vous pouvez répondre jusqu’au ${data.deadline}.`), { width: textWidth });
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, answerTop + QR_SIZE) + 12;
  // The address itself, for a computer: too long to read aloud, short enough to copy.
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(PDF_COLOURS.grey)
    .text('Adresse de votre page de réponse :', MARGIN, doc.y, { width });
  doc.font('Courier').fontSize(8.5).fillColor(PDF_COLOURS.ink).text(data.answerUrl, { width });
  doc.moveDown(1);
  body('Le bénévolat est libre. Si vous dites non, cela ne change rien à votre RSA ni à votre accompagnement.', {
    align: 'left',
  });
  doc.end();
  return finished;
}
