import { parseArgs } from 'node:util';
import { verifyAccessLog, type ChainReport } from '../commands/access-log/verify-access-log.ts';
import { execute } from '../commands/pipeline/execute.ts';
import { operatorContext } from '../commands/pipeline/machine.ts';
import type { Store } from '../store/database.ts';
import { UsageError } from './usage-error.ts';

// `zorgvuldig audit verify [--org SLUG]`: walks each organisation's access-log chain and prints its
// row count and head hash (to write down elsewhere: a later run must find the same head or one that
// grew from it), and `intact`; or the first broken row and why. Exit 0 when every chain is intact.

export const AUDIT_USAGE = `  audit verify [--org SLUG]           controleer de hashketen van de toegangslog per organisatie;
                                      print per organisatie het aantal regels, de kop-hash en intact (of de eerste gebroken regel)`;

const KIND_WORDS = { changed: 'gewijzigd', missing: 'ontbreekt', 'out-of-order': 'buiten volgorde' } as const;

function line(report: ChainReport): string {
  const head = `${report.slug}: ${report.rows} ${report.rows === 1 ? 'regel' : 'regels'}, kop ${report.headHash}`;
  if (report.broken === undefined) return `${head}, intact`;
  const { seq, kind, detail } = report.broken;
  return `${head}, GEBROKEN bij regel ${seq}: ${KIND_WORDS[kind]} (${kind}): ${detail}`;
}

/** Runs `audit verify`; returns the exit code. */
export async function audit(args: string[], store: () => Promise<Store>, out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { org: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1 || positionals[0] !== 'verify') throw new UsageError('Gebruik: zorgvuldig audit verify [--org SLUG]');
  const opened = await store();
  try {
    const reports = await execute(operatorContext(opened), verifyAccessLog, values.org !== undefined ? { organisationSlug: values.org } : {});
    for (const report of reports) out(line(report));
    return reports.every((r) => r.broken === undefined) ? 0 : 1;
  } finally {
    await opened.close();
  }
}
