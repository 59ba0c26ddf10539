// Reading a colleague's file before anything of ours changes. The file is copied to a private temp folder first, so
// SQLite never opens (or leaves a journal beside) the original; the copy is classified, integrity-checked, compared
// with the schema this version expects, migrated when older, and every row and change-log entry is validated.
// Seam for the share helper: `containerReaders` turn an encrypted share container into a plain SQLite file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { decodeHlc, MAX_DRIFT_MS } from '../db/clock';
import { decryptToTempFile, isEncryptedContainer } from './container';
import { inspectHeader, migrate, type ReadableDb } from '../db/file';
import { latestSchemaVersion, migrations } from '../db/migrations';
import { nativeOptions } from '../db/native';
import { mergeableOf, mergeables } from './mergeable';
import { readRow, storedValue, validRowId } from './rows';

/** Largest file we merge, and the largest single value in it. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;
export const MAX_VALUE_CHARS = 1_000_000;

/**
 * Turns `file` into a plain inventory database at `target` when it recognises the file's format (an encrypted share
 * container, say), and returns true; returns false for a format it does not know.
 */
export type ContainerReader = (file: string, target: string, passphrase: string | undefined) => boolean;

/** An encrypted share container (container.ts): decrypted with the passphrase into the private folder. */
const encryptedShare: ContainerReader = (file, target, passphrase) => {
  if (!isEncryptedContainer(file)) return false;
  if (!passphrase) throw new AppError('PASSPHRASE_REQUIRED');
  const plain = decryptToTempFile(file, passphrase);
  try {
    // Both are private temp folders: the decrypted file moves instead of being copied a second time.
    try {
      fs.renameSync(plain.path, target);
    } catch {
      fs.copyFileSync(plain.path, target);
    }
  } finally {
    plain.cleanup();
  }
  return true;
};

export const containerReaders: ContainerReader[] = [encryptedShare];

export interface IncomingFile {
  /** The file as the user named it. */
  readonly path: string;
  /** A private, migrated copy. */
  readonly db: ReadableDb;
  readonly schemaVersion: number;
  readonly inventory: { readonly id: string; readonly title: string };
  /** Its change-log entries the local file does not have, checked, oldest first. */
  readonly fresh: readonly IncomingEntry[];
  close(): void;
}

/** Whether the local file already has a change-log entry. */
export type KnownEntry = (entity: string, rowId: string, field: string, hlc: string) => boolean;

/** A change-log entry as stored. */
export interface IncomingEntry {
  readonly hlc: string;
  readonly device_id: string;
  readonly author: string;
  readonly entity: string;
  readonly row_id: string;
  readonly field: string;
  readonly value: string | null;
  readonly parents: string | null;
}

export interface IncomingOptions {
  /** Entries the local file has already; only the others are checked and taken in. */
  readonly known?: KnownEntry;
  /** Faster than `known` for large files: the entries of the private copy at `copy` that the local file lacks. */
  readonly freshEntries?: (copy: string) => IncomingEntry[];
  readonly passphrase?: string;
  /** The inventory the file must belong to. */
  readonly inventoryId: string;
  readonly now?: () => number;
}

type Schema = { type: string; name: string; sql: string | null }[];
const expectedSchemas = new Map<number, string>();

function schemaOf(db: Database.Database): string {
  const rows = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as Schema;
  return JSON.stringify(rows);
}

/** The schema a file of `version` has when made by this version of Inventaris. */
function expectedSchema(version: number): string {
  let schema = expectedSchemas.get(version);
  if (schema === undefined) {
    const db = new Database(':memory:', nativeOptions());
    try {
      db.transaction(() => {
        for (const step of migrations.filter((m) => m.version <= version)) step.up(db);
      })();
      schema = schemaOf(db);
    } finally {
      db.close();
    }
    expectedSchemas.set(version, schema);
  }
  return schema;
}

