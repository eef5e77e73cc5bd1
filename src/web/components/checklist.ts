import type { Assessment, DeadlineResult, DeadlineState, RequirementResult, RequirementStatus } from '../../domain/assessment/types.ts';
import type { Entry } from '../../domain/dossier/types.ts';
import type { SourceRef } from '../../domain/protocols/types.ts';
import { html, type Html } from '../html.ts';
import { REQUIREMENT_STATUS_LABELS, formatDate, sourceTitle } from '../labels.ts';
import { entryAnchor, entrySummary } from './timeline.ts';
import { deadlineTypeOf } from '../../domain/assessment/deadline-types.ts';
import { deadlineExplanation } from '../../domain/assessment/deadlines.ts';
import { heldBeforeDue, standstillText, type Standstill } from '../../domain/requests/term.ts';

// The assessment beside the dossier: every requirement met or missing with the entries that prove
// it and the clause it comes from (the quote folds open; clauses of other seeds on the same step
// beside it), advice told apart from what is required, what to do next, and the deadlines with
// the reason for their counting.

const BADGE: Record<RequirementStatus, string> = { met: 'safe', missing: 'danger', 'not-applicable': 'neutral' };
const DEADLINE_STATE: Record<DeadlineState, string> = { open: 'Loopt', met: 'Gehaald', overdue: 'Verlopen' };

/** The clause a rule comes from: its document's title and its place there, the quote folded open on request. */
export function source(s: SourceRef, prefix = 'Bron'): Html {
  return html`<details class="zv-source"><summary>${prefix}: ${sourceTitle(s.seed)}${s.place !== undefined ? html` — <span class="zv-place">${s.place}</span>` : ''}</summary><blockquote class="utrecht-blockquote"><p class="utrecht-paragraph">“${s.quote}”</p></blockquote></details>`;
}

/** The badge: an advised step not taken is advice, not a gap. */
function badge(r: RequirementResult): Html {
  if (r.level === 'advised' && r.status === 'missing') {
    return html`<span class="utrecht-status-badge utrecht-status-badge--warning">Aanbevolen</span>`;
  }
  return html`<span class="utrecht-status-badge utrecht-status-badge--${BADGE[r.status]}">${REQUIREMENT_STATUS_LABELS[r.status]}</span>`;
}

function notes(r: RequirementResult): Html {
  return html`${
    r.judgedByFunder === true
      ? html`<p class="utrecht-paragraph utrecht-paragraph--small">Deze reden staat niet in de voorbeelden van het protocol: de financier beoordeelt of hij zwaarwegend genoeg is.</p>`
      : ''
  }${
    r.related !== undefined
      ? html`<p class="utrecht-paragraph utrecht-paragraph--small">${r.related.note}</p>${r.related.sources.map((s) => source(s, 'Zie ook'))}`
      : ''
  }${r.notCounted !== undefined ? source(r.notCounted.source, 'Waarom niet meegeteld') : ''}`;
}

/** How many proving entries are linked; a long dossier can have hundreds, the latest say enough. */
const EVIDENCE_SHOWN = 5;

function evidence(ids: readonly string[], entries: ReadonlyMap<string, Entry>): Html {
  if (ids.length === 0) return html``;
  const shown = ids.slice(-EVIDENCE_SHOWN);
  const earlier = ids.length - shown.length;
  return html`<p class="utrecht-paragraph utrecht-paragraph--small">Blijkt uit: ${shown.map((id, i) => {
    const entry = entries.get(id);
    return html`${i > 0 ? ', ' : ''}<a class="utrecht-link utrecht-link--html-a" href="#${entryAnchor(id)}">${entry !== undefined ? entrySummary(entry) : `item ${id}`}</a>`;
  })}${earlier > 0 ? ` en ${earlier} ${earlier === 1 ? 'eerder item' : 'eerdere items'}` : ''}</p>`;
}

/** One deadline; the funder's decision term with the question that holds it still, if one does. */
function deadlineItem(d: DeadlineResult, standstill: Standstill | undefined): Html {
  const held = standstill !== undefined && d.state !== 'met' && deadlineTypeOf(d.id)?.funderDecision === true ? standstill : undefined;
  const still = held !== undefined && heldBeforeDue(held.askedOn, d.date);
  const state = still ? 'open' : d.state;
  return html`<li data-deadline="${d.id}" data-state="${d.state}">
  <p class="utrecht-paragraph"><strong><time datetime="${d.date}">${formatDate(d.date)}</time></strong> — ${d.rule} <span class="utrecht-status-badge utrecht-status-badge--${state === 'overdue' ? 'danger' : state === 'met' ? 'safe' : 'neutral'}">${still ? 'Staat stil' : DEADLINE_STATE[state]}</span></p>
  ${held !== undefined ? html`<p class="utrecht-paragraph" data-standstill><strong>${standstillText(held)}</strong></p>` : ''}
  <p class="utrecht-paragraph utrecht-paragraph--small">${deadlineExplanation(d)}</p>
  ${source(d.source)}
</li>`;
}

/**
 * The checklist and the deadlines. `standstill`: the funder's question that holds the decision term
 * still (domain/requests/term.ts), said beside the funder's decision deadline.
 */
export function checklist(assessment: Assessment, entries: ReadonlyMap<string, Entry>, standstill?: Standstill): Html {
  const missing = assessment.requirements.filter((r) => r.status === 'missing' && r.level === 'required').length;
  return html`<section aria-labelledby="checklist-kop" class="zv-checklist">
<h2 class="utrecht-heading-2" id="checklist-kop">Checklist van het protocol</h2>
<p class="utrecht-paragraph utrecht-paragraph--small">Getoetst op ${formatDate(assessment.asOf)}.</p>
${
  assessment.canSubmit
    ? html`<div class="utrecht-alert utrecht-alert--ok" id="indienbaar"><div class="utrecht-alert__content"><p class="utrecht-alert__message">Het dossier voldoet aan wat het protocol vraagt vóór de beslissende stap.</p></div></div>`
    : html`<div class="utrecht-alert utrecht-alert--warning" id="indienbaar"><div class="utrecht-alert__content"><p class="utrecht-alert__message">Nog niet zover: ${assessment.blockers.length === 1 ? '1 vereiste ontbreekt' : `${assessment.blockers.length} vereisten ontbreken`} vóór de beslissende stap.</p></div></div>`
}
<ul class="zv-requirements" aria-label="Vereisten (${missing} ontbreken)">
${assessment.requirements.map(
  (r) => html`<li data-requirement="${r.id}" data-status="${r.status}" data-level="${r.level}">
  ${badge(r)}
  <p class="utrecht-paragraph">${r.text}</p>
  ${evidence(r.evidence, entries)}
  ${source(r.source)}
  ${notes(r)}
</li>`,
)}
</ul>
<h2 class="utrecht-heading-2">Termijnen</h2>
${
  assessment.deadlines.length === 0
    ? html`<p class="utrecht-paragraph">Er loopt nog geen termijn.</p>`
    : html`<ul class="zv-requirements" id="termijnen">${assessment.deadlines.map((d) => deadlineItem(d, standstill))}</ul>`
}
</section>`;
}
