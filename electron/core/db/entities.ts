// A small table gateway for user-editable rows: maps domain fields to columns, and records every change in the
// change log under one clock tick, so each domain module only declares its fields. Deletion is a soft delete
// (deleted_at), undoable, and merged like any other field.
import { AppError } from '../../../shared/contract/errors';
import type { HybridClock } from './clock';
import { recordFieldChanges, type Author } from './changes';
import type { ReadableDb, WritableDb } from './file';
import { newId } from './ids';
import { needsCombining, saveCombined } from '../exchange/concurrent';
import { redactMentions } from '../exchange/forget';

/** bilingual: one {nl, en} field stored in two columns, `<column>_nl` and `<column>_en`. */
export type FieldKind = 'text' | 'nullableText' | 'int' | 'nullableInt' | 'bool' | 'json' | 'bilingual';

export interface FieldSpec {
  readonly column: string;
  readonly kind: FieldKind;
}

export interface EntitySpec<T> {
  /** Name in the change log; also the table name. */
  readonly table: string;
  readonly fields: { readonly [K in keyof T]-?: FieldSpec };
}

export interface RowMeta {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deletedAt: string | null;
}

export type Stored<T> = T & RowMeta;

/** Shorthand for declaring fields: `text('name')`, `json('roles')`. */
export const text = (column: string): FieldSpec => ({ column, kind: 'text' });
export const nullableText = (column: string): FieldSpec => ({ column, kind: 'nullableText' });
export const int = (column: string): FieldSpec => ({ column, kind: 'int' });
export const nullableInt = (column: string): FieldSpec => ({ column, kind: 'nullableInt' });
export const bool = (column: string): FieldSpec => ({ column, kind: 'bool' });
export const json = (column: string): FieldSpec => ({ column, kind: 'json' });
export const bilingual = (column: string): FieldSpec => ({ column, kind: 'bilingual' });

/** The columns a field is stored in. */
function columnsOf(field: FieldSpec): string[] {
  return field.kind === 'bilingual' ? [`${field.column}_nl`, `${field.column}_en`] : [field.column];
}

/** The column values of a field, in the order of `columnsOf`. */
function toColumns(kind: FieldKind, value: unknown): unknown[] {
  switch (kind) {
    case 'bool':
      return [value ? 1 : 0];
    case 'json':
      return [JSON.stringify(value ?? null)];
    case 'bilingual': {
      const text = (value ?? {}) as { nl?: string; en?: string };
      return [text.nl ?? '', text.en ?? ''];
    }
    default:
      return [value ?? null];
  }
}

function fromColumns(field: FieldSpec, row: Record<string, unknown>): unknown {
  const value = row[field.column];
  switch (field.kind) {
    case 'bool':
      return value === 1;
    case 'json':
      return value == null ? null : JSON.parse(String(value));
    case 'bilingual':
      return { nl: row[`${field.column}_nl`] ?? '', en: row[`${field.column}_en`] ?? '' };
    default:
      return value;
  }
}

export function rowToEntity<T>(spec: EntitySpec<T>, row: Record<string, unknown>): Stored<T> {
  const entity: Record<string, unknown> = {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at ?? null,
  };
  for (const [name, field] of Object.entries(spec.fields) as [string, FieldSpec][]) entity[name] = fromColumns(field, row);
  return entity as Stored<T>;
}

