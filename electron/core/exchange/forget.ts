// A forgotten respondent stays forgotten through merges. The file keeps only keyed hashes (HMAC-SHA256 under a
// per-inventory secret) of the name and its parts: enough to recognise the name in text arriving from a colleague's
// older copy and replace it, never enough to read it back.
import { createHmac } from 'node:crypto';
import type { ReadableDb, WritableDb } from '../db/file';
import { mentionFields, mentionsPeople, mergeableOf } from './mergeable';

/** Name words too common to recognise a person by. */
const particles = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'het', "'t", 'te', 'la', 'le', 'du', 'von', 'da', 'di', 'el', 'al', 'op']);
const MAX_WORDS = 8;
const wordPattern = /[\p{L}\p{M}\p{N}'’-]+/gu;

function normalise(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

function hmac(secret: string, text: string): string {
  return createHmac('sha256', secret).update(normalise(text).toLowerCase()).digest('hex');
}

export function ownSecret(db: ReadableDb): { id: string; secret: string } | null {
  const row = db.prepare("SELECT s.id, s.secret FROM meta m JOIN forget_secrets s ON s.id = m.value WHERE m.key = 'forget_secret_id'").get() as
    | { id: string; secret: string }
    | undefined;
  return row ?? null;
}

/** Stores the hashes of a forgotten respondent's name and of the parts that identify them. */
export function rememberForgottenName(db: WritableDb, respondentId: string, name: string): void {
  const secret = ownSecret(db);
  const words = normalise(name).match(wordPattern) ?? [];
  if (!secret || words.length === 0) return;
  const insert = db.prepare('INSERT OR IGNORE INTO forgotten_names (secret_id, hash, kind, words, respondent_id) VALUES (?, ?, ?, ?, ?)');
  insert.run(secret.id, hmac(secret.secret, words.join(' ')), 'full', Math.min(words.length, MAX_WORDS), respondentId);
  for (const word of words) {
    if (word.length < 3 || particles.has(word.toLowerCase())) continue;
    insert.run(secret.id, hmac(secret.secret, word), 'part', 1, respondentId);
  }
}

/** Recognises forgotten names in text and replaces them. */
export interface NameRedactor {
  readonly active: boolean;
  redact(text: string): string;
  /** Redacts every string inside a JSON-like value. */
  redactValue(value: unknown): unknown;
}

const inactive: NameRedactor = { active: false, redact: (t) => t, redactValue: (v) => v };

/**
 * A redactor over the forgotten names of `db` (optionally only one respondent's). `placeholderOf` gives the text
 * that replaces a respondent's name.
 */
export function nameRedactor(db: ReadableDb, placeholderOf: (respondentId: string) => string, onlyRespondent?: string): NameRedactor {
  const rows = db
    .prepare(
      `SELECT n.hash, n.kind, n.words, n.respondent_id, s.secret FROM forgotten_names n JOIN forget_secrets s ON s.id = n.secret_id
       ${onlyRespondent ? 'WHERE n.respondent_id = ?' : ''}`,
    )
    .all(...(onlyRespondent ? [onlyRespondent] : [])) as { hash: string; kind: 'full' | 'part'; words: number; respondent_id: string; secret: string }[];
  if (rows.length === 0) return inactive;
  const secrets = [...new Set(rows.map((r) => r.secret))];
  const known = new Map(rows.map((r) => [`${r.secret}:${r.hash}`, r]));
  const maxWords = Math.max(...rows.map((r) => r.words));
  const match = (candidate: string, single: boolean) => {
    for (const secret of secrets) {
      const found = known.get(`${secret}:${hmac(secret, candidate)}`);
      if (found && (found.kind === 'full' || single)) return found;
    }
    return undefined;
  };
  const redact = (text: string): string => {
    const words = [...text.matchAll(wordPattern)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
    if (words.length === 0) return text;
    const spans: { start: number; end: number; placeholder: string }[] = [];
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(maxWords, words.length - i); n >= 1 && matched === 0; n -= 1) {
        const slice = words.slice(i, i + n);
        // Only words separated by plain spacing form a name.
        if (slice.some((w, k) => k > 0 && !/^\s+$/.test(text.slice(slice[k - 1]!.end, w.start)))) continue;
        const candidate = slice.map((w) => w.word).join(' ');
        // A single part of a name counts when it is written as a name (capitalised).
        const single = n === 1 && /^\p{Lu}/u.test(candidate);
        const found = match(candidate, single);
        if (found) {
          spans.push({ start: slice[0]!.start, end: slice[n - 1]!.end, placeholder: placeholderOf(found.respondent_id) });
          matched = n;
        }
      }
      i += matched || 1;
    }
    if (spans.length === 0) return text;
    let out = '';
    let at = 0;
    for (const span of spans) {
      out += text.slice(at, span.start) + span.placeholder;
      at = span.end;
    }
    return out + text.slice(at);
  };
  const redactValue = (value: unknown): unknown => {
    if (typeof value === 'string') return redact(value);
    if (Array.isArray(value)) return value.map(redactValue);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v)]));
    return value;
  };
  return { active: true, redact, redactValue };
}

