import { html, type Html } from '../html.ts';
import { tableContainer } from './table-container.ts';

// A bar chart drawn on the server as SVG, so it reads without JavaScript. The SVG is an image with
// a title and a description (its accessible name and text equivalent); the same numbers follow in
// a table, for screen readers, for copying, and for anyone who cannot tell the colours apart.
// It scales with its container (a viewBox, no fixed width), so it fits a 390 px screen.

export interface BarSeries {
  name: string;
  values: readonly number[];
}

export interface BarChartSpec {
  /** Unique in the page: the ids of the title and description derive from it. */
  id: string;
  title: string;
  /** What the chart shows, in words: the text equivalent a screen reader reads out. */
  description: string;
  /** The groups along the horizontal axis (months, deadline groups). */
  categories: readonly string[];
  /** One bar per series in each group; one series draws plain bars. */
  series: readonly BarSeries[];
  /** What the first column of the table names (e.g. 'Maand'). */
  categoryLabel: string;
}

/** Colours with a contrast of at least 3:1 against white (WCAG 1.4.11), told apart in the legend and the table too. */
const COLOURS = ['#154273', '#8f4a00', '#39870c', '#a90061'];

const WIDTH = 320;
const HEIGHT = 180;
const AXIS = 28;
const TOP = 16;

/** A round maximum for the axis, so the top label is a number a reader expects. */
export function axisMaximum(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((s) => s * magnitude >= max) as number;
  return step * magnitude;
}

function bars(spec: BarChartSpec, top: number): Html[] {
  const plotWidth = WIDTH - AXIS;
  const plotHeight = HEIGHT - AXIS - TOP;
  const groupWidth = plotWidth / Math.max(1, spec.categories.length);
  const barWidth = (groupWidth * 0.8) / Math.max(1, spec.series.length);
  return spec.categories.flatMap((category, c) => [
    ...spec.series.map((series, s) => {
      const value = series.values[c] ?? 0;
      const height = (value / top) * plotHeight;
      const x = AXIS + c * groupWidth + groupWidth * 0.1 + s * barWidth;
      return html`<rect x="${x.toFixed(1)}" y="${(TOP + plotHeight - height).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}" fill="${COLOURS[s % COLOURS.length] as string}"><title>${category}, ${series.name}: ${value}</title></rect>`;
    }),
    html`<text x="${(AXIS + c * groupWidth + groupWidth / 2).toFixed(1)}" y="${HEIGHT - 10}" text-anchor="middle" font-size="10">${category}</text>`,
  ]);
}

function legend(spec: BarChartSpec): Html | null {
  if (spec.series.length < 2) return null;
  return html`<ul class="utrecht-unordered-list zv-chart-legend">${spec.series.map(
    (series, s) => html`<li class="utrecht-unordered-list__item"><svg width="12" height="12" aria-hidden="true" focusable="false"><rect width="12" height="12" fill="${COLOURS[s % COLOURS.length] as string}"/></svg> ${series.name}</li>`,
  )}</ul>`;
}

function table(spec: BarChartSpec): Html {
  return tableContainer(`${spec.title}: de cijfers`, html`<table class="utrecht-table utrecht-table--html-table">
<caption class="utrecht-table__caption">${spec.title}: de cijfers</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th scope="col" class="utrecht-table__header-cell">${spec.categoryLabel}</th>${spec.series.map(
    (s) => html`<th scope="col" class="utrecht-table__header-cell">${s.name}</th>`,
  )}</tr></thead>
<tbody class="utrecht-table__body">${spec.categories.map(
    (category, c) =>
      html`<tr class="utrecht-table__row"><th scope="row" class="utrecht-table__header-cell">${category}</th>${spec.series.map(
        (s) => html`<td class="utrecht-table__cell">${s.values[c] ?? 0}</td>`,
      )}</tr>`,
  )}</tbody></table>`);
}

/** The chart (an image with its title and description), its legend, and its numbers as a table. */
export function barChart(spec: BarChartSpec): Html {
  const max = Math.max(0, ...spec.series.flatMap((s) => s.values));
  const top = axisMaximum(max);
  const titleId = `${spec.id}-titel`;
  const descId = `${spec.id}-beschrijving`;
  return html`<figure class="zv-chart" id="${spec.id}">
<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-labelledby="${titleId} ${descId}" focusable="false">
<title id="${titleId}">${spec.title}</title>
<desc id="${descId}">${spec.description}</desc>
<line x1="${AXIS}" y1="${TOP}" x2="${AXIS}" y2="${HEIGHT - AXIS}" stroke="#555"/><line x1="${AXIS}" y1="${HEIGHT - AXIS}" x2="${WIDTH}" y2="${HEIGHT - AXIS}" stroke="#555"/>
<text x="${AXIS - 4}" y="${TOP + 4}" text-anchor="end" font-size="10">${top}</text><text x="${AXIS - 4}" y="${HEIGHT - AXIS}" text-anchor="end" font-size="10">0</text>
${bars(spec, top)}
</svg>
<figcaption class="utrecht-paragraph">${spec.title}. ${spec.description}</figcaption>
${legend(spec)}
${table(spec)}
</figure>`;
}
