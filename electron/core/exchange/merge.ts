// Merging a colleague's copy into the open file. The two change logs are united, and every field that received new
// entries gets its value anew from its whole history (cells.ts), so the result is a pure function of the united log:
// merging is idempotent and commutative. Everything happens in one transaction after a backup; a failure leaves the
// local file as it was.
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { MergeKindCounts, MergeSummary } from '../../../shared/contract/exchange';
import type { Author } from '../db/changes';
import { decodeHlc } from '../db/clock';
import { writable, type InventoryFile, type ReadableDb, type WritableDb } from '../db/file';
import { newId } from '../db/ids';
import { cellEntries, deriveCell, headsOf, storeHeads, type CellKey, type DerivedCell } from './cells';
import { forgetNameEverywhere, nameRedactor } from './forget';
import { openIncoming, type IncomingEntry, type IncomingFile } from './incoming';
import { mentionsPeople, mergeableOf, mergeables, type MergeableEntity } from './mergeable';
import { insertRow, readRow, storedValue, updateRow } from './rows';
import { sameJson } from './same-json';
import { writeConflict } from './conflicts';
import { statement } from './statements';
import { beforeMerge, segmentsFollow } from './segments-follow';
import { reanchorRewrite } from '../coding/segments';
import type { WriteContext } from '../unit-of-work';

export interface MergeOptions {
  readonly passphrase?: string;
  /** Makes the backup of the local file before anything changes and returns its path; null: no backup. */
  readonly backup: ((file: InventoryFile) => string) | null;
  readonly now?: () => number;
}

function emptyCounts(entity: string): MergeKindCounts {
  return { entity, added: 0, changed: 0, deleted: 0, restored: 0, mergedTexts: 0, conflicts: 0 };
}

const cellId = (k: CellKey) => `${k.entity}\u0000${k.rowId}\u0000${k.field}`;

/** Rows whose cells got new entries: entity → row id → field → derived value. */
type Derived = Map<string, Map<string, Map<string, DerivedCell>>>;

function deriveAll(db: WritableDb, cells: Iterable<CellKey>): Derived {
  const derived: Derived = new Map();
  for (const key of cells) {
    const spec = mergeableOf(key.entity)!;
    const entries = cellEntries(db, key);
    storeHeads(db, key, headsOf(entries));
    const cell = deriveCell(entries, spec.fields[key.field]!);
    let rows = derived.get(key.entity);
    if (!rows) derived.set(key.entity, (rows = new Map()));
    let fields = rows.get(key.rowId);
    if (!fields) rows.set(key.rowId, (fields = new Map()));
    fields.set(key.field, cell);
  }
  return derived;
}

/** Fields of a row that the change log knows, derived, for a row that is new here. */
function deriveWholeRow(db: WritableDb, spec: MergeableEntity, rowId: string, known: Map<string, DerivedCell>): Map<string, DerivedCell> {
  const fields = db.prepare('SELECT DISTINCT field FROM change_log WHERE entity = ? AND row_id = ?').all(spec.entity, rowId) as { field: string }[];
  for (const { field } of fields) {
    if (known.has(field) || !spec.fields[field]) continue;
    known.set(field, deriveCell(cellEntries(db, { entity: spec.entity, rowId, field }), spec.fields[field]!));
  }
  return known;
}

function forgottenIds(db: ReadableDb): Set<string> {
  const rows = db.prepare('SELECT id FROM respondents WHERE forgotten_at IS NOT NULL').all() as { id: string }[];
  const logged = db.prepare("SELECT DISTINCT row_id AS id FROM change_log WHERE entity = 'respondents' AND field = 'forgottenAt' AND value IS NOT NULL AND value != 'null'").all() as {
    id: string;
  }[];
  return new Set([...rows, ...logged].map((r) => r.id));
}

const personalFields = Object.entries(mergeableOf('respondents')!.fields)
  .filter(([, f]) => f.personal)
  .map(([name]) => name);

