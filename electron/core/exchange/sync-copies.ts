// Conflicted copies that sync clients leave beside a file when two people changed it at once. They are found by
// name (each client has its own pattern) and then confirmed by content: only a copy of the same inventory counts,
// so an unrelated file that happens to be called "naam (1).inventaris" is never offered for merging.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ConflictedCopy } from '../../../shared/contract/share';
import { inspectHeader } from '../db/file';
import { nativeOptions } from '../db/native';

type Pattern = ConflictedCopy['pattern'];

const EXTENSION = '.inventaris';

/** Patterns for the part after the original base name, e.g. " (conflicted copy 2026-12-01)". Order matters. */
const patterns: readonly [Pattern, RegExp][] = [
  // Dropbox: "naam (conflicted copy 2026-12-01)", "naam (Jan's conflicted copy 2026-12-01)", Dutch "(conflicterende kopie van Jan …)".
  ['dropbox', /^ \((?:[^()]*'s )?(?:conflicted copy|conflicterende kopie|in conflict)[^()]*\)$/i],
  // Nextcloud / ownCloud: "naam (conflicted copy 2026-12-01 101530)" is caught above; "naam_conflict-20261201-101530".
  ['nextcloud', /^_conflict-\d{8}-\d{6}$/i],
  // Syncthing: "naam.sync-conflict-20261201-101530-ABCDEFG".
  ['syncthing', /^\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]+)?$/i],
  // Google Drive and browsers: "naam (1)", "naam(2)".
  ['google-drive', /^ ?\(\d{1,3}\)$/],
  // OneDrive / SharePoint add the computer name: "naam-LAPTOP-1234", "naam-DESKTOP-AB12CD-2".
  ['onedrive', /^-[A-Za-z0-9][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+){0,3}$/],
  // Copies numbered by hand or by a file manager: "naam 2", "naam - kopie", "naam - Copy".
  ['numbered', /^(?: \d{1,3}| - (?:kopie|copy)(?: \(\d{1,3}\))?)$/i],
];

export function conflictPatternOf(originalBase: string, candidateBase: string): Pattern | null {
  if (candidateBase === originalBase || !candidateBase.startsWith(originalBase)) return null;
  const rest = candidateBase.slice(originalBase.length);
  for (const [pattern, expression] of patterns) if (expression.test(rest)) return pattern;
  return null;
}

function inventoryIdOf(file: string): string | null {
  try {
    inspectHeader(file);
  } catch {
    return null;
  }
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { ...nativeOptions(), readonly: true, fileMustExist: true });
    const row = db.prepare('SELECT id FROM inventory LIMIT 1').get() as { id?: unknown } | undefined;
    return typeof row?.id === 'string' ? row.id : null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** Sync clients' conflicted copies of `file` (an inventory with id `inventoryId`) in its folder, newest first. */
export function findConflictedCopies(file: string, inventoryId: string): ConflictedCopy[] {
  const dir = path.dirname(file);
  const base = path.basename(file).replace(/\.inventaris$/i, '');
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: ConflictedCopy[] = [];
  for (const name of names) {
    if (!name.toLowerCase().endsWith(EXTENSION) || name.startsWith('.')) continue;
    const pattern = conflictPatternOf(base, name.slice(0, -EXTENSION.length));
    if (!pattern) continue;
    const full = path.join(dir, name);
    if (inventoryIdOf(full) !== inventoryId) continue;
    found.push({ path: full, fileName: name, modifiedAt: fs.statSync(full).mtime.toISOString(), pattern });
  }
  return found.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}
