import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pdfText } from '../../test/support/pdf.ts';
import { renderPdf, toWinAnsi } from './pdf.ts';

test('text the standard fonts cannot show is made showable, Dutch accents and quotes are kept', () => {
  assert.equal(toWinAnsi('Beëindiging ‘Mien eigen pad’ – “ja” € café'), 'Beëindiging ‘Mien eigen pad’ – “ja” € café');
  assert.equal(toWinAnsi('≥ 1 week, Yılmaz, Şahin, Łódź, 😀'), '>= 1 week, Y?lmaz, Sahin, ?ódz, ?');
});

test('a PDF is numbered per page and reproducible from its content and date', async () => {
  const make = () =>
    renderPdf({ title: 'Proef', date: '2026-11-22', author: 'Zorgvuldig' }, (doc) => {
      for (let i = 0; i < 3; i++) doc.text(`Pagina-inhoud ${i + 1}`).addPage();
    });
  const pdf = await make();
  assert.deepEqual(pdf, await make());
  const text = pdfText(pdf);
  assert.ok(text.includes('Proef — pagina 1 van 4'));
  assert.ok(text.includes('Proef — pagina 4 van 4'));
});
