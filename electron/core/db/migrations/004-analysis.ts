// Analysis: coded segments, score overrides, codebook nesting and colours, a use-by-name flag on quote notes, and
// the full-text search index. The index is kept by triggers on its source tables, so every write path (the app,
// merges, imports) updates it in the same transaction as the data; existing rows are indexed here.
import type { Migration } from './types';

/** One indexed text: a field of a source table, the kind and field name search results report. */
interface IndexedText {
  readonly kind: 'answer' | 'explanation' | 'note' | 'session' | 'recommendation';
  readonly table: string;
  readonly field: string;
  /** SQL over NEW./OLD. giving the source id. */
  readonly id: (row: string) => string;
  /** SQL over NEW./OLD. giving the text to index, or NULL when nothing should be indexed. */
  readonly body: (row: string) => string;
  /** The columns whose update changes what is indexed. */
  readonly columns: string;
}

const answerId = (row: string) => `${row}.interview_id || '/' || ${row}.question_id`;
const liveText = (row: string, column: string) => `CASE WHEN ${row}.deleted_at IS NULL AND ${row}.${column} <> '' THEN ${row}.${column} END`;

export const indexedTexts: readonly IndexedText[] = [
  {
    kind: 'answer',
    table: 'answers',
    field: 'value',
    id: answerId,
    // Only answers to open questions are prose; choice keys and numbers are not searched.
    body: (row) =>
      `CASE WHEN json_type(${row}.value) = 'text' AND (SELECT type FROM guide_questions WHERE id = ${row}.question_id) = 'open' THEN ${row}.value ->> '$' END`,
    columns: 'value',
  },
  { kind: 'explanation', table: 'answers', field: 'explanation', id: answerId, body: (row) => `NULLIF(${row}.explanation, '')`, columns: 'explanation' },
  { kind: 'note', table: 'notes', field: 'text', id: (row) => `${row}.id`, body: (row) => liveText(row, 'text'), columns: 'text, deleted_at' },
  { kind: 'session', table: 'knowledge_sessions', field: 'agenda', id: (row) => `${row}.id`, body: (row) => liveText(row, 'agenda'), columns: 'agenda, deleted_at' },
  { kind: 'session', table: 'knowledge_sessions', field: 'outcomes', id: (row) => `${row}.id`, body: (row) => liveText(row, 'outcomes'), columns: 'outcomes, deleted_at' },
  { kind: 'recommendation', table: 'recommendations', field: 'text', id: (row) => `${row}.id`, body: (row) => liveText(row, 'text'), columns: 'text, deleted_at' },
];

function indexStatements(text: IndexedText, row: 'NEW' | 'OLD', action: 'add' | 'remove'): string {
  const key = `kind = '${text.kind}' AND field = '${text.field}' AND source_id = ${text.id(row)}`;
  if (action === 'remove') {
    return `
      DELETE FROM search_index WHERE rowid = (SELECT id FROM search_sources WHERE ${key});
      DELETE FROM search_sources WHERE ${key};`;
  }
  return `
      INSERT INTO search_sources (kind, source_id, field) SELECT '${text.kind}', ${text.id(row)}, '${text.field}' WHERE ${text.body(row)} IS NOT NULL;
      INSERT INTO search_index (rowid, body) SELECT id, ${text.body(row)} FROM search_sources WHERE ${key} AND ${text.body(row)} IS NOT NULL;`;
}

function triggersFor(text: IndexedText): string {
  const name = `search_${text.table}_${text.field}`;
  return `
    CREATE TRIGGER ${name}_insert AFTER INSERT ON ${text.table} BEGIN ${indexStatements(text, 'NEW', 'add')}
    END;
    CREATE TRIGGER ${name}_update AFTER UPDATE OF ${text.columns} ON ${text.table} BEGIN ${indexStatements(text, 'OLD', 'remove')} ${indexStatements(text, 'NEW', 'add')}
    END;
    CREATE TRIGGER ${name}_delete AFTER DELETE ON ${text.table} BEGIN ${indexStatements(text, 'OLD', 'remove')}
    END;`;
}

