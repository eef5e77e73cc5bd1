// The regimes Zorgvuldig knows. Adding a funder's protocol means adding its file here; the
// assessment engine reads nothing else.

import { gemeenteBijlage6 } from './regimes/gemeente-bijlage6.ts';
import { groningenWmo } from './regimes/groningen-wmo.ts';
import { onlWmo } from './regimes/onl-wmo.ts';
import { vgzWijkverpleging } from './regimes/vgz-wijkverpleging.ts';
import type { Regime } from './types.ts';

export type { Regime } from './types.ts';

export const regimes: readonly Regime[] = [groningenWmo, gemeenteBijlage6, vgzWijkverpleging, onlWmo];

const byId = new Map<string, Regime>(regimes.map((r) => [r.id, r]));

export function findRegime(id: string): Regime | undefined {
  return byId.get(id);
}
