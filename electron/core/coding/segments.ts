// Coded segments: a character range of an answer, explanation, note, session text or recommendation, coded with one
// codebook code. When the source text is saved, segments follow their text (re-anchoring from a character diff); a
// segment whose text was deleted is kept and flagged text_removed, never dropped.
import { AppError } from '../../../shared/contract/errors';
import type { Segment, SegmentCreate, SegmentField, SegmentSourceKind } from '../../../shared/contract/analysis';
import { bool, insertEntity, int, requireEntity, rowToEntity, setDeleted, text, updateEntity, type EntitySpec } from '../db/entities';
import type { ReadableDb } from '../db/file';
import type { WriteContext } from '../unit-of-work';
import { reanchorRanges } from '../../../shared/coding/reanchor';

export { reanchorRanges, type Anchor } from '../../../shared/coding/reanchor';

type SegmentRow = Omit<Segment, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
export const segmentSpec: EntitySpec<SegmentRow> = {
  table: 'coded_segments',
  fields: {
    sourceKind: text('source_kind'),
    sourceId: text('source_id'),
    field: text('field'),
    start: int('start_offset'),
    end: int('end_offset'),
    codedText: text('coded_text'),
    codeId: text('code_id'),
    textRemoved: bool('text_removed'),
    memo: text('memo'),
    useByName: bool('use_by_name'),
  },
};

/** The fields each kind of source can be coded in; the first is the default. */
export const fieldsOfKind: Readonly<Record<SegmentSourceKind, readonly SegmentField[]>> = {
  answer: ['value'],
  explanation: ['explanation'],
  note: ['text'],
  session: ['outcomes', 'agenda'],
  recommendation: ['text'],
};

export function segmentFromRow(row: Record<string, unknown>): Segment {
  return rowToEntity(segmentSpec, row) as Segment;
}

function splitAnswerId(sourceId: string): [string, string] {
  const [interviewId, questionId] = sourceId.split('/');
  if (!interviewId || !questionId) throw new AppError('NOT_FOUND', { what: `answer ${sourceId}` });
  return [interviewId, questionId];
}

/** The current text of a source field, and whether the source (or what it belongs to) is deleted. */
export function sourceText(db: ReadableDb, kind: SegmentSourceKind, sourceId: string, field: SegmentField): { text: string; deleted: boolean } {
  switch (kind) {
    case 'answer':
    case 'explanation': {
      const [interviewId, questionId] = splitAnswerId(sourceId);
      const row = db
        .prepare(
          `SELECT a.value, a.explanation, i.deleted_at FROM answers a JOIN interviews i ON i.id = a.interview_id
           WHERE a.interview_id = ? AND a.question_id = ?`,
        )
        .get(interviewId, questionId) as { value: string | null; explanation: string; deleted_at: string | null } | undefined;
      if (!row) throw new AppError('NOT_FOUND', { what: `answer ${sourceId}` });
      if (kind === 'explanation') return { text: row.explanation, deleted: row.deleted_at !== null };
      const value = row.value === null ? null : (JSON.parse(row.value) as unknown);
      const question = db.prepare('SELECT type FROM guide_questions WHERE id = ?').get(questionId) as { type: string } | undefined;
      if (typeof value !== 'string' || question?.type !== 'open') throw new AppError('NOT_FOUND', { what: `answer text ${sourceId}` });
      return { text: value, deleted: row.deleted_at !== null };
    }
    case 'note': {
      const row = db
        .prepare('SELECT n.text, n.deleted_at, i.deleted_at AS interview_deleted FROM notes n LEFT JOIN interviews i ON i.id = n.interview_id WHERE n.id = ?')
        .get(sourceId) as { text: string; deleted_at: string | null; interview_deleted: string | null } | undefined;
      if (!row) throw new AppError('NOT_FOUND', { what: `note ${sourceId}` });
      return { text: row.text, deleted: row.deleted_at !== null || row.interview_deleted !== null };
    }
    case 'session': {
      const row = db.prepare('SELECT agenda, outcomes, deleted_at FROM knowledge_sessions WHERE id = ?').get(sourceId) as
        | { agenda: string; outcomes: string; deleted_at: string | null }
        | undefined;
      if (!row) throw new AppError('NOT_FOUND', { what: `session ${sourceId}` });
      return { text: field === 'agenda' ? row.agenda : row.outcomes, deleted: row.deleted_at !== null };
    }
    case 'recommendation': {
      const row = db.prepare('SELECT text, deleted_at FROM recommendations WHERE id = ?').get(sourceId) as { text: string; deleted_at: string | null } | undefined;
      if (!row) throw new AppError('NOT_FOUND', { what: `recommendation ${sourceId}` });
      return { text: row.text, deleted: row.deleted_at !== null };
    }
  }
}

