import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axisMaximum, barChart } from './bar-chart.ts';

// The server's SVG bar chart: escaped, named for assistive technology, with its numbers as a table.

const spec = {
  id: 'besluiten',
  title: 'Besluiten per maand',
  description: 'Maart: 2 toegekend, 1 afgewezen. April: 1 toegekend.',
  categoryLabel: 'Maand',
  categories: ['maart 2026', 'april 2026'],
  series: [
    { name: 'Toegekend', values: [2, 1] },
    { name: 'Afgewezen', values: [1, 0] },
  ],
};

const heights = (markup: string) => [...markup.matchAll(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="([^"]+)"/g)].map((m) => Number(m[1]));

describe('the bar chart', () => {
  test('an image named by its title and description, one bar per series and month, proportional to the value', () => {
    const markup = barChart(spec).value;
    assert.match(markup, /<svg [^>]*role="img" aria-labelledby="besluiten-titel besluiten-beschrijving"/);
    assert.match(markup, /<title id="besluiten-titel">Besluiten per maand<\/title>/);
    assert.match(markup, /<desc id="besluiten-beschrijving">Maart: 2 toegekend, 1 afgewezen. April: 1 toegekend.<\/desc>/);
    const [a, b, c, d] = heights(markup) as [number, number, number, number];
    // Axis to 2: the bar of 2 fills the plot, the bars of 1 half of it, the 0 has no height.
    assert.deepEqual([a / a, b / a, c / a, d], [1, 0.5, 0.5, 0]);
    assert.match(markup, /<title>maart 2026, Afgewezen: 1<\/title>/);
  });

  test('the same numbers as a table with headers, and a legend when there are several series', () => {
    const markup = barChart(spec).value;
    assert.match(markup, /<caption class="utrecht-table__caption">Besluiten per maand: de cijfers<\/caption>/);
    assert.match(markup, /<th scope="col" class="utrecht-table__header-cell">Maand<\/th><th scope="col" class="utrecht-table__header-cell">Toegekend<\/th>/);
    assert.match(markup, /<th scope="row" class="utrecht-table__header-cell">april 2026<\/th><td class="utrecht-table__cell">1<\/td><td class="utrecht-table__cell">0<\/td>/);
    assert.match(markup, /zv-chart-legend/);
    assert.doesNotMatch(barChart({ ...spec, series: [spec.series[0]!] }).value, /zv-chart-legend/);
  });

  test('everything it is given is escaped, in the SVG and in the table', () => {
    const evil = '<script>alert(1)</script>"&';
    const markup = barChart({ ...spec, id: 'x"y', title: evil, description: evil, categories: [evil], series: [{ name: evil, values: [1] }] }).value;
    assert.doesNotMatch(markup, /<script>/);
    assert.doesNotMatch(markup, /x"y/);
    assert.match(markup, /&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;&amp;/);
  });

  test('no data: an empty chart with an axis to 1, no bars, no NaN', () => {
    const markup = barChart({ ...spec, categories: [], series: [] }).value;
    assert.equal(heights(markup).length, 0);
    assert.doesNotMatch(markup, /NaN|Infinity/);
  });

  test('the axis ends on a round number at or above the highest value', () => {
    assert.deepEqual([0, 1, 3, 7, 10, 11, 26, 480].map(axisMaximum), [1, 1, 5, 10, 10, 20, 50, 500]);
  });
});
