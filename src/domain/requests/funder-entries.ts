// What only the funder records when it works in Zorgvuldig (review finding 1). The decision, the
// hearing of the client and the funder's questions are the funder's acts: seed 001 §6.4
// ('Opdrachtgever neemt contact op met de cliënt … voor wederhoor'; 'Opdrachtgever neemt binnen 1 week
// / 3 weken … een besluit en deelt dit schriftelijk mee aan Opdrachtnemer'), seed 002 'De
// zorgverzekeraar' ('Neemt contact op met de cliënt … voor wederhoor'; 'Neemt de uiteindelijke
// beslissing'), seed 000 steps 4–5 (the contract manager judges and answers). When the case is
// routed to a funder organisation here, that funder records them through its own commands, so the
// provider's own record of them could only be a second, unchecked copy that would count as the
// acceptance (seed 000 step 5B, the 307 follows the funder's 'akkoord'). A funder outside
// Zorgvuldig answers by letter: then the provider records its answer, and an import brings history.

import type { Entry, EntryType } from '../dossier/types.ts';
import { ConflictError } from '../errors.ts';

const FUNDER_OWN: Partial<Record<EntryType, string>> = {
  'funder-decision': 'Het besluit legt de financier zelf vast in Zorgvuldig; u ziet het in de casus zodra het genomen is.',
  wederhoor: 'De wederhoor legt de financier zelf vast in Zorgvuldig.',
  'information-request': 'Een vraag van de financier stelt de financier zelf in Zorgvuldig; u beantwoordt die bij het verzoek.',
};

/** Whether this entry (as it arrives, before its validation) is the funder's own act. */
function funderOwn(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const { type, from } = input as { type?: unknown; from?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(FUNDER_OWN, type)) return undefined;
  if (type === 'information-request' && from !== 'funder') return undefined;
  return FUNDER_OWN[type as EntryType];
}

/** Whether the entry records the funder's act (whoever typed it in): the client's file names the funder as its author. */
export function recordsFunderAct(entry: Entry): boolean {
  return funderOwn(entry) !== undefined;
}

/** Refuses the provider's own record of a funder's act when that funder works in Zorgvuldig. */
export function refuseFunderEntryByProvider(input: unknown, funderInZorgvuldig: boolean): void {
  const reason = funderInZorgvuldig ? funderOwn(input) : undefined;
  if (reason !== undefined) throw new ConflictError([{ path: '$.type', message: reason }]);
}

/** The entry types the provider may record by hand (the 'Soort item' list). */
export function providerEntryTypes(types: readonly EntryType[], funderInZorgvuldig: boolean): EntryType[] {
  return funderInZorgvuldig ? types.filter((t) => t === 'information-request' || FUNDER_OWN[t] === undefined) : [...types];
}
