import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedHolds, seedsAbsent, SOURCE_NAMES } from '../../../test/support/seeds.ts';
import { REGIMES, type DossierDocument } from '../dossier/types.ts';
import { LETTERS } from './catalogue.ts';
import { funderRequest } from './funder-request.ts';

// Every letter and every request to a funder cites the clause that requires it; the quote must be
// in its seed word for word (whitespace aside, as the seeds break lines mid-sentence).

const document = (regime: DossierDocument['regime']): DossierDocument => ({
  format: 'zorgvuldig.dossier/1',
  regime,
  procedure: 'beeindiging',
  client: { name: 'X', birthDate: '1970-01-01', hasRepresentative: false },
  careStarted: '2020-01-01',
  entries: [],
});

test('every letter offer and request to a funder names the place of its clause in its source', () => {
  const sources = [
    ...Object.values(LETTERS).flatMap((definition) => definition.offers.map((o) => o.source)),
    ...REGIMES.filter((r) => r !== 'onl-wmo').map((regime) => funderRequest(document(regime), { name: 'P', address: null }).source),
  ];
  for (const source of sources) assert.ok(source.place?.startsWith(SOURCE_NAMES[source.seed] ?? '?'), `"${source.quote}": place ${source.place}`);
});

test('every letter offer quotes its seed verbatim', { skip: seedsAbsent }, () => {
  for (const [kind, definition] of Object.entries(LETTERS)) {
    assert.ok(definition.offers.length > 0, `${kind}: offered nowhere`);
    for (const { regime, procedures, source } of definition.offers) {
      assert.ok(procedures.length > 0, `${kind}/${regime}: no procedure`);
      assert.ok(seedHolds(source.seed, source.quote), `${kind}/${regime}: quote not in ${source.seed}: "${source.quote}"`);
    }
  }
});

test('every request to a funder quotes its seed verbatim', { skip: seedsAbsent }, () => {
  for (const regime of REGIMES.filter((r) => r !== 'onl-wmo')) {
    const { source } = funderRequest(document(regime), { name: 'P', address: null });
    assert.ok(seedHolds(source.seed, source.quote), `${regime}: quote not in ${source.seed}`);
  }
});
