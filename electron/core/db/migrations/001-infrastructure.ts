// Infrastructure every later table uses: key/value metadata, the change log that merging reads, and tombstones.
import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  name: 'infrastructure',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- One row per change of one user-editable field, stamped with a hybrid logical clock.
      CREATE TABLE change_log (
        seq       INTEGER PRIMARY KEY,
        hlc       TEXT NOT NULL,
        device_id TEXT NOT NULL,
        author    TEXT NOT NULL,
        entity    TEXT NOT NULL,
        row_id    TEXT NOT NULL,
        field     TEXT NOT NULL,
        value     TEXT,
        UNIQUE (entity, row_id, field, hlc)
      ) STRICT;
      CREATE INDEX change_log_by_hlc ON change_log (hlc);

      -- A deleted row leaves a tombstone so a merge does not bring it back.
      CREATE TABLE tombstones (
        entity    TEXT NOT NULL,
        row_id    TEXT NOT NULL,
        hlc       TEXT NOT NULL,
        device_id TEXT NOT NULL,
        author    TEXT NOT NULL,
        PRIMARY KEY (entity, row_id)
      ) STRICT;
    `);
  },
};
