import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import type { CareLaw } from '../../src/domain/dossier/types.ts';

// Validates a 307 against the iStandaarden 3.2 XSDs in ../shared/istandaarden (see its README).
// The message XSDs import 'basisschema.xsd' in lower case while the file is 'Basisschema.xsd', so
// the basisschema is preloaded under the name the import asks for.

const ROOT = new URL('../../../shared/istandaarden/', import.meta.url);
/** Why the XSD checks are skipped (printed beside each), or false when the XSDs are here. */
export const istandaardenAbsent: string | false = existsSync(ROOT)
  ? false
  : `the iStandaarden XSDs are not here (${fileURLToPath(ROOT)}): the 307 cannot be validated against them`;

const FILES: Record<CareLaw, { dir: string; xsd: string }> = {
  wmo: { dir: 'iwmo-3.2/xsd/', xsd: 'WMO307.xsd' },
  jeugdwet: { dir: 'ijw-3.2/xsd/', xsd: 'JW307.xsd' },
};

export async function validate307(xml: string, law: CareLaw): Promise<{ valid: boolean; errors: string[] }> {
  const { dir, xsd } = FILES[law];
  const read = (name: string) => readFileSync(new URL(`${dir}${name}`, ROOT), 'utf8');
  const result = await validateXML({
    xml: [{ fileName: 'message.xml', contents: xml }],
    schema: [{ fileName: xsd, contents: read(xsd) }],
    preload: [{ fileName: 'basisschema.xsd', contents: read('Basisschema.xsd') }],
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}
