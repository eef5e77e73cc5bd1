// What `assess` returns (SPEC "What the assessment returns"). Plain JSON: the CLI prints it with
// --json and the HTTP API returns it unchanged, so field names are part of the public interface.

import type { TermResult } from '../calendar/terms.ts';
import type { IsoDate, Procedure, RegimeId } from '../dossier/types.ts';
import type { RelatedClauses, SourceRef } from '../protocols/types.ts';

export type RequirementStatus = 'met' | 'missing' | 'not-applicable';

export interface RequirementResult {
  id: string;
  status: RequirementStatus;
  /** Ids of the entries the verdict rests on (see docs/decisions/0002-protocols-as-data.md). */
  evidence: string[];
  source: SourceRef;
  /** One Dutch sentence saying what is met or what is missing. */
  text: string;
  /** 'advised': recommended by the protocol, never a blocker (its missing status is advice). */
  level: 'required' | 'advised';
  /** Other clauses on the same step, and how they relate to `source` (where two seeds conflict). */
  related?: RelatedClauses;
  /** Met only through a reason the regime leaves to the funder's judgment (its list of grounds is open). */
  judgedByFunder?: true;
  /** Entries of the kind asked for that do not count, why (Dutch) and the clause that says so. */
  notCounted?: { entries: string[]; reason: string; source: SourceRef };
}

export interface NextStep {
  text: string;
  /** The requirement this step fulfils, or null for procedure-level advice. */
  requirement: string | null;
}

export type DeadlineState = 'open' | 'met' | 'overdue';

export interface DeadlineResult {
  id: string;
  date: IsoDate;
  /** Dutch: 'Besluit VGZ over de zorgbeëindiging: 3 weken na ontvangst van het verzoek'. */
  rule: string;
  source: SourceRef;
  /** The entry the term runs from, or `careStarted` for a term from the start of care. */
  startEvent: string;
  state: DeadlineState;
  counting: TermResult['counting'];
  /** Dutch: why this counting applies to this term (decision record 0003). */
  countingReason: string;
  explanation: string;
}

export interface Assessment {
  regime: RegimeId;
  procedure: Procedure;
  asOf: IsoDate;
  canSubmit: boolean;
  blockers: string[];
  requirements: RequirementResult[];
  nextSteps: NextStep[];
  deadlines: DeadlineResult[];
}
