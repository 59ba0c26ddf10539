// Opening and creating .inventaris files. A file is classified from its raw header before SQLite touches it,
// so a foreign, damaged or too-new file is refused and left byte-identical.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { HybridClock } from './clock';
import { nativeOptions } from './native';
import { latestSchemaVersion, migrations, type Migration } from './migrations';

/** 'INVT': marks a SQLite file as ours (PRAGMA application_id). */
export const APPLICATION_ID = 0x494e5654;
export const FILE_EXTENSION = '.inventaris';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

/** A handle that may only read. */
export type ReadableDb = Database.Database & { readonly __access: 'read' | 'write' };
/** A handle that may write; only obtainable from a file opened read-write, so a write on a read-only file does not compile. */
export type WritableDb = Database.Database & { readonly __access: 'write' };

export interface InventoryFile {
  readonly path: string;
  readonly db: ReadableDb;
  readonly readOnly: boolean;
  readonly schemaVersion: number;
  readonly backupPath: string | null;
  readonly clock: HybridClock;
}

export interface HeaderFacts {
  readonly applicationId: number;
  readonly userVersion: number;
  readonly pageSize: number;
  readonly pageCount: number;
  readonly headerCountValid: boolean;
}

function hasHotJournal(file: string): boolean {
  try {
    return fs.statSync(`${file}-journal`).size > 0;
  } catch {
    return false;
  }
}

/** Reads the 100-byte SQLite header; throws NOT_SQLITE / CORRUPT / FOREIGN_FILE / TOO_NEW with the file untouched. */
export function inspectHeader(file: string): HeaderFacts {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('FILE_NOT_FOUND', { path: file });
  }
  if (stat.isDirectory()) throw new AppError('IS_FOLDER', { path: file });
  if (!stat.isFile() || stat.size < HEADER_SIZE) throw new AppError('NOT_SQLITE', { path: file });
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.subarray(0, 16).equals(SQLITE_MAGIC)) throw new AppError('NOT_SQLITE', { path: file });
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const facts: HeaderFacts = {
    pageSize,
    pageCount: header.readUInt32BE(28),
    headerCountValid: header.readUInt32BE(24) === header.readUInt32BE(92),
    userVersion: header.readInt32BE(60),
    applicationId: header.readInt32BE(68) >>> 0,
  };
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw new AppError('CORRUPT', { path: file });
  if (!hasHotJournal(file) && (stat.size % pageSize !== 0 || (facts.headerCountValid && stat.size < facts.pageCount * pageSize))) {
    throw new AppError('CORRUPT', { path: file });
  }
  if (facts.applicationId !== APPLICATION_ID) throw new AppError('FOREIGN_FILE', { path: file });
  if (facts.userVersion > latestSchemaVersion) {
    throw new AppError('TOO_NEW', { path: file, found: facts.userVersion, supported: latestSchemaVersion });
  }
  return facts;
}

function isWritable(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    // root ignores permission bits, so look at them as well as asking access().
    if ((stat.mode & 0o222) === 0) return false;
    fs.accessSync(file, fs.constants.W_OK);
    // The rollback journal is created beside the file.
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Settings chosen so the main file alone is complete after every commit: a rollback journal (deleted at commit), full fsync. */
function applyPragmas(db: Database.Database, readOnly: boolean): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // 64 MiB of page cache (SQLite's default is 2 MiB): the heat map, themes and report each read several MB of a large
  // inventory, and with the default every read took its pages from the operating system again. The cache fills only
  // as pages are read, so a small file uses little.
  db.pragma('cache_size = -65536');
  if (readOnly) return;
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  // Deleted content is overwritten, so forgetting a person does not leave their name in free pages.
  db.pragma('secure_delete = ON');
}

function backupName(file: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..+$/, '');
  const base = path.basename(file, FILE_EXTENSION);
  return path.join(path.dirname(file), `${base}.backup-v${fromVersion}-${stamp}${FILE_EXTENSION}`);
}

/**
 * Makes the backup taken before an existing file is migrated; returns its path. The app passes one that writes into
 * its backups folder (exchange/backups.ts); without one, a copy is made beside the file.
 */
export type MigrationBackup = (db: Database.Database, file: string, fromVersion: number) => string;

const copyBesideFile: MigrationBackup = (_db, file, fromVersion) => {
  const target = backupName(file, fromVersion);
  fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
  return target;
};

/** Runs pending migrations in one transaction. Returns the backup path when an existing file was migrated. */
export function migrate(
  db: Database.Database,
  file: string | null,
  targetVersion = latestSchemaVersion,
  steps: readonly Migration[] = migrations,
  backup: MigrationBackup = copyBesideFile,
): string | null {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latestSchemaVersion) throw new AppError('TOO_NEW', { path: file ?? '', found: current, supported: latestSchemaVersion });
  if (current >= targetVersion) return null;
  let backupPath: string | null = null;
  if (file && current > 0) backupPath = backup(db, file, current);
  const pending = steps.filter((m) => m.version > current && m.version <= targetVersion);
  db.transaction(() => {
    for (const step of pending) step.up(db);
    db.pragma(`user_version = ${targetVersion}`);
  })();
  return backupPath;
}

