import { parseArgs, type ParseArgsConfig } from 'node:util';
import { collectionCosts } from '../domain/agreement/collection-costs.ts';
import { parseEuroAmount } from '../domain/agreement/money.ts';
import { InvalidInputError } from '../domain/errors.ts';

// `zorgvuldig collection-costs BEDRAG`: the extrajudicial collection costs on a principal by the
// staffel of the Besluit vergoeding voor buitengerechtelijke incassokosten, as JSON.

export const COLLECTION_COSTS_USAGE = `  collection-costs BEDRAG             buitengerechtelijke incassokosten over een hoofdsom in euro (zoals 2500.00)`;

const NEGATIVE_AMOUNT = /^-\d/;

/**
 * parseArgs with the amount among the positionals. parseArgs would read '-5.00' as a cluster of
 * short options; an argument of a minus and a digit is an amount, refused in Dutch as negative.
 */
export function parseAmountArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  const parsed = parseArgs({ args: args.filter((a) => !NEGATIVE_AMOUNT.test(a)), options, allowPositionals: true });
  return { values: parsed.values, positionals: [...parsed.positionals, ...args.filter((a) => NEGATIVE_AMOUNT.test(a))] };
}

/** The principal, the one positional argument, in cents. */
export function principalArgument(positionals: readonly string[]): number {
  if (positionals.length !== 1) {
    throw new InvalidInputError([
      { path: 'BEDRAG', message: `${positionals.length === 0 ? 'ontbreekt' : 'precies één bedrag'}; geef de hoofdsom in euro, zoals 2500.00` },
    ]);
  }
  const cents = parseEuroAmount(positionals[0] as string, 'BEDRAG');
  if (cents === 0) throw new InvalidInputError([{ path: 'BEDRAG', message: 'moet groter zijn dan 0.00' }]);
  return cents;
}

export function collectionCostsCommand(args: string[]): string {
  const { positionals } = parseAmountArgs(args, {});
  const { principalCents, costsCents } = collectionCosts(principalArgument(positionals));
  return JSON.stringify({ principalCents, costsCents }, null, 2);
}
