import { html, type Html } from '../html.ts';

/**
 * A table in a box that scrolls sideways when the table is wider than the window (a phone's 390 px),
 * instead of widening the page. The box is a region named like the table and reachable by keyboard,
 * so it can be scrolled without a mouse (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function tableContainer(label: string, table: Html): Html {
  return html`<div class="utrecht-table-container" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}
