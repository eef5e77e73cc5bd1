import PDFDocument from 'pdfkit';
import type { LetterBlock } from '../domain/letters/types.ts';
import type { SourceRef } from '../domain/protocols/types.ts';

// What every PDF of Zorgvuldig shares: A4, the standard Helvetica (no font files to ship), page
// numbers, and reproducible bytes: the creation date is the document's own date, never the clock,
// so the same content always gives the same file.

export type Pdf = PDFKit.PDFDocument;

export const MARGIN = 64;
const FOOTER_GAP = 28;

// The standard fonts encode WinAnsi (Windows-1252); anything else would come out as garbage.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = { '≥': '>=', '≤': '<=', '→': '->', '−': '-', '‐': '-', '\u00a0': ' ' };

/** Text the standard fonts can show: accents kept where WinAnsi has them, otherwise dropped. */
export function toWinAnsi(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0) as number;
      if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch) || ch === '\n') return ch;
      if (REPLACEMENTS[ch] !== undefined) return REPLACEMENTS[ch];
      const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return base !== ch && [...base].every((c) => (c.codePointAt(0) as number) <= 0xff) ? base : '?';
    })
    .join('');
}

export interface PdfMeta {
  title: string;
  /** The document's date (YYYY-MM-DD): also its PDF creation date. */
  date: string;
  author: string;
  subject?: string;
}

/** Draws with `draw`, then numbers the pages; resolves to the PDF's bytes. */
export async function renderPdf(meta: PdfMeta, draw: (doc: Pdf) => void): Promise<Buffer> {
  const created = new Date(`${meta.date}T12:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_GAP, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: toWinAnsi(meta.title),
      Author: toWinAnsi(meta.author),
      ...(meta.subject !== undefined ? { Subject: toWinAnsi(meta.subject) } : {}),
      Creator: 'Zorgvuldig',
      Producer: 'Zorgvuldig',
      CreationDate: created,
      ModDate: created,
    },
    lang: 'nl-NL',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica').fontSize(10.5).fillColor('black');
  draw(doc);
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(toWinAnsi(`${meta.title} — pagina ${i + 1} van ${count}`), MARGIN, doc.page.height - MARGIN, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return finished;
}

export function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function heading(doc: Pdf, text: string, size = 13): void {
  // A heading never ends a page: keep room for at least a few lines under it.
  if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor('black').text(toWinAnsi(text), MARGIN);
  doc.font('Helvetica').fontSize(10.5).moveDown(0.3);
}

export function blocks(doc: Pdf, content: readonly LetterBlock[]): void {
  for (const block of content) {
    if (block.kind === 'paragraph') {
      doc.font('Helvetica').fontSize(10.5).text(toWinAnsi(block.text), MARGIN, undefined, { width: contentWidth(doc), align: 'left' });
    } else {
      doc.list(block.items.map(toWinAnsi), MARGIN + 8, undefined, { width: contentWidth(doc) - 8, bulletRadius: 1.8, textIndent: 12 });
    }
    doc.moveDown(0.6);
  }
}

/** Small grey text: a source, a remark. */
export function smallPrint(doc: Pdf, text: string): void {
  doc.font('Helvetica-Oblique').fontSize(8.5).fillColor('#444444').text(toWinAnsi(text), MARGIN, undefined, { width: contentWidth(doc) });
  doc.font('Helvetica').fontSize(10.5).fillColor('black');
}

/** Where a quoted clause stands in its source, for a reader of the paper who wants to look it up. */
export function placeOf(source: SourceRef): string {
  return source.place ?? source.seed;
}