function requireLiveCode(db: ReadableDb, codeId: string): void {
  const row = db.prepare('SELECT deleted_at FROM codebook_codes WHERE id = ?').get(codeId) as { deleted_at: string | null } | undefined;
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', { what: `code ${codeId}` });
}

export function getSegment(db: ReadableDb, id: string): Segment {
  return requireEntity(db, segmentSpec, id) as Segment;
}

export function listSegments(
  db: ReadableDb,
  filter: { sourceKind?: SegmentSourceKind; sourceId?: string; codeId?: string; includeDeleted?: boolean } = {},
): Segment[] {
  const where: string[] = [];
  const params: string[] = [];
  if (!filter.includeDeleted) where.push('deleted_at IS NULL');
  if (filter.sourceKind) (where.push('source_kind = ?'), params.push(filter.sourceKind));
  if (filter.sourceId) (where.push('source_id = ?'), params.push(filter.sourceId));
  if (filter.codeId) (where.push('code_id = ?'), params.push(filter.codeId));
  const sql = `SELECT * FROM coded_segments ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY source_kind, source_id, start_offset, id`;
  return (db.prepare(sql).all(...params) as Record<string, unknown>[]).map(segmentFromRow);
}

/** Codes [start, end) of a source text. Refused, changing nothing, for an empty or out-of-range selection, a deleted source or an unknown code. */
export function createSegment(ctx: WriteContext, input: SegmentCreate): Segment {
  const field = input.field ?? fieldsOfKind[input.sourceKind][0]!;
  if (!fieldsOfKind[input.sourceKind].includes(field)) {
    throw new AppError('BAD_INPUT', { detail: `field: ${field}` }, undefined, { field: `not a field of ${input.sourceKind}` });
  }
  const source = sourceText(ctx.db, input.sourceKind, input.sourceId, field);
  if (source.deleted) throw new AppError('SOURCE_DELETED');
  if (input.start >= input.end || input.end > source.text.length) {
    throw new AppError('RANGE_OUTSIDE_TEXT', { start: input.start, end: input.end, length: source.text.length });
  }
  requireLiveCode(ctx.db, input.codeId);
  const id = insertEntity(ctx.db, ctx.clock, ctx.author, segmentSpec, {
    sourceKind: input.sourceKind,
    sourceId: input.sourceId,
    field,
    start: input.start,
    end: input.end,
    codedText: source.text.slice(input.start, input.end),
    codeId: input.codeId,
    textRemoved: false,
    memo: input.memo ?? '',
    useByName: false,
  });
  return getSegment(ctx.db, id);
}

export function updateSegment(ctx: WriteContext, id: string, patch: { codeId?: string; memo?: string; useByName?: boolean }): Segment {
  const current = getSegment(ctx.db, id);
  if (patch.codeId && patch.codeId !== current.codeId) requireLiveCode(ctx.db, patch.codeId);
  updateEntity(ctx.db, ctx.clock, ctx.author, segmentSpec, id, patch);
  return getSegment(ctx.db, id);
}

export function deleteSegment(ctx: WriteContext, id: string, deleted: boolean): Segment {
  if (!deleted) requireLiveCode(ctx.db, getSegment(ctx.db, id).codeId);
  setDeleted(ctx.db, ctx.clock, ctx.author, segmentSpec, id, deleted);
  return getSegment(ctx.db, id);
}

