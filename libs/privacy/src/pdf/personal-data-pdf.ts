import { PDF_COLOURS, drawPageFooters, drawSectionBand, openPdf, winAnsiText } from '@tremplin/core';
import { PersonalDataDocument, formatInstantFr } from '../domain/personal-data-document';

const MARGIN = 50;
const FOOTER_HEIGHT = 40;

/**
 * The readable export of a person's data (right of access): who holds the data and why, then
 * every section of the export, each record with its fields, and on every page its number.
 */
export async function renderPersonalDataPdf(document: PersonalDataDocument): Promise<Buffer> {
  const { doc, finished } = openPdf({
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_HEIGHT, left: MARGIN, right: MARGIN },
    title: `Données personnelles de ${document.holderName}`,
    subject: 'Droit d’accès aux données personnelles (RGPD, article 15)',
    bufferPages: true,
  });
  const width = doc.page.width - MARGIN * 2;

  doc
    .font('Helvetica-Bold')
    .fontSize(20)
    .fillColor(PDF_COLOURS.blue)
    .text('VOS DONNÉES PERSONNELLES', MARGIN, MARGIN, { width });
  doc
    .moveDown(0.3)
    .font('Helvetica-Bold')
    .fontSize(13)
    .fillColor(PDF_COLOURS.ink)
    .text(winAnsiText(document.holderName), { width });
  doc
    .moveDown(0.4)
    .font('Helvetica')
    .fontSize(10)
    .fillColor(PDF_COLOURS.grey)
    .text(
      winAnsiText(
        `Document produit le ${formatInstantFr(document.generatedAt)} à la demande de ${document.requestedBy}. ` +
          `Il rassemble tout ce que la plateforme Tremplin conserve à votre sujet. Responsable du traitement : ${document.controller}, ` +
          'dans le cadre de sa mission d’intérêt public d’accompagnement des bénéficiaires du RSA (Plan insertion 01). ' +
          'Vous pouvez demander la correction d’une information inexacte à votre référent de parcours ou au service Insertion, ' +
          'et saisir la CNIL si vous estimez que vos droits ne sont pas respectés.',
      ),
      { width },
    );
  doc.moveDown(0.6);
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .lineWidth(1.5)
    .strokeColor(PDF_COLOURS.blue)
    .stroke();
  doc.moveDown(0.8);

  for (const section of document.sections) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
    drawSectionBand(doc, section.title, MARGIN, width);
    doc.moveDown(0.6);
    doc.x = MARGIN + 8;
    if (section.records.length === 0) {
      doc
        .font('Helvetica-Oblique')
        .fontSize(10)
        .fillColor(PDF_COLOURS.grey)
        .text(winAnsiText(section.empty), { width: width - 16 });
    }
    for (const record of section.records) {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 40) doc.addPage();
      if (record.heading) {
        doc
          .font('Helvetica-Bold')
          .fontSize(10.5)
          .fillColor(PDF_COLOURS.ink)
          .text(winAnsiText(record.heading), MARGIN + 8, doc.y, { width: width - 16 });
      }
      for (const [name, value] of record.fields) {
        doc
          .font('Helvetica-Bold')
          .fontSize(9.5)
          .fillColor(PDF_COLOURS.grey)
          .text(winAnsiText(`${name} : `), MARGIN + 16, doc.y, { continued: true, width: width - 24 })
          .font('Helvetica')
          .fillColor(PDF_COLOURS.ink)
          .text(winAnsiText(value));
      }
      doc.moveDown(0.5);
    }
    doc.moveDown(0.6);
    doc.x = MARGIN;
  }

  drawPageFooters(
    doc,
    { x: MARGIN, width, margin: MARGIN },
    (page, pages) => `Données personnelles de ${document.holderName} — page ${page}/${pages}`,
  );
  doc.end();
  return finished;
}
