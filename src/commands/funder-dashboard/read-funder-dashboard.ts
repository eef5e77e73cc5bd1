import { stringify } from 'csv-stringify/sync';
import { dashboardFigures, figureRows, type DashboardFigures } from '../../domain/dashboard/figures.ts';
import { requestSummaries } from '../../store/funder-dashboard.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { ownOrganisation, userOf } from '../pipeline/resources.ts';

/**
 * The funder's dashboard over the requests addressed to the actor's own organisation, and the same
 * figures as CSV (one line per figure: regime, measure, what it counts, value). Counts only: it
 * shows no client, so it is logged as one row in the funder's own chain.
 */
export const readFunderDashboard = command({
  action: 'funder-dashboard.read',
  event: 'funder-dashboard.read',
  load: ownOrganisation,
  async run(tx, _organisation, _input: void, ctx): Promise<{ figures: DashboardFigures; csv: string }> {
    const figures = dashboardFigures(await requestSummaries(tx, userOf(ctx.actor).organisationId), todayOf(ctx));
    const csv = stringify(
      figureRows(figures).map((r) => ({ ...r, value: r.value ?? '' })),
      { header: true, columns: ['regime', 'measure', 'key', 'value'] },
    );
    return { figures, csv };
  },
});
