// A warning that care will stop, or a notice to the client about stopping it, presupposes care that
// runs: one dated before careStarted was about something else (an intake, an earlier episode) and
// counts for none of the steps towards ending or suspending this care. The seeds say it in the
// warning they ask for: 'gewaarschuwd dat stopzetting van de zorgverlening wordt ingezet' (001),
// '… dat de zorgverlening zal worden opgeschort' (002). A refusal concerns care not yet started, so
// its notices are dated before care by nature and keep counting. The clause shown is the
// requirement's own, the warning or notice as its regime asks for it (review finding 16): seed 001
// Bijlage 6 art. 6.4 on a municipality's case, seed 002 'Procedure – Zorgbeëindiging' on VGZ's, and so on.

import type { Entry, IsoDate, Procedure } from '../dossier/types.ts';
import { formatDutchDate } from '../calendar/dates.ts';

const ABOUT_STOPPING: ReadonlySet<Entry['type']> = new Set(['warning', 'client-notice']);
const STOPPING: ReadonlySet<Procedure> = new Set(['beeindiging', 'beeindiging-onmiddellijk', 'opschorting']);

/** Whether the entry is a warning or client notice dated before the care it would be about started. */
export function predatesCare(entry: Entry, procedure: Procedure, careStarted: IsoDate | null): boolean {
  return careStarted !== null && STOPPING.has(procedure) && ABOUT_STOPPING.has(entry.type) && entry.date < careStarted;
}

/** The checklist's explanation, after the requirement's own sentence. */
export function beforeCareText(entries: readonly Entry[], careStarted: IsoDate): string {
  const ids = entries.map((e) => e.id).join(', ');
  return `${entries.length === 1 ? 'Item' : 'Items'} ${ids} ${entries.length === 1 ? 'ligt' : 'liggen'} vóór de start van de zorg (${formatDutchDate(careStarted)}) en ${entries.length === 1 ? 'telt' : 'tellen'} daarom niet mee: een waarschuwing of bericht over het stoppen van de zorg kan pas als de zorg loopt.`;
}
