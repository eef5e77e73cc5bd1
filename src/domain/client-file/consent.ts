import { currentEntries } from '../dossier/corrections.ts';
import type { ConsentEntry, Entry } from '../dossier/types.ts';

// Consent before transfer (seed 002 'Zorgbeëindiging': written consent before sharing with the next
// provider; seed 000: 'verstrekt het cliëntdossier na toestemming'). The dossier goes to a next
// provider only when its corrected state holds a written consent naming that provider that was not
// withdrawn (a withdrawal is a correction of the consent entry with `withdrawn` set).

export type TransferRefusal = 'no-consent' | 'consent-not-written' | 'consent-withdrawn';

export const TRANSFER_REFUSALS: Record<TransferRefusal, string> = {
  'no-consent': 'er is geen toestemming van de cliënt vastgelegd die deze aanbieder noemt',
  'consent-not-written': 'de toestemming voor deze aanbieder is niet schriftelijk gegeven',
  'consent-withdrawn': 'de cliënt heeft de toestemming voor deze aanbieder ingetrokken',
};

/** Names compared as people write them: case, accents' composition and spacing do not matter. */
function sameRecipient(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return norm(a) === norm(b);
}

export function transferConsent(entries: readonly Entry[], recipient: string): { allowed: true; consent: ConsentEntry } | { allowed: false; reason: TransferRefusal } {
  const consents = currentEntries(entries).filter((e): e is ConsentEntry => e.type === 'consent' && sameRecipient(e.recipient, recipient));
  const valid = consents.find((c) => c.written && c.withdrawn === undefined);
  if (valid !== undefined) return { allowed: true, consent: valid };
  if (consents.some((c) => c.withdrawn !== undefined)) return { allowed: false, reason: 'consent-withdrawn' };
  return { allowed: false, reason: consents.length > 0 ? 'consent-not-written' : 'no-consent' };
}
