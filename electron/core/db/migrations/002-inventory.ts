// The inventory itself: one engagement per file, so exactly one row.
import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  name: 'inventory',
  up(db) {
    db.exec(`
      CREATE TABLE inventory (
        id           TEXT PRIMARY KEY,
        title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
        client       TEXT NOT NULL DEFAULT '',
        region       TEXT NOT NULL DEFAULT '',
        period_start TEXT NOT NULL DEFAULT '',
        period_end   TEXT NOT NULL DEFAULT '',
        description  TEXT NOT NULL DEFAULT '',
        language     TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
    `);
  },
};
