// Conflicts: a text field whose versions overlapped. Both (all) versions stay in merge_conflicts until the user picks
// or combines them; the resolution is an ordinary logged change written on top of every version, which ends the
// conflict on every laptop that receives it.
import { AppError } from '../../../shared/contract/errors';
import type { Conflict } from '../../../shared/contract/exchange';
import { recordFieldChanges } from '../db/changes';
import { decodeHlc } from '../db/clock';
import type { ReadableDb, WritableDb } from '../db/file';
import type { WriteContext } from '../unit-of-work';
import type { CellKey, DerivedCell } from './cells';
import { isTextField, mergeableOf } from './mergeable';
import { readRow, updateRow } from './rows';
import { statement } from './statements';
import { reportText } from '../../../shared/i18n/report';
import type { Language } from '../../../shared/i18n/languages';

/** Stores or clears the conflict of a cell from its derived value; returns true when a conflict is (still) open. */
export function writeConflict(db: WritableDb, key: CellKey, cell: DerivedCell, now: string): boolean {
  if (!cell.conflict) {
    statement(db, 'DELETE FROM merge_conflicts WHERE entity = ? AND row_id = ? AND field = ?').run(key.entity, key.rowId, key.field);
    return false;
  }
  statement(db, 
    `INSERT INTO merge_conflicts (entity, row_id, field, base, versions, shown, found_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (entity, row_id, field) DO UPDATE SET base = excluded.base, versions = excluded.versions, shown = excluded.shown`,
  ).run(key.entity, key.rowId, key.field, JSON.stringify(cell.conflict.base), JSON.stringify(cell.conflict.versions), JSON.stringify(cell.value), now);
  return true;
}

export function countConflicts(db: ReadableDb): number {
  return (statement(db, 'SELECT count(*) AS n FROM merge_conflicts').get() as { n: number }).n;
}

function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A few words that tell the user which row a conflict is about. */
function rowLabel(db: ReadableDb, entity: string, rowId: string): string {
  if (entity === 'answers') {
    const [interviewId, questionId] = rowId.split('/');
    const question = statement(db, 'SELECT code, text_nl FROM guide_questions WHERE id = ?').get(questionId) as { code: string; text_nl: string } | undefined;
    const org = statement(db, 'SELECT o.name FROM interviews i LEFT JOIN organisations o ON o.id = i.organisation_id WHERE i.id = ?').get(interviewId) as
      | { name: string | null }
      | undefined;
    return [org?.name, question ? `${question.code} ${clip(question.text_nl, 60)}`.trim() : null].filter(Boolean).join(' · ');
  }
  const spec = mergeableOf(entity);
  const row = spec ? readRow(db, spec, rowId) : undefined;
  if (!row) return rowId;
  if (entity === 'report_narratives' && typeof row.chapter === 'string') {
    // The report chapter the text is for, in the inventory's language.
    const language = (statement(db, 'SELECT language FROM inventory').get() as { language: Language } | undefined)?.language ?? 'nl';
    const chapters = reportText(language).chapter as Readonly<Record<string, string>>;
    return chapters[row.chapter] ?? row.chapter;
  }
  for (const column of ['title', 'name', 'title_nl', 'code', 'text', 'label_nl']) {
    if (typeof row[column] === 'string' && row[column]) return clip(row[column] as string);
  }
  return rowId;
}

export function listConflicts(db: ReadableDb): Conflict[] {
  const rows = statement(db, 'SELECT * FROM merge_conflicts ORDER BY found_at, entity, row_id, field').all() as {
    entity: string;
    row_id: string;
    field: string;
    base: string | null;
    versions: string;
    shown: string | null;
    found_at: string;
  }[];
  return rows.map((r) => ({
    entity: r.entity,
    rowId: r.row_id,
    field: r.field,
    rowLabel: rowLabel(db, r.entity, r.row_id),
    base: r.base === null ? null : JSON.parse(r.base),
    shown: r.shown === null ? null : JSON.parse(r.shown),
    versions: (JSON.parse(r.versions) as { hlc: string; deviceId: string; author: string; value: unknown }[]).map((v) => ({
      ...v,
      at: new Date(decodeHlc(v.hlc).wall).toISOString(),
    })),
    foundAt: r.found_at,
  }));
}

/** Resolves a conflict with the text the user chose or combined. */
export function resolveConflict(ctx: WriteContext, key: CellKey, value: string | { nl: string; en: string }): number {
  const open = statement(ctx.db, 'SELECT 1 FROM merge_conflicts WHERE entity = ? AND row_id = ? AND field = ?').get(key.entity, key.rowId, key.field);
  if (!open || !isTextField(key.entity, key.field)) throw new AppError('NOT_FOUND', { what: `conflict ${key.entity} ${key.rowId} ${key.field}` });
  const spec = mergeableOf(key.entity)!;
  const field = spec.fields[key.field]!;
  const bilingual = field.codec === 'bilingual';
  if (bilingual !== (typeof value === 'object')) throw new AppError('BAD_INPUT', { detail: 'the resolved value does not fit the field' });
  const parsed = field.schema.safeParse(value);
  if (!parsed.success) throw new AppError('BAD_INPUT', { detail: parsed.error.issues.map((i) => i.message).join('; ') });
  // An open answer typed empty is no answer.
  const stored = key.entity === 'answers' && key.field === 'value' && value === '' ? null : value;
  updateRow(ctx.db, spec, key.rowId, { [key.field]: stored }, new Date().toISOString());
  // Logged without parents: the trigger writes it on top of every head and removes the conflict.
  recordFieldChanges(ctx.db, ctx.clock, ctx.author, key.entity, key.rowId, { [key.field]: stored });
  return countConflicts(ctx.db);
}
