// Municipality-specific rules of the care agreement, as data with their clause, like the
// protocols: a new municipality's rule is a new row, not a new branch in the appointment rules.

import type { SourceRef } from '../protocols/types.ts';
import { SEED_004 } from './sources.ts';

/**
 * Support the client missed through sickness may be declared to the municipality, as if given,
 * for the first `days` days of the sickness (the day it started counts as the first).
 */
export interface SicknessDeclarationRule {
  readonly id: string;
  readonly kind: 'sickness-declaration';
  /** CBS gemeentecode (four digits), as in the iWmo messages. */
  readonly municipalityCode: string;
  readonly municipality: string;
  readonly days: number;
  readonly source: SourceRef;
}

export type MunicipalRule = SicknessDeclarationRule;

export const MUNICIPAL_RULES: readonly MunicipalRule[] = [
  {
    id: 'noordoostpolder-sickness-declaration',
    kind: 'sickness-declaration',
    municipalityCode: '0171',
    municipality: 'Noordoostpolder',
    days: 21, // 'tot 3 weken ziekte'
    source: SEED_004.noordoostpolderSickness,
  },
];

/** The rules of the municipality with this CBS code; none for a municipality without its own. */
export function municipalRulesFor(municipalityCode: string | undefined): readonly MunicipalRule[] {
  return MUNICIPAL_RULES.filter((rule) => rule.municipalityCode === municipalityCode);
}
