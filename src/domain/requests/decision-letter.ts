// What the funder's decision letter to the provider says (issue 11, point 6): the outcome with its
// reasons (and conditions), how continuity is secured, the referral to the toegangsmedewerker
// (Groningen 5A/5B), the IGJ pointer and the PGB offer (VGZ), and the objection term. Every
// sentence comes from what the funder recorded; the documents layer only draws it.

import { formatDutchDate } from '../calendar/dates.ts';
import type { IsoDate } from '../dossier/types.ts';
import type { LetterBlock } from '../letters/types.ts';
import type { DecisionDraft } from './checklist.ts';

export interface DecisionLetterInput {
  funderName: string;
  providerName: string;
  clientName: string;
  procedureLabel: string;
  submittedOn: IsoDate;
  decision: DecisionDraft;
  objectionDeadline: IsoDate | null;
  /** The duties the funder went ahead without, with its reason. */
  unmetDuties: readonly string[];
  overrideReason: string | null;
  /** A decision on an objection against an earlier decision. */
  onObjection: boolean;
}

export interface DecisionLetter {
  title: string;
  blocks: LetterBlock[];
}

const OUTCOME_TEXT = {
  accepted: 'akkoord',
  'accepted-with-conditions': 'akkoord onder voorwaarden',
  rejected: 'niet akkoord',
} as const;

export function decisionLetter(input: DecisionLetterInput): DecisionLetter {
  const d = input.decision;
  const accepted = d.outcome !== 'rejected';
  const blocks: LetterBlock[] = [
    { kind: 'paragraph', text: `Aan: ${input.providerName}` },
    {
      kind: 'paragraph',
      text: `${input.onObjection ? 'Op uw bezwaar tegen ons besluit over' : 'Op'} uw verzoek van ${formatDutchDate(input.submittedOn)} (${input.procedureLabel}, cliënt ${input.clientName}) besluit ${input.funderName} op ${formatDutchDate(d.decidedOn)}: ${OUTCOME_TEXT[d.outcome]}.`,
    },
    { kind: 'paragraph', text: `Redenen: ${d.reasons}` },
  ];
  if (d.conditions !== null && d.conditions.trim() !== '') blocks.push({ kind: 'paragraph', text: `Voorwaarden: ${d.conditions}` });
  if (accepted && d.continuity !== null && d.continuity.trim() !== '') blocks.push({ kind: 'paragraph', text: `Continuïteit van zorg: ${d.continuity}` });
  if (d.referredToAccess) {
    blocks.push({
      kind: 'paragraph',
      text: accepted
        ? 'Voor het afhandelen en de definitieve einddatum verwijzen wij u naar de betrokken toegangsmedewerker. Stuur daarna het 307-bericht en koppel de afspraken en de definitieve einddatum schriftelijk terug aan de contractmanager en de toegangsmedewerker.'
        : 'Wij verwijzen u naar de betrokken toegangsmedewerker, die het vervolg volgt. De zorg loopt door.',
    });
  }
  if (!accepted && !d.referredToAccess) blocks.push({ kind: 'paragraph', text: 'De zorg loopt door: u blijft verantwoordelijk voor de cliënt.' });
  if (d.igjPointed) blocks.push({ kind: 'paragraph', text: 'U kunt over de zorgbeëindiging een melding doen bij de Inspectie Gezondheidszorg en Jeugd (IGJ).' });
  if (d.pgbOffered) blocks.push({ kind: 'paragraph', text: 'Omdat u heeft aangetoond dat er geen andere zorgaanbieder te vinden is, doen wij de cliënt een aanbod voor een persoonsgebonden budget (PGB).' });
  if (input.unmetDuties.length > 0) {
    blocks.push({ kind: 'paragraph', text: `Wij besluiten zonder: ${input.unmetDuties.join('; ')}. Reden: ${input.overrideReason ?? ''}` });
  }
  if (input.objectionDeadline !== null) {
    blocks.push({ kind: 'paragraph', text: `U kunt tot en met ${formatDutchDate(input.objectionDeadline)} bezwaar maken tegen dit besluit.` });
  }
  return { title: input.onObjection ? 'Besluit op bezwaar' : 'Besluit op uw verzoek', blocks };
}
