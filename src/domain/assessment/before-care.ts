// A warning that care will stop, or a notice to the client about stopping it, presupposes care that
// runs: one dated before careStarted was about something else (an intake, an earlier episode) and
// counts for none of the steps towards ending or suspending this care. The seeds say it in the
// warning they ask for: 'gewaarschuwd dat stopzetting van de zorgverlening wordt ingezet' (001),
// '… dat de zorgverlening zal worden opgeschort' (002). A refusal concerns care not yet started, so
// its notices are dated before care by nature and keep counting.

import type { Entry, IsoDate, Procedure } from '../dossier/types.ts';
import type { SourceRef } from '../protocols/types.ts';

const ABOUT_STOPPING: ReadonlySet<Entry['type']> = new Set(['warning', 'client-notice']);
const STOPPING: ReadonlySet<Procedure> = new Set(['beeindiging', 'beeindiging-onmiddellijk', 'opschorting']);

export const BEFORE_CARE_SOURCE: SourceRef = {
  seed: '001_469056ec67e84ff0.txt',
  place: 'Bijlage 6, art. 6.4',
  quote: 'zorgverlener de cliënt tenminste eenmaal schriftelijk heeft gewaarschuwd dat stopzetting van de zorgverlening wordt ingezet als de ontstane situatie niet verandert',
};

/** Whether the entry is a warning or client notice dated before the care it would be about started. */
export function predatesCare(entry: Entry, procedure: Procedure, careStarted: IsoDate | null): boolean {
  return careStarted !== null && STOPPING.has(procedure) && ABOUT_STOPPING.has(entry.type) && entry.date < careStarted;
}

/** The checklist's explanation, after the requirement's own sentence. */
export function beforeCareText(entries: readonly Entry[], careStarted: IsoDate): string {
  const ids = entries.map((e) => e.id).join(', ');
  return `${entries.length === 1 ? 'Item' : 'Items'} ${ids} ${entries.length === 1 ? 'ligt' : 'liggen'} vóór de start van de zorg (${careStarted}) en ${entries.length === 1 ? 'telt' : 'tellen'} daarom niet mee: een waarschuwing of bericht over het stoppen van de zorg kan pas als de zorg loopt.`;
}
