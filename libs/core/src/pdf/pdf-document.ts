// What the platform's PDFs (passport, proposal letter, personal-data export) share: the
// Département's colours, the text Helvetica can encode, an A4 document collected into a Buffer,
// the section band and the QR code.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/** The console's identity in print. */
export const PDF_COLOURS = { blue: '#00366d', grey: '#555555', ink: '#1e1e1e', light: '#eef3f9' } as const;

/**
 * The standard PDF fonts (Helvetica) encode WinAnsi: French letters, « », ’ and œ are there;
 * narrow and non-breaking spaces are not, so they become plain spaces.
 */
export function winAnsiText(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ');
}

export interface OpenedPdf {
  doc: PDFKit.PDFDocument;
  /** The bytes, once `doc.end()` was called. */
  finished: Promise<Buffer>;
}

/** A French A4 document of Tremplin, its bytes collected as it is written. */
export function openPdf(options: {
  margins: PDFKit.PDFDocumentOptions['margins'];
  title: string;
  subject: string;
  bufferPages?: boolean;
}): OpenedPdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: options.margins,
    bufferPages: options.bufferPages ?? false,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: winAnsiText(options.title),
      Author: 'Tremplin — Département de l’Ain',
      Subject: winAnsiText(options.subject),
      Creator: 'Tremplin',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finished };
}

/** A section's heading: a light band across the width, the title in blue; the caller moves down after it. */
export function drawSectionBand(doc: PDFKit.PDFDocument, title: string, x: number, width: number): void {
  const top = doc.y;
  doc.rect(x, top, width, 22).fill(PDF_COLOURS.light);
  doc
    .font('Helvetica-Bold')
    .fontSize(13)
    .fillColor(PDF_COLOURS.blue)
    .text(winAnsiText(title), x + 8, top + 5, { width: width - 16 });
}

/**
 * The footer of every page (the document must buffer its pages): a grey centred line, written
 * inside the bottom margin, `margin` points above the page's edge.
 */
export function drawPageFooters(
  doc: PDFKit.PDFDocument,
  place: { x: number; width: number; margin: number },
  footerOf: (page: number, pages: number) => string,
): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8.5)
      .fillColor(PDF_COLOURS.grey)
      .text(winAnsiText(footerOf(i - range.start + 1, range.count)), place.x, doc.page.height - place.margin - 10, {
        width: place.width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/** The QR code as vector squares: sharp at any zoom or when printed, and no image decoding. */
export function drawQrCode(
  doc: PDFKit.PDFDocument,
  text: string,
  box: { x: number; y: number; size: number; quietModules: number },
): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = box.size / (modules.size + box.quietModules * 2);
  doc.save().rect(box.x, box.y, box.size, box.size).fill('#ffffff');
  doc.fillColor('#000000');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) {
        doc.rect(box.x + (col + box.quietModules) * cell, box.y + (row + box.quietModules) * cell, cell, cell);
      }
    }
  }
  doc.fill().restore();
}
