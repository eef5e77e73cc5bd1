import { html, type Html } from '../html.ts';

// The filter forms of the list pages (GET forms, so a filtered list is a link) and their paging.

export type Choices = readonly (readonly [value: string, text: string])[];

function options(choices: Choices, current: string | undefined): Html[] {
  return choices.map(([value, text]) => html`<option value="${value}"${value === current ? html` selected` : ''}>${text}</option>`);
}

/** A select whose empty first option means "no filter"; choices may come in labelled groups. */
export function filterSelect(
  name: string,
  label: string,
  choices: Choices | readonly (readonly [group: string, choices: Choices])[],
  current: string | undefined,
): Html {
  const grouped = choices.length > 0 && typeof choices[0]?.[1] !== 'string';
  return html`<div class="utrecht-form-field utrecht-form-field--text">
  <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="filter-${name}">${label}</label></div>
  <div class="utrecht-form-field__input"><select class="utrecht-select utrecht-select--html-select" id="filter-${name}" name="${name}">
    <option value="">Alle</option>
    ${
      grouped
        ? (choices as readonly (readonly [string, Choices])[]).map(([group, inGroup]) => html`<optgroup label="${group}">${options(inGroup, current)}</optgroup>`)
        : options(choices as Choices, current)
    }
  </select></div>
</div>`;
}

/** "1 casus", "25 casussen", "1.000+ casussen": a plus where counting stopped (store/bounded-count.ts). */
export function countText(count: { total: number; exact: boolean }, one: string, many: string): string {
  if (count.exact && count.total === 1) return `1 ${one}`;
  return `${count.total.toLocaleString('nl-NL')}${count.exact ? '' : '+'} ${many}`;
}

/** How many pages a list of `total` rows takes; an empty list is one (empty) page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Previous / next links and where the reader is; nothing when everything fits on one page. */
export function pagination(current: number, pages: number, link: (pageNumber: number) => string, exact = true): Html {
  if (pages <= 1) return html``;
  return html`<nav class="utrecht-pagination" aria-label="Paginering">
  ${current > 1 ? html`<a class="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev" rel="prev" href="${link(current - 1)}">Vorige pagina</a>` : ''}
  <span class="utrecht-pagination__page-link utrecht-pagination__page-link--current" aria-current="page">Pagina ${current} van ${pages}${exact ? '' : '+'}</span>
  ${current < pages ? html`<a class="utrecht-pagination__relative-link utrecht-pagination__relative-link--next" rel="next" href="${link(current + 1)}">Volgende pagina</a>` : ''}
</nav>`;
}

/**
 * The paging of a list paged by its index (decision 0022): 'Volgende pagina' carries the cursor of
 * the page's last row (`na`), so the next page costs the same at any depth and does not shift when
 * rows are added meanwhile; 'Vorige pagina' goes back by page number. No next cursor: the last page.
 */
export function keysetPagination(
  current: number,
  total: { total: number; exact: boolean },
  pageSize: number,
  next: string | null,
  link: (pageNumber: number) => string,
): { pages: number; nav: Html } {
  const pages = next === null ? current : Math.max(pageCount(total.total, pageSize), current + 1);
  const withCursor = (n: number) => (n === current + 1 && next !== null ? `${link(n)}&na=${next}` : link(n));
  return { pages, nav: pagination(current, pages, withCursor, total.exact) };
}
