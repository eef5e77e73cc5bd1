import type { Assessment } from '../domain/assessment/assess.ts';
import { formatDutchDate } from '../domain/calendar/dates.ts';
import type { DossierDocument, Entry } from '../domain/dossier/types.ts';
import { entryFacts, entryLabel } from '../domain/letters/entry-text.ts';
import type { DocumentSection } from '../domain/letters/funder-request.ts';
import { blocks, contentWidth, heading, MARGIN, placeOf, smallPrint, toWinAnsi, type Pdf } from './pdf.ts';
import { deadlineExplanation } from '../domain/assessment/deadlines.ts';

// The parts the dossier documents share: the dossier in date order with every entry (a correction
// marked as such), and the assessment with the clause behind every requirement.

/** Every entry, oldest first; entries of one day keep the order in which they were recorded. */
function chronological(entries: readonly Entry[]): Entry[] {
  return entries.map((entry, i) => ({ entry, i })).sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.i - b.i).map((x) => x.entry);
}

export function sections(doc: Pdf, content: readonly DocumentSection[]): void {
  for (const section of content) {
    heading(doc, section.heading, 12);
    blocks(doc, section.blocks);
  }
}

export function dossierSection(doc: Pdf, dossier: DossierDocument, options: { withNotes: boolean }): void {
  heading(doc, `Dossier (${dossier.entries.length} ${dossier.entries.length === 1 ? 'item' : 'items'}, op datum)`);
  const correctedBy = new Map(dossier.entries.filter((e) => e.corrects !== undefined).map((e) => [e.corrects as string, e.id]));
  for (const entry of chronological(dossier.entries)) {
    doc.font('Helvetica-Bold').fontSize(10).text(toWinAnsi(`${formatDutchDate(entry.date)} · ${entryLabel(entry)} (${entry.id})`), MARGIN);
    doc.font('Helvetica').fontSize(10).text(toWinAnsi(entryFacts(entry)), MARGIN + 12, undefined, { width: contentWidth(doc) - 12 });
    const remarks = [
      ...(entry.corrects !== undefined ? [`Correctie van ${entry.corrects}.`] : []),
      ...(correctedBy.has(entry.id) ? [`Gecorrigeerd door ${correctedBy.get(entry.id)}.`] : []),
      ...(options.withNotes && entry.note !== undefined ? [`Notitie: ${entry.note}`] : []),
    ];
    if (remarks.length > 0) doc.fontSize(9).fillColor('#444444').text(toWinAnsi(remarks.join(' ')), MARGIN + 12, undefined, { width: contentWidth(doc) - 12 });
    doc.fillColor('black').moveDown(0.5);
  }
}

const STATUS = { met: 'Voldaan', missing: 'Ontbreekt', 'not-applicable': 'Niet van toepassing' } as const;

export function assessmentSection(doc: Pdf, assessment: Assessment): void {
  doc.addPage();
  heading(doc, `Toetsing aan het protocol (per ${formatDutchDate(assessment.asOf)})`);
  doc.text(
    toWinAnsi(assessment.canSubmit ? 'Het dossier voldoet aan wat het protocol vóór het verzoek vraagt.' : `Nog niet voldaan: ${assessment.blockers.join(', ')}.`),
    MARGIN,
  );
  doc.moveDown(0.6);
  for (const r of assessment.requirements) {
    // An advised step not taken is advice, not a gap.
    const status = r.level === 'advised' && r.status === 'missing' ? 'Aanbevolen' : STATUS[r.status];
    doc.font('Helvetica-Bold').fontSize(10).text(toWinAnsi(`${status}: ${r.text}`), MARGIN, undefined, { width: contentWidth(doc) });
    doc.font('Helvetica').fontSize(10);
    if (r.evidence.length > 0) doc.text(toWinAnsi(`Blijkt uit: ${r.evidence.join(', ')}`), MARGIN + 12);
    if (r.judgedByFunder === true) doc.text(toWinAnsi('Deze reden staat niet in de voorbeelden van het protocol: de financier beoordeelt of hij zwaarwegend genoeg is.'), MARGIN + 12);
    smallPrint(doc, `Bepaling (${placeOf(r.source)}): “${r.source.quote}”`);
    if (r.related !== undefined) {
      smallPrint(doc, r.related.note);
      for (const s of r.related.sources) smallPrint(doc, `Zie ook (${placeOf(s)}): “${s.quote}”`);
    }
    doc.moveDown(0.5);
  }
  if (assessment.deadlines.length > 0) {
    heading(doc, 'Termijnen', 12);
    for (const d of assessment.deadlines) {
      doc.font('Helvetica').fontSize(10).text(toWinAnsi(`${formatDutchDate(d.date)} — ${d.rule}`), MARGIN, undefined, { width: contentWidth(doc) });
      smallPrint(doc, deadlineExplanation(d));
      doc.moveDown(0.4);
    }
  }
}
