// What the Documenten page shows of the steps after an acceptance, read from the dossier with the
// case's letters (commands/letters/list-letters.ts), so a visit is one read and one access-log row.

import { currentEntries } from '../../domain/dossier/corrections.ts';
import type { Allocation, DossierDocument, IsoDate } from '../../domain/dossier/types.ts';
import { acceptedByFunder } from '../../domain/requests/follow-up.ts';
import { endsWithStopMessage } from '../../domain/stop-message/stop-message.ts';
import { can } from '../../policy/policy.ts';
import type { Actor } from '../../policy/actors.ts';
import type { LoadedCase } from '../cases/case-resource.ts';

/** What the Documenten page shows of the steps after an acceptance: the allocation and the 307. */
export interface FollowUp {
  /** The case ends with a 307 (a termination under the iWmo/iJw). */
  endsWithStopMessage: boolean;
  /** The funder accepted (or no funder decides on this procedure): the 307 may go. */
  accepted: boolean;
  allocation: Allocation | null;
  /** The 307 recorded as sent, if it was (its message id, when the entry names one). */
  stopMessage: { id: string | null; date: IsoDate } | null;
  mayManage: boolean;
}

/** The case's allocation, whether its 307 may go and whether it went, and whether the actor may record them (read with the case's letters). */
export function followUpOf(doc: DossierDocument, found: LoadedCase, actor: Actor): FollowUp {
  const sent = currentEntries(doc.entries)
    .filter((e) => e.type === 'stop-message')
    .at(-1);
  return {
    endsWithStopMessage: endsWithStopMessage(doc),
    accepted: acceptedByFunder(doc),
    allocation: doc.allocation ?? null,
    stopMessage: sent?.type === 'stop-message' ? { id: sent.messageId ?? null, date: sent.date } : null,
    mayManage: can(actor, 'stop-message.manage', found),
  };
}
