// Money is a whole number of euro cents, everywhere. Amounts are parsed from text digit by digit
// and every fraction of a cent is computed with BigInt, so no binary floating point ever touches
// an amount (0.1 + 0.2 !== 0.3 is not a rounding rule a client should have to argue with).

import { InvalidInputError } from '../errors.ts';

/** A whole number of euro cents (a safe integer). */
export type Cents = number;

/** € 999.999.999,99: far above any care invoice, and exact as a JavaScript number. */
const MAX_CENTS = 99_999_999_999;
const AMOUNT_SHAPE = /^(\d+)(?:\.(\d{1,2}))?$/;
const EXAMPLE = 'schrijf het bedrag in euro met een punt voor de centen, zoals 2500.00';

function reasonWhyNotAnAmount(text: string): string {
  if (text.trim() === '') return `ontbreekt; ${EXAMPLE}`;
  if (text !== text.trim()) return `bevat spaties; ${EXAMPLE}`;
  if (text.startsWith('-')) return 'een bedrag kan niet negatief zijn';
  if (text.includes(',')) return `gebruik een punt als decimaalteken en geen scheidingsteken voor duizendtallen; ${EXAMPLE}`;
  if (/^\d+\.\d{3,}$/.test(text)) return `heeft meer dan twee cijfers achter de punt; een bedrag gaat tot op de cent (${EXAMPLE})`;
  return `is geen bedrag; ${EXAMPLE}`;
}

/**
 * Parses '2500.00' (also '2500', '2500.5') into cents, exactly. Anything else is refused with a
 * Dutch reason under `path`: a comma (ambiguous: '2.500,00' or '2,50'?), a sign, a third decimal.
 */
export function parseEuroAmount(text: string, path: string): Cents {
  const match = AMOUNT_SHAPE.exec(text);
  if (!match) throw new InvalidInputError([{ path, message: reasonWhyNotAnAmount(text) }]);
  const euros = match[1] as string;
  const cents = (match[2] ?? '').padEnd(2, '0');
  const value = BigInt(euros) * 100n + BigInt(cents);
  if (value > BigInt(MAX_CENTS)) throw new InvalidInputError([{ path, message: 'is te groot; het hoogste bedrag is 999999999.99' }]);
  return Number(value);
}

/** Throws when `cents` is not a whole, non-negative number of cents: a programming error, not input. */
export function requireCents(cents: Cents, what: string): void {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`${what} must be a whole, non-negative number of cents, got ${cents}`);
}

/**
 * numerator / denominator, rounded down to a whole cent. Every amount a client owes is rounded
 * down (decision 0010): the rules never allow more than the exact figure, so a fraction of a cent
 * is never charged.
 */
export function roundDownToCent(numerator: bigint, denominator: bigint): Cents {
  if (numerator < 0n || denominator <= 0n) throw new RangeError('roundDownToCent takes a non-negative numerator and a positive denominator');
  return Number(numerator / denominator);
}

/** '€ 2.500,00', the way a Dutch letter writes an amount. */
export function formatEuro(cents: Cents): string {
  requireCents(cents, 'amount');
  const euros = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${euros},${String(cents % 100).padStart(2, '0')}`;
}