export function getEntity<T>(db: ReadableDb, spec: EntitySpec<T>, id: string): Stored<T> | undefined {
  const row = db.prepare(`SELECT * FROM ${spec.table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  return row ? rowToEntity(spec, row) : undefined;
}

/** The row, or NOT_FOUND naming what was looked for. */
export function requireEntity<T>(db: ReadableDb, spec: EntitySpec<T>, id: string): Stored<T> {
  const found = getEntity(db, spec, id);
  if (!found) throw new AppError('NOT_FOUND', { what: `${spec.table} ${id}` });
  return found;
}

export function listEntities<T>(db: ReadableDb, spec: EntitySpec<T>, options: { includeDeleted?: boolean; orderBy?: string } = {}): Stored<T>[] {
  const where = options.includeDeleted ? '' : 'WHERE deleted_at IS NULL';
  const rows = db.prepare(`SELECT * FROM ${spec.table} ${where} ORDER BY ${options.orderBy ?? 'created_at, id'}`).all() as Record<string, unknown>[];
  return rows.map((row) => rowToEntity(spec, row));
}

/**
 * Inserts a row with every field of `values` and logs them. Returns the new id.
 * Example: insertEntity(db, clock, author, organisationSpec, { name: 'Ede', kind: 'municipality', notes: '' })
 */
export function insertEntity<T>(db: WritableDb, clock: HybridClock, author: Author, spec: EntitySpec<T>, typed: T, id: string = newId()): string {
  // A forgotten respondent's name typed again is replaced, as it would be in a colleague's copy (exchange/forget.ts).
  const values = redactMentions(db, spec.table, typed as Record<string, unknown>) as T;
  const now = new Date().toISOString();
  const entries = Object.entries(spec.fields) as [string, FieldSpec][];
  const columns = ['id', 'created_at', 'updated_at', ...entries.flatMap(([, f]) => columnsOf(f))];
  const params = [id, now, now, ...entries.flatMap(([name, f]) => toColumns(f.kind, (values as Record<string, unknown>)[name]))];
  db.prepare(`INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...params);
  recordFieldChanges(db, clock, author, spec.table, id, Object.fromEntries(entries.map(([name]) => [name, (values as Record<string, unknown>)[name] ?? null])));
  return id;
}

/**
 * Writes the fields of `patch` that differ from the stored row and logs them; returns the names that changed.
 * `base` holds, per text field, the value the editor started from: when the stored value moved on meanwhile (another
 * window), the edit is combined with it instead of overwriting it (exchange/concurrent.ts).
 */
export function updateEntity<T>(
  db: WritableDb,
  clock: HybridClock,
  author: Author,
  spec: EntitySpec<T>,
  id: string,
  typed: Partial<T>,
  base: Partial<T> = {},
): (keyof T)[] {
  const patch = redactMentions(db, spec.table, typed as Record<string, unknown>) as Partial<T>;
  const current = requireEntity(db, spec, id) as Record<string, unknown>;
  const changed = (Object.keys(patch) as (keyof T & string)[]).filter(
    (name) => spec.fields[name] && patch[name] !== undefined && JSON.stringify(patch[name]) !== JSON.stringify(current[name]),
  );
  if (changed.length === 0) return [];
  const values: Record<string, unknown> = {};
  const logged: Record<string, unknown> = {};
  for (const name of changed) {
    if (needsCombining(spec.table, name, base[name], current[name])) {
      values[name] = saveCombined(db, clock, author, spec.table, id, name, patch[name], base[name]);
    } else {
      values[name] = patch[name] ?? null;
      logged[name] = patch[name] ?? null;
    }
  }
  const assignments = changed.flatMap((name) => columnsOf(spec.fields[name]).map((column) => `${column} = ?`)).join(', ');
  const params = changed.flatMap((name) => toColumns(spec.fields[name].kind, values[name]));
  db.prepare(`UPDATE ${spec.table} SET ${assignments}, updated_at = ? WHERE id = ?`).run(...params, new Date().toISOString(), id);
  if (Object.keys(logged).length > 0) recordFieldChanges(db, clock, author, spec.table, id, logged);
  return changed;
}

/** Soft-deletes (or restores) a row; logged as a change of the `deletedAt` field. */
export function setDeleted<T>(db: WritableDb, clock: HybridClock, author: Author, spec: EntitySpec<T>, id: string, deleted: boolean): void {
  const current = requireEntity(db, spec, id);
  if ((current.deletedAt !== null) === deleted) return;
  const deletedAt = deleted ? new Date().toISOString() : null;
  db.prepare(`UPDATE ${spec.table} SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(deletedAt, new Date().toISOString(), id);
  recordFieldChanges(db, clock, author, spec.table, id, { deletedAt });
}
