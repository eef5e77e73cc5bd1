import type { Entry } from '../../domain/dossier/types.ts';
import { COMMON_FIELDS, ENTRY_FORMS, type FieldSpec } from '../entry-forms.ts';
import type { TimelineEntry } from '../presenters.ts';
import { html, type Html } from '../html.ts';
import { ENTRY_TYPE_LABELS, formatDate, formatMoment } from '../labels.ts';

// The dossier as a chronological timeline. Nothing is hidden: a correction is shown as its own
// entry that says what it corrects, and the corrected original stays visible, marked as such.

export type TimelineOrder = 'nieuwste' | 'oudste';

export const entryAnchor = (id: string) => `item-${id}`;

export function entrySummary(entry: Entry): string {
  return `${ENTRY_TYPE_LABELS[entry.type]}, ${formatDate(entry.date)}`;
}

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

function shown(field: FieldSpec, value: unknown): string {
  switch (field.kind) {
    case 'choice':
      return field.options[String(value)] ?? String(value);
    case 'multi':
      return (value as string[]).map((v) => field.options[v] ?? v).join(', ');
    case 'yesno':
      return value === true ? 'Ja' : 'Nee';
    case 'date':
      return formatDate(String(value));
    case 'euro':
      return euro.format(Number(value) / 100);
    default:
      return String(value);
  }
}

function fields(entry: Entry): Html {
  const record = entry as unknown as Record<string, unknown>;
  const specs = [...ENTRY_FORMS[entry.type].fields, ...COMMON_FIELDS.filter((f) => f.name !== 'date')];
  const present = specs.filter((f) => record[f.name] !== undefined);
  if (present.length === 0) return html``;
  return html`<dl class="utrecht-data-list">${present.map(
    (f) => html`<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${f.label}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${shown(f, record[f.name])}</dd></div>`,
  )}</dl>`;
}

export function timeline(entries: readonly TimelineEntry[], order: TimelineOrder): Html {
  const byId = new Map(entries.map((e) => [e.entry.id, e.entry]));
  const correctedBy = new Map<string, string>();
  for (const { entry } of entries) if (entry.corrects !== undefined) correctedBy.set(entry.corrects, entry.id);
  const sorted = [...entries].sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.seq - b.seq);
  if (order === 'nieuwste') sorted.reverse();
  if (sorted.length === 0) return html`<p class="utrecht-paragraph">Het dossier is nog leeg.</p>`;
  return html`<ol class="zv-timeline">${sorted.map(({ entry, author, recordedAt, letterPdf }) => {
    const corrected = correctedBy.get(entry.id);
    const original = entry.corrects !== undefined ? byId.get(entry.corrects) : undefined;
    const classes = ['zv-entry', corrected !== undefined ? 'zv-entry--superseded' : '', original !== undefined ? 'zv-entry--correction' : ''].filter(Boolean).join(' ');
    return html`<li class="${classes}" id="${entryAnchor(entry.id)}" data-entry-type="${entry.type}">
  <article aria-labelledby="${entryAnchor(entry.id)}-kop">
    <h3 class="utrecht-heading-3" id="${entryAnchor(entry.id)}-kop">${original !== undefined ? 'Correctie: ' : ''}${ENTRY_TYPE_LABELS[entry.type]} <span class="zv-muted">· <time datetime="${entry.date}">${formatDate(entry.date)}</time></span></h3>
    <p class="utrecht-paragraph utrecht-paragraph--small">Item ${entry.id} · vastgelegd door ${author ?? 'import door beheer'} op ${formatMoment(recordedAt)}</p>
    ${original !== undefined ? html`<p class="utrecht-paragraph">Corrigeert <a class="utrecht-link utrecht-link--html-a" href="#${entryAnchor(original.id)}">${entrySummary(original)} (item ${original.id})</a>.</p>` : ''}
    ${corrected !== undefined ? html`<p class="utrecht-paragraph"><strong>Gecorrigeerd</strong> door <a class="utrecht-link utrecht-link--html-a" href="#${entryAnchor(corrected)}">item ${corrected}</a>; dit is de oorspronkelijke vastlegging.</p>` : ''}
    ${fields(entry)}
    ${letterPdf !== undefined ? html`<p class="utrecht-paragraph"><a class="utrecht-link utrecht-link--html-a" href="${letterPdf}" download>De verzonden brief (PDF)</a></p>` : ''}
  </article>
</li>`;
  })}</ol>`;
}
