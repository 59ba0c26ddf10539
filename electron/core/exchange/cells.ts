// One field of one row ("cell") as the change log knows it: every entry with the entries it was written on top of.
// The value of a cell is a pure function of that history: one newest entry gives its value; concurrent newest
// entries ("heads") combine by the field's merge kind against their last common value. Two laptops holding the same
// entries therefore show the same value, whatever order the entries arrived in.
import type { ReadableDb, WritableDb } from '../db/file';
import type { MergeField } from './mergeable';
import { mergeText } from './text-merge';

export interface CellEntry {
  readonly hlc: string;
  readonly value: string | null;
  readonly parents: readonly string[];
  readonly deviceId: string;
  readonly author: string;
}

export interface CellVersion {
  readonly hlc: string;
  readonly deviceId: string;
  readonly author: string;
  readonly value: unknown;
}

export interface DerivedCell {
  readonly value: unknown;
  /** More than one head combined. */
  readonly merged: boolean;
  /** Overlapping text edits: every head's full version, oldest first, and the last common value. */
  readonly conflict: { readonly base: unknown; readonly versions: readonly CellVersion[] } | null;
}

export interface CellKey {
  readonly entity: string;
  readonly rowId: string;
  readonly field: string;
}

function parse(raw: string | null): unknown {
  return raw === null ? null : (JSON.parse(raw) as unknown);
}

export function parseParents(raw: string | null): string[] {
  if (raw === null) return [];
  const parsed = JSON.parse(raw) as unknown;
  return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [];
}

/** Entries of one cell, oldest first. */
export function cellEntries(db: ReadableDb, key: CellKey): CellEntry[] {
  const rows = db
    .prepare('SELECT hlc, value, parents, device_id, author FROM change_log WHERE entity = ? AND row_id = ? AND field = ? ORDER BY hlc')
    .all(key.entity, key.rowId, key.field) as { hlc: string; value: string | null; parents: string | null; device_id: string; author: string }[];
  return rows.map((r) => ({ hlc: r.hlc, value: r.value, parents: parseParents(r.parents), deviceId: r.device_id, author: r.author }));
}

/** Entries that no other entry of the cell was written on top of, oldest first. */
export function headsOf(entries: readonly CellEntry[]): CellEntry[] {
  const seen = new Set<string>();
  for (const entry of entries) for (const parent of entry.parents) seen.add(parent);
  return entries.filter((e) => !seen.has(e.hlc));
}

/** Rewrites the cell's heads from its entries. */
export function storeHeads(db: WritableDb, key: CellKey, heads: readonly CellEntry[]): void {
  db.prepare('DELETE FROM cell_heads WHERE entity = ? AND row_id = ? AND field = ?').run(key.entity, key.rowId, key.field);
  const insert = db.prepare('INSERT INTO cell_heads (entity, row_id, field, hlc) VALUES (?, ?, ?, ?)');
  for (const head of heads) insert.run(key.entity, key.rowId, key.field, head.hlc);
}

function ancestry(byHlc: ReadonlyMap<string, CellEntry>, start: string): Set<string> {
  const found = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const hlc = queue.pop()!;
    if (found.has(hlc)) continue;
    found.add(hlc);
    for (const parent of byHlc.get(hlc)?.parents ?? []) queue.push(parent);
  }
  return found;
}

/** The newest entry every head descends from (or is), if any. */
function lastCommon(entries: readonly CellEntry[], heads: readonly CellEntry[]): CellEntry | null {
  const byHlc = new Map(entries.map((e) => [e.hlc, e]));
  const [first, ...rest] = heads.map((head) => ancestry(byHlc, head.hlc));
  const common = new Set<string>(first ?? []);
  for (const mine of rest) for (const hlc of [...common]) if (!mine.has(hlc)) common.delete(hlc);
  let best: CellEntry | null = null;
  for (const hlc of common) {
    const entry = byHlc.get(hlc);
    if (entry && (best === null || entry.hlc > best.hlc)) best = entry;
  }
  return best;
}

type Bilingual = { nl: string; en: string };
const isBilingual = (v: unknown): v is Bilingual =>
  typeof v === 'object' && v !== null && typeof (v as Bilingual).nl === 'string' && typeof (v as Bilingual).en === 'string';

function textOf(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function foldTexts(base: string, versions: readonly string[]): { text: string; conflict: boolean } {
  let text = versions[0] ?? base;
  let conflict = false;
  for (const next of versions.slice(1)) {
    const merged = mergeText(base, text, next);
    text = merged.text;
    conflict ||= merged.conflict;
  }
  return { text, conflict };
}

function mergeSets(base: unknown, versions: readonly unknown[]): string[] {
  const lists = versions.map((v) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
  const baseList = Array.isArray(base) ? base.filter((x): x is string => typeof x === 'string') : [];
  const baseSet = new Set(baseList);
  // Kept: in the last common value and removed by no side. Added: absent there and present on some side.
  const result = baseList.filter((x) => lists.every((list) => list.includes(x)));
  for (const list of lists) for (const x of list) if (!baseSet.has(x) && !result.includes(x)) result.push(x);
  return result;
}

/** The value of a cell from its entries; `field` says how concurrent heads combine. */
export function deriveCell(unordered: readonly CellEntry[], field: MergeField): DerivedCell {
  const entries = [...unordered].sort((x, y) => (x.hlc < y.hlc ? -1 : x.hlc > y.hlc ? 1 : 0));
  const heads = headsOf(entries);
  if (heads.length === 0) return { value: null, merged: false, conflict: null };
  const newest = heads[heads.length - 1]!;
  if (field.merge === 'sticky') {
    const set = [...entries].reverse().find((e) => parse(e.value) !== null);
    return { value: set ? parse(set.value) : null, merged: false, conflict: null };
  }
  if (heads.length === 1) return { value: parse(newest.value), merged: false, conflict: null };
  const values = heads.map((h) => parse(h.value));
  const common = lastCommon(entries, heads);
  const base = common ? parse(common.value) : null;
  const versions = (): CellVersion[] => heads.map((h, i) => ({ hlc: h.hlc, deviceId: h.deviceId, author: h.author, value: values[i] }));
  switch (field.merge) {
    case 'lww':
      return { value: values[values.length - 1], merged: true, conflict: null };
    case 'set':
      return { value: mergeSets(base, values), merged: true, conflict: null };
    case 'textOrLww':
    case 'text': {
      if (values.every((v) => v === null || typeof v === 'string') && (base === null || typeof base === 'string')) {
        const merged = foldTexts(textOf(base), values.map(textOf));
        // An open answer that merges to nothing is no answer, as when it is typed empty.
        const value = merged.text === '' && values.every((v) => v === null) ? null : merged.text;
        return { value, merged: true, conflict: merged.conflict ? { base, versions: versions() } : null };
      }
      if (field.codec === 'bilingual' && values.every(isBilingual)) {
        const b = isBilingual(base) ? base : { nl: '', en: '' };
        const nl = foldTexts(b.nl, values.map((v) => (v as Bilingual).nl));
        const en = foldTexts(b.en, values.map((v) => (v as Bilingual).en));
        return { value: { nl: nl.text, en: en.text }, merged: true, conflict: nl.conflict || en.conflict ? { base, versions: versions() } : null };
      }
      return { value: values[values.length - 1], merged: true, conflict: null };
    }
  }
}
