import { statutoryInterest, UnconfirmedRateError } from '../domain/agreement/statutory-interest.ts';
import { InvalidInputError, type ValidationIssue } from '../domain/errors.ts';
import { parseAmountArgs, principalArgument } from './collection-costs.ts';

// `zorgvuldig statutory-interest BEDRAG --from JJJJ-MM-DD --to JJJJ-MM-DD`: the statutory interest
// (art. 6:119 BW, non-commercial) on a principal for every day from --from to --to inclusive,
// compounded yearly, as JSON. A period without a confirmed rate is refused with exit code 1.

export const STATUTORY_INTEREST_USAGE = `  statutory-interest BEDRAG --from JJJJ-MM-DD --to JJJJ-MM-DD
                                      wettelijke rente (art. 6:119 BW) over een hoofdsom, van --from t/m --to`;

const OPTIONS = { from: { type: 'string' }, to: { type: 'string' } } as const;

export function statutoryInterestCommand(args: string[], out: (text: string) => void, err: (text: string) => void): number {
  const { values, positionals } = parseAmountArgs(args, OPTIONS);
  const issues: ValidationIssue[] = [];
  let principal = 0;
  try {
    principal = principalArgument(positionals);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    issues.push(...error.issues);
  }
  for (const name of ['from', 'to'] as const) {
    if (values[name] === undefined) issues.push({ path: `--${name}`, message: 'ontbreekt; geef een datum als JJJJ-MM-DD' });
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  try {
    const result = statutoryInterest(principal, values.from as string, values.to as string, { principal: 'BEDRAG', from: '--from', to: '--to' });
    const periods = result.periods.map((p) => ({ from: p.from, to: p.to, rate: p.basisPoints / 100, source: p.source }));
    out(JSON.stringify({ interestCents: result.interestCents, periods }, null, 2));
    return 0;
  } catch (error) {
    if (!(error instanceof UnconfirmedRateError)) throw error;
    err(`${error.message}\n`);
    return 1;
  }
}
