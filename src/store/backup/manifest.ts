import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Ajv } from 'ajv';
import { toJsonPath } from '../../domain/dossier/validate.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import type { DatabaseKind } from '../database.ts';

// A backup is a directory: one gzipped file per table in PostgreSQL's COPY text format, and
// manifest.json, written last, that says what the files are and how to check them
// (docs/decisions/0012-backup-and-restore.md). A directory without a manifest is an interrupted
// backup; a file whose size or SHA-256 differs from the manifest is a damaged one. Either is
// refused before the database is touched.

export const BACKUP_FORMAT = 'zorgvuldig.backup/1';
export const MANIFEST_FILE = 'manifest.json';

export interface BackupTable {
  name: string;
  columns: string[];
  rows: number;
  /** Relative to the backup directory. */
  file: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: DatabaseKind;
  serverVersion: string;
  migration: string;
  tables: BackupTable[];
  sequences: { name: string; lastValue: string | null }[];
}

const NAME = '^[a-z_][a-z0-9_]*$';

const manifestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['format', 'createdAt', 'database', 'serverVersion', 'migration', 'tables', 'sequences'],
  properties: {
    format: { const: BACKUP_FORMAT },
    createdAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T' },
    database: { enum: ['pglite', 'postgresql'] },
    serverVersion: { type: 'string' },
    migration: { type: 'string', minLength: 1 },
    tables: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'columns', 'rows', 'file', 'bytes', 'sha256'],
        properties: {
          name: { type: 'string', pattern: NAME },
          columns: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
          rows: { type: 'integer', minimum: 0 },
          // Only files inside the backup's own tables folder: a manifest cannot point elsewhere.
          file: { type: 'string', pattern: '^tables/[a-z_][a-z0-9_]*\\.copy\\.gz$' },
          bytes: { type: 'integer', minimum: 0 },
          sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        },
      },
    },
    sequences: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'lastValue'],
        properties: { name: { type: 'string', pattern: NAME }, lastValue: { type: ['string', 'null'], pattern: '^-?\\d+$' } },
      },
    },
  },
} as const;

const validateManifest = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true }).compile<Manifest>(manifestSchema);

/** The SHA-256 of a file, in hex. */
async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

const refuse = (message: string) => new InvalidInputError([{ path: 'MAP', message }]);

/**
 * Reads and checks the backup in `dir`: its manifest, and every file it names, by size and
 * SHA-256. Throws InvalidInputError (naming MAP) for anything missing, damaged or foreign.
 */
export async function readBackup(dir: string): Promise<Manifest> {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (stat === undefined) throw refuse(`${dir} bestaat niet`);
  if (!stat.isDirectory()) throw refuse(`${dir} is geen map; geef de map van een back-up`);
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    throw refuse(`${dir} bevat geen ${MANIFEST_FILE}: dit is geen back-up, of een back-up die niet is afgemaakt`);
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw refuse(`${MANIFEST_FILE} in ${dir} is beschadigd: het is geen geldige JSON`);
  }
  if (!validateManifest(manifest)) {
    const error = validateManifest.errors?.[0];
    const where = error === undefined ? '$' : toJsonPath(error.instancePath, (error.params as { missingProperty?: string }).missingProperty);
    throw refuse(`${MANIFEST_FILE} in ${dir} is beschadigd of geen Zorgvuldig-back-up (${BACKUP_FORMAT}): ${where} ontbreekt of is ongeldig`);
  }
  const names = manifest.tables.map((t) => t.name);
  if (new Set(names).size !== names.length) throw refuse(`${MANIFEST_FILE} in ${dir} is beschadigd: een tabel staat er twee keer in`);
  for (const table of manifest.tables) {
    const path = join(dir, table.file);
    const size = statSync(path, { throwIfNoEntry: false })?.size;
    if (size === undefined) throw refuse(`${table.file} ontbreekt in ${dir}: de back-up is onvolledig`);
    if (size !== table.bytes || (await sha256OfFile(path)) !== table.sha256) {
      throw refuse(`${table.file} in ${dir} is beschadigd: de inhoud wijkt af van de controlesom in ${MANIFEST_FILE}`);
    }
  }
  return manifest;
}
