import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../test/support/processes.ts';

const EXAMPLE = new URL('../../examples/groningen-beeindiging.json', import.meta.url).pathname;

test('stop-message prints the 307 of an accepted termination and exits 0', async () => {
  const { code, stdout, stderr } = await runCli(['stop-message', EXAMPLE, '--date', '2026-10-02', '--id', 'DL-42'], {});
  assert.equal(stderr, '');
  assert.equal(code, 0);
  assert.match(stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<wmo307:Bericht /);
  assert.ok(stdout.includes('<iwmo:Identificatie>DL-42</iwmo:Identificatie>'));
  assert.ok(stdout.includes('<iwmo:Dagtekening>2026-10-02</iwmo:Dagtekening>'));
  assert.ok(stdout.includes('<wmo307:Einddatum>2026-09-30</wmo307:Einddatum>'));
});

test('stop-message exits 2 naming the JSON path when the BSN fails the eleven-test', async () => {
  const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  doc.allocation.bsn = '999993654';
  const file = join(mkdtempSync(join(tmpdir(), 'zorgvuldig-307-')), 'dossier.json');
  writeFileSync(file, JSON.stringify(doc));
  const { code, stdout, stderr } = await runCli(['stop-message', file], {});
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.equal(stderr, 'Ongeldige invoer; er is niets gewijzigd.\n  $.allocation.bsn: BSN voldoet niet aan de elfproef\n');
});

test('stop-message names the --date option when the date lies before the end of care', async () => {
  const { code, stderr } = await runCli(['stop-message', EXAMPLE, '--date', '2026-09-01'], {});
  assert.equal(code, 2);
  assert.match(stderr, /^Ongeldige invoer; er is niets gewijzigd\.\n {2}--date: een 307 meldt een stop die al is ingegaan/);
});
