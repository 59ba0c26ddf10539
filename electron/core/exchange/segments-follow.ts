// Coded segments follow merged text. When a merge changes a codable text (edits of both sides combined three-way, or
// the other side's value taken), the segments on it move from the text their offsets were taken on to the new text,
// exactly as after a local edit (coding/segments.ts re-anchoring), and a segment whose text is gone is flagged
// "text removed", never dropped. The moves are logged changes of this device, so the colleague receives them.
import type { SegmentField, SegmentSourceKind } from '../../../shared/contract/analysis';
import { reanchorRanges, segmentFromRow, segmentSpec } from '../coding/segments';
import { updateEntity } from '../db/entities';
import type { ReadableDb } from '../db/file';
import type { WriteContext } from '../unit-of-work';
import type { CellKey } from './cells';
import { mergeableOf } from './mergeable';
import { readRow, storedValue } from './rows';
import { statement } from './statements';

interface Source {
  readonly kind: SegmentSourceKind;
  readonly field: SegmentField;
}

/** Per change-log entity and field, the segment source that text is. */
const codable: Readonly<Record<string, Readonly<Record<string, Source>>>> = {
  answers: { value: { kind: 'answer', field: 'value' }, explanation: { kind: 'explanation', field: 'explanation' } },
  notes: { text: { kind: 'note', field: 'text' } },
  knowledge_sessions: { agenda: { kind: 'session', field: 'agenda' }, outcomes: { kind: 'session', field: 'outcomes' } },
  recommendations: { text: { kind: 'recommendation', field: 'text' } },
};

/** The change-log entity and field a segment source is. */
function cellOfSource(kind: string, field: string): { entity: string; field: string } | null {
  for (const [entity, fields] of Object.entries(codable)) {
    for (const [name, source] of Object.entries(fields)) if (source.kind === kind && source.field === field) return { entity, field: name };
  }
  return null;
}

const keyOf = (entity: string, rowId: string, field: string) => `${entity}\u0000${rowId}\u0000${field}`;

/** The text of a codable cell in `db` ('' when it holds none, as a scale answer), or null when the row is absent. */
function textOf(db: ReadableDb, entity: string, rowId: string, field: string): string | null {
  const spec = mergeableOf(entity)!;
  const row = readRow(db, spec, rowId);
  if (!row) return null;
  const value = storedValue(row, spec.fields[field]!);
  return typeof value === 'string' ? value : '';
}

interface Version {
  readonly start: number;
  readonly end: number;
  readonly codedText: string;
}

/** What the local file held before the merge wrote anything: the live segments on the texts it changes, and those texts. */
export interface BeforeMerge {
  readonly texts: Map<string, string | null>;
  readonly segments: Map<string, Version & { readonly source: string }>;
}

const liveOn = 'SELECT * FROM coded_segments WHERE source_kind = ? AND source_id = ? AND field = ? AND deleted_at IS NULL AND text_removed = 0';

/** The source key of a segment row, or null for a source this module does not know. */
function sourceOf(row: { source_kind: string; source_id: string; field: string }): { key: string; entity: string; rowId: string; field: string } | null {
  const cell = cellOfSource(row.source_kind, row.field);
  return cell ? { key: keyOf(cell.entity, row.source_id, cell.field), entity: cell.entity, rowId: row.source_id, field: cell.field } : null;
}

/**
 * Called after the merge derived its values and before it writes them: the local text of every codable cell it is
 * about to change or whose segments it takes in, and the live segments on those texts.
 */
export function beforeMerge(db: ReadableDb, cells: Iterable<CellKey>, touchedSegments: Iterable<string>): BeforeMerge {
  const sources = new Map<string, { entity: string; rowId: string; field: string }>();
  for (const cell of cells) if (codable[cell.entity]?.[cell.field]) sources.set(keyOf(cell.entity, cell.rowId, cell.field), { entity: cell.entity, rowId: cell.rowId, field: cell.field });
  const segmentRow = statement(db, 'SELECT source_kind, source_id, field FROM coded_segments WHERE id = ?');
  for (const id of touchedSegments) {
    const row = segmentRow.get(id) as { source_kind: string; source_id: string; field: string } | undefined;
    const source = row ? sourceOf(row) : null;
    if (source) sources.set(source.key, source);
  }
  const texts = new Map<string, string | null>();
  const segments = new Map<string, Version & { source: string }>();
  const live = statement(db, liveOn);
  for (const [key, { entity, rowId, field }] of sources) {
    const source = codable[entity]![field]!;
    const rows = live.all(source.kind, rowId, source.field) as Record<string, unknown>[];
    // Only the local segments' own text is needed (the colleague's segments move from the colleague's text).
    if (rows.length === 0) continue;
    texts.set(key, textOf(db, entity, rowId, field));
    for (const row of rows) {
      const segment = segmentFromRow(row);
      segments.set(segment.id, { start: segment.start, end: segment.end, codedText: segment.codedText, source: key });
    }
  }
  return { texts, segments };
}

