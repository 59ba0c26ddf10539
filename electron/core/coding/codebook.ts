// Codebook additions for coding: default colours, nesting checks, merging two codes and deleting with reassignment.
// Merging moves every use of a code (segments, note and recommendation code lists, codebook-choice answers) through
// the entity gateway or the change log, so a colleague's merge sees each move.
import { AppError } from '../../../shared/contract/errors';
import type { Code } from '../../../shared/contract/fieldwork';
import { recordFieldChanges } from '../db/changes';
import type { ReadableDb } from '../db/file';
import type { WriteContext } from '../unit-of-work';

/**
 * Paul Tol's "muted" qualitative scheme: distinguishable with the common forms of colour blindness.
 * A code without a chosen colour gets the colour of its position.
 */
export const codePalette = ['#CC6677', '#332288', '#DDCC77', '#117733', '#88CCEE', '#882255', '#44AA99', '#999933', '#AA4499'] as const;

export function defaultColour(position: number): string {
  return codePalette[((position % codePalette.length) + codePalette.length) % codePalette.length]!;
}

/** The code with the colour to show filled in (its own, or its position's palette colour). */
export function withDefaultColour(code: Code): Code {
  return { ...code, parentId: code.parentId ?? null, colour: code.colour || defaultColour(code.position) };
}

/** A parent must be a live code, and nesting must not make a loop. */
export function checkParent(db: ReadableDb, id: string | null, parentId: string | null | undefined): void {
  if (!parentId) return;
  const select = db.prepare('SELECT parent_id, deleted_at FROM codebook_codes WHERE id = ?');
  const parent = select.get(parentId) as { parent_id: string | null; deleted_at: string | null } | undefined;
  if (!parent || parent.deleted_at) throw new AppError('NOT_FOUND', { what: `code ${parentId}` });
  let current: string | null = parentId;
  for (let depth = 0; current && depth < 100; depth++) {
    if (current === id) throw new AppError('CODE_CYCLE');
    current = (select.get(current) as { parent_id: string | null } | undefined)?.parent_id ?? null;
  }
}

function requireLiveCode(db: ReadableDb, id: string): { position: number } {
  const row = db.prepare('SELECT position, deleted_at FROM codebook_codes WHERE id = ?').get(id) as { position: number; deleted_at: string | null } | undefined;
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', { what: `code ${id}` });
  return row;
}

/** Replaces `fromId` by `intoId` (or removes it when null) in a JSON list column; returns how many rows changed. */
function moveInLists(ctx: WriteContext, table: 'notes' | 'recommendations', fromId: string, intoId: string | null): number {
  const rows = ctx.db
    .prepare(`SELECT id, code_ids FROM ${table} WHERE EXISTS (SELECT 1 FROM json_each(${table}.code_ids) WHERE value = ?)`)
    .all(fromId) as { id: string; code_ids: string }[];
  const update = ctx.db.prepare(`UPDATE ${table} SET code_ids = ?, updated_at = ? WHERE id = ?`);
  for (const row of rows) {
    const before = JSON.parse(row.code_ids) as string[];
    const after = [...new Set(before.flatMap((id) => (id === fromId ? (intoId ? [intoId] : []) : [id])))];
    update.run(JSON.stringify(after), new Date().toISOString(), row.id);
    recordFieldChanges(ctx.db, ctx.clock, ctx.author, table, row.id, { codeIds: after });
  }
  return rows.length;
}

