// The .inventaris file: identity pragmas, completeness after every save, and refusals that leave the file untouched.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClientError } from '../../shared/contract/client';
import { APPLICATION_ID } from '../../electron/core/db/file';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import { makeCore, sha256, tempDir } from './helpers';

async function failure(promise: Promise<unknown>): Promise<ClientError['info']> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ClientError) return error.info;
    throw error;
  }
  throw new Error('expected the call to fail');
}

function rawOpen(file: string) {
  return new Database(file, { readonly: true, fileMustExist: true });
}

describe('a new inventory file', () => {
  it('is a SQLite file marked with our application id and the latest schema version', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'nieuw.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Circulair inkopen Foodvalley' } });
    const db = rawOpen(file);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[];
    // The full-text index (an FTS5 virtual table and the shadow tables FTS5 makes for it) is derived data, not STRICT.
    const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
    const derived = (name: string) => virtual.some((v) => name === v || name.startsWith(`${v}_`));
    expect(virtual).toEqual(['search_index']);
    for (const table of tables.filter((t) => !derived(t.name))) expect(table.sql, table.name).toMatch(/STRICT\s*$/);
    db.close();
  });

  it('gets a UUIDv7 id and a change log entry for every initial field', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'ids.inventaris');
    const opened = await core.client.call('files.create', { path: file, fields: { title: 'Titel', client: 'Klant' } });
    expect(opened.inventory.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const db = rawOpen(file);
    const fields = (db.prepare("SELECT field FROM change_log WHERE entity = 'inventory'").all() as { field: string }[]).map((r) => r.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'client', 'region', 'language']));
    db.close();
  });

  it('refuses to overwrite an existing file', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'bestaand.inventaris');
    fs.writeFileSync(file, 'iets anders');
    const info = await failure(core.client.call('files.create', { path: file, fields: { title: 'X' } }));
    expect(info.code).toBe('FILE_EXISTS');
    expect(fs.readFileSync(file, 'utf8')).toBe('iets anders');
  });

  it('adds the .inventaris extension when the path has none', async () => {
    const core = makeCore();
    const opened = await core.client.call('files.create', { path: path.join(core.dir, 'zonder'), fields: { title: 'X' } });
    expect(opened.path).toBe(path.join(core.dir, 'zonder.inventaris'));
    expect(fs.existsSync(opened.path)).toBe(true);
  });
});

describe('the file alone is complete after every save', () => {
  it('a copy of only the main file, taken right after an edit, holds the edit', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'compleet.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Eerste titel' } });
    for (let n = 1; n <= 5; n += 1) {
      await core.client.call('inventory.update', { patch: { description: `versie ${n}` } });
      const copy = path.join(core.dir, `kopie-${n}.inventaris`);
      fs.copyFileSync(file, copy);
      const db = rawOpen(copy);
      expect((db.prepare('SELECT description FROM inventory').get() as { description: string }).description).toBe(`versie ${n}`);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
    const sideFiles = fs.readdirSync(core.dir).filter((name) => /-(wal|shm|journal)$/.test(name));
    expect(sideFiles).toEqual([]);
  });
});