/** Where a version of a segment, anchored on `base`, lies in `after`: undefined when it does not fit `base`. */
function follow(version: Version, base: string | null, after: string): { start: number; end: number } | null | undefined {
  if (base === null || base.slice(version.start, version.end) !== version.codedText) return undefined;
  if (base === after) return { start: version.start, end: version.end };
  return reanchorRanges(base, after, [version])[0] ?? null;
}

/**
 * Called after the merge wrote its rows: re-anchors the live segments on every text the merge changed or took
 * segments in for. Each side's version of a segment is moved from its own side's text to the merged text; the
 * segment then spans what either version still covers (the same on both laptops, whichever merges first), and is
 * flagged "text removed" when neither covers anything. Returns the ids of the segments it moved or flagged.
 */
export function segmentsFollow(ctx: WriteContext, theirs: ReadableDb, before: BeforeMerge, touchedSegments: ReadonlySet<string>): string[] {
  const sources = new Map<string, { entity: string; rowId: string; field: string }>();
  for (const key of before.texts.keys()) {
    const [entity, rowId, field] = key.split('\u0000') as [string, string, string];
    sources.set(key, { entity, rowId, field });
  }
  const segmentRow = statement(ctx.db, 'SELECT source_kind, source_id, field FROM coded_segments WHERE id = ?');
  for (const id of touchedSegments) {
    const row = segmentRow.get(id) as { source_kind: string; source_id: string; field: string } | undefined;
    const source = row ? sourceOf(row) : null;
    if (source) sources.set(source.key, source);
  }
  const moved: string[] = [];
  const live = statement(ctx.db, liveOn);
  const theirRow = statement(theirs, 'SELECT * FROM coded_segments WHERE id = ?');
  for (const [key, { entity, rowId, field }] of sources) {
    const source = codable[entity]![field]!;
    const segments = (live.all(source.kind, rowId, source.field) as Record<string, unknown>[]).map(segmentFromRow);
    if (segments.length === 0) continue;
    const after = textOf(ctx.db, entity, rowId, field) ?? '';
    const mine = before.texts.has(key) ? before.texts.get(key)! : after;
    const other = textOf(theirs, entity, rowId, field);
    for (const segment of segments) {
      const anchors: ({ start: number; end: number } | null)[] = [];
      const local = before.segments.get(segment.id);
      if (local && local.source === key) {
        const anchor = follow(local, mine, after);
        if (anchor !== undefined) anchors.push(anchor);
      }
      const row = theirRow.get(segment.id) as Record<string, unknown> | undefined;
      const colleague = row ? segmentFromRow(row) : null;
      if (colleague && !colleague.deletedAt && !colleague.textRemoved && colleague.sourceKind === source.kind && colleague.sourceId === rowId && colleague.field === source.field) {
        const anchor = follow(colleague, other, after);
        if (anchor !== undefined) anchors.push(anchor);
      }
      if (anchors.length === 0) continue; // neither side's version fits its text: nothing to go by
      const kept = anchors.filter((a): a is { start: number; end: number } => a !== null);
      const patch =
        kept.length === 0
          ? { textRemoved: true }
          : (() => {
              const start = Math.min(...kept.map((a) => a.start));
              const end = Math.max(...kept.map((a) => a.end));
              return { start, end, codedText: after.slice(start, end) };
            })();
      if (updateEntity(ctx.db, ctx.clock, ctx.author, segmentSpec, segment.id, patch).length > 0) moved.push(segment.id);
    }
  }
  return moved;
}
