import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportDossier } from '../commands/cases/export-dossier.ts';
import { importDossier } from '../commands/cases/import-dossier.ts';
import { execute } from '../commands/pipeline/execute.ts';
import { operatorContext } from '../commands/pipeline/machine.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { assess } from '../domain/assessment/assess.ts';
import { isValidIsoDate } from '../domain/calendar/dates.ts';
import { parseDossierDocument, parseJson, untilToday, type LatestDate } from '../domain/dossier/validate.ts';
import { todayInAmsterdam } from '../clock.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors.ts';
import { startStore } from '../start-store.ts';
import { isUuid } from '../store/ids.ts';
import { STOP_MESSAGE_OPTIONS, STOP_MESSAGE_USAGE, stopMessage } from './stop-message.ts';
import { COLLECTION_COSTS_USAGE, collectionCostsCommand } from './collection-costs.ts';
import { STATUTORY_INTEREST_USAGE, statutoryInterestCommand } from './statutory-interest.ts';
import { BACKUP_USAGE, backupCommand, restoreCommand } from './backup.ts';
import { BackupRefusedError } from '../store/backup/backup-refused.ts';
import { AUDIT_USAGE, audit } from './audit.ts';
import { ACCOUNTS_USAGE, organisationCommand, userCommand } from './accounts.ts';
import { SEED_LARGE_USAGE, seedLargeCommand } from './seed-large.ts';
import { UsageError } from './usage-error.ts';
import { openStore, type Store } from '../store/database.ts';
import { DataDirBusyError } from '../store/data-dir-lock.ts';
import { findOrganisationBySlug } from '../store/users.ts';

// The `zorgvuldig` command. Exit codes (SPEC): 0 success, 2 invalid input (the message on stderr
// names the JSON path), 1 anything else. Commands that touch the database act as the person logged
// in on the machine (the operator), and the access log names them so.

const USAGE = `Gebruik: zorgvuldig <opdracht> [opties]

Opdrachten:
  serve                               start de webapplicatie (PORT, standaard 3000)
  import BESTAND.json [--org SLUG] [--confirm]
                                      laad een dossier (zorgvuldig.dossier/1) als nieuwe casus; print het id
                                      (--confirm: ook als er al een casus loopt voor dezelfde cliënt en hetzelfde protocol)
  export CASUS_ID [--out BESTAND]     schrijf het dossier van een casus als zorgvuldig.dossier/1
  assess BESTAND.json [--as-of JJJJ-MM-DD] [--json]
                                      toets een dossierbestand aan het protocol van zijn regime
${STOP_MESSAGE_USAGE}
${COLLECTION_COSTS_USAGE}
${STATUTORY_INTEREST_USAGE}
${BACKUP_USAGE}
${AUDIT_USAGE}
${ACCOUNTS_USAGE}
${SEED_LARGE_USAGE}

Omgeving: PORT, HOST, ZORGVULDIG_DATA_DIR (standaard ./data), DATABASE_URL, ZORGVULDIG_DEMO_DATA, ZORGVULDIG_PUBLIC_URL (zie de README).`;


function readDocumentFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Kan ${path} niet lezen: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseJson(text);
}

function one(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`Geef precies één ${what}.`);
  return positionals[0] as string;
}

