import type { IsoDate } from '../domain/dossier/types.ts';
import type { DecisionLetter } from '../domain/requests/decision-letter.ts';
import { blocks, heading, renderPdf } from './pdf.ts';

/** The funder's decision letter to the provider, stored with its hash when it is sent. */
export function renderDecisionLetterPdf(letter: DecisionLetter, meta: { date: IsoDate; funderName: string; clientName: string }): Promise<Buffer> {
  return renderPdf({ title: letter.title, date: meta.date, author: meta.funderName, subject: meta.clientName }, (doc) => {
    heading(doc, `${letter.title} — ${meta.funderName}`, 16);
    blocks(doc, letter.blocks);
  });
}