interface WriteResult {
  readonly counts: Map<string, MergeKindCounts>;
  readonly newlyForgotten: { id: string; name: string }[];
}

/** Writes derived values into the tables, in registry order (parents before children). */
function writeRows(db: WritableDb, derived: Derived, incoming: IncomingFile, forgotten: ReadonlySet<string>, now: string): WriteResult {
  const counts = new Map<string, MergeKindCounts>();
  const newlyForgotten: { id: string; name: string }[] = [];
  for (const spec of mergeables) {
    const rows = derived.get(spec.entity);
    if (!rows) continue;
    const count = counts.get(spec.entity) ?? emptyCounts(spec.entity);
    counts.set(spec.entity, count);
    for (const [rowId, cells] of rows) {
      const local = readRow(db, spec, rowId);
      const skip = (field: string) => spec.entity === 'respondents' && forgotten.has(rowId) && personalFields.includes(field) && local !== undefined;
      if (local) {
        const changes: Record<string, unknown> = {};
        for (const [field, cell] of cells) {
          if (skip(field)) continue;
          const spec_ = spec.fields[field]!;
          if (!sameJson(cell.value, storedValue(local, spec_))) changes[field] = cell.value;
          if (cell.merged && (spec_.merge === 'text' || spec_.merge === 'textOrLww') && !cell.conflict) count.mergedTexts += 1;
        }
        if (Object.keys(changes).length === 0) continue;
        if (spec.entity === 'coded_segments') orderedOffsets(changes, local);
        if ('deletedAt' in changes) {
          if (changes.deletedAt !== null && local.deleted_at === null) count.deleted += 1;
          else if (changes.deletedAt === null && local.deleted_at !== null) count.restored += 1;
        }
        if (Object.keys(changes).some((f) => f !== 'deletedAt')) count.changed += 1;
        if (spec.entity === 'respondents' && changes.forgottenAt && !local.forgotten_at) newlyForgotten.push({ id: rowId, name: String(local.name) });
        updateRow(db, spec, rowId, changes, now);
      } else {
        const all = deriveWholeRow(db, spec, rowId, cells);
        const source = readRow(incoming.db, spec, rowId);
        const values: Record<string, unknown> = {};
        for (const [name, field] of Object.entries(spec.fields)) {
          const cell = all.get(name);
          if (cell) values[name] = cell.value;
          else if (source) values[name] = storedValue(source, field);
        }
        if (spec.entity === 'coded_segments') orderedOffsets(values, {});
        const createdAt = typeof source?.created_at === 'string' ? source.created_at : new Date(decodeHlc(minHlc(db, spec.entity, rowId)).wall).toISOString();
        insertRow(db, spec, rowId, values, createdAt, now);
        if (values.deletedAt == null) count.added += 1;
      }
    }
  }
  return { counts, newlyForgotten };
}

/**
 * A segment's start and end are separate fields, so the newest start may come from one side and the newest end from
 * the other, in the wrong order; the end then waits at the start until segmentsFollow re-anchors both sides' versions.
 */
function orderedOffsets(values: Record<string, unknown>, local: Record<string, unknown>): void {
  const start = typeof values.start === 'number' ? values.start : Number(local.start_offset ?? 0);
  const end = typeof values.end === 'number' ? values.end : Number(local.end_offset ?? 0);
  if (end < start) values.end = start;
}

function minHlc(db: WritableDb, entity: string, rowId: string): string {
  return (db.prepare('SELECT min(hlc) AS hlc FROM change_log WHERE entity = ? AND row_id = ?').get(entity, rowId) as { hlc: string }).hlc;
}

