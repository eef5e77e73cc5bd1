import { createHash } from 'node:crypto';
import { assess } from '../../domain/assessment/assess.ts';
import { regimes } from '../../domain/protocols/registry.ts';
import { writeCaseProjection } from '../../store/case-projection.ts';
import { findCaseWithEntries } from '../../store/cases.ts';
import { claimStaleCases, markStaleForRules } from '../../store/projections.ts';
import { command } from '../pipeline/execute.ts';
import { toDocument } from './dossier.ts';

/**
 * The version of the rules the projections are made from: the regimes as data. A release that
 * changes a term, a requirement or a deadline type changes it, and every projection is made again.
 */
const RULES_VERSION = createHash('sha256').update(JSON.stringify(regimes)).digest('hex').slice(0, 16);

/**
 * One batch of the projection job (decision 0022): the cases whose projection (next deadline, can it
 * be submitted, the deadline rows the overview and the reminders read) was assessed before `today`,
 * or under other rules, assessed again as of today. A system job: it reads dossiers to recompute what
 * the application itself derived from them and shows nobody anything, so the access log gets no row.
 */
export const refreshProjections = command({
  action: 'projection.refresh',
  event: 'projection.refresh',
  load: async () => ({ kind: 'installation' as const }),
  async run(tx, _installation, input: { today: string; batch: number; rulesVersion?: string }): Promise<{ refreshed: number; rulesChanged: boolean }> {
    const rulesChanged = await markStaleForRules(tx, input.rulesVersion ?? RULES_VERSION);
    const ids = await claimStaleCases(tx, input.today, input.batch);
    for (const id of ids) {
      const found = await findCaseWithEntries(tx, id);
      if (found === undefined) continue;
      const assessment = assess(toDocument(found.record, found.entries.map((e) => e.entry)), input.today);
      await writeCaseProjection(tx, id, found.record.organisationId, assessment);
    }
    return { refreshed: ids.length, rulesChanged };
  },
});
