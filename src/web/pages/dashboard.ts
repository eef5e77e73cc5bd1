import type { DashboardFigures, RegimeFigures } from '../../domain/dashboard/figures.ts';
import { findRegime } from '../../domain/protocols/registry.ts';
import type { RegimeId } from '../../domain/dossier/types.ts';
import { barChart } from '../components/bar-chart.ts';
import { html, type Html } from '../html.ts';
import { formatDate } from '../labels.ts';
import { page } from '../layout.ts';
import type { PageUser } from '../presenters.ts';

// The funder's dashboard (issue 11, point 9): per regime, the open requests by deadline, the
// decisions per month, the median decision time and the share decided within the norm. Each chart
// is an SVG image with a title, a description in words and its numbers as a table; the same
// figures download as CSV.

const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const days = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

const monthLabel = (month: string) => formatDate(`${month}-01`).replace(/^1 /, '');

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function regimeName(regime: string): string {
  return findRegime(regime as RegimeId)?.name ?? regime;
}

function regimeSection(f: RegimeFigures, index: number): Html {
  const name = regimeName(f.regime);
  const open = f.open.overdue + f.open.withinAWeek + f.open.later + f.open.objection;
  const months = f.decisionsPerMonth;
  const id = `regime-${index}`;
  return html`<section aria-labelledby="${id}">
<h2 class="utrecht-heading-2" id="${id}">${name}</h2>
<dl class="utrecht-data-list utrecht-data-list--rows">
  <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Open verzoeken</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${open}</dd></div>
  <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Besluiten</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${f.decided}</dd></div>
  <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Mediane beslistijd</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${f.medianDecisionDays === null ? 'Nog geen besluiten' : `${days.format(f.medianDecisionDays)} dagen`}</dd></div>
  <div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">Binnen de termijn besloten</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${f.shareWithinNorm === null ? 'Nog geen besluiten' : `${percent.format(f.shareWithinNorm)} (${f.decidedWithinNorm} van ${f.decided})`}</dd></div>
</dl>
${barChart({
  id: `${id}-open`,
  title: `Open verzoeken naar termijn, ${name}`,
  description: `${plural(f.open.overdue, 'verzoek is', 'verzoeken zijn')} over de termijn, ${plural(f.open.withinAWeek, 'verzoek moet', 'verzoeken moeten')} binnen een week besloten worden, ${plural(f.open.later, 'verzoek heeft', 'verzoeken hebben')} meer tijd, ${plural(f.open.objection, 'bezwaar wacht', 'bezwaren wachten')} op een besluit.`,
  categoryLabel: 'Termijn',
  categories: ['Over de termijn', 'Binnen een week', 'Later', 'Bezwaar (geen termijn)'],
  series: [{ name: 'Open verzoeken', values: [f.open.overdue, f.open.withinAWeek, f.open.later, f.open.objection] }],
})}
${barChart({
  id: `${id}-besluiten`,
  title: `Besluiten per maand, ${name}`,
  description:
    months.length === 0
      ? 'Nog geen besluiten.'
      : months
          .map((m) => `${monthLabel(m.month)}: ${m.counts.accepted} akkoord, ${m.counts['accepted-with-conditions']} akkoord onder voorwaarden, ${m.counts.rejected} niet akkoord`)
          .join('. ') + '.',
  categoryLabel: 'Maand',
  categories: months.map((m) => monthLabel(m.month)),
  series: [
    { name: 'Akkoord', values: months.map((m) => m.counts.accepted) },
    { name: 'Akkoord onder voorwaarden', values: months.map((m) => m.counts['accepted-with-conditions']) },
    { name: 'Niet akkoord', values: months.map((m) => m.counts.rejected) },
  ],
})}
</section>`;
}

export function dashboardPage(options: { user: PageUser; csrfToken: string; figures: DashboardFigures }): string {
  const { figures } = options;
  return page({
    title: 'Dashboard',
    user: options.user,
    csrfToken: options.csrfToken,
    current: 'dashboard',
    body: html`<h1 class="utrecht-heading-1">Dashboard</h1>
<p class="utrecht-paragraph">De verzoeken aan ${options.user.organisationName}, per regime, op ${formatDate(figures.asOf)}. De beslistijd telt kalenderdagen van indienen tot besluit; ‘binnen de termijn’ is op of vóór de beslistermijn (na opschorting voor vragen).</p>
<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="/dashboard.csv" download>Dezelfde cijfers als CSV</a></p>
${figures.regimes.length === 0 ? html`<p class="utrecht-paragraph">Er zijn nog geen verzoeken aan uw organisatie.</p>` : figures.regimes.map(regimeSection)}`,
  });
}
