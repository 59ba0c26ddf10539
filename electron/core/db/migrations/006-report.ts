// The Word report: its options (one row per file) and the consultant's own text per chapter. Both are ordinary
// user-editable rows written through the entity gateway, so they travel with the file and merge field by field.
import type { Migration } from './types';

export const migration006: Migration = {
  version: 6,
  name: 'report',
  up(db) {
    db.exec(`
      CREATE TABLE report_options (
        id               TEXT PRIMARY KEY,
        title            TEXT NOT NULL DEFAULT '',
        subtitle         TEXT NOT NULL DEFAULT '',
        author           TEXT NOT NULL DEFAULT '',
        client           TEXT NOT NULL DEFAULT '',
        report_date      TEXT NOT NULL DEFAULT '',
        version          TEXT NOT NULL DEFAULT '',
        language         TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
        quotes           TEXT NOT NULL DEFAULT 'anonymous' CHECK (quotes IN ('anonymous', 'names')),
        chapters_off     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(chapters_off)),
        appendices_off   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(appendices_off)),
        house_style_name TEXT NOT NULL DEFAULT '',
        house_style_xml  TEXT NOT NULL DEFAULT '',
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        deleted_at       TEXT
      ) STRICT;

      CREATE TABLE report_narratives (
        id         TEXT PRIMARY KEY,
        chapter    TEXT NOT NULL,
        body       TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX report_narratives_by_chapter ON report_narratives (chapter);
    `);
  },
};