function backfill(text: IndexedText): string {
  const idOf = text.id(text.table);
  const bodyOf = text.body(text.table);
  return `
    INSERT INTO search_sources (kind, source_id, field) SELECT '${text.kind}', ${idOf}, '${text.field}' FROM ${text.table} WHERE ${bodyOf} IS NOT NULL;
    INSERT INTO search_index (rowid, body)
      SELECT s.id, ${bodyOf} FROM ${text.table} JOIN search_sources s ON s.kind = '${text.kind}' AND s.field = '${text.field}' AND s.source_id = ${idOf}
      WHERE ${bodyOf} IS NOT NULL;`;
}

export const migration004: Migration = {
  version: 4,
  name: 'analysis',
  up(db) {
    db.exec(`
      ALTER TABLE codebook_codes ADD COLUMN parent_id TEXT REFERENCES codebook_codes (id);
      -- '' means: the default palette colour for the code's position.
      ALTER TABLE codebook_codes ADD COLUMN colour TEXT NOT NULL DEFAULT '';
      ALTER TABLE notes ADD COLUMN use_by_name INTEGER NOT NULL DEFAULT 0 CHECK (use_by_name IN (0, 1));

      -- A stretch of text coded with one code. source_id is the row id, or interview_id/question_id for answers.
      CREATE TABLE coded_segments (
        id           TEXT PRIMARY KEY,
        source_kind  TEXT NOT NULL CHECK (source_kind IN ('answer', 'explanation', 'note', 'session', 'recommendation')),
        source_id    TEXT NOT NULL,
        field        TEXT NOT NULL CHECK (field IN ('value', 'explanation', 'text', 'agenda', 'outcomes')),
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset   INTEGER NOT NULL CHECK (end_offset >= start_offset),
        coded_text   TEXT NOT NULL,
        code_id      TEXT NOT NULL REFERENCES codebook_codes (id),
        text_removed INTEGER NOT NULL DEFAULT 0 CHECK (text_removed IN (0, 1)),
        memo         TEXT NOT NULL DEFAULT '',
        use_by_name  INTEGER NOT NULL DEFAULT 0 CHECK (use_by_name IN (0, 1)),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        deleted_at   TEXT
      ) STRICT;
      CREATE INDEX coded_segments_by_source ON coded_segments (source_kind, source_id, field);
      CREATE INDEX coded_segments_by_code ON coded_segments (code_id);

      -- The consultant's level for an organisation and dimension, replacing the suggested score; a reason is required.
      CREATE TABLE score_overrides (
        id              TEXT PRIMARY KEY,
        organisation_id TEXT NOT NULL REFERENCES organisations (id),
        dimension_id    TEXT NOT NULL REFERENCES maturity_dimensions (id),
        level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
        reason          TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        deleted_at      TEXT
      ) STRICT;
      CREATE INDEX score_overrides_by_cell ON score_overrides (organisation_id, dimension_id);

      CREATE INDEX answers_by_question ON answers (question_id);
      -- Covering indexes for the analysis, so it never reads an interview row (whose guide snapshot runs over many
      -- overflow pages), scale answers without their explanations, or notes without their text.
      CREATE INDEX interviews_live ON interviews (id, organisation_id, status, deleted_at, respondent_ids);
      CREATE INDEX answers_scale ON answers (question_id, interview_id, no_answer, value) WHERE no_answer IS NOT NULL OR json_type(value) = 'integer';
      CREATE INDEX notes_coded ON notes (deleted_at, interview_id, kind, code_ids) WHERE code_ids <> '[]';

      -- Search: one row per indexed text, whose id is the rowid of its entry in the FTS5 index.
      CREATE TABLE search_sources (
        id        INTEGER PRIMARY KEY,
        kind      TEXT NOT NULL,
        source_id TEXT NOT NULL,
        field     TEXT NOT NULL,
        UNIQUE (kind, source_id, field)
      ) STRICT;
      CREATE VIRTUAL TABLE search_index USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
      -- Deleted text leaves no tokens behind in the index (a forgotten respondent's name must not stay findable).
      INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
      ${indexedTexts.map(triggersFor).join('\n')}
      ${indexedTexts.map(backfill).join('\n')}
    `);
  },
};