// Re-anchoring: the diff itself is in shared/coding/reanchor.ts, so the editors can show segments following the
// text as it is typed, exactly as the core will store them.

/**
 * Called by every save of a codable text, in the same transaction: moves the source's live segments along with
 * their text, and flags those whose text is gone. One call per changed field.
 */
export function reanchorSource(ctx: WriteContext, kind: SegmentSourceKind, sourceId: string, field: SegmentField, before: string, after: string): void {
  if (before === after) return;
  const segments = ctx.db
    .prepare('SELECT * FROM coded_segments WHERE source_kind = ? AND source_id = ? AND field = ? AND deleted_at IS NULL AND text_removed = 0')
    .all(kind, sourceId, field)
    .map((row) => segmentFromRow(row as Record<string, unknown>));
  if (segments.length === 0) return;
  const anchors = reanchorRanges(before, after, segments);
  segments.forEach((segment, index) => {
    const anchor = anchors[index];
    const patch = anchor
      ? { start: anchor.start, end: anchor.end, codedText: after.slice(anchor.start, anchor.end) }
      : { textRemoved: true };
    updateEntity(ctx.db, ctx.clock, ctx.author, segmentSpec, segment.id, patch);
  });
}

/** The answer's hook: re-anchors segments of its text (open questions) and of its explanation. */
export function reanchorAnswer(
  ctx: WriteContext,
  interviewId: string,
  questionId: string,
  before: { value: unknown; explanation: string },
  after: { value: unknown; explanation: string },
): void {
  const sourceId = `${interviewId}/${questionId}`;
  const textOf = (value: unknown) => (typeof value === 'string' ? value : '');
  reanchorSource(ctx, 'answer', sourceId, 'value', textOf(before.value), textOf(after.value));
  reanchorSource(ctx, 'explanation', sourceId, 'explanation', before.explanation, after.explanation);
}

/**
 * Forgetting a respondent replaces their name in free texts (respondents.ts). Called just before that replacement:
 * moves the segments of those texts as if the replacement had been typed, and takes the name out of every
 * segment's coded text, deleted segments included, so the name survives nowhere.
 */
/**
 * Re-anchors the coded segments of every text that `rewrite` changes to the rewritten text, before the texts
 * themselves are rewritten (forgetting a person replaces their name inside notes, answers and session texts); a
 * segment whose words are gone is flagged. `only` limits this to some of the texts.
 */
export function reanchorRewrite(ctx: WriteContext, rewrite: (text: string) => string, only: (kind: SegmentSourceKind, field: SegmentField) => boolean = () => true): void {
  const rows = ctx.db
    .prepare("SELECT DISTINCT source_kind, source_id, field FROM coded_segments WHERE source_kind IN ('answer', 'explanation', 'note', 'session')")
    .all() as { source_kind: SegmentSourceKind; source_id: string; field: SegmentField }[];
  for (const row of rows) {
    if (!only(row.source_kind, row.field)) continue;
    let before: string;
    try {
      before = sourceText(ctx.db, row.source_kind, row.source_id, row.field).text;
    } catch {
      continue; // the source is gone; its segments' texts are cleaned with the other texts
    }
    const after = rewrite(before);
    if (after !== before) reanchorSource(ctx, row.source_kind, row.source_id, row.field, before, after);
  }
}

export function forgetNameInSegments(ctx: WriteContext, name: string, placeholder: string): void {
  // The texts respondents.ts rewrites: notes, answers and explanations, and session outcomes.
  reanchorRewrite(ctx, (text) => (text.includes(name) ? text.split(name).join(placeholder) : text), (kind, field) => kind !== 'session' || field === 'outcomes');
  for (const { id, coded_text: codedText } of ctx.db.prepare('SELECT id, coded_text FROM coded_segments WHERE instr(coded_text, ?) > 0').all(name) as { id: string; coded_text: string }[]) {
    updateEntity(ctx.db, ctx.clock, ctx.author, segmentSpec, id, { codedText: codedText.split(name).join(placeholder) });
  }
}