/** The columns in which people may be named, for redaction in place. */
function textColumns(): { table: string; column: string; json: boolean }[] {
  return Object.entries(mentionFields).flatMap(([entity, fields]) => {
    const spec = mergeableOf(entity)!;
    return fields.map((name) => ({ table: spec.table, column: spec.fields[name]!.column, json: spec.fields[name]!.codec === 'json' }));
  });
}

/** Replaces a forgotten respondent's name (whole or a part) in every text column and in the change log. */
export function redactStoredTexts(db: WritableDb, redactor: NameRedactor): void {
  if (!redactor.active) return;
  for (const { table, column, json } of textColumns()) {
    const rows = db.prepare(`SELECT rowid AS rid, ${column} AS v FROM ${table} WHERE ${column} IS NOT NULL AND ${column} != ''`).all() as { rid: number; v: string }[];
    const update = db.prepare(`UPDATE ${table} SET ${column} = ? WHERE rowid = ?`);
    for (const row of rows) {
      const next = json ? JSON.stringify(redactor.redactValue(JSON.parse(row.v))) : redactor.redact(row.v);
      if (next !== row.v) update.run(next, row.rid);
    }
  }
  const entries = db.prepare("SELECT seq, entity, field, value FROM change_log WHERE value IS NOT NULL AND value != 'null'").all() as {
    seq: number;
    entity: string;
    field: string;
    value: string;
  }[];
  const update = db.prepare('UPDATE change_log SET value = ? WHERE seq = ?');
  for (const entry of entries) {
    if (!mentionsPeople(entry.entity, entry.field)) continue;
    const next = JSON.stringify(redactor.redactValue(JSON.parse(entry.value)));
    if (next !== entry.value) update.run(next, entry.seq);
  }
}

/**
 * Called by forgetting: remembers the name's hashes and redacts its parts wherever the full name was not written
 * ("Verhoef zei…"). `moveSegments` is given the redaction first, to move the coded segments of those texts along
 * (coding/segments.ts reanchorRewrite), so they keep covering the same words.
 */
export function forgetNameEverywhere(
  db: WritableDb,
  respondentId: string,
  name: string,
  placeholder: string,
  moveSegments: (redact: (text: string) => string) => void,
): void {
  rememberForgottenName(db, respondentId, name);
  const redactor = nameRedactor(db, () => placeholder, respondentId);
  if (redactor.active) moveSegments((text) => redactor.redact(text));
  redactStoredTexts(db, redactor);
}

/**
 * A save of free text that names a forgotten respondent again: the name is replaced before it reaches the file,
 * exactly as it would be when the text arrived from a colleague. Returns `values` unchanged when nobody was forgotten.
 */
export function redactMentions<V extends Readonly<Record<string, unknown>>>(db: ReadableDb, entity: string, values: V): V {
  if (!mentionFields[entity] || (db.prepare('SELECT 1 FROM forgotten_names LIMIT 1').get() === undefined)) return values;
  const placeholder = db.prepare('SELECT name FROM respondents WHERE id = ?');
  const redactor = nameRedactor(db, (id) => (placeholder.get(id) as { name: string } | undefined)?.name ?? '—');
  const out: Record<string, unknown> = { ...values };
  for (const field of mentionFields[entity]!) if (out[field] !== undefined && out[field] !== null) out[field] = redactor.redactValue(out[field]);
  return out as V;
}
