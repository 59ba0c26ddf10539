// Rolling automatic backups of an inventory, kept in the app's data folder (never beside the user's file):
// one folder per inventory, `<config dir>/backups/<inventory id>/`, each backup a clean VACUUM INTO copy plus a small
// JSON manifest. Taken on open and before every migration, merge, restore and import; the newest N are kept.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { z } from '../../../shared/zod';
import { DEFAULT_BACKUPS_TO_KEEP, type ConfigStore } from '../config';
import { migrate } from '../db/file';
import { latestSchemaVersion } from '../db/migrations';
import { nativeOptions } from '../db/native';
import { appVersion } from '../version';

export const backupReasons = ['open', 'migration', 'merge', 'restore', 'import', 'manual'] as const;
export type BackupReason = (typeof backupReasons)[number];

export { DEFAULT_BACKUPS_TO_KEEP };
/** Free space that must remain on the disk after a backup, so a backup never fills it. */
export const DEFAULT_RESERVE_BYTES = 100 * 1024 * 1024;

const BACKUP_EXTENSION = '.inventaris';
const MANIFEST_EXTENSION = '.json';
/** Tables that are bookkeeping, not content; left out of the counts. */
const uncountedTables = new Set(['meta', 'change_log', 'tombstones']);

export const backupManifestSchema = z.object({
  formatVersion: z.literal(1),
  id: z.string().regex(/^[0-9A-Za-z-]{1,80}$/),
  createdAt: z.string(),
  reason: z.enum(backupReasons),
  sourcePath: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  inventoryId: z.string(),
  inventoryTitle: z.string(),
  /** Live (not deleted) rows per table. */
  counts: z.record(z.string(), z.number().int()),
  /** Newest change-log stamp in the copy: two backups with the same stamp hold the same content. */
  latestChange: z.string().nullable(),
  sizeBytes: z.number().int(),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export interface BackupEntry extends BackupManifest {
  /** The backup's database file. */
  readonly path: string;
}

/** Something to back up: an open handle and the path of its file (an `InventoryFile` is one), or a file path. */
export type BackupSource = { readonly db: Database.Database; readonly path: string } | string;

export interface BackupOptions {
  /** The app's data folder (`ConfigStore.dir`); backups go in its `backups/` folder. */
  readonly configDir: string;
  /** How many backups of this inventory to keep; older ones are removed after a successful backup. */
  readonly keep?: number;
  /** Free space that must remain after the backup. */
  readonly reserveBytes?: number;
  readonly appVersion?: string;
  readonly now?: Date;
  /**
   * Skip the backup when the newest one already holds this exact content (same newest change and schema version);
   * used for the backup on open, so opening a file ten times does not push out older backups. Returns that one.
   */
  readonly skipIfUnchanged?: boolean;
  /**
   * Copy the file byte for byte while holding a read lock (no writer can commit meanwhile, so the copy is one
   * consistent state) instead of VACUUM INTO, which rebuilds every table and index: about twice as fast for a large
   * file. Freed space is already zeroed (secure_delete), so the copy holds nothing the file does not. Used before a
   * merge, where the backup is on the user's wait.
   */
  readonly byteCopy?: boolean;
}

/**
 * How many backups to keep, from Settings (`backupsToKeep`). 0 turns off the rolling backup on open; a risky step
 * (migration, merge, restore, import) still makes its backup, and the newest one is always kept.
 */
export function backupsToKeep(config: ConfigStore): number {
  const value = config.get().backupsToKeep;
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_BACKUPS_TO_KEEP;
}

/** Backup options for the app's own settings folder. */
export function backupOptionsFor(config: ConfigStore, extra: Partial<BackupOptions> = {}): BackupOptions {
  return { configDir: config.dir, keep: backupsToKeep(config), ...extra };
}

export function backupsRoot(configDir: string): string {
  return path.join(configDir, 'backups');
}

/** A folder name for an inventory id; an id that is not a plain UUID-like token is hashed, so it cannot escape. */
function folderNameFor(inventoryId: string): string {
  if (/^[0-9A-Za-z-]{1,64}$/.test(inventoryId)) return inventoryId;
  return `x-${crypto.createHash('sha256').update(inventoryId).digest('hex').slice(0, 32)}`;
}

export function backupFolder(configDir: string, inventoryId: string): string {
  return path.join(backupsRoot(configDir), folderNameFor(inventoryId));
}

interface SourceFacts {
  readonly inventoryId: string;
  readonly inventoryTitle: string;
  readonly schemaVersion: number;
  readonly counts: Record<string, number>;
  readonly latestChange: string | null;
  readonly estimatedBytes: number;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Live rows per content table; generic over the tables, so tables added later are counted too. */
export function countRows(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    if (uncountedTables.has(name)) continue;
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as { name: string }[]).map((c) => c.name);
    const where = columns.includes('deleted_at') ? ' WHERE deleted_at IS NULL' : '';
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(name)}${where}`).get() as { n: number }).n;
  }
  return counts;
}

function readFacts(db: Database.Database): SourceFacts {
  const hasTable = (name: string) => db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
  const inventory = hasTable('inventory')
    ? (db.prepare('SELECT id, title FROM inventory LIMIT 1').get() as { id: string; title: string } | undefined)
    : undefined;
  const latest = hasTable('change_log') ? (db.prepare('SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null }).hlc : null;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const freePages = db.pragma('freelist_count', { simple: true }) as number;
  return {
    inventoryId: String(inventory?.id ?? 'unknown'),
    inventoryTitle: String(inventory?.title ?? ''),
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    counts: countRows(db),
    latestChange: latest ?? null,
    estimatedBytes: (pageCount - freePages) * pageSize,
  };
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '-');
}

function ensureWritableFolder(folder: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
    const stat = fs.statSync(folder);
    if (!stat.isDirectory()) throw new Error('not a folder');
    // root ignores permission bits; a probe write is the real test.
    const probe = path.join(folder, `.probe-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch {
    throw new AppError('BACKUP_UNWRITABLE', { dir: folder });
  }
}

/** Refuses when the backup would leave less than the reserve free on the disk of `folder`. */
function ensureSpace(folder: string, neededBytes: number, reserveBytes: number): void {
  let available: number;
  try {
    const stats = fs.statfsSync(folder);
    available = Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return; // No figure to go by (an unusual file system): the write itself will report a full disk.
  }
  if (available - neededBytes < reserveBytes) {
    throw new AppError('BACKUP_NO_SPACE', {
      dir: folder,
      needed: formatMegabytes(neededBytes + reserveBytes),
      available: formatMegabytes(available),
    });
  }
}

function formatMegabytes(bytes: number): string {
  return `${Math.max(1, Math.ceil(bytes / (1024 * 1024)))} MB`;
}

function writeJsonAtomically(file: string, value: unknown): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`);
  fs.renameSync(temp, file);
}

function withSource<T>(source: BackupSource, work: (db: Database.Database, sourcePath: string) => T): T {
  if (typeof source !== 'string') return work(source.db, source.path);
  const absolute = path.resolve(source);
  let db: Database.Database;
  try {
    db = new Database(absolute, { ...nativeOptions(), readonly: true, fileMustExist: true });
  } catch {
    throw new AppError('FILE_NOT_FOUND', { path: absolute });
  }
  try {
    return work(db, absolute);
  } finally {
    db.close();
  }
}

/**
 * Writes a consistent copy of `source` (VACUUM INTO reads one snapshot) into the inventory's backup folder, with a
 * manifest, then removes the oldest backups beyond `keep`. Throws BACKUP_UNWRITABLE or BACKUP_NO_SPACE, leaving no
 * partial backup behind. Must not be called inside a transaction of `source`.
 * Example: createBackup(file, 'merge', backupOptionsFor(session.env.config))
 */
export function createBackup(source: BackupSource, reason: BackupReason, options: BackupOptions): BackupEntry {
  return withSource(source, (db, sourcePath) => {
    if (!options.byteCopy || db.inTransaction) return backupOf(db, sourcePath, reason, options, (target) => db.prepare('VACUUM INTO ?').run(target));
    // A read transaction: its shared lock keeps every writer out until the copy is complete.
    db.exec('BEGIN');
    try {
      return backupOf(db, sourcePath, reason, options, (target) => fs.copyFileSync(sourcePath, target, fs.constants.COPYFILE_FICLONE));
    } finally {
      if (db.inTransaction) db.exec('COMMIT');
    }
  });
}

function backupOf(db: Database.Database, sourcePath: string, reason: BackupReason, options: BackupOptions, copy: (target: string) => void): BackupEntry {
  {
    const facts = readFacts(db);
    const folder = backupFolder(options.configDir, facts.inventoryId);
    if (options.skipIfUnchanged) {
      const newest = listBackupsIn(folder)[0];
      if (newest && newest.latestChange === facts.latestChange && newest.schemaVersion === facts.schemaVersion && newest.sourcePath === sourcePath) {
        return newest;
      }
    }
    ensureWritableFolder(folder);
    ensureSpace(folder, facts.estimatedBytes, options.reserveBytes ?? DEFAULT_RESERVE_BYTES);
    const now = options.now ?? new Date();
    const id = `${stampOf(now)}-${reason}-${crypto.randomBytes(3).toString('hex')}`;
    const target = path.join(folder, `${id}${BACKUP_EXTENSION}`);
    const temp = path.join(folder, `.${id}.partial`);
    try {
      copy(temp);
      fs.renameSync(temp, target);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      const code = (error as { code?: string }).code ?? '';
      if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
        throw new AppError('BACKUP_NO_SPACE', { dir: folder, needed: formatMegabytes(facts.estimatedBytes), available: '0 MB' });
      }
      throw new AppError('BACKUP_UNWRITABLE', { dir: folder });
    }
    const manifest: BackupManifest = {
      formatVersion: 1,
      id,
      createdAt: now.toISOString(),
      reason,
      sourcePath,
      appVersion: options.appVersion ?? appVersion,
      schemaVersion: facts.schemaVersion,
      inventoryId: facts.inventoryId,
      inventoryTitle: facts.inventoryTitle,
      counts: facts.counts,
      latestChange: facts.latestChange,
      sizeBytes: fs.statSync(target).size,
    };
    try {
      writeJsonAtomically(path.join(folder, `${id}${MANIFEST_EXTENSION}`), manifest);
    } catch {
      fs.rmSync(target, { force: true });
      throw new AppError('BACKUP_UNWRITABLE', { dir: folder });
    }
    pruneBackups(folder, options.keep ?? DEFAULT_BACKUPS_TO_KEEP);
    return { ...manifest, path: target };
  }
}

/** The backups in one folder, newest first. A backup without a readable manifest (half written, edited) is skipped. */
function listBackupsIn(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    if (!name.endsWith(MANIFEST_EXTENSION) || name.startsWith('.')) continue;
    const id = name.slice(0, -MANIFEST_EXTENSION.length);
    const database = path.join(folder, `${id}${BACKUP_EXTENSION}`);
    try {
      const manifest = backupManifestSchema.parse(JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')));
      if (manifest.id !== id || !fs.statSync(database).isFile()) continue;
      entries.push({ ...manifest, path: database });
    } catch {
      continue;
    }
  }
  return entries.sort((a, b) => (a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt)));
}

/** Every backup of one inventory, newest first. */
export function listBackups(configDir: string, inventoryId: string): BackupEntry[] {
  return listBackupsIn(backupFolder(configDir, inventoryId));
}

/** One backup by id, or NOT_FOUND. */
export function findBackup(configDir: string, inventoryId: string, backupId: string): BackupEntry {
  const found = listBackups(configDir, inventoryId).find((entry) => entry.id === backupId);
  if (!found) throw new AppError('BACKUP_NOT_FOUND', { id: backupId.slice(0, 80) });
  return found;
}

function pruneBackups(folder: string, keep: number): void {
  for (const old of listBackupsIn(folder).slice(Math.max(1, keep))) {
    fs.rmSync(old.path, { force: true });
    fs.rmSync(path.join(folder, `${old.id}${MANIFEST_EXTENSION}`), { force: true });
  }
}

/**
 * Checks that `backup` is a sound copy of the inventory `inventoryId` this version can open; throws a clear error
 * otherwise. Changes nothing.
 */
export function verifyBackup(backup: BackupEntry, inventoryId: string): void {
  if (backup.inventoryId !== inventoryId) throw new AppError('BACKUP_OTHER_INVENTORY', { id: backup.id });
  let db: Database.Database | null = null;
  try {
    db = new Database(backup.path, { ...nativeOptions(), readonly: true, fileMustExist: true });
    const ok = db.pragma('quick_check', { simple: true }) === 'ok';
    const facts = ok ? readFacts(db) : null;
    if (!facts || facts.inventoryId !== inventoryId) throw new AppError('CORRUPT', { path: backup.path });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('CORRUPT', { path: backup.path });
  } finally {
    db?.close();
  }
}

/**
 * Copies a backup's content over the file at `targetPath` with SQLite's online backup API: the target keeps its
 * inode (sync clients and other open connections see one consistent change), and a failure leaves it as it was.
 * The caller backs up the current state first and reopens the file afterwards (an older backup is then migrated).
 */
export async function copyBackupOver(backup: BackupEntry, targetPath: string): Promise<void> {
  const db = new Database(backup.path, { ...nativeOptions(), readonly: true, fileMustExist: true });
  try {
    await db.backup(targetPath);
  } catch (error) {
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  } finally {
    db.close();
  }
}

/**
 * Rewrites every backup of an inventory with `scrub` (one transaction each), then VACUUMs it so no free page keeps the
 * old text; used when a respondent is forgotten, so the backups do not keep what the file no longer holds. A backup
 * that cannot be scrubbed is removed rather than kept with the data in it. Returns how many backups were rewritten.
 */
export function scrubBackups(configDir: string, inventoryId: string, scrub: (db: Database.Database) => void): number {
  let rewritten = 0;
  for (const backup of listBackups(configDir, inventoryId)) {
    const manifestPath = backup.path.replace(/\.inventaris$/, MANIFEST_EXTENSION);
    let db: Database.Database | null = null;
    try {
      db = new Database(backup.path, { ...nativeOptions(), fileMustExist: true });
      db.pragma('journal_mode = DELETE');
      db.pragma('secure_delete = ON');
      db.pragma('foreign_keys = ON');
      const open = db;
      // An older backup is brought up to this version first, so the scrub sees the tables it knows.
      if ((open.pragma('user_version', { simple: true }) as number) < latestSchemaVersion) migrate(open, null);
      open.transaction(() => scrub(open))();
      open.exec('VACUUM');
      const facts = readFacts(open);
      open.close();
      db = null;
      const manifest: BackupManifest = { ...backupManifestSchema.parse(JSON.parse(fs.readFileSync(manifestPath, 'utf8'))), counts: facts.counts, sizeBytes: fs.statSync(backup.path).size };
      writeJsonAtomically(manifestPath, manifest);
      rewritten += 1;
    } catch {
      db?.close();
      fs.rmSync(backup.path, { force: true });
      fs.rmSync(manifestPath, { force: true });
    }
  }
  return rewritten;
}