/** What differs between a file's schema and the expected one, in a few words (e.g. "table notes missing"). */
export function schemaDifference(db: Database.Database, version: number): string | null {
  const actual = schemaOf(db);
  const expected = expectedSchema(version);
  if (actual === expected) return null;
  const list = (json: string) => JSON.parse(json) as { type: string; name: string; sql: string | null }[];
  const have = new Map(list(actual).map((r) => [`${r.type} ${r.name}`, r.sql]));
  const want = new Map(list(expected).map((r) => [`${r.type} ${r.name}`, r.sql]));
  const missing = [...want.keys()].filter((k) => !have.has(k));
  const extra = [...have.keys()].filter((k) => !want.has(k));
  const changed = [...want.keys()].filter((k) => have.has(k) && have.get(k) !== want.get(k));
  const parts = [
    ...missing.map((k) => `${k} missing`),
    ...extra.map((k) => `unexpected ${k}`),
    ...changed.map((k) => `${k} differs`),
  ];
  return parts.slice(0, 5).join('; ') || 'schema differs';
}

function invalid(file: string, detail: string): AppError {
  return new AppError('INVALID_FILE', { path: file, detail });
}

/** Makes the private plain-SQLite copy of `file` in `dir`. */
function privateCopy(file: string, dir: string, passphrase: string | undefined): string {
  const target = path.join(dir, 'incoming.inventaris');
  for (const reader of containerReaders) if (reader(file, target, passphrase)) return target;
  // A copy-on-write clone where the file system offers one (APFS, Btrfs, XFS): instant, and still a private copy.
  fs.copyFileSync(file, target, fs.constants.COPYFILE_FICLONE);
  return target;
}

/** Opens and checks a colleague's file; throws a translated AppError naming `file`, with nothing of ours changed. */
export function openIncoming(file: string, options: IncomingOptions): IncomingFile {
  const original = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(original);
  } catch {
    throw new AppError('FILE_NOT_FOUND', { path: original });
  }
  if (!stat.isFile()) throw new AppError('NOT_SQLITE', { path: original });
  if (stat.size > MAX_FILE_BYTES) throw new AppError('TOO_LARGE', { path: original, detail: `${Math.round(stat.size / 1024 / 1024)} MB` });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-merge-'));
  let db: Database.Database | null = null;
  const cleanUp = () => {
    db?.close();
    db = null;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const copy = privateCopy(original, dir, options.passphrase);
    let header;
    try {
      header = inspectHeader(copy);
    } catch (error) {
      if (error instanceof AppError) throw new AppError(error.code, { ...error.params, path: original });
      throw error;
    }
    try {
      db = new Database(copy, { ...nativeOptions(), fileMustExist: true });
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new AppError('CORRUPT', { path: original });
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('CORRUPT', { path: original });
    }
    if (header.userVersion < 1) throw invalid(original, 'no schema');
    const difference = schemaDifference(db, header.userVersion);
    if (difference) throw invalid(original, difference);
    if (header.userVersion < latestSchemaVersion) migrate(db, null);
    const inventories = db.prepare('SELECT id, title FROM inventory').all() as { id: string; title: string }[];
    if (inventories.length !== 1) throw invalid(original, 'it holds no inventory');
    const inventory = inventories[0]!;
    if (inventory.id !== options.inventoryId) throw new AppError('OTHER_INVENTORY', { path: original, title: inventory.title });
    checkReferences(db, original);
    const candidates = options.freshEntries
      ? options.freshEntries(copy)
      : (db.prepare('SELECT hlc, device_id, author, entity, row_id, field, value, parents FROM change_log ORDER BY hlc').all() as IncomingEntry[]).filter(
          (e) => !(options.known?.(e.entity, e.row_id, e.field, e.hlc) ?? false),
        );
    const fresh = checkLog(original, options.now ?? Date.now, candidates);
    const touched = new Map<string, Set<string>>();
    for (const entry of fresh) {
      let rows = touched.get(entry.entity);
      if (!rows) touched.set(entry.entity, (rows = new Set()));
      rows.add(entry.row_id);
    }
    checkRows(db, original, touched);
    const opened = db;
    return {
      path: original,
      fresh,
      db: opened as ReadableDb,
      schemaVersion: header.userVersion,
      inventory,
      close: cleanUp,
    };
  } catch (error) {
    cleanUp();
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') throw new AppError('NOT_SQLITE', { path: original });
    if (code.startsWith('SQLITE_CORRUPT')) throw new AppError('CORRUPT', { path: original });
    throw invalid(original, (error as Error).message ?? String(error));
  }
}

