// The migration that drops the unused `meta` table: a file from the version before keeps all its content, its
// change log and tombstones, and loses only `meta` (even one that somehow holds a row).
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/file';
import { migrations } from '../../electron/core/db/migrations';
import { createDbAt, tableNames } from './db-helpers';

const version = migrations.findIndex((m) => m.name === 'drop-meta') + 1;

describe('migration drop-meta', () => {
  it('is in the list', () => {
    expect(version).toBeGreaterThan(1);
    expect(migrations[version - 1]!.version).toBe(version);
  });

  it('drops meta and keeps every other table with its rows', () => {
    const { db } = createDbAt(version - 1);
    expect(tableNames(db)).toContain('meta');
    db.prepare("INSERT INTO meta (key, value) VALUES ('leftover', 'x')").run();
    db.prepare("INSERT INTO inventory (id, title, created_at, updated_at) VALUES ('i1', 'Bestaand', 'x', 'x')").run();
    db.prepare("INSERT INTO change_log (hlc, device_id, author, entity, row_id, field, value) VALUES ('h1', 'd', 'Sanne', 'inventory', 'i1', 'title', '\"Bestaand\"')").run();
    const before = tableNames(db).filter((name) => name !== 'meta');
    migrate(db, null, version);
    expect(tableNames(db)).not.toContain('meta');
    expect(tableNames(db)).toEqual(before);
    expect(db.prepare('SELECT title FROM inventory').pluck().get()).toBe('Bestaand');
    expect(db.prepare('SELECT author FROM change_log').pluck().get()).toBe('Sanne');
    expect(db.pragma('user_version', { simple: true })).toBe(version);
  });

  it('leaves a new file without meta', () => {
    const { db } = createDbAt(migrations.length);
    expect(tableNames(db)).not.toContain('meta');
    expect(tableNames(db)).toEqual(expect.arrayContaining(['change_log', 'tombstones', 'inventory']));
  });
});
