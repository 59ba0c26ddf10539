// Two windows (or tabs) on one file: a text save says which value its editor started from. When the stored value
// moved on meanwhile, the save is recorded on top of the version it started from, so the field has two heads and
// combines exactly as a merge would (diff3, or a conflict keeping both). Nothing typed is overwritten.
import type { Author } from '../db/changes';
import type { HybridClock } from '../db/clock';
import type { WritableDb } from '../db/file';
import { cellEntries, deriveCell, headsOf, storeHeads } from './cells';
import { writeConflict } from './conflicts';
import { isTextField, mergeableOf } from './mergeable';
import { sameJson } from './same-json';

/** Whether a save of `field` that started from `base` must be combined with what is stored now (`current`). */
export function needsCombining(entity: string, field: string, base: unknown, current: unknown): boolean {
  return base !== undefined && isTextField(entity, field) && !sameJson(base, current);
}

/**
 * Logs `value` for a text field as written on top of the version whose value was `base`, and returns the field's
 * value now (combined with the edits made meanwhile). Call only when `needsCombining` said so.
 */
export function saveCombined(db: WritableDb, clock: HybridClock, author: Author, entity: string, rowId: string, field: string, value: unknown, base: unknown): unknown {
  const spec = mergeableOf(entity)!.fields[field]!;
  const key = { entity, rowId, field };
  const before = cellEntries(db, key);
  const startedFrom = [...before].reverse().find((e) => sameJson(e.value === null ? null : JSON.parse(e.value), base));
  db.prepare('INSERT INTO change_log (hlc, device_id, author, entity, row_id, field, value, parents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    clock.tick(),
    author.deviceId,
    author.name,
    entity,
    rowId,
    field,
    JSON.stringify(value ?? null),
    JSON.stringify(startedFrom ? [startedFrom.hlc] : []),
  );
  const entries = cellEntries(db, key);
  storeHeads(db, key, headsOf(entries));
  const cell = deriveCell(entries, spec);
  writeConflict(db, key, cell, new Date().toISOString());
  return cell.value;
}