async function withStore<T>(run: (store: Store) => Promise<T>): Promise<T> {
  const store = await startStore(loadConfig());
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

async function providerOrganisation(store: Store, slug: string | undefined): Promise<string> {
  if (slug !== undefined) {
    const org = await findOrganisationBySlug(store.db, slug);
    if (org === undefined) throw new UsageError(`Organisatie "${slug}" bestaat niet.`);
    return org.id;
  }
  const providers = await store.db.selectFrom('organisations').select(['id', 'slug']).where('kind', '=', 'provider').execute();
  if (providers.length !== 1) {
    throw new UsageError(`Kies de zorgaanbieder met --org; beschikbaar: ${providers.map((p) => p.slug).join(', ') || '(geen)'}.`);
  }
  return (providers[0] as { id: string }).id;
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  switch (command) {
    case 'serve': {
      parseArgs({ args: rest, options: {}, allowPositionals: false });
      // Loaded only to serve: the other commands need neither the web server nor its pages.
      const { serve } = await import('../server.ts');
      const { url } = await serve(loadConfig());
      process.stderr.write(`Zorgvuldig draait op ${url}\n`);
      return -1; // keep running
    }
    case 'import': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: { org: { type: 'string' }, confirm: { type: 'boolean', default: false } },
        allowPositionals: true,
      });
      const input = readDocumentFile(one(positionals, 'bestand'));
      parseDossierDocument(input, untilToday(todayInAmsterdam())); // reject bad input before touching the database
      const created = await withStore(async (store) =>
        execute(operatorContext(store), importDossier, {
          organisationId: await providerOrganisation(store, values.org),
          document: input,
          confirmed: values.confirm,
        }),
      );
      out(created.caseId);
      return 0;
    }
    case 'export': {
      const { values, positionals } = parseArgs({ args: rest, options: { out: { type: 'string' } }, allowPositionals: true });
      const caseId = one(positionals, 'casus-id');
      if (!isUuid(caseId)) {
        throw new InvalidInputError([{ path: 'CASUS_ID', message: 'is geen casus-id (een UUID)' }]);
      }
      const doc = await withStore((store) => execute(operatorContext(store), exportDossier, caseId));
      const text = `${JSON.stringify(doc, null, 2)}\n`;
      if (values.out !== undefined) writeFileSync(values.out, text);
      else out(text);
      return 0;
    }
    case 'assess': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: { 'as-of': { type: 'string' }, json: { type: 'boolean', default: false } },
        allowPositionals: true,
      });
      const asOf = values['as-of'] ?? todayInAmsterdam();
      if (!isValidIsoDate(asOf)) throw new InvalidInputError([{ path: '--as-of', message: 'geen geldige datum; gebruik JJJJ-MM-DD' }]);
      const latest: LatestDate = values['as-of'] === undefined ? untilToday(asOf) : { date: asOf, name: 'de peildatum' };
      const doc = parseDossierDocument(readDocumentFile(one(positionals, 'bestand')), latest);
      const result = assess(doc, asOf);
      out(values.json ? JSON.stringify(result, null, 2) : formatAssessment(result));
      return 0;
    }
    case 'stop-message': {
      const { values, positionals } = parseArgs({ args: rest, options: STOP_MESSAGE_OPTIONS, allowPositionals: true });
      out(stopMessage(readDocumentFile(one(positionals, 'bestand')), values, todayInAmsterdam()));
      return 0;
    }
    case 'collection-costs':
      out(collectionCostsCommand(rest));
      return 0;
    case 'statutory-interest':
      return statutoryInterestCommand(rest, out, (text) => process.stderr.write(text));
    case 'backup':
      await backupCommand(rest, out);
      return 0;
    case 'restore':
      await restoreCommand(rest, out);
      return 0;
    case 'seed-large':
      await seedLargeCommand(rest, () => openStore(loadConfig().database), out);
      return 0;
    case 'audit':
      return audit(rest, () => startStore(loadConfig()), out);
    case 'organisation':
      await organisationCommand(rest, withStore, out);
      return 0;
    case 'user':
      await userCommand(rest, withStore, out);
      return 0;
    case undefined:
    case 'help':
    case '--help':
      out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`Onbekende opdracht "${command}".`);
  }
}

function formatAssessment(result: ReturnType<typeof assess>): string {
  const mark = { met: '[x]', missing: '[ ]', 'not-applicable': '[-]' } as const;
  const lines = [
    `${result.regime} · ${result.procedure} · per ${result.asOf}`,
    result.canSubmit ? 'Kan worden ingediend bij de financier.' : `Nog niet indienbaar: ${result.blockers.join(', ')}`,
    '',
    ...result.requirements.map((r) => `${mark[r.status]} ${r.text}${r.evidence.length > 0 ? ` (${r.evidence.join(', ')})` : ''}`),
  ];
  if (result.nextSteps.length > 0) lines.push('', 'Volgende stappen:', ...result.nextSteps.map((s, i) => `${i + 1}. ${s.text}`));
  if (result.deadlines.length > 0) lines.push('', 'Termijnen:', ...result.deadlines.map((d) => `${d.date}  ${d.state.padEnd(7)}  ${d.rule}`));
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<void> {
  try {
    const code = await run(argv);
    if (code >= 0) process.exitCode = code;
  } catch (error) {
    if (error instanceof InvalidInputError) {
      process.stderr.write(`Ongeldige invoer; er is niets gewijzigd.\n${error.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}\n`);
      process.exitCode = 2;
    } else if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (
      error instanceof ConfigError ||
      error instanceof DataDirBusyError ||
      error instanceof NotFoundError ||
      error instanceof BackupRefusedError ||
      error instanceof ConflictError
    ) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`Onverwachte fout: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}
