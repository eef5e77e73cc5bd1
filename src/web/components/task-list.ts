import { entryTemplateFor, pendingSteps, type EntryTemplate } from '../../domain/assessment/tasks.ts';
import type { Assessment } from '../../domain/assessment/types.ts';
import type { Regime } from '../../domain/protocols/types.ts';
import { html, type Html } from '../html.ts';
import { ENTRY_TYPE_LABELS } from '../labels.ts';

// The NL Design System task-list pattern over the assessment: each missing requirement a task whose
// link opens the entry form that satisfies it, with its type and the fields the rule asks for
// already filled in; advice beside it; and when nothing is to be recorded, what is pending (the
// funder's decision awaited, or chased when late), so the list is never empty while a step is open.

/** The entry form's address with the template's values as its query (the form reads them as its start values). */
function entryFormHref(caseId: string, template: EntryTemplate, requirement: string): string {
  const query = new URLSearchParams({ soort: template.type });
  for (const [name, value] of Object.entries(template.values)) {
    if (typeof value === 'boolean') query.append(name, value ? 'ja' : 'nee');
    else for (const v of [value].flat()) query.append(name, v);
  }
  query.append('taak', requirement);
  return `/casussen/${caseId}/items/nieuw?${query.toString()}`;
}

const TAG = {
  todo: html`<strong class="utrecht-status-badge utrecht-status-badge--danger zv-task__status">Te doen</strong>`,
  advised: html`<strong class="utrecht-status-badge utrecht-status-badge--warning zv-task__status">Aanbevolen</strong>`,
  pending: html`<strong class="utrecht-status-badge utrecht-status-badge--neutral zv-task__status">Wacht</strong>`,
  expired: html`<strong class="utrecht-status-badge utrecht-status-badge--warning zv-task__status">Verstreken</strong>`,
};

function task(text: string, status: keyof typeof TAG, hint: Html | string, href?: string, id?: string): Html {
  return html`<li class="zv-task"${id !== undefined ? html` data-task="${id}"` : ''}>
  <div class="zv-task__name">${href !== undefined ? html`<a class="utrecht-link utrecht-link--html-a" href="${href}">${text}</a>` : text}${hint !== '' ? html`<p class="utrecht-paragraph utrecht-paragraph--small">${hint}</p>` : ''}</div>
  ${TAG[status]}
</li>`;
}

export function taskList(caseId: string, regime: Regime, assessment: Assessment, open: boolean): Html {
  const rules = new Map(regime.requirements.map((r) => [r.id, r]));
  const tasks = assessment.requirements
    .filter((r) => r.status === 'missing')
    .map((r) => {
      const rule = rules.get(r.id);
      const template = open && rule !== undefined ? entryTemplateFor(regime, rule) : null;
      const status = r.level === 'advised' ? 'advised' : 'todo';
      if (template === null) return task(r.text, status, '', undefined, r.id);
      // The 307 is made from the allocation, not typed in: its step leads to the Documenten page.
      if (template.type === 'stop-message') return task(r.text, status, 'Via Documenten: toewijzing en 307-bericht', `/casussen/${caseId}/documenten#na-akkoord-kop`, r.id);
      return task(r.text, status, `Vastleggen als: ${ENTRY_TYPE_LABELS[template.type]}`, entryFormHref(caseId, template, r.id), r.id);
    });
  const advice = assessment.nextSteps.filter((s) => s.requirement === null).map((s) => task(s.text, 'advised', ''));
  const pending = pendingSteps(regime, assessment).map((step) => {
    if (step.state === 'open') return task(step.text, 'pending', '');
    if (step.todo === undefined) return task(step.text, 'expired', '');
    // A late decision: the provider contacts the funder, whose request the panel on this page links to.
    if (step.todo === null || !open) return task(step.text, 'todo', '', step.todo === null ? '#verzoek-kop' : undefined);
    return task(step.text, 'todo', `Vastleggen als: ${ENTRY_TYPE_LABELS[step.todo.type]}`, entryFormHref(caseId, step.todo, 'termijn'));
  });
  const all = [...tasks, ...advice, ...pending];
  return html`<section aria-labelledby="taken-kop" class="zv-tasks">
<h2 class="utrecht-heading-2" id="taken-kop">Volgende stappen</h2>
${
  all.length === 0
    ? html`<p class="utrecht-paragraph">Geen openstaande stappen: deze casus is klaar.</p>`
    : html`<ol class="zv-task-list" id="volgende-stappen">${all}</ol>`
}
</section>`;
}
