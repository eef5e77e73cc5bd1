import { stringify } from 'csv-stringify/sync';
import { dashboardFigures, figureRows, type DashboardFigures, type FigureRow } from '../../domain/dashboard/figures.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import { requestSummaries } from '../../store/funder-dashboard.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

// The CSV a person downloads from the page speaks Dutch (review finding 21); the API's keeps the
// keys programs read, as its JSON does.
const MEASURES: Record<FigureRow['measure'], string> = {
  open: 'Open verzoeken',
  decisions: 'Besluiten',
  'median-decision-days': 'Mediaan besluitduur (dagen)',
  'decided-within-norm': 'Binnen de termijn besloten (van het aantal besluiten)',
  'share-within-norm': 'Aandeel binnen de termijn',
};
const KEYS: Record<string, string> = {
  overdue: 'over de termijn',
  withinAWeek: 'binnen een week',
  later: 'later',
  accepted: 'akkoord',
  'accepted-with-conditions': 'akkoord met voorwaarden',
  rejected: 'niet akkoord',
};

function csvOf(rows: readonly FigureRow[], dutch: boolean): string {
  if (!dutch) return stringify(rows.map((r) => ({ ...r, value: r.value ?? '' })), { header: true, columns: ['regime', 'measure', 'key', 'value'] });
  return stringify(
    rows.map((r) => [findRegime(r.regime)?.name ?? r.regime, MEASURES[r.measure], r.key.split(' ').map((k) => KEYS[k] ?? k).join(' '), r.value ?? '']),
    { header: true, columns: ['Regime', 'Cijfer', 'Waarvan', 'Waarde'] },
  );
}

/**
 * The funder's dashboard over the requests addressed to the actor's own organisation, and the same
 * figures as CSV (one line per figure: regime, measure, what it counts, value; `dutch`: in words for
 * people). Counts only: it shows no client, so it is logged as one row in the funder's own chain.
 */
export const readFunderDashboard = command({
  action: 'funder-dashboard.read',
  event: 'funder-dashboard.read',
  load: ownOrganisation,
  async run(tx, _organisation, input: { dutch: boolean } | undefined, ctx): Promise<{ figures: DashboardFigures; csv: string }> {
    const figures = dashboardFigures(await requestSummaries(tx, userOf(ctx.actor).organisationId), todayOf(ctx));
    return { figures, csv: csvOf(figureRows(figures), input?.dutch === true) };
  },
});