/** Moves codebook-choice answers (a code id as a single or multi value) from one code to another. */
function moveInAnswers(ctx: WriteContext, fromId: string, intoId: string | null): number {
  const rows = ctx.db
    .prepare(
      `SELECT a.interview_id, a.question_id, a.value FROM answers a JOIN guide_questions q ON q.id = a.question_id
       WHERE q.choices_from_codebook IS NOT NULL AND a.value IS NOT NULL
         AND (a.value ->> '$' = ? OR (json_type(a.value) = 'array' AND EXISTS (SELECT 1 FROM json_each(a.value) WHERE value = ?)))`,
    )
    .all(fromId, fromId) as { interview_id: string; question_id: string; value: string }[];
  const update = ctx.db.prepare('UPDATE answers SET value = ?, updated_at = ? WHERE interview_id = ? AND question_id = ?');
  for (const row of rows) {
    const before = JSON.parse(row.value) as string | string[];
    let after: string | string[] | null;
    if (Array.isArray(before)) {
      const list = [...new Set(before.flatMap((id) => (id === fromId ? (intoId ? [intoId] : []) : [id])))];
      after = list.length ? list : null;
    } else after = intoId;
    update.run(after === null ? null : JSON.stringify(after), new Date().toISOString(), row.interview_id, row.question_id);
    recordFieldChanges(ctx.db, ctx.clock, ctx.author, 'answers', `${row.interview_id}/${row.question_id}`, { value: after });
  }
  return rows.length;
}

function moveSegments(ctx: WriteContext, fromId: string, intoId: string | null): number {
  const ids = (ctx.db.prepare('SELECT id FROM coded_segments WHERE code_id = ? AND deleted_at IS NULL').all(fromId) as { id: string }[]).map((r) => r.id);
  const now = new Date().toISOString();
  for (const id of ids) {
    if (intoId) {
      ctx.db.prepare('UPDATE coded_segments SET code_id = ?, updated_at = ? WHERE id = ?').run(intoId, now, id);
      recordFieldChanges(ctx.db, ctx.clock, ctx.author, 'coded_segments', id, { codeId: intoId });
    } else {
      ctx.db.prepare('UPDATE coded_segments SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
      recordFieldChanges(ctx.db, ctx.clock, ctx.author, 'coded_segments', id, { deletedAt: now });
    }
  }
  return ids.length;
}

function moveUses(ctx: WriteContext, fromId: string, intoId: string | null): number {
  let moved = moveSegments(ctx, fromId, intoId);
  moved += moveInLists(ctx, 'notes', fromId, intoId);
  moved += moveInLists(ctx, 'recommendations', fromId, intoId);
  moved += moveInAnswers(ctx, fromId, intoId);
  // Subcodes of the removed code move up to the survivor (or to the removed code's own parent).
  const parent = intoId ?? ((ctx.db.prepare('SELECT parent_id FROM codebook_codes WHERE id = ?').get(fromId) as { parent_id: string | null }).parent_id ?? null);
  const children = ctx.db.prepare('SELECT id FROM codebook_codes WHERE parent_id = ?').all(fromId) as { id: string }[];
  for (const child of children) {
    const next = child.id === parent ? null : parent;
    ctx.db.prepare('UPDATE codebook_codes SET parent_id = ?, updated_at = ? WHERE id = ?').run(next, new Date().toISOString(), child.id);
    recordFieldChanges(ctx.db, ctx.clock, ctx.author, 'codebook_codes', child.id, { parentId: next });
  }
  const now = new Date().toISOString();
  ctx.db.prepare('UPDATE codebook_codes SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, fromId);
  recordFieldChanges(ctx.db, ctx.clock, ctx.author, 'codebook_codes', fromId, { deletedAt: now });
  return moved;
}

/** Merges `fromId` into `intoId`: every use moves to the survivor and `fromId` is deleted. Merging into itself is refused. */
export function mergeCodes(ctx: WriteContext, fromId: string, intoId: string): { moved: number } {
  if (fromId === intoId) throw new AppError('MERGE_INTO_SELF');
  requireLiveCode(ctx.db, fromId);
  requireLiveCode(ctx.db, intoId);
  return { moved: moveUses(ctx, fromId, intoId) };
}

/** Deletes a code, moving its uses to `reassignTo`, or removing them (segments are soft-deleted) when null. */
export function deleteCodeReassigning(ctx: WriteContext, id: string, reassignTo: string | null): { moved: number } {
  if (reassignTo === id) throw new AppError('MERGE_INTO_SELF');
  requireLiveCode(ctx.db, id);
  if (reassignTo) requireLiveCode(ctx.db, reassignTo);
  return { moved: moveUses(ctx, id, reassignTo) };
}
