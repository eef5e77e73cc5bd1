import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentDisposition } from './file-name.ts';

test('a client’s name stays readable in a download’s name: accents and spaces in the UTF-8 name, only accents dropped in the ASCII one', () => {
  assert.equal(
    contentDisposition('attachment', 'dossier A. (Anouk) Özil-Bakker.json'),
    `attachment; filename="dossier-A.-(Anouk)-Ozil-Bakker.json"; filename*=UTF-8''dossier%20A.%20%28Anouk%29%20%C3%96zil-Bakker.json`,
  );
  // Quotes and slashes never reach either name.
  assert.equal(contentDisposition('inline', 'brief "x"/y.pdf'), `inline; filename="brief-x-y.pdf"; filename*=UTF-8''brief%20-x-y.pdf`);
});
