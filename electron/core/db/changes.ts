// The change log: every change of a user-editable field, and every deletion, stamped by the hybrid clock.
// Merging reads this log; nothing else should write to change_log or tombstones.
import type { HybridClock } from './clock';
import type { WritableDb } from './file';

/** Who made a change: the device (one per installation) and the person's display name. */
export interface Author {
  readonly deviceId: string;
  readonly name: string;
}

/**
 * Records new values of fields of one row under one clock tick; returns the timestamp.
 * Example: recordFieldChanges(db, clock, author, 'inventory', id, { title: 'Nieuw' })
 */
export function recordFieldChanges(
  db: WritableDb,
  clock: HybridClock,
  author: Author,
  entity: string,
  rowId: string,
  values: Readonly<Record<string, unknown>>,
): string {
  const hlc = clock.tick();
  const insert = db.prepare(
    'INSERT INTO change_log (hlc, device_id, author, entity, row_id, field, value) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const [field, value] of Object.entries(values)) {
    insert.run(hlc, author.deviceId, author.name, entity, rowId, field, JSON.stringify(value ?? null));
  }
  return hlc;
}

/** Marks a row as deleted so merges do not bring it back. */
export function recordTombstone(db: WritableDb, clock: HybridClock, author: Author, entity: string, rowId: string): string {
  const hlc = clock.tick();
  db.prepare(
    `INSERT INTO tombstones (entity, row_id, hlc, device_id, author) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (entity, row_id) DO UPDATE SET hlc = excluded.hlc, device_id = excluded.device_id, author = excluded.author`,
  ).run(entity, rowId, hlc, author.deviceId, author.name);
  return hlc;
}
