import type { FastifyRequest } from 'fastify';
import { InvalidInputError, type ValidationIssue } from '../domain/errors.ts';

// Text that cannot be stored as it was sent is refused at the door, before anything runs, with the
// field it is in (issue 13): a NUL character (PostgreSQL's text has none) and a lone UTF-16
// surrogate (half of a character: not valid Unicode, and the database driver cannot encode it).
// Changing either silently would store something other than what was said. And a body nested
// deeper than any of ours ever is gets refused before a validator walks it.

/** Deeper than any body the application accepts (a dossier is about six levels). */
const MAX_DEPTH = 32;

// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problem(text: string): string | undefined {
  if (NUL.test(text)) return 'bevat een NUL-teken (\\u0000), dat niet kan worden opgeslagen; haal het weg';
  if (LONE_SURROGATE.test(text)) return 'bevat een half teken (een losse UTF-16-surrogaat), dat niet kan worden opgeslagen; typ het teken opnieuw';
  return undefined;
}

type Step = string | number;

/** The issues of one value, walked without recursion (a deep value cannot overflow the stack here). */
function issuesIn(root: unknown, pathOf: (steps: readonly Step[]) => string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: { value: unknown; steps: Step[] }[] = [{ value: root, steps: [] }];
  while (stack.length > 0 && issues.length < 20) {
    const { value, steps } = stack.pop() as { value: unknown; steps: Step[] };
    if (typeof value === 'string') {
      const found = problem(value);
      if (found !== undefined) issues.push({ path: pathOf(steps), message: found });
    } else if (typeof value === 'object' && value !== null) {
      if (steps.length >= MAX_DEPTH) {
        issues.push({ path: pathOf(steps), message: `is dieper genest dan ${MAX_DEPTH} niveaus; zo'n invoer kent Zorgvuldig niet` });
        continue;
      }
      const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
      for (const [key, child] of entries) {
        if (typeof key === 'string') {
          const inKey = problem(key);
          if (inKey !== undefined) issues.push({ path: pathOf(steps), message: `heeft een veldnaam die ${inKey}` });
        }
        stack.push({ value: child, steps: [...steps, key] });
      }
    }
  }
  return issues;
}

const jsonPath = (prefix: string) => (steps: readonly Step[]) =>
  prefix + steps.map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`)).join('');
const fieldName = (fallback: string) => (steps: readonly Step[]) => (typeof steps[0] === 'string' ? steps[0] : fallback);

/** A preValidation hook: the request's body, query and path parameters hold only text that can be stored. */
export async function refuseUnstorableText(request: FastifyRequest): Promise<void> {
  const api = request.url.startsWith('/api/');
  const issues = [
    ...issuesIn(request.params, (steps) => (api ? `:${steps.join('.')}` : fieldName('adres')(steps))),
    ...issuesIn(request.query, (steps) => (api ? `?${steps.join('.')}` : fieldName('adres')(steps))),
    ...(Buffer.isBuffer(request.body) ? [] : issuesIn(request.body, api ? jsonPath('$') : fieldName('formulier'))),
  ];
  if (issues.length > 0) throw new InvalidInputError(issues);
}
