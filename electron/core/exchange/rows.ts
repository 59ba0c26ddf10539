// Writes derived cell values into the tables the app reads, generically from the mergeable registry.
import type { ReadableDb, WritableDb } from '../db/file';
import type { Codec, MergeableEntity, MergeField } from './mergeable';

/** Column names and values of one field's value. */
export function columnValues(field: MergeField, value: unknown): [string, unknown][] {
  const codec: Codec = field.codec;
  switch (codec) {
    case 'bilingual': {
      const text = (value ?? {}) as { nl?: unknown; en?: unknown };
      return [
        [`${field.column}_nl`, typeof text.nl === 'string' ? text.nl : ''],
        [`${field.column}_en`, typeof text.en === 'string' ? text.en : ''],
      ];
    }
    case 'bool':
      return [[field.column, value ? 1 : 0]];
    case 'json':
      return [[field.column, value === null || value === undefined ? (field.column === 'value' || field.column === 'guide_snapshot' ? null : '[]') : JSON.stringify(value)]];
    case 'text':
      return [[field.column, value === null || value === undefined ? '' : String(value)]];
    case 'int':
      return [[field.column, typeof value === 'number' ? Math.trunc(value) : 0]];
    case 'nullableInt':
      return [[field.column, typeof value === 'number' ? Math.trunc(value) : null]];
    case 'nullableText':
      return [[field.column, value === null || value === undefined ? null : String(value)]];
  }
}

/** WHERE clause and parameters that find the row a change-log row id names. */
export function keyOf(spec: MergeableEntity, rowId: string): { where: string; params: unknown[]; columns: [string, unknown][] } {
  switch (spec.key.kind) {
    case 'id':
      return { where: 'id = ?', params: [rowId], columns: [['id', rowId]] };
    case 'int':
      return { where: `${spec.key.column} = ?`, params: [Number(rowId)], columns: [[spec.key.column, Number(rowId)]] };
    case 'composite': {
      const parts = rowId.split('/');
      const columns = spec.key.columns.map((c, i): [string, unknown] => [c, parts[i] ?? '']);
      return { where: columns.map(([c]) => `${c} = ?`).join(' AND '), params: columns.map(([, v]) => v), columns };
    }
  }
}

/** Whether a change-log row id is well formed for this kind of row. */
export function validRowId(spec: MergeableEntity, rowId: string): boolean {
  switch (spec.key.kind) {
    case 'id':
      return /^[0-9A-Za-z-]{1,64}$/.test(rowId);
    case 'int':
      return /^[1-5]$/.test(rowId);
    case 'composite':
      return rowId.split('/').length === spec.key.columns.length && rowId.split('/').every((p) => /^[0-9A-Za-z-]{1,64}$/.test(p));
  }
}

export function rowExists(db: ReadableDb, spec: MergeableEntity, rowId: string): boolean {
  const key = keyOf(spec, rowId);
  return db.prepare(`SELECT 1 FROM ${spec.table} WHERE ${key.where}`).get(...key.params) !== undefined;
}

export function readRow(db: ReadableDb, spec: MergeableEntity, rowId: string): Record<string, unknown> | undefined {
  const key = keyOf(spec, rowId);
  return db.prepare(`SELECT * FROM ${spec.table} WHERE ${key.where}`).get(...key.params) as Record<string, unknown> | undefined;
}

/** The field's value as the table holds it now, in change-log form. */
export function storedValue(row: Record<string, unknown>, field: MergeField): unknown {
  const value = row[field.column];
  switch (field.codec) {
    case 'bilingual':
      return { nl: row[`${field.column}_nl`] ?? '', en: row[`${field.column}_en`] ?? '' };
    case 'bool':
      return value === 1;
    case 'json':
      return value === null || value === undefined ? null : (JSON.parse(String(value)) as unknown);
    default:
      return value ?? null;
  }
}

/** Updates the given fields of an existing row. */
export function updateRow(db: WritableDb, spec: MergeableEntity, rowId: string, values: Readonly<Record<string, unknown>>, now: string): void {
  const assignments: [string, unknown][] = Object.entries(values).flatMap(([name, value]) => columnValues(spec.fields[name]!, value));
  if (assignments.length === 0) return;
  if (spec.timestamps !== 'none') assignments.push(['updated_at', now]);
  const key = keyOf(spec, rowId);
  db.prepare(`UPDATE ${spec.table} SET ${assignments.map(([c]) => `${c} = ?`).join(', ')} WHERE ${key.where}`).run(...assignments.map(([, v]) => v), ...key.params);
}

/** Inserts a row that so far only a colleague's copy had. */
export function insertRow(db: WritableDb, spec: MergeableEntity, rowId: string, values: Readonly<Record<string, unknown>>, createdAt: string, now: string): void {
  const columns: [string, unknown][] = [...keyOf(spec, rowId).columns];
  for (const [name, value] of Object.entries(values)) columns.push(...columnValues(spec.fields[name]!, value));
  if (spec.timestamps === 'all') columns.push(['created_at', createdAt]);
  if (spec.timestamps !== 'none') columns.push(['updated_at', now]);
  db.prepare(`INSERT INTO ${spec.table} (${columns.map(([c]) => c).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map(([, v]) => v));
}