function checkReferences(db: Database.Database, file: string): void {
  const orphans = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (orphans.length > 0) throw invalid(file, `a row of ${orphans[0]!.table} refers to a missing row of ${orphans[0]!.parent}`);
}

/** The rows a merge will read (those the new changes are about) satisfy the domain schemas of their fields. */
function checkRows(db: Database.Database, file: string, touched: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const spec of mergeables) {
    const ids = touched.get(spec.entity);
    if (!ids) continue;
    for (const rowId of ids) {
      const row = readRow(db as ReadableDb, spec, rowId);
      if (!row) continue;
      for (const [name, field] of Object.entries(spec.fields)) {
        const raw = row[field.column] ?? row[`${field.column}_nl`];
        if (typeof raw === 'string' && raw.length > MAX_VALUE_CHARS) throw new AppError('TOO_LARGE', { path: file, detail: `${spec.table}.${field.column}` });
        let value: unknown;
        try {
          value = storedValue(row, field);
        } catch {
          throw invalid(file, `${spec.table}.${field.column} is not valid`);
        }
        if (field.personal && row.forgotten_at) continue;
        if (!field.schema.safeParse(value).success) throw invalid(file, `${spec.table}.${name} of a row is not valid`);
      }
    }
  }
}

/**
 * Every change-log entry the local file does not have yet: a plausible clock stamp, a known kind of row and field, a
 * valid row id, value and history. Returns them, oldest first. (Entries the local file has are never taken in again.)
 */
function checkLog(file: string, now: () => number, entries: readonly IncomingEntry[]): IncomingEntry[] {
  const limit = now() + MAX_DRIFT_MS;
  const fresh: IncomingEntry[] = [];
  for (const entry of entries) {
    fresh.push(entry);
    let wall: number;
    try {
      wall = decodeHlc(entry.hlc).wall;
    } catch {
      throw invalid(file, 'a change has no valid clock stamp');
    }
    if (wall > limit) throw new AppError('CLOCK_AHEAD', { path: file, when: new Date(Math.min(wall, 8.64e15)).toISOString() });
    const spec = mergeableOf(entry.entity);
    if (!spec) continue;
    const field = spec.fields[entry.field];
    if (!field) throw invalid(file, `unknown field ${entry.entity}.${entry.field}`);
    if (!validRowId(spec, entry.row_id)) throw invalid(file, `a change of ${entry.entity} names no valid row`);
    if (entry.value !== null && entry.value.length > MAX_VALUE_CHARS) throw new AppError('TOO_LARGE', { path: file, detail: `${entry.entity}.${entry.field}` });
    let parsed: unknown;
    let parents: unknown;
    try {
      parsed = entry.value === null ? null : JSON.parse(entry.value);
      parents = entry.parents === null ? [] : JSON.parse(entry.parents);
    } catch {
      throw invalid(file, `a change of ${entry.entity}.${entry.field} is not valid`);
    }
    if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string' || p >= entry.hlc)) {
      throw invalid(file, `the history of ${entry.entity}.${entry.field} is not valid`);
    }
    if (field.personal && parsed === null) continue;
    if (!field.schema.safeParse(parsed).success) throw invalid(file, `a change of ${entry.entity}.${entry.field} is not valid`);
  }
  return fresh;
}

/** A row of the incoming file, for the columns the change log does not carry (created_at). */
export function incomingRow(incoming: IncomingFile, entity: string, rowId: string): Record<string, unknown> | undefined {
  const spec = mergeableOf(entity);
  return spec ? readRow(incoming.db, spec, rowId) : undefined;
}