/** Blanks a respondent that a colleague forgot: their details and consents here, their name in our texts and in our log. */
function forgetHere(ctx: WriteContext, id: string, name: string, placeholder: string): void {
  const db = ctx.db;
  db.prepare(
    `UPDATE respondents SET name = ?, job_title = '', department = '', email = '', phone = '', notes = '',
       consent_interview = 0, consent_interview_on = '', consent_recording = 0, consent_recording_on = '',
       consent_quote_by_name = 0, consent_quote_on = '' WHERE id = ?`,
  ).run(placeholder, id);
  // Every personal field, consents included, stays in the log as a blank: no older copy can bring a value back.
  const fields = personalFields.map((f) => `'${f}'`).join(', ');
  db.prepare(`UPDATE change_log SET value = 'null' WHERE entity = 'respondents' AND row_id = ? AND field IN (${fields})`).run(id);
  db.prepare(`UPDATE change_log SET value = ? WHERE entity = 'respondents' AND row_id = ? AND field = 'name'`).run(JSON.stringify(placeholder), id);
  // Our texts still hold the name here: the segments move along with the redaction (the whole name and its parts)
  // before the texts are rewritten, exactly as the texts will be.
  forgetNameEverywhere(db, id, name, placeholder, (redact) => reanchorRewrite(ctx, redact));
}

/**
 * The search index deletes securely (no token of a deleted text stays in the file, so a forgotten name is not
 * findable), which costs a rewrite of index pages per changed text. For a merge it is switched off, and switching it
 * back on merges the whole index into one segment ('optimize'), which drops every old token at once; both inside the
 * merge's transaction, so a failure leaves the index as it was.
 */
function searchIndexFast(db: WritableDb, fast: boolean): void {
  // FTS5 takes a configuration value only as a literal.
  statement(db, `INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', ${fast ? 0 : 1})`).run();
  if (!fast) statement(db, "INSERT INTO search_index (search_index) VALUES ('optimize')").run();
}

function unionSideTables(db: WritableDb, incoming: IncomingFile): number {
  let added = 0;
  const secrets = incoming.db.prepare('SELECT id, secret FROM forget_secrets').all() as { id: string; secret: string }[];
  const insertSecret = db.prepare('INSERT OR IGNORE INTO forget_secrets (id, secret) VALUES (?, ?)');
  for (const s of secrets) insertSecret.run(s.id, s.secret);
  const names = incoming.db.prepare('SELECT secret_id, hash, kind, words, respondent_id FROM forgotten_names').all() as Record<string, unknown>[];
  const insertName = db.prepare('INSERT OR IGNORE INTO forgotten_names (secret_id, hash, kind, words, respondent_id) VALUES (@secret_id, @hash, @kind, @words, @respondent_id)');
  for (const n of names) added += insertName.run(n).changes;
  return added;
}

function unionHistory(db: WritableDb, incoming: IncomingFile): void {
  const rows = incoming.db.prepare('SELECT * FROM merge_history').all() as Record<string, unknown>[];
  const insert = db.prepare(
    `INSERT OR IGNORE INTO merge_history (id, merged_at, device_id, author, source_file, source_devices, source_authors, summary)
     VALUES (@id, @merged_at, @device_id, @author, @source_file, @source_devices, @source_authors, @summary)`,
  );
  for (const row of rows) insert.run(row);
}

/**
 * Merges the colleague's file at `source` into `file`. Throws a translated AppError (nothing changed) when the
 * file is unsuitable or the merge fails.
 */
