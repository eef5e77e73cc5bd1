import { planVersionIssues, type PlanSupport, type SupportPlanVersion } from '../../domain/agreement/support-plan.ts';
import { compareDates } from '../../domain/calendar/dates.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';
import { insertPlanVersion, loadPlan } from '../../store/agreement.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { CLIENT_NOT_FOUND, loadClient } from './agreement.ts';
import { Fields } from './inputs.ts';

/** A list of texts at `path`; each blank one is left for planVersionIssues to name. */
function texts(value: unknown, path: string, fields: Fields): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length > 2000)) {
    fields.issues.push({ path, message: 'moet een lijst met teksten zijn (elk ten hoogste 2000 tekens)' });
    return [];
  }
  return value as string[];
}

function objects(value: unknown, path: string, fields: Fields): Fields[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 100) {
    fields.issues.push({ path, message: 'moet een lijst zijn (ten hoogste 100)' });
    return [];
  }
  return value.map((v, i) => new Fields(v, `${path}[${i}]`));
}

/**
 * A new version of the support plan (004 §2): goals, agreements, what the client and informal
 * carers do, and per kind of support who pays (the municipality on its budget, the client the
 * rest, at a rate). Each adaptation is the next version; the earlier ones stay as they were.
 */
export const savePlanVersion = command({
  action: 'support-plan.manage',
  event: 'support-plan.update',
  notFound: CLIENT_NOT_FOUND,
  load: (tx, input: { clientId: string; body: unknown }) => loadClient(tx, input.clientId, true),
  async run(tx, client, { body }, ctx): Promise<{ id: string; version: number }> {
    const fields = new Fields(body);
    const agreedOn = fields.date('agreedOn');
    const goals = texts(fields.raw('goals'), '$.goals', fields).map((description, i) => ({ id: `doel-${i + 1}`, description }));
    const agreements = texts(fields.raw('agreements'), '$.agreements', fields);
    const clientDoes = texts(fields.raw('clientDoes'), '$.clientDoes', fields);
    const informalCarers = objects(fields.raw('informalCarers'), '$.informalCarers', fields).map((c) => {
      const carer = { who: c.text('who', 200) ?? '', role: c.text('role', 1000) ?? '' };
      fields.issues.push(...c.issues);
      return carer;
    });
    const support = objects(fields.raw('support'), '$.support', fields).map((s): PlanSupport => {
      const paidBy = s.choice('paidBy', ['municipality', 'client'] as const) ?? 'municipality';
      const item: PlanSupport = { what: s.text('what', 500) ?? '', amount: s.text('amount', 200) ?? '', paidBy };
      if (s.has('rateCentsPerHour')) {
        const rate = s.integer('rateCentsPerHour', 0, 100_000_00);
        if (rate !== undefined) item.rateCentsPerHour = rate;
      }
      fields.issues.push(...s.issues);
      return item;
    });
    const informalCarersDeclined = fields.has('informalCarersDeclined') ? fields.boolean('informalCarersDeclined') : false;
    const clientSupporterPointedOut = fields.has('clientSupporterPointedOut') ? fields.boolean('clientSupporterPointedOut') : false;
    fields.done();
    if (compareDates(agreedOn!, todayOf(ctx)) > 0) throw new InvalidInputError([{ path: '$.agreedOn', message: 'ligt in de toekomst' }]);
    const previous = (await loadPlan(tx, client.clientId)).versions.at(-1);
    const version: SupportPlanVersion = {
      version: (previous?.version ?? 0) + 1,
      agreedOn: agreedOn!,
      goals,
      agreements,
      clientDoes,
      informalCarers,
      informalCarersDeclined: informalCarersDeclined!,
      support,
      clientSupporterPointedOut: clientSupporterPointedOut!,
    };
    const issues = planVersionIssues(version, previous);
    if (issues.length > 0) throw new InvalidInputError(issues);
    const id = await insertPlanVersion(tx, client.organisationId, client.clientId, version, ctx.actor.kind === 'user' ? ctx.actor.userId : null);
    if (id === undefined) throw new ConflictError([{ path: '$.version', message: 'een collega heeft net een nieuwe versie vastgelegd; bekijk die eerst' }]);
    return { id, version: version.version };
  },
});
