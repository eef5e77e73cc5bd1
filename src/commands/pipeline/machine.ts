import { hostname, userInfo } from 'node:os';
import type { Store } from '../../store/database.ts';
import type { CommandContext } from './context.ts';

// The contexts of the doors that are not a person over HTTP: the CLI, run by whoever is logged in
// on the machine (named in the access log by their operating-system account), and the jobs.

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    // An account without a name (a bare container uid): its number still says who.
    return `uid-${process.getuid?.() ?? 'onbekend'}`;
  }
}

export function operatorContext(store: Store): CommandContext {
  const host = hostname();
  return { store, actor: { kind: 'operator', osUser: osUser(), host }, origin: host };
}

export function jobContext(store: Store, job: string): CommandContext {
  return { store, actor: { kind: 'system', job }, origin: hostname() };
}
