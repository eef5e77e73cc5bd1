import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoredEntry } from '../../store/cases.ts';
import { KeptDossiers } from './kept-dossiers.ts';

// What a process keeps of dossiers is bounded by their entries (decision 0027): a few long dossiers
// push out many short ones, the least recently read first, and the one just read always stays.

const dossier = (entries: number) => ({ entryCount: entries, entries: Array.from({ length: entries }, () => ({}) as StoredEntry), authors: new Map<string, string>() });

test('the least recently read go first once the entries pass the limit', () => {
  const kept = new KeptDossiers(100);
  kept.keep('a', dossier(40));
  kept.keep('b', dossier(40));
  kept.keep('a', dossier(41)); // read again (one entry more): now the most recent
  assert.equal(kept.entries, 81);
  kept.keep('c', dossier(30));
  assert.equal(kept.get('b'), undefined, 'b was read least recently');
  assert.deepEqual([kept.get('a')?.entryCount, kept.get('c')?.entryCount, kept.entries], [41, 30, 71]);
});

test('a dossier longer than the limit is kept alone, and forgetting gives its entries back', () => {
  const kept = new KeptDossiers(100);
  kept.keep('a', dossier(10));
  kept.keep('long', dossier(500));
  assert.equal(kept.get('a'), undefined);
  assert.equal(kept.entries, 500);
  kept.forget('long');
  assert.equal(kept.entries, 0);
});
