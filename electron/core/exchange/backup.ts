// The copy of the local file made before a merge changes it. (The share work brings a shared backups module; this
// one stays small: a clean VACUUM INTO copy in the app's backups folder.)
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { FILE_EXTENSION, type InventoryFile } from '../db/file';

export function makeBackup(file: InventoryFile, dir: string, reason: string): string {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.(\d+)Z$/, '$1Z');
    const base = path.basename(file.path, FILE_EXTENSION);
    let target = path.join(dir, `${base}.${reason}-${stamp}${FILE_EXTENSION}`);
    for (let n = 2; fs.existsSync(target); n += 1) target = path.join(dir, `${base}.${reason}-${stamp}-${n}${FILE_EXTENSION}`);
    file.db.prepare('VACUUM INTO ?').run(target);
    return target;
  } catch (error) {
    throw new AppError('IO_ERROR', { detail: `backup before merging failed: ${(error as Error).message}` });
  }
}
