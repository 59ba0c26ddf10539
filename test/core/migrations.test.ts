// One test per migration, plus the runner's guarantees: order, one transaction, backups, refusing the future.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/errors';
import { migrate } from '../../electron/core/db/file';
import { latestSchemaVersion, migrations, type Migration } from '../../electron/core/db/migrations';
import { columnsOf, createDbAt, tableNames } from './db-helpers';

describe('the migration list', () => {
  it('is numbered 1..n without gaps, so the schema version is the last step applied', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('has a file per migration named after its version', () => {
    const dir = path.resolve(__dirname, '../../electron/core/db/migrations');
    const files = fs.readdirSync(dir).filter((f) => /^\d{3}-.+\.ts$/.test(f));
    expect(files.map((f) => Number(f.slice(0, 3)))).toEqual(migrations.map((m) => m.version));
  });
});

describe('migration 1: infrastructure', () => {
  it('creates meta, change_log and tombstones as STRICT tables', () => {
    const { db } = createDbAt(0);
    migrate(db, null, 1);
    expect(tableNames(db)).toEqual(['change_log', 'meta', 'tombstones']);
    expect(columnsOf(db, 'change_log')).toEqual(['seq', 'hlc', 'device_id', 'author', 'entity', 'row_id', 'field', 'value']);
    expect(() => db.prepare("INSERT INTO meta (key, value) VALUES ('k', x'00')").run()).toThrow(/cannot store BLOB value in TEXT column/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });
});

describe('migration 2: inventory', () => {
  it('adds the inventory table and keeps the change log rows of version 1', () => {
    const { db } = createDbAt(1);
    db.prepare("INSERT INTO change_log (hlc, device_id, author, entity, row_id, field, value) VALUES ('h', 'd', 'a', 'e', 'r', 'f', '1')").run();
    migrate(db, null, 2);
    expect(tableNames(db)).toContain('inventory');
    expect(columnsOf(db, 'inventory')).toEqual(
      expect.arrayContaining(['id', 'title', 'client', 'region', 'period_start', 'period_end', 'description', 'language']),
    );
    expect((db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n).toBe(1);
    expect(() => db.prepare("INSERT INTO inventory (id, title, language, created_at, updated_at) VALUES ('i', ' ', 'nl', '', '')").run()).toThrow(
      /CHECK constraint/,
    );
  });
});

describe('migration 5: merge', () => {
  const log = (db: Database.Database, hlc: string, field = 'text', row = 'n1') =>
    db.prepare("INSERT INTO change_log (hlc, device_id, author, entity, row_id, field, value) VALUES (?, 'd', 'a', 'notes', ?, ?, '\"x\"')").run(hlc, row, field);
  const parentsOf = (db: Database.Database, hlc: string) => JSON.parse((db.prepare('SELECT parents FROM change_log WHERE hlc = ?').get(hlc) as { parents: string }).parents);
  const heads = (db: Database.Database) => (db.prepare('SELECT row_id, field, hlc FROM cell_heads ORDER BY row_id, field').all() as { hlc: string }[]).map((r) => r.hlc);

  it('gives the existing change log one line of history per field, and a secret for keyed name hashes', () => {
    const { db } = createDbAt(4);
    log(db, 'h1');
    log(db, 'h2');
    log(db, 'h3', 'kind');
    migrate(db, null, 5);
    expect(parentsOf(db, 'h1')).toEqual([]);
    expect(parentsOf(db, 'h2')).toEqual(['h1']);
    expect(parentsOf(db, 'h3')).toEqual([]);
    expect(heads(db)).toEqual(['h3', 'h2']);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['cell_heads', 'merge_conflicts', 'merge_history', 'forget_secrets', 'forgotten_names']));
    const secret = db.prepare("SELECT s.secret FROM meta m JOIN forget_secrets s ON s.id = m.value WHERE m.key = 'forget_secret_id'").get() as { secret: string };
    expect(secret.secret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes every new entry on top of the field heads and clears a conflict of that field', () => {
    const { db } = createDbAt(5);
    log(db, 'h1');
    // Two concurrent heads, as a merge leaves them, and a conflict between them.
    db.prepare("INSERT INTO change_log (hlc, device_id, author, entity, row_id, field, value, parents) VALUES ('h2', 'd2', 'b', 'notes', 'n1', 'text', '\"y\"', '[\"h1\"]')").run();
    db.prepare("DELETE FROM cell_heads").run();
    db.prepare("INSERT INTO cell_heads VALUES ('notes', 'n1', 'text', 'h1'), ('notes', 'n1', 'text', 'h2')").run();
    db.prepare("INSERT INTO merge_conflicts (entity, row_id, field, versions, found_at) VALUES ('notes', 'n1', 'text', '[]', 'x')").run();
    log(db, 'h3');
    expect(parentsOf(db, 'h3').sort()).toEqual(['h1', 'h2']);
    expect(heads(db)).toEqual(['h3']);
    expect((db.prepare('SELECT count(*) AS n FROM merge_conflicts').get() as { n: number }).n).toBe(0);
  });
});

describe('the migration runner', () => {
  it('copies an existing older file aside before migrating it', () => {
    const { db, file } = createDbAt(1);
    const backup = migrate(db, file);
    db.close();
    expect(backup).not.toBeNull();
    expect(path.dirname(backup!)).toBe(path.dirname(file));
    const old = new Database(backup!, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();
    const migrated = new Database(file, { readonly: true });
    expect(migrated.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    migrated.close();
  });

  it('rolls back every step when one fails, leaving the version unchanged', () => {
    const { db } = createDbAt(1);
    const failing: Migration[] = [
      ...migrations.slice(0, 2),
      { version: 3, name: 'broken', up: (d) => d.exec('CREATE TABLE half_done (x TEXT) STRICT; SELECT * FROM no_such_table;') },
    ];
    expect(() => migrate(db, null, 3, failing)).toThrow(/no such table/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tableNames(db)).not.toContain('inventory');
    expect(tableNames(db)).not.toContain('half_done');
  });

  it('refuses a database from a newer version', () => {
    const { db } = createDbAt(0);
    db.pragma(`user_version = ${latestSchemaVersion + 5}`);
    expect(() => migrate(db, null)).toThrow(AppError);
  });

  it('does nothing and makes no backup when the file is current', () => {
    const { db, file } = createDbAt(latestSchemaVersion);
    expect(migrate(db, file)).toBeNull();
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('backup'))).toEqual([]);
  });
});

describe('migration 3: fieldwork', () => {
  it('adds the fieldwork tables and keeps the inventory row of version 2', () => {
    const { db } = createDbAt(2);
    db.prepare("INSERT INTO inventory (id, title, created_at, updated_at) VALUES ('i1', 'Bestaand', 'x', 'x')").run();
    migrate(db, null, 3);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        'organisations',
        'respondents',
        'maturity_levels',
        'maturity_dimensions',
        'codebook_codes',
        'guide_sections',
        'guide_questions',
        'interviews',
        'answers',
        'knowledge_sessions',
        'notes',
        'recommendations',
      ]),
    );
    expect((db.prepare('SELECT title FROM inventory').get() as { title: string }).title).toBe('Bestaand');
    // "Not applicable" is no value: the answers table takes NULL, and refuses a value that is not JSON.
    db.prepare("INSERT INTO interviews (id, created_at, updated_at) VALUES ('iv', 'x', 'x')").run();
    db.prepare("INSERT INTO answers (interview_id, question_id, value, no_answer, updated_at) VALUES ('iv', 'q', NULL, 'not_applicable', 'x')").run();
    expect(() => db.prepare("INSERT INTO answers (interview_id, question_id, value, updated_at) VALUES ('iv', 'q2', 'geen json', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO organisations (id, name, kind, created_at, updated_at) VALUES ('o', 'X', 'bedrijf', 'x', 'x')").run()).toThrow(/CHECK/);
  });
});
