// Conflicted copies that sync clients leave beside a file when two people changed it at once. They are found by
// name (each client has its own pattern) and then confirmed by content: only a copy of the same inventory counts,
// so an unrelated file that happens to be called "naam (1).inventaris" is never offered for merging, and only
// while it holds something not merged yet.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ConflictedCopy } from '../../../shared/contract/share';
import { inspectHeader, type ReadableDb } from '../db/file';
import { nativeOptions } from '../db/native';
import { statement } from './statements';

type Pattern = ConflictedCopy['pattern'];

const EXTENSION = '.inventaris';

/**
 * The part a sync client adds after the original base name of a conflicted copy, per client. Only these real
 * patterns count: a name a person chose ("foodvalley-collega", "foodvalley 2") is a copy on purpose, not a conflict.
 * Order matters.
 */
const patterns: readonly [Pattern, RegExp][] = [
  // Nextcloud / ownCloud: "naam (conflicted copy 2026-12-01 101530)" (date and time, no name) and the older
  // "naam_conflict-20261201-101530".
  ['nextcloud', /^ \(conflicted copy \d{4}-\d{2}-\d{2} \d{6}\)$/i],
  ['nextcloud', /^_conflict-\d{8}-\d{6}$/i],
  // Dropbox: "naam (conflicted copy 2026-12-01)", "naam (Jan's conflicted copy 2026-12-01)", Dutch
  // "naam (Conflicterende kopie van Jan 2026-12-01)", and "(Case Conflict)" / "(in conflict …)".
  ['dropbox', /^ \((?:[^()]*['’]s )?(?:conflicted copy|conflicterende kopie|case conflict|in conflict)\b[^()]*\)$/i],
  // Syncthing: "naam.sync-conflict-20261201-101530-ABCDEFG".
  ['syncthing', /^\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]+)?$/i],
  // Google Drive for desktop: "naam (1)", "naam(2)".
  ['google-drive', /^ ?\(\d{1,3}\)$/],
  // OneDrive / SharePoint add the computer's name: Windows' own "DESKTOP-AB12CD3" / "LAPTOP-1A2B3C4D", or a name a
  // company gave (capitals and digits, up to 15, as Windows computer names are), optionally numbered "-2".
  ['onedrive', /^-(?:(?:DESKTOP|LAPTOP)-[A-Z0-9]{4,12}|(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,14})(?:-\d{1,3})?$/],
];

export function conflictPatternOf(originalBase: string, candidateBase: string): Pattern | null {
  if (candidateBase === originalBase || !candidateBase.startsWith(originalBase)) return null;
  const rest = candidateBase.slice(originalBase.length);
  for (const [pattern, expression] of patterns) if (expression.test(rest)) return pattern;
  return null;
}

/** The inventory id of a copy, and whether it holds any change the local file lacks (newest first, so it stops early). */
function inspectCopy(file: string, local: ReadableDb): { inventoryId: string | null; holdsNew: boolean } {
  try {
    inspectHeader(file);
  } catch {
    return { inventoryId: null, holdsNew: false };
  }
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { ...nativeOptions(), readonly: true, fileMustExist: true });
    const row = db.prepare('SELECT id FROM inventory LIMIT 1').get() as { id?: unknown } | undefined;
    const inventoryId = typeof row?.id === 'string' ? row.id : null;
    if (inventoryId === null) return { inventoryId, holdsNew: false };
    const known = statement(local, 'SELECT 1 FROM change_log WHERE entity = ? AND row_id = ? AND field = ? AND hlc = ?');
    let holdsNew = false;
    for (const entry of db.prepare('SELECT entity, row_id, field, hlc FROM change_log ORDER BY seq DESC').iterate() as Iterable<{ entity: string; row_id: string; field: string; hlc: string }>) {
      if (known.get(entry.entity, entry.row_id, entry.field, entry.hlc) === undefined) {
        holdsNew = true;
        break;
      }
    }
    return { inventoryId, holdsNew };
  } catch {
    return { inventoryId: null, holdsNew: false };
  } finally {
    db?.close();
  }
}

/** Per copy (path, size, time) and state of the local log, what inspectCopy found: a poll does not read it again. */
const inspected = new Map<string, { inventoryId: string | null; holdsNew: boolean }>();

/**
 * Sync clients' conflicted copies of the open file (an inventory with id `inventoryId`) in its folder, newest first.
 * A copy already merged is not offered again: one merged since it last changed (merge history), or one that holds
 * nothing the local file lacks.
 */
export function findConflictedCopies(local: { readonly path: string; readonly db: ReadableDb }, inventoryId: string): ConflictedCopy[] {
  const file = local.path;
  const dir = path.dirname(file);
  const base = path.basename(file).replace(/\.inventaris$/i, '');
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: ConflictedCopy[] = [];
  const merged = statement(local.db, 'SELECT 1 FROM merge_history WHERE source_file = ? AND merged_at >= ?');
  const state = statement(local.db, 'SELECT max(seq) AS n, max(hlc) AS latest FROM change_log').get() as { n: number | null; latest: string | null };
  for (const name of names) {
    if (!name.toLowerCase().endsWith(EXTENSION) || name.startsWith('.')) continue;
    const pattern = conflictPatternOf(base, name.slice(0, -EXTENSION.length));
    if (!pattern) continue;
    const full = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      continue;
    }
    const modifiedAt = stat.mtime.toISOString();
    if (merged.get(full, modifiedAt) !== undefined) continue;
    const key = [full, stat.size, stat.mtimeMs, state.n, state.latest].join('\u0000');
    let facts = inspected.get(key);
    if (!facts) {
      facts = inspectCopy(full, local.db);
      if (inspected.size > 100) inspected.clear();
      inspected.set(key, facts);
    }
    if (facts.inventoryId !== inventoryId || !facts.holdsNew) continue;
    found.push({ path: full, fileName: name, modifiedAt, pattern });
  }
  return found.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}