export function mergeInventoryFile(file: InventoryFile, author: Author, source: string, options: MergeOptions): MergeSummary {
  const db = writable(file);
  const absolute = path.resolve(source);
  if (absolute === file.path) throw new AppError('SAME_FILE', { path: absolute });
  const inventoryId = (db.prepare('SELECT id FROM inventory').get() as { id: string }).id;
  const exists = db.prepare('SELECT 1 FROM change_log WHERE entity = ? AND row_id = ? AND field = ? AND hlc = ?').pluck();
  const known = (entity: string, rowId: string, field: string, hlc: string) => exists.get(entity, rowId, field, hlc) !== undefined;
  // The set difference of the two logs, in SQL over the checked private copy (attached read-only in effect: only read).
  const freshEntries = (copy: string): IncomingEntry[] => {
    db.prepare('ATTACH DATABASE ? AS incoming').run(copy);
    try {
      return db
        .prepare(
          `SELECT i.hlc, i.device_id, i.author, i.entity, i.row_id, i.field, i.value, i.parents FROM incoming.change_log i
           WHERE NOT EXISTS (SELECT 1 FROM main.change_log l WHERE l.entity = i.entity AND l.row_id = i.row_id AND l.field = i.field AND l.hlc = i.hlc)
           ORDER BY i.hlc`,
        )
        .all() as IncomingEntry[];
    } finally {
      db.prepare('DETACH DATABASE incoming').run();
    }
  };
  let secureDeleteWas: number | null = null;
  const incoming = openIncoming(absolute, { inventoryId, passphrase: options.passphrase, now: options.now, known, freshEntries });
  try {
    const fresh = incoming.fresh;
    const knownNames = new Set((db.prepare('SELECT secret_id || hash AS k FROM forgotten_names').all() as { k: string }[]).map((r) => r.k));
    const freshNames = (incoming.db.prepare('SELECT secret_id || hash AS k FROM forgotten_names').all() as { k: string }[]).some((r) => !knownNames.has(r.k));
    const sourceDevices = [...new Set(fresh.map((e) => e.device_id))].sort();
    const sourceAuthors = [...new Set(fresh.map((e) => e.author))].filter(Boolean).sort();
    const base: MergeSummary = {
      sourceFile: absolute,
      nothingNew: true,
      backupPath: null,
      changes: 0,
      kinds: [],
      openConflicts: (db.prepare('SELECT count(*) AS n FROM merge_conflicts').get() as { n: number }).n,
      historyId: null,
      sourceAuthors,
      sourceDevices,
    };
    if (fresh.length === 0 && !freshNames) return base;
    const backupPath = options.backup ? options.backup(file) : null;
    const nowIso = new Date((options.now ?? Date.now)()).toISOString();
    // Overwriting freed space is for forgetting: a name must not linger in the file. A merge that forgets nobody only
    // replaces texts whose earlier versions the change log keeps anyway, so it skips that work.
    const forgottenHere = forgottenIds(db);
    const forgetsSomeone = freshNames || [...forgottenIds(incoming.db)].some((id) => !forgottenHere.has(id));
    if (!forgetsSomeone) {
      secureDeleteWas = db.pragma('secure_delete', { simple: true }) as number;
      db.pragma('secure_delete = OFF');
    }
    const summary = db.transaction((): MergeSummary => {
      db.pragma('defer_foreign_keys = ON');
      // Thousands of texts change at once: the search index drops their old tokens in one pass at the end instead
      // of one secure delete per text (see searchIndexFast).
      searchIndexFast(db, true);
      unionSideTables(db, incoming);
      const forgotten = new Set([...forgottenIds(db), ...forgottenIds(incoming.db)]);
      const forgottenBefore = new Set((db.prepare('SELECT id FROM respondents WHERE forgotten_at IS NOT NULL').all() as { id: string }[]).map((r) => r.id));
      // The text that replaces a forgotten name: whatever the side that forgot the person put there.
      const placeholderOf = (id: string) => {
        const here = db.prepare('SELECT name FROM respondents WHERE id = ?').get(id) as { name: string } | undefined;
        if (here && forgottenBefore.has(id)) return here.name;
        const there = incoming.db.prepare('SELECT name FROM respondents WHERE id = ? AND forgotten_at IS NOT NULL').get(id) as { name: string } | undefined;
        return there?.name ?? here?.name ?? '—';
      };
      const redactor = nameRedactor(db, placeholderOf);
      const insert = db.prepare('INSERT INTO change_log (hlc, device_id, author, entity, row_id, field, value, parents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      const touched = new Map<string, CellKey>();
      let taken = 0;
      for (const entry of fresh) {
        const spec = mergeableOf(entry.entity);
        if (!spec || !spec.fields[entry.field]) continue;
        if (entry.entity === 'respondents' && forgotten.has(entry.row_id) && personalFields.includes(entry.field)) continue;
        let value = entry.value;
        if (redactor.active && value !== null && mentionsPeople(entry.entity, entry.field)) value = JSON.stringify(redactor.redactValue(JSON.parse(value)));
        insert.run(entry.hlc, entry.device_id, entry.author, entry.entity, entry.row_id, entry.field, value, entry.parents ?? '[]');
        taken += 1;
        const key = { entity: entry.entity, rowId: entry.row_id, field: entry.field };
        touched.set(cellId(key), key);
      }
      // What this merge logs itself (segments moved, names taken out) must come after every entry taken in.
      const latestTaken = fresh.length > 0 ? fresh[fresh.length - 1]!.hlc : null;
      if (latestTaken) file.clock.observe(latestTaken);
      let derived = deriveAll(db, touched.values());
      const localBefore = beforeMerge(db, touched.values(), derived.get('coded_segments')?.keys() ?? []);
      let written = writeRows(db, derived, incoming, forgotten, nowIso);
      if (written.newlyForgotten.length > 0) {
        for (const person of written.newlyForgotten) forgetHere({ db, clock: file.clock, author }, person.id, person.name, placeholderOf(person.id));
        // Texts may have changed by redaction: derive once more from the redacted log.
        derived = deriveAll(db, touched.values());
        const again = writeRows(db, derived, incoming, forgottenIds(db), nowIso);
        for (const [entity, c] of again.counts) {
          const first = written.counts.get(entity);
          if (first) first.changed = Math.max(first.changed, c.changed);
        }
      }
      const touchedSegments = new Set(derived.get('coded_segments')?.keys() ?? []);
      const moved = segmentsFollow({ db, clock: file.clock, author }, incoming.db, localBefore, touchedSegments).filter((id) => !touchedSegments.has(id));
      if (moved.length > 0) {
        const count = written.counts.get('coded_segments') ?? emptyCounts('coded_segments');
        written.counts.set('coded_segments', count);
        count.changed += moved.length;
      }
      for (const [entity, rows] of derived) {
        for (const [rowId, cells] of rows) {
          for (const [field, cell] of cells) {
            const spec = mergeableOf(entity)!.fields[field]!;
            if (spec.merge !== 'text' && spec.merge !== 'textOrLww') continue;
            if (writeConflict(db, { entity, rowId, field }, cell, nowIso)) written.counts.get(entity)!.conflicts += 1;
          }
        }
      }
      const kinds = [...written.counts.values()].filter((c) => c.added + c.changed + c.deleted + c.restored + c.mergedTexts + c.conflicts > 0);
      const historyId = newId();
      unionHistory(db, incoming);
      db.prepare(
        `INSERT INTO merge_history (id, merged_at, device_id, author, source_file, source_devices, source_authors, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(historyId, nowIso, author.deviceId, author.name, absolute, JSON.stringify(sourceDevices), JSON.stringify(sourceAuthors), JSON.stringify({ changes: taken, kinds }));
      searchIndexFast(db, false);
      const openConflicts = (db.prepare('SELECT count(*) AS n FROM merge_conflicts').get() as { n: number }).n;
      return { ...base, nothingNew: false, backupPath, changes: taken, kinds, openConflicts, historyId };
    })();
    const latest = fresh.length > 0 ? fresh[fresh.length - 1]!.hlc : null;
    if (latest) file.clock.observe(latest);
    return summary;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new AppError('INVALID_FILE', { path: absolute, detail: 'a change refers to a row that does not exist' });
    if (code.startsWith('SQLITE_CONSTRAINT')) throw new AppError('INVALID_FILE', { path: absolute, detail: 'a change breaks a rule of the inventory' });
    throw error;
  } finally {
    if (secureDeleteWas !== null) db.pragma(`secure_delete = ${secureDeleteWas ? 'ON' : 'OFF'}`);
    incoming.close();
  }
}
