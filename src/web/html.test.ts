import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attr, escapeHtml, html, trusted } from './html.ts';

test('every interpolated value is escaped unless it is trusted Html', () => {
  const name = `<script>alert("x")</script> & 'Jan'`;
  assert.equal(
    html`<p title="${name}">${name}</p>`.value,
    '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Jan&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Jan&#39;</p>',
  );
  assert.equal(html`<div>${html`<b>${'<i>'}</b>`}${trusted('<hr>')}</div>`.value, '<div><b>&lt;i&gt;</b><hr></div>');
});

test('lists are joined, and null, undefined and false render as nothing', () => {
  assert.equal(html`${['a', html`<br>`, 1]}|${null}|${undefined}|${false}|${0}`.value, 'a<br>1||||0');
});

test('attr leaves out empty values and escapes the rest', () => {
  assert.equal(attr('aria-describedby', '').value, '');
  assert.equal(attr('title', '"x"').value, ' title="&quot;x&quot;"');
  assert.equal(escapeHtml('a<b'), 'a&lt;b');
});
