// Merging: every change-log entry names the entries it was written on top of (its parents), so a merge can tell
// which edits one side had seen and find the last common value of a field. `cell_heads` holds the newest entries of
// each field (more than one after concurrent edits); a trigger keeps both up to date for every ordinary write.
// Also: conflicts found by merging, the merge history, and keyed hashes of forgotten names.
import { randomBytes } from 'node:crypto';
import { v7 } from 'uuid';
import type { Migration } from './types';

export const migration005: Migration = {
  version: 5,
  name: 'merge',
  up(db) {
    db.exec(`
      ALTER TABLE change_log ADD COLUMN parents TEXT CHECK (parents IS NULL OR json_valid(parents));

      CREATE TABLE cell_heads (
        entity TEXT NOT NULL,
        row_id TEXT NOT NULL,
        field  TEXT NOT NULL,
        hlc    TEXT NOT NULL,
        PRIMARY KEY (entity, row_id, field, hlc)
      ) WITHOUT ROWID, STRICT;
    `);
    // Until now each file's log was one line of history per field: every entry was written on top of the one before.
    db.exec(`
      UPDATE change_log SET parents = (
        SELECT CASE WHEN max(p.hlc) IS NULL THEN '[]' ELSE json_array(max(p.hlc)) END FROM change_log p
        WHERE p.entity = change_log.entity AND p.row_id = change_log.row_id AND p.field = change_log.field AND p.hlc < change_log.hlc
      );
      INSERT INTO cell_heads (entity, row_id, field, hlc) SELECT entity, row_id, field, max(hlc) FROM change_log GROUP BY entity, row_id, field;

      -- Text edited on two sides whose edits overlap: every version is kept until the user resolves the field.
      -- Derived from the change log by the merge, so it is the same on every laptop with the same log.
      CREATE TABLE merge_conflicts (
        entity     TEXT NOT NULL,
        row_id     TEXT NOT NULL,
        field      TEXT NOT NULL,
        base       TEXT,
        versions   TEXT NOT NULL CHECK (json_valid(versions)),
        shown      TEXT,
        found_at   TEXT NOT NULL,
        PRIMARY KEY (entity, row_id, field)
      ) STRICT;

      -- An entry written without parents (every ordinary save) is written on top of the field's current heads.
      CREATE TRIGGER change_log_parents AFTER INSERT ON change_log WHEN NEW.parents IS NULL
      BEGIN
        UPDATE change_log SET parents = (
          SELECT json_group_array(hlc) FROM cell_heads WHERE entity = NEW.entity AND row_id = NEW.row_id AND field = NEW.field
        ) WHERE seq = NEW.seq;
        DELETE FROM cell_heads WHERE entity = NEW.entity AND row_id = NEW.row_id AND field = NEW.field;
        INSERT INTO cell_heads (entity, row_id, field, hlc) VALUES (NEW.entity, NEW.row_id, NEW.field, NEW.hlc);
        -- Written on top of every version, so a conflict of the field is resolved.
        DELETE FROM merge_conflicts WHERE entity = NEW.entity AND row_id = NEW.row_id AND field = NEW.field;
      END;

      -- One row per merge: who merged which file, from which devices and authors, and what changed.
      CREATE TABLE merge_history (
        id           TEXT PRIMARY KEY,
        merged_at    TEXT NOT NULL,
        device_id    TEXT NOT NULL,
        author       TEXT NOT NULL,
        source_file  TEXT NOT NULL,
        source_devices TEXT NOT NULL CHECK (json_valid(source_devices)),
        source_authors TEXT NOT NULL CHECK (json_valid(source_authors)),
        summary      TEXT NOT NULL CHECK (json_valid(summary))
      ) STRICT;

      -- Keys for the hashes below; a file made from two separately migrated copies may hold more than one.
      CREATE TABLE forget_secrets (
        id     TEXT PRIMARY KEY,
        secret TEXT NOT NULL
      ) STRICT;

      -- A forgotten respondent's name and its parts as HMAC-SHA256 under one of the secrets: enough to recognise
      -- the name in a colleague's older copy, never the name itself.
      CREATE TABLE forgotten_names (
        secret_id     TEXT NOT NULL REFERENCES forget_secrets (id),
        hash          TEXT NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('full', 'part')),
        words         INTEGER NOT NULL CHECK (words BETWEEN 1 AND 8),
        respondent_id TEXT NOT NULL,
        PRIMARY KEY (secret_id, hash)
      ) STRICT;
    `);
    const secretId = v7();
    db.prepare('INSERT INTO forget_secrets (id, secret) VALUES (?, ?)').run(secretId, randomBytes(32).toString('hex'));
    db.prepare("INSERT INTO meta (key, value) VALUES ('forget_secret_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(secretId);
  },
};
