import type { WithholdingReason } from '../store/schema.ts';
import type { Assessment } from '../domain/assessment/assess.ts';
import type { DossierDocument, IsoDate } from '../domain/dossier/types.ts';
import type { FunderRequest } from '../domain/letters/funder-request.ts';
import type { DecisionLetter } from '../domain/requests/decision-letter.ts';
import type { PrintedLetter, Sender } from '../domain/letters/types.ts';
import { renderClientCopyPdf } from './client-copy-pdf.ts';
import { renderDecisionLetterPdf } from './decision-letter-pdf.ts';
import { renderFunderRequestPdf } from './funder-request-pdf.ts';
import { renderLetterPdf } from './letter-pdf.ts';

// A PDF to make, as plain data: what a command hands over so the rendering can run on a worker
// thread (render-pool.ts), after the command's transaction, never on the server's event loop.

export type RenderTask =
  | { kind: 'funder-request'; request: FunderRequest; dossier: DossierDocument; assessment: Assessment; sender: Sender }
  | { kind: 'client-copy'; dossier: DossierDocument; sender: Sender; date: IsoDate; withheld: readonly { reason: WithholdingReason }[] }
  | { kind: 'letter'; letter: PrintedLetter; draft: boolean }
  | { kind: 'decision-letter'; letter: DecisionLetter; date: IsoDate; funderName: string; clientName: string };

export function render(task: RenderTask): Promise<Buffer> {
  switch (task.kind) {
    case 'funder-request':
      return renderFunderRequestPdf(task.request, task.dossier, task.assessment, task.sender);
    case 'client-copy':
      return renderClientCopyPdf(task.dossier, task.sender, task.date, task.withheld);
    case 'letter':
      return renderLetterPdf(task.letter, { draft: task.draft });
    case 'decision-letter':
      return renderDecisionLetterPdf(task.letter, { date: task.date, funderName: task.funderName, clientName: task.clientName });
  }
}
