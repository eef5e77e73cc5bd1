import { readFileSync } from 'node:fs';
import type { DossierDocument } from '../../src/domain/dossier/types.ts';

// The example dossiers of examples/, for tests that start from one.

export const example = (name: string): DossierDocument => JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'));

/**
 * The example dossier as it stood before its request to the funder: a test that submits a request
 * itself starts here, since the funder's acceptance recorded later in the example refuses a new
 * request (src/domain/requests/submission.ts).
 */
export function exampleBeforeRequest(name: string): DossierDocument {
  const full = example(name);
  return { ...full, entries: full.entries.slice(0, full.entries.findIndex((e) => e.type === 'funder-request')) };
}
