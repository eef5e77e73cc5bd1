import { entryTemplateFor, pendingSteps, type EntryTemplate } from '../../domain/assessment/tasks.ts';
import type { Assessment } from '../../domain/assessment/types.ts';
import type { Regime } from '../../domain/protocols/types.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { isPending } from '../../domain/requests/states.ts';
import { decisionRule, objectionRule } from '../../domain/requests/term.ts';
import type { QuestionRecord, RequestRecord } from '../../store/funder-requests.ts';
import { html, type Html } from '../html.ts';
import { ENTRY_TYPE_LABELS, formatDate } from '../labels.ts';

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

/** Entry types only the funder records (001 §6.4, 002 'De zorgverzekeraar'): the provider waits for them, it has no form to fill in. */
const FUNDER_RECORDS: ReadonlySet<string> = new Set(['wederhoor', 'information-request', 'funder-decision']);

/** What the case page knows of its latest request to the funder. */
export interface RequestSteps {
  request: RequestRecord | undefined;
  openQuestions: readonly QuestionRecord[];
  /** The submit form's address when the actor may submit now (submission.ts). */
  submitHref: string | null;
}

const isTermOf = (rule: { id: string } | undefined, id: string) => rule !== undefined && (id === rule.id || id.startsWith(`${rule.id}-`));

/**
 * The steps the latest request sets: an open question to answer (the term stands still: Awb 4:15 as
 * the model, term.ts), the objection after a rejection (001 §6.4, 002: within 6 weeks), and the
 * funder's decision on an objection, for which no seed sets a term. The deadlines they replace
 * (the decision, the objection term) are left out of the pending list.
 */
function requestSteps(regime: Regime, assessment: Assessment, steps: RequestSteps | undefined): { tasks: Html[]; deadlines: Assessment['deadlines'] } {
  const r = steps?.request;
  if (r === undefined) return { tasks: [], deadlines: assessment.deadlines };
  const decision = decisionRule(regime, assessment.procedure);
  const objection = objectionRule(regime, assessment.procedure);
  const tasks: Html[] = [];
  let hide: (id: string) => boolean = () => false;
  const question = steps?.openQuestions[0];
  if (question !== undefined && isPending(r.state)) {
    tasks.push(task(`Beantwoord de vraag van ${r.funderName}; de beslistermijn staat stil sinds ${formatDate(addDays(question.askedOn, 1))}.`, 'todo', question.question, `/verzoeken/${r.id}#vraag-${question.id}`, 'request-question'));
    hide = (id) => isTermOf(decision, id);
  } else if (r.state === 'objection') {
    tasks.push(task(`Wacht op het besluit van ${r.funderName} op het bezwaar.`, 'pending', 'De protocollen (Bijlage 6, art. 6.4; VGZ-protocol) noemen geen termijn voor dat besluit.', undefined, 'request-objection'));
    hide = (id) => isTermOf(objection, id) || isTermOf(decision, id);
  } else if (r.state === 'decided' && r.decision === 'rejected' && r.objectionDeadline !== null && r.objectionDeadline >= assessment.asOf) {
    tasks.push(task(`Maak bezwaar tegen het besluit van ${r.funderName} als u het er niet mee eens bent: uiterlijk ${formatDate(r.objectionDeadline)}.`, 'advised', '', `/verzoeken/${r.id}#bezwaar-kop`, 'request-objection'));
    hide = (id) => isTermOf(objection, id);
  }
  return { tasks, deadlines: assessment.deadlines.filter((d) => !hide(d.id)) };
}

export function taskList(caseId: string, regime: Regime, assessment: Assessment, open: boolean, steps?: RequestSteps): Html {
  const rules = new Map(regime.requirements.map((r) => [r.id, r]));
  const tasks = assessment.requirements
    .filter((r) => r.status === 'missing')
    .map((r) => {
      const rule = rules.get(r.id);
      const template = open && rule !== undefined ? entryTemplateFor(regime, rule) : null;
      const status = r.level === 'advised' ? 'advised' : 'todo';
      if (template === null) return task(r.text, status, '', undefined, r.id);
      // The funder hears the client (or asks, or decides): shown as awaited, with no provider form.
      if (FUNDER_RECORDS.has(template.type)) return task(r.text, 'pending', `Dit legt ${regime.funderName} vast; u hoeft niets te doen.`, undefined, r.id);
      // The 307 is made from the allocation, not typed in: its step leads to the Documenten page.
      if (template.type === 'stop-message') return task(r.text, status, 'Via Documenten: toewijzing en 307-bericht', `/casussen/${caseId}/documenten#na-akkoord-kop`, r.id);
      return task(r.text, status, `Vastleggen als: ${ENTRY_TYPE_LABELS[template.type]}`, entryFormHref(caseId, template, r.id), r.id);
    });
  // The decisive step (an advice 'ready' to submit) is a task leading to the submit form, not optional advice.
  const submitTexts = new Set(regime.advice.filter((a) => a.trigger.kind === 'ready').map((a) => a.text));
  const advice = assessment.nextSteps
    .filter((s) => s.requirement === null)
    .map((s) => (submitTexts.has(s.text) ? task(s.text, 'todo', '', steps?.submitHref ?? undefined, 'submit') : task(s.text, 'advised', '')));
  const fromRequest = requestSteps(regime, assessment, steps);
  const pending = pendingSteps(regime, { ...assessment, deadlines: fromRequest.deadlines }).map((step) => {
    if (step.state === 'open') return task(step.text, 'pending', '');
    if (step.todo === undefined) return task(step.text, 'expired', '');
    // A late decision: the provider contacts the funder, whose request the panel on this page links to.
    if (step.todo === null || !open) return task(step.text, 'todo', '', step.todo === null ? '#verzoek-kop' : undefined);
    return task(step.text, 'todo', `Vastleggen als: ${ENTRY_TYPE_LABELS[step.todo.type]}`, entryFormHref(caseId, step.todo, 'termijn'));
  });
  const all = [...fromRequest.tasks, ...tasks, ...advice, ...pending];
  return html`<section aria-labelledby="taken-kop" class="zv-tasks">
<h2 class="utrecht-heading-2" id="taken-kop">Volgende stappen</h2>
${
  all.length === 0
    ? html`<p class="utrecht-paragraph">Geen openstaande stappen: deze casus is klaar.</p>`
    : html`<ol class="zv-task-list" id="volgende-stappen">${all}</ol>`
}
</section>`;
}
