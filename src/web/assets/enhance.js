/* global document */
// Progressive enhancement only: every page works without this file. After a rejected form, move
// the focus to the error summary, so keyboard and screen-reader users start at what went wrong.
const summary = document.getElementById('foutmeldingen');
if (summary !== null) summary.focus();
