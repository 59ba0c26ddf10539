// Helpers for migration tests: a database at a given schema version, and its rows.
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, migrate } from '../../electron/core/db/file';
import { tempDir } from './helpers';

/** A new file-backed database migrated up to `version` (0 = empty). */
export function createDbAt(version: number): { db: Database.Database; file: string } {
  const file = path.join(tempDir(), `v${version}.inventaris`);
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  if (version > 0) migrate(db, null, version);
  return { db, file };
}

export function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

export function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name);
}
