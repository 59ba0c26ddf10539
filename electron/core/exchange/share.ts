// Sharing a copy: a clean, self-contained snapshot of the open inventory (VACUUM INTO: one file, no journal, no free
// pages that could still hold deleted or forgotten text), optionally sealed with a passphrase; and opening such a
// sealed copy again. A plain snapshot of a sealed share is only ever written to a private temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { inspectHeader } from '../db/file';
import { countRows } from './backups';
import { checkPassphrase, decryptToTempFile, encryptFile, isEncryptedContainer, type KdfParams } from './container';

export interface ShareSource {
  readonly db: Database.Database;
  readonly path: string;
}

export interface ShareOptions {
  /** Seal the copy with this passphrase; none: a plain .inventaris file. */
  readonly passphrase?: string;
  /** The passphrase typed a second time; when given it must match. */
  readonly passphraseRepeat?: string;
  readonly kdf?: KdfParams;
}

export interface ShareResult {
  readonly path: string;
  readonly encrypted: boolean;
  readonly sizeBytes: number;
  readonly counts: Readonly<Record<string, number>>;
}

function refuseExisting(target: string, source: string): void {
  if (target === source || fs.existsSync(target)) throw new AppError('FILE_EXISTS', { path: target });
  if (!fs.existsSync(path.dirname(target))) throw new AppError('FILE_NOT_FOUND', { path: path.dirname(target) });
}

function ioError(error: unknown): AppError {
  return error instanceof AppError ? error : new AppError('IO_ERROR', { detail: (error as Error).message });
}

/**
 * Writes a share copy of `source` at `target` (which must not exist). Must not run inside a transaction of `source`.
 * Example: shareCopy(session.requireFile(), '/home/me/Foodvalley (kopie).inventaris', { passphrase, passphraseRepeat })
 */
export function shareCopy(source: ShareSource, target: string, options: ShareOptions = {}): ShareResult {
  const absolute = path.resolve(target);
  const encrypted = options.passphrase !== undefined && options.passphrase !== '';
  if (encrypted) {
    if (options.passphraseRepeat !== undefined && options.passphraseRepeat !== options.passphrase) throw new AppError('PASSPHRASE_MISMATCH');
    checkPassphrase(options.passphrase!);
  }
  refuseExisting(absolute, path.resolve(source.path));
  const counts = countRows(source.db);
  if (!encrypted) {
    const temp = path.join(path.dirname(absolute), `.${path.basename(absolute)}.${process.pid}.sharing`);
    try {
      source.db.prepare('VACUUM INTO ?').run(temp);
      fs.renameSync(temp, absolute);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw ioError(error);
    }
    return { path: absolute, encrypted, sizeBytes: fs.statSync(absolute).size, counts };
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-share-'));
  try {
    const snapshot = path.join(folder, 'snapshot.inventaris');
    source.db.prepare('VACUUM INTO ?').run(snapshot);
    encryptFile(snapshot, absolute, options.passphrase!, { kdf: options.kdf });
  } catch (error) {
    throw ioError(error);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return { path: absolute, encrypted, sizeBytes: fs.statSync(absolute).size, counts };
}

/**
 * Opens a sealed share copy with its passphrase into a new plain file at `target` (which must not exist), after
 * checking that what comes out is one of our inventory files. Returns the new file's path; on any failure nothing
 * is written.
 */
export function unsealCopy(sealed: string, passphrase: string, target: string): string {
  const source = path.resolve(sealed);
  const absolute = path.resolve(target);
  if (!isEncryptedContainer(source)) throw new AppError('NOT_SQLITE', { path: source });
  refuseExisting(absolute, source);
  const plain = decryptToTempFile(source, passphrase);
  try {
    try {
      inspectHeader(plain.path);
    } catch (error) {
      // A sealed file from a newer version says so; anything else inside a sound seal is not ours.
      if (error instanceof AppError && error.code === 'TOO_NEW') throw new AppError('TOO_NEW', { ...error.params, path: source });
      throw new AppError('CONTAINER_DAMAGED', { path: source });
    }
    const temp = path.join(path.dirname(absolute), `.${path.basename(absolute)}.${process.pid}.opening`);
    try {
      fs.copyFileSync(plain.path, temp, fs.constants.COPYFILE_EXCL);
      fs.renameSync(temp, absolute);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw ioError(error);
    }
    return absolute;
  } finally {
    plain.cleanup();
  }
}

/** A free path beside `sealed` for its opened copy: "naam (geopend).inventaris", "naam (geopend 2).inventaris", … */
export function openedCopyPath(sealed: string, label: string): string {
  const dir = path.dirname(path.resolve(sealed));
  const base = path.basename(sealed).replace(/\.inventaris$/i, '');
  label = label.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').slice(0, 60);
  let candidate = path.join(dir, `${base} (${label}).inventaris`);
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = path.join(dir, `${base} (${label} ${n}).inventaris`);
  return candidate;
}
