// The statutory interest rate for non-commercial transactions (wettelijke rente, art. 6:119 BW),
// as set by algemene maatregel van bestuur (art. 6:120 lid 1 BW) and published in the Staatsblad.
// Each row holds from its date until the next row's date. A row that could not be confirmed from
// the Staatsblad or an official copy of it has no rate: the calculation refuses its period rather
// than guess (decision 0010). To confirm one, replace its `unconfirmed` note by the rate and the
// Staatsblad reference, and add a test over the period.

import type { IsoDate } from '../dossier/types.ts';

export type RateRow =
  | {
      readonly from: IsoDate;
      /** Percent per year in basis points (7 % = 700), so no rate is ever a binary fraction. */
      readonly basisPoints: number;
      /** The Staatsblad publication that set it. */
      readonly source: string;
    }
  | {
      readonly from: IsoDate;
      /** Why this period has no rate: what was looked for and not found. */
      readonly unconfirmed: string;
    };

export const STATUTORY_INTEREST_RATES: readonly RateRow[] = [
  {
    from: '2015-01-01',
    basisPoints: 200,
    source: 'Stb. 2014, 491 (Besluit van 4 december 2014 tot wijziging van het KB van 18 januari 1971, Stb. 27)',
  },
  {
    from: '2023-01-01',
    basisPoints: 400,
    source: 'Stb. 2022, 520 (Besluit van 15 december 2022, Besluit vaststelling wettelijke rente)',
  },
  {
    from: '2023-07-01',
    basisPoints: 600,
    source: 'Stb. 2023, 235 (Besluit van 29 juni 2023, aanpassing wettelijke rente)',
  },
  {
    from: '2024-01-01',
    basisPoints: 700,
    source: 'Stb. 2023, 484 (Besluit van 20 december 2023, aanpassing wettelijke rente)',
  },
  {
    from: '2025-01-01',
    unconfirmed: 'geen Staatsbladpublicatie gevonden (secundaire bronnen noemen 6 %)',
  },
  {
    from: '2025-07-01',
    unconfirmed: 'geen Staatsbladpublicatie gevonden, ook geen bevestiging dat het percentage gelijk bleef',
  },
  {
    from: '2026-01-01',
    unconfirmed: 'geen Staatsbladpublicatie gevonden (secundaire bronnen noemen 4 %)',
  },
  {
    from: '2026-07-01',
    unconfirmed: 'geen Staatsbladpublicatie gevonden, ook geen bevestiging dat het percentage gelijk bleef',
  },
];

/** The first day after the table: nothing is known from here on. */
export const STATUTORY_INTEREST_TABLE_END: IsoDate = '2027-01-01';
