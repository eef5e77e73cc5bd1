// When failed sign-ins hold further attempts back (decision 0015). Failures are counted per account
// (by its e-mail address, known or not, so the answer tells nobody which addresses exist) and per
// network address, only for attempts that do not come from a browser where the account signed in
// before (a trusted device); a trusted device counts its own failures and loses its trust after
// too many. Past a number of free failures every further failure doubles the wait, up to a cap, so a
// flood slows guessing to a trickle but never locks anyone out for long, and never at all on a
// device they signed in on before.

export interface ThrottleRule {
  /** Failures allowed before any wait. */
  free: number;
  firstBlockMs: number;
  maxBlockMs: number;
}

export const ACCOUNT_RULE: ThrottleRule = { free: 5, firstBlockMs: 60_000, maxBlockMs: 15 * 60_000 };
/** An office behind one address (NAT) has many people mistyping: a higher allowance. */
export const ADDRESS_RULE: ThrottleRule = { free: 30, firstBlockMs: 60_000, maxBlockMs: 15 * 60_000 };
/** A trusted device that fails this often is trusted no more. */
export const DEVICE_FAILURES_ALLOWED = 10;
/** Failures this old are forgotten: the count starts over. */
export const FORGET_FAILURES_MS = 24 * 60 * 60_000;

/** How long the n-th failure (1-based) blocks further attempts; 0: not at all. */
export function blockAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.firstBlockMs * 2 ** (failures - rule.free), rule.maxBlockMs);
}

export const accountKey = (emailHash: string) => `account:${emailHash}`;
export const addressKey = (address: string) => `address:${address}`;
