// The inventory row: one engagement per file. Every field change is recorded in the change log.
import { AppError } from '../../../shared/contract/errors';
import type { Inventory, InventoryFields, InventoryPatch } from '../../../shared/contract/schemas';
import { inventoryFieldNames } from '../../../shared/contract/schemas';
import type { HybridClock } from '../db/clock';
import { recordFieldChanges, type Author } from '../db/changes';
import type { ReadableDb, WritableDb } from '../db/file';
import { newId } from '../db/ids';
import { needsCombining, saveCombined } from '../exchange/concurrent';
import { BadInputError } from '../registry';

const columns: Readonly<Record<keyof InventoryFields, string>> = {
  title: 'title',
  client: 'client',
  region: 'region',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  description: 'description',
  language: 'language',
};

interface InventoryRow {
  id: string;
  title: string;
  client: string;
  region: string;
  period_start: string;
  period_end: string;
  description: string;
  language: 'nl' | 'en';
  created_at: string;
  updated_at: string;
}

function fromRow(row: InventoryRow): Inventory {
  return {
    id: row.id,
    title: row.title,
    client: row.client,
    region: row.region,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    description: row.description,
    language: row.language,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const defaultInventoryFields: Omit<InventoryFields, 'title'> = {
  client: '',
  region: '',
  periodStart: '',
  periodEnd: '',
  description: '',
  language: 'nl',
};

export function getInventory(db: ReadableDb): Inventory {
  const row = db.prepare('SELECT * FROM inventory LIMIT 1').get() as InventoryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: 'inventory' });
  return fromRow(row);
}

export function insertInventory(db: WritableDb, clock: HybridClock, author: Author, fields: InventoryFields): Inventory {
  const id = newId();
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO inventory (id, title, client, region, period_start, period_end, description, language, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, fields.title.trim(), fields.client, fields.region, fields.periodStart, fields.periodEnd, fields.description, fields.language, now, now);
  recordFieldChanges(db, clock, author, 'inventory', id, { ...fields, title: fields.title.trim() });
  return getInventory(db);
}

/**
 * Applies the fields that actually changed, in one transaction, and logs them. `base`: per text field, the value the
 * editor started from; an edit made in another window meanwhile is combined with this one.
 */
export function updateInventory(db: WritableDb, clock: HybridClock, author: Author, patch: InventoryPatch, base: Partial<InventoryFields> = {}): Inventory {
  return db.transaction(() => {
    const current = getInventory(db);
    const next: InventoryPatch = patch.title === undefined ? patch : { ...patch, title: patch.title.trim() };
    const merged = { ...current, ...next };
    if (merged.periodStart && merged.periodEnd && merged.periodStart > merged.periodEnd) {
      throw new BadInputError([{ issue: 'custom', field: 'periodEnd', hint: 'periodOrder' }]);
    }
    const changed = inventoryFieldNames.filter((name) => next[name] !== undefined && next[name] !== current[name]);
    if (changed.length === 0) return current;
    const assignments = changed.map((name) => `${columns[name]} = @${name}`).join(', ');
    const values: Record<string, unknown> = {};
    const logged: Record<string, unknown> = {};
    for (const name of changed) {
      if (needsCombining('inventory', name, base[name], current[name])) values[name] = saveCombined(db, clock, author, 'inventory', current.id, name, next[name], base[name]);
      else values[name] = logged[name] = next[name];
    }
    db.prepare(`UPDATE inventory SET ${assignments}, updated_at = @updatedAt WHERE id = @id`).run({
      ...values,
      updatedAt: new Date().toISOString(),
      id: current.id,
    });
    if (Object.keys(logged).length > 0) recordFieldChanges(db, clock, author, 'inventory', current.id, logged);
    return getInventory(db);
  })();
}

/** Rows per kind, for `inventaris info`; soft-deleted rows are not counted. */
export function countEntities(db: ReadableDb): Record<string, number> {
  const count = (table: string, where = '') => (db.prepare(`SELECT count(*) AS n FROM ${table} ${where}`).get() as { n: number }).n;
  const live = 'WHERE deleted_at IS NULL';
  return {
    organisations: count('organisations', live),
    respondents: count('respondents', live),
    interviews: count('interviews', live),
    answers: count('answers', 'WHERE value IS NOT NULL OR no_answer IS NOT NULL'),
    notes: count('notes', live),
    sessions: count('knowledge_sessions', live),
    recommendations: count('recommendations', live),
    guideSections: count('guide_sections', live),
    guideQuestions: count('guide_questions', live),
    codes: count('codebook_codes', live),
    changes: count('change_log'),
  };
}
