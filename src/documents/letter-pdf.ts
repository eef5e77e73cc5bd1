import { formatDutchDate } from '../domain/calendar/dates.ts';
import type { PrintedLetter } from '../domain/letters/types.ts';
import { blocks, contentWidth, MARGIN, renderPdf, toWinAnsi, type Pdf } from './pdf.ts';

// A letter on paper: sender top right, recipient in the window position on the left, date and
// subject, the body, the closing, and in small print the clause the letter follows from. A draft
// says so across its top, so it can never be mistaken for the letter that was sent.

const addressLines = (address: string | null) => (address === null ? [] : address.split(/,\s*/));

function letterhead(doc: Pdf, letter: PrintedLetter, draft: boolean): void {
  const width = contentWidth(doc);
  if (draft) {
    doc.font('Helvetica-Bold').fontSize(14).fillColor('#b00020').text('CONCEPT — NIET VERZONDEN', MARGIN, MARGIN - 30, { width, align: 'center' });
  }
  doc.font('Helvetica-Bold').fontSize(12).fillColor('black').text(toWinAnsi(letter.sender.name), MARGIN, MARGIN, { width, align: 'right' });
  doc.font('Helvetica').fontSize(9.5);
  for (const line of addressLines(letter.sender.address)) doc.text(toWinAnsi(line), { width, align: 'right' });

  doc.font('Helvetica').fontSize(10.5).text(toWinAnsi(letter.recipient.name), MARGIN, MARGIN + 90, { width: width / 2 });
  for (const line of addressLines(letter.recipient.address)) doc.text(toWinAnsi(line), { width: width / 2 });

  doc.text('', MARGIN, MARGIN + 180);
  doc.text(toWinAnsi(`Datum: ${formatDutchDate(letter.date)}`));
  doc.font('Helvetica-Bold').text(toWinAnsi(`Onderwerp: ${letter.subject}`), { width });
  doc.font('Helvetica');
  if (letter.recipient.regarding !== undefined) doc.text(toWinAnsi(`Betreft cliënt: ${letter.recipient.regarding}`));
  doc.moveDown(1.5);
}

export function renderLetterPdf(letter: PrintedLetter, options: { draft: boolean }): Promise<Buffer> {
  return renderPdf({ title: letter.subject, date: letter.date, author: letter.sender.name }, (doc) => {
    letterhead(doc, letter, options.draft);
    doc.text(toWinAnsi(letter.salutation), MARGIN).moveDown(0.8);
    blocks(doc, letter.body);
    doc.moveDown(0.4).text(toWinAnsi(letter.closing), MARGIN).moveDown(2);
    // Signed by the person who approved it; a draft says who will sign.
    const signer = letter.signer !== undefined ? [letter.signer.name, letter.signer.role] : options.draft ? ['(naam en functie van wie de brief goedkeurt)'] : [];
    for (const line of [...signer, letter.signatory]) doc.text(toWinAnsi(line), MARGIN);
    if (letter.copyTo !== undefined) doc.moveDown(1).text(toWinAnsi(`Afschrift aan: ${letter.copyTo}`), MARGIN);
    // The clause the letter follows stays with the letter in the dossier (letters.letter.source); the
    // client gets a letter, not small print from a protocol.
  });
}