function latestClockReading(db: Database.Database): string | null {
  const row = db.prepare('SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null } | undefined;
  return row?.hlc ?? null;
}

function sqliteFailure(file: string, error: unknown): AppError {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return new AppError('NOT_SQLITE', { path: file });
  if (code.startsWith('SQLITE_CORRUPT')) return new AppError('CORRUPT', { path: file });
  if (error instanceof AppError) return error;
  return new AppError('IO_ERROR', { detail: (error as Error).message ?? String(error) });
}

export interface OpenOptions {
  readonly deviceId: string;
  /** Open read-only even when the file is writable. */
  readonly readOnly?: boolean;
  /** How to back up an older file before migrating it; default: a copy beside the file. */
  readonly backupBeforeMigration?: MigrationBackup;
}

/** Opens an existing inventory file, migrating it (after a backup copy) when it is older than this version. */
export function openInventoryFile(file: string, options: OpenOptions): InventoryFile {
  const absolute = path.resolve(file);
  const header = inspectHeader(absolute);
  const readOnly = options.readOnly === true || !isWritable(absolute);
  if (readOnly && header.userVersion < latestSchemaVersion) {
    throw new AppError('IO_ERROR', {
      detail: `${absolute} is read-only and from an older version of Inventaris; make a writable copy to open it.`,
    });
  }
  let db: Database.Database | null = null;
  try {
    db = new Database(absolute, { ...nativeOptions(), readonly: readOnly, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('CORRUPT', { path: absolute });
    applyPragmas(db, readOnly);
    const backupPath = readOnly ? null : migrate(db, absolute, latestSchemaVersion, migrations, options.backupBeforeMigration);
    const clock = new HybridClock(options.deviceId);
    const latest = latestClockReading(db);
    if (latest) clock.observe(latest);
    const inventoryRows = (db.prepare('SELECT count(*) AS n FROM inventory').get() as { n: number }).n;
    if (inventoryRows !== 1) throw new AppError('CORRUPT', { path: absolute });
    return {
      path: absolute,
      db: db as ReadableDb,
      readOnly,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      backupPath,
      clock,
    };
  } catch (error) {
    db?.close();
    throw sqliteFailure(absolute, error);
  }
}

/** A new file's place must be free: IS_FOLDER when a folder has that name (e.g. "x.inventaris"), else FILE_EXISTS. */
export function refuseExisting(absolute: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch {
    return;
  }
  throw new AppError(stat.isDirectory() ? 'IS_FOLDER' : 'FILE_EXISTS', { path: absolute });
}

/**
 * Creates a new inventory file at `file` (which must not exist). `initialise` fills it in the same transaction
 * as the schema; the file appears under its name only when complete.
 */
export function createInventoryFile(file: string, options: OpenOptions, initialise: (db: WritableDb, clock: HybridClock) => void): InventoryFile {
  const absolute = path.resolve(file);
  refuseExisting(absolute);
  const dir = path.dirname(absolute);
  if (!fs.existsSync(dir)) throw new AppError('IO_ERROR', { detail: `folder ${dir} does not exist` });
  const temp = path.join(dir, `.${path.basename(absolute)}.${process.pid}.creating`);
  const clock = new HybridClock(options.deviceId);
  try {
    const db = new Database(temp, nativeOptions());
    try {
      applyPragmas(db, false);
      db.pragma(`application_id = ${APPLICATION_ID | 0}`);
      migrate(db, null);
      db.transaction(() => initialise(db as WritableDb, clock))();
    } finally {
      db.close();
    }
    fs.renameSync(temp, absolute);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    fs.rmSync(`${temp}-journal`, { force: true });
    throw error instanceof AppError ? error : new AppError('IO_ERROR', { detail: (error as Error).message });
  }
  return openInventoryFile(absolute, options);
}

/** The write handle of a file, or READ_ONLY. */
export function writable(file: InventoryFile): WritableDb {
  if (file.readOnly) throw new AppError('READ_ONLY');
  return file.db as WritableDb;
}

/**
 * Writes a clean, self-contained copy (VACUUM INTO): no journal, no free pages with deleted text.
 * The target must not exist.
 */
export function saveCopy(file: InventoryFile, target: string): string {
  const absolute = path.resolve(target);
  if (absolute === file.path) throw new AppError('FILE_EXISTS', { path: absolute });
  refuseExisting(absolute);
  file.db.prepare('VACUUM INTO ?').run(absolute);
  return absolute;
}
