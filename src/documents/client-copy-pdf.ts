import { WITHHOLDING_REASONS, type WithholdingReason } from '../domain/client-file/rights.ts';
import { formatDutchDate } from '../domain/calendar/dates.ts';
import type { DossierDocument, IsoDate } from '../domain/dossier/types.ts';
import type { Sender } from '../domain/letters/types.ts';
import { dossierSection } from './dossier-pdf.ts';
import { heading, MARGIN, renderPdf, toWinAnsi } from './pdf.ts';

// The client's copy of the dossier (VGZ: on request; ONL §3: 'desgevraagd een afschrift'): every
// entry, without the care workers' internal notes, and without what the provider withheld from the
// client (seed 004 §3): for those only that something was withheld and why (decision 0020).

export function renderClientCopyPdf(
  dossier: DossierDocument,
  sender: Sender,
  date: IsoDate,
  withheld: readonly { reason: WithholdingReason }[] = [],
): Promise<Buffer> {
  const title = `Kopie van het dossier van ${dossier.client.name}`;
  return renderPdf({ title, date, author: sender.name }, (doc) => {
    heading(doc, title, 16);
    doc.text(toWinAnsi(`Verstrekt door ${sender.name} op ${formatDutchDate(date)}.`), MARGIN);
    doc.text(
      toWinAnsi('Dit is een afschrift van alles wat in het dossier is vastgelegd. Klopt er iets niet, dan kunt u ons vragen het te corrigeren.'),
      MARGIN,
    );
    if (withheld.length > 0) {
      doc.text(toWinAnsi(`${withheld.length === 1 ? 'Eén onderdeel staat' : `${withheld.length} onderdelen staan`} niet in deze kopie. De reden:`), MARGIN);
      for (const w of withheld) doc.text(toWinAnsi(`- ${WITHHOLDING_REASONS[w.reason].label} (afspraken, artikel 3).`), MARGIN);
    }
    dossierSection(doc, dossier, { withNotes: false });
  });
}