describe('opening a file that is not a usable inventory', () => {
  let core: ReturnType<typeof makeCore>;
  let good: string;

  beforeEach(async () => {
    core = makeCore();
    good = path.join(core.dir, 'goed.inventaris');
    await core.client.call('files.create', { path: good, fields: { title: 'Goed bestand' } });
  });

  async function expectRefused(file: string, code: string, messagePart: RegExp) {
    const before = sha256(file);
    const info = await failure(core.client.call('files.open', { path: file }));
    expect(info.code).toBe(code);
    expect(info.message).toMatch(messagePart);
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('backup') || /-(journal|wal)$/.test(n))).toEqual([]);
    // The inventory that was open stays open.
    expect((await core.client.call('files.current'))?.path).toBe(good);
  }

  it('refuses random bytes as not SQLite, in Dutch by default', async () => {
    const file = path.join(core.dir, 'ruis.inventaris');
    fs.writeFileSync(file, crypto.randomBytes(8192));
    await expectRefused(file, 'NOT_SQLITE', /geen Inventaris-bestand/);
  });

  it('refuses an empty file', async () => {
    const file = path.join(core.dir, 'leeg.inventaris');
    fs.writeFileSync(file, '');
    await expectRefused(file, 'NOT_SQLITE', /niet gewijzigd/);
  });

  it('refuses a truncated file as damaged', async () => {
    await core.client.call('inventory.update', { patch: { description: 'x'.repeat(20_000) } });
    const file = path.join(core.dir, 'afgekapt.inventaris');
    const bytes = fs.readFileSync(good);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(file, 'CORRUPT', /beschadigd/);
  });

  it('refuses a file cut inside its header', async () => {
    const file = path.join(core.dir, 'kop.inventaris');
    fs.writeFileSync(file, fs.readFileSync(good).subarray(0, 60));
    await expectRefused(file, 'NOT_SQLITE', /niet gewijzigd/);
  });

  it('refuses a SQLite database of another application', async () => {
    const file = path.join(core.dir, 'vreemd.inventaris');
    const db = new Database(file);
    db.exec("CREATE TABLE inventory (id TEXT); INSERT INTO inventory VALUES ('x')");
    db.close();
    await expectRefused(file, 'FOREIGN_FILE', /ander programma/);
  });

  it('refuses a file from a newer schema version and says which', async () => {
    const file = path.join(core.dir, 'toekomst.inventaris');
    fs.copyFileSync(good, file);
    const db = new Database(file);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
    await expectRefused(file, 'TOO_NEW', new RegExp(`schemaversie ${latestSchemaVersion + 1}`));
  });

  it('refuses a missing file', async () => {
    const info = await failure(core.client.call('files.open', { path: path.join(core.dir, 'weg.inventaris') }));
    expect(info.code).toBe('FILE_NOT_FOUND');
  });

  it('answers in English when the user chose English', async () => {
    await core.client.call('settings.update', { language: 'en' });
    const file = path.join(core.dir, 'noise.inventaris');
    fs.writeFileSync(file, crypto.randomBytes(4096));
    await expectRefused(file, 'NOT_SQLITE', /is not an Inventaris file/);
  });
});

describe('a read-only file', () => {
  it('opens read-only, refuses edits with a notice, and stays byte-identical', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'alleen-lezen.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Vast' } });
    await core.client.call('files.close');
    fs.chmodSync(file, 0o444);
    const before = sha256(file);
    const opened = await core.client.call('files.open', { path: file });
    expect(opened.readOnly).toBe(true);
    expect(opened.inventory.title).toBe('Vast');
    const info = await failure(core.client.call('inventory.update', { patch: { title: 'Anders' } }));
    expect(info.code).toBe('READ_ONLY');
    expect(info.message).toMatch(/alleen-lezen/);
    await core.client.call('files.close');
    expect(sha256(file)).toBe(before);
  });
});

describe('saving a copy', () => {
  it('writes a self-contained copy that opens with the same content and identity', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'origineel.inventaris');
    const created = await core.client.call('files.create', { path: file, fields: { title: 'Origineel' } });
    await core.client.call('inventory.update', { patch: { region: 'Regio Foodvalley' } });
    const target = path.join(tempDir(), 'voor-collega');
    const { path: copy } = await core.client.call('files.saveCopy', { path: target });
    expect(copy).toBe(`${target}.inventaris`);
    const other = makeCore();
    const opened = await other.client.call('files.open', { path: copy });
    expect(opened.inventory).toMatchObject({ id: created.inventory.id, title: 'Origineel', region: 'Regio Foodvalley' });
  });

  it('refuses to overwrite an existing file', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'a.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'A' } });
    const info = await failure(core.client.call('files.saveCopy', { path: file }));
    expect(info.code).toBe('FILE_EXISTS');
  });
});
