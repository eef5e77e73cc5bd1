import type { Assessment } from '../domain/assessment/assess.ts';
import { formatDutchDate } from '../domain/calendar/dates.ts';
import type { DossierDocument } from '../domain/dossier/types.ts';
import type { FunderRequest } from '../domain/letters/funder-request.ts';
import type { Sender } from '../domain/letters/types.ts';
import { assessmentSection, dossierSection, sections } from './dossier-pdf.ts';
import { heading, MARGIN, placeOf, renderPdf, smallPrint, toWinAnsi } from './pdf.ts';

// One PDF for the funder: the request, then the chronological dossier with every entry (notes
// included: the funder judges the whole dossier), then the assessment with its clauses.

export function renderFunderRequestPdf(
  request: FunderRequest,
  dossier: DossierDocument,
  assessment: Assessment,
  sender: Sender,
): Promise<Buffer> {
  return renderPdf({ title: request.title, date: assessment.asOf, author: sender.name, subject: dossier.client.name }, (doc) => {
    heading(doc, request.title, 16);
    doc.text(toWinAnsi(request.addressee), MARGIN);
    doc.text(toWinAnsi(`Van: ${sender.name} · ${formatDutchDate(assessment.asOf)}`), MARGIN);
    smallPrint(doc, `Grondslag (${placeOf(request.source)}): “${request.source.quote}”`);
    sections(doc, request.sections);
    doc.addPage();
    dossierSection(doc, dossier, { withNotes: true });
    assessmentSection(doc, assessment);
  });
}
