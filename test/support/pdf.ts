import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Reading generated PDFs back with poppler (Debian's poppler-utils): the text, to check the facts a
// document must state, and every page as a PNG under test-artifacts/documents/ to look at.

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/documents/', import.meta.url));

function withFile<T>(pdf: Buffer, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'zorgvuldig-pdf-'));
  try {
    const path = join(dir, 'document.pdf');
    writeFileSync(path, pdf);
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text, with runs of whitespace (line breaks included) made single spaces. */
export function pdfText(pdf: Buffer): string {
  return withFile(pdf, (path) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
}

/** Renders every page to test-artifacts/documents/<name>-<n>.png; returns how many pages there are. */
export function renderPages(pdf: Buffer, name: string): number {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) rmSync(join(ARTIFACTS, old));
  withFile(pdf, (path) => execFileSync('pdftoppm', ['-png', '-r', '60', path, join(ARTIFACTS, name)]));
  return readdirSync(ARTIFACTS).filter((f) => new RegExp(`^${name}-\\d+\\.png$`).test(f)).length;
}
