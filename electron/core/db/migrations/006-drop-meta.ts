// Drops the key/value `meta` table from migration 1: nothing ever wrote or read it. A file's identity lives in its
// pragmas (application_id, user_version) and in the inventory row; an unused table only invites guessing.
import type { Migration } from './types';

export const migration006: Migration = {
  version: 6,
  name: 'drop-meta',
  up(db) {
    db.exec('DROP TABLE IF EXISTS meta;');
  },
};
