// Pages are built from tagged templates. Every interpolated value is escaped unless it is already
// `Html` (made by this very tag or by `trusted`), so a client's name can never become markup.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = Html | string | number | boolean | null | undefined | readonly Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string) : text;
}

function render(value: Interpolation): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0] as string;
  values.forEach((value, i) => (out += render(value) + (strings[i + 1] as string)));
  return new Html(out);
}

/** Markup that is known to be safe (a constant of our own), inserted as is. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/** `attr('aria-describedby', ids)`: the attribute, or nothing when the value is empty. */
export function attr(name: string, value: string | undefined | null | false): Html {
  return value === undefined || value === null || value === false || value === '' ? trusted('') : html` ${trusted(name)}="${value}"`;
}
