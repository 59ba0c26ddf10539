// Rolling backups in the app's data folder: consistent copies with a manifest, the newest N kept, refusals that
// leave nothing behind, the backup on open and before migrating an older file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/errors';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import {
  backupFolder,
  backupsToKeep,
  createBackup,
  DEFAULT_BACKUPS_TO_KEEP,
  listBackups,
} from '../../electron/core/exchange/backups';
import { appVersion } from '../../electron/core/version';
import { createDbAt } from './db-helpers';
import { makeCore, sha256, tempDir } from './helpers';

async function inventoryWithWork() {
  const core = makeCore();
  const file = path.join(core.dir, 'werk.inventaris');
  await core.client.call('files.create', { path: file, fields: { title: 'Circulair inkopen Foodvalley' } });
  await core.client.call('organisations.create', { fields: { name: 'Gemeente Ede', kind: 'municipality', notes: '' } });
  await core.client.call('organisations.create', { fields: { name: 'Gemeente Wageningen', kind: 'municipality', notes: '' } });
  return { core, file, configDir: core.session.env.config.dir, inventoryId: core.session.requireFile().db.prepare('SELECT id FROM inventory').pluck().get() as string };
}

function errorCode(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('createBackup', () => {
  it('writes a sound copy and a manifest with date, reason, counts, source and app version into the data folder', async () => {
    const { core, file, configDir, inventoryId } = await inventoryWithWork();
    const before = new Date();
    const backup = createBackup(core.session.requireFile(), 'manual', { configDir });
    expect(path.dirname(backup.path)).toBe(path.join(configDir, 'backups', inventoryId));
    expect(backup.reason).toBe('manual');
    expect(backup.sourcePath).toBe(file);
    expect(backup.appVersion).toBe(appVersion);
    expect(backup.schemaVersion).toBe(latestSchemaVersion);
    expect(backup.inventoryTitle).toBe('Circulair inkopen Foodvalley');
    expect(backup.counts.organisations).toBe(2);
    expect(backup.counts.inventory).toBe(1);
    expect(backup.counts).not.toHaveProperty('change_log');
    expect(new Date(backup.createdAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const copy = new Database(backup.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT name FROM organisations ORDER BY name').pluck().all()).toEqual(['Gemeente Ede', 'Gemeente Wageningen']);
    copy.close();
    const manifest = JSON.parse(fs.readFileSync(backup.path.replace(/\.inventaris$/, '.json'), 'utf8'));
    expect(manifest).toMatchObject({ reason: 'manual', inventoryId, counts: { organisations: 2 } });
    expect(listBackups(configDir, inventoryId).map((b) => b.id)).toContain(backup.id);
  });

  it('as a byte copy (before a merge) is a sound copy of the same content, and the file stays writable afterwards', async () => {
    const { core, file, configDir } = await inventoryWithWork();
    const opened = core.session.requireFile();
    const backup = createBackup(opened, 'merge', { configDir, byteCopy: true });
    expect(opened.db.inTransaction).toBe(false);
    // Byte for byte the file as it was (VACUUM INTO would rebuild it).
    expect(sha256(backup.path)).toBe(sha256(file));
    expect(backup).toMatchObject({ reason: 'merge', counts: { organisations: 2 } });
    const copy = new Database(backup.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT name FROM organisations ORDER BY name').pluck().all()).toEqual(['Gemeente Ede', 'Gemeente Wageningen']);
    copy.close();
    // The read lock it held is gone: the next write commits.
    await core.client.call('organisations.create', { fields: { name: 'Gemeente Renkum', kind: 'municipality', notes: '' } });
    expect(sha256(backup.path)).not.toBe(sha256(file));
    expect(listBackups(configDir, backup.inventoryId).map((b) => b.id)).toContain(backup.id);
  });

  it('counts only rows that are not deleted', async () => {
    const { core, configDir } = await inventoryWithWork();
    const [first] = await core.client.call('organisations.list', {});
    await core.client.call('organisations.delete', { id: first!.id });
    expect(createBackup(core.session.requireFile(), 'manual', { configDir }).counts.organisations).toBe(1);
  });

  it('also backs up a file given by path, without changing it', async () => {
    const { core, file, configDir, inventoryId } = await inventoryWithWork();
    core.session.close();
    const hash = sha256(file);
    const backup = createBackup(file, 'import', { configDir });
    expect(sha256(file)).toBe(hash);
    expect(backup.inventoryId).toBe(inventoryId);
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n !== 'config')).toEqual(['werk.inventaris']);
  });

  it('keeps only the newest N backups of an inventory, newest first', async () => {
    const { core, configDir, inventoryId } = await inventoryWithWork();
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      made.push(createBackup(core.session.requireFile(), 'manual', { configDir, keep: 3, now: new Date(Date.UTC(2026, 0, 1 + i)) }).id);
    }
    const kept = listBackups(configDir, inventoryId);
    expect(kept.map((b) => b.id)).toEqual(made.slice(2).reverse());
    expect(fs.readdirSync(backupFolder(configDir, inventoryId)).sort()).toHaveLength(6);
  });

  it('reads how many to keep from Settings, with a default of 10', async () => {
    const { core } = await inventoryWithWork();
    expect(backupsToKeep(core.session.env.config)).toBe(DEFAULT_BACKUPS_TO_KEEP);
    await core.client.call('settings.update', { backupsToKeep: 4 });
    expect(backupsToKeep(core.session.env.config)).toBe(4);
  });

  it('with 0 to keep, opening makes no backup but a risky step still keeps its one', async () => {
    const { core, file, configDir, inventoryId } = await inventoryWithWork();
    await core.client.call('settings.update', { backupsToKeep: 0 });
    core.session.close();
    fs.rmSync(path.join(configDir, 'backups'), { recursive: true, force: true });
    await core.client.call('files.open', { path: file });
    expect(listBackups(configDir, inventoryId)).toEqual([]);
    createBackup(core.session.requireFile(), 'merge', { configDir, keep: backupsToKeep(core.session.env.config) });
    createBackup(core.session.requireFile(), 'merge', { configDir, keep: backupsToKeep(core.session.env.config) });
    expect(listBackups(configDir, inventoryId).map((b) => b.reason)).toEqual(['merge']);
  });

  it('refuses with BACKUP_NO_SPACE and writes nothing when the disk would get too full', async () => {
    const { core, configDir, inventoryId } = await inventoryWithWork();
    const existing = listBackups(configDir, inventoryId).length;
    expect(errorCode(() => createBackup(core.session.requireFile(), 'merge', { configDir, reserveBytes: Number.MAX_SAFE_INTEGER }))).toBe('BACKUP_NO_SPACE');
    expect(listBackups(configDir, inventoryId)).toHaveLength(existing);
    expect(fs.readdirSync(backupFolder(configDir, inventoryId)).filter((n) => n.includes('merge'))).toEqual([]);
  });

  it('refuses with BACKUP_UNWRITABLE when the backup folder cannot be made, and leaves the source alone', async () => {
    const { core, file } = await inventoryWithWork();
    const blocked = path.join(tempDir(), 'data');
    fs.writeFileSync(blocked, 'a file where the data folder should be');
    const hash = sha256(file);
    expect(errorCode(() => createBackup(core.session.requireFile(), 'merge', { configDir: blocked }))).toBe('BACKUP_UNWRITABLE');
    expect(fs.readFileSync(blocked, 'utf8')).toBe('a file where the data folder should be');
    expect(sha256(file)).toBe(hash);
  });

  it('skips a manifest with garbage in it and never lists a half-written backup', async () => {
    const { core, configDir, inventoryId } = await inventoryWithWork();
    const good = createBackup(core.session.requireFile(), 'manual', { configDir });
    const folder = backupFolder(configDir, inventoryId);
    fs.writeFileSync(path.join(folder, 'rommel.json'), '{"not": "a manifest"');
    fs.writeFileSync(path.join(folder, 'orphan.inventaris'), 'x');
    fs.writeFileSync(path.join(folder, '.20260101T000000-000Z-manual-abcdef.partial'), 'x');
    expect(listBackups(configDir, inventoryId).map((b) => b.id)).toContain(good.id);
    expect(listBackups(configDir, inventoryId).every((b) => fs.existsSync(b.path))).toBe(true);
    expect(listBackups(configDir, inventoryId).map((b) => b.id)).not.toContain('rommel');
  });
});

describe('automatic backups', () => {
  it('are made when a file is opened, but not again while its content is unchanged', async () => {
    const { core, file, configDir, inventoryId } = await inventoryWithWork();
    core.session.close();
    await core.client.call('files.open', { path: file });
    const afterFirst = listBackups(configDir, inventoryId);
    expect(afterFirst.filter((b) => b.reason === 'open')).toHaveLength(1);
    expect(afterFirst[0]!.counts.organisations).toBe(2);
    core.session.close();
    await core.client.call('files.open', { path: file });
    expect(listBackups(configDir, inventoryId)).toHaveLength(afterFirst.length);
    await core.client.call('organisations.create', { fields: { name: 'Gemeente Veenendaal', kind: 'municipality', notes: '' } });
    core.session.close();
    await core.client.call('files.open', { path: file });
    const latest = listBackups(configDir, inventoryId)[0]!;
    expect(latest.reason).toBe('open');
    expect(latest.counts.organisations).toBe(3);
  });

  it('opening still works when the backup cannot be made, and the session says why', async () => {
    const { core, file } = await inventoryWithWork();
    core.session.close();
    const config = core.session.env.config;
    const backupsDir = path.join(config.dir, 'backups');
    fs.rmSync(backupsDir, { recursive: true, force: true });
    fs.writeFileSync(backupsDir, 'blocked');
    const opened = await core.client.call('files.open', { path: file });
    expect(opened.inventory.title).toBe('Circulair inkopen Foodvalley');
    expect(core.session.backupProblem?.code).toBe('BACKUP_UNWRITABLE');
  });

  it('come before migrating an older file, in the data folder instead of beside the file', async () => {
    const { db, file } = createDbAt(2);
    db.prepare("INSERT INTO inventory (id, title, created_at, updated_at) VALUES ('0190b5c0-0000-7000-8000-000000000001', 'Oud project', 'x', 'x')").run();
    db.close();
    const oldHash = sha256(file);
    const core = makeCore();
    const opened = await core.client.call('files.open', { path: file });
    expect(opened.schemaVersion).toBe(latestSchemaVersion);
    expect(fs.readdirSync(path.dirname(file)).filter((n) => !n.endsWith('.presence.json'))).toEqual([path.basename(file)]);
    const backups = listBackups(core.session.env.config.dir, '0190b5c0-0000-7000-8000-000000000001');
    const migration = backups.find((b) => b.reason === 'migration')!;
    expect(opened.backupPath).toBe(migration.path);
    expect(migration.schemaVersion).toBe(2);
    const copy = new Database(migration.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(2);
    expect(copy.prepare('SELECT title FROM inventory').pluck().get()).toBe('Oud project');
    copy.close();
    expect(oldHash).not.toBe(sha256(file));
  });

  it('an older file is not migrated when its backup cannot be made', async () => {
    const { db, file } = createDbAt(2);
    db.prepare("INSERT INTO inventory (id, title, created_at, updated_at) VALUES ('0190b5c0-0000-7000-8000-000000000002', 'Oud', 'x', 'x')").run();
    db.close();
    const hash = sha256(file);
    const core = makeCore();
    fs.writeFileSync(path.join(core.session.env.config.dir, 'backups'), 'blocked');
    await expect(core.client.call('files.open', { path: file })).rejects.toMatchObject({ info: { code: 'BACKUP_UNWRITABLE' } });
    expect(sha256(file)).toBe(hash);
  });
});

describe('forgetting a respondent', () => {
  it('forgets them in every backup too, leaving no trace of the name in the backup files', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'avg.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'AVG' } });
    const person = await core.client.call('respondents.create', { fields: { name: 'Gerda Onvindbaar', role: 'policy', email: 'gerda@onvindbaar.nl' } });
    await core.client.call('respondents.create', { fields: { name: 'Karel Blijft', role: 'procurement' } });
    await core.client.call('backups.create', {});
    await core.client.call('backups.create', {});
    const configDir = core.session.env.config.dir;
    const inventoryId = core.session.requireFile().db.prepare('SELECT id FROM inventory').pluck().get() as string;
    const before = listBackups(configDir, inventoryId);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(fs.readFileSync(before[0]!.path).toString('latin1')).toContain('Onvindbaar');
    await core.client.call('respondents.forget', { id: person.id });
    const after = listBackups(configDir, inventoryId);
    expect(after.map((b) => b.id)).toEqual(before.map((b) => b.id));
    for (const backup of after) {
      const raw = fs.readFileSync(backup.path).toString('latin1');
      expect(raw).not.toContain('Onvindbaar');
      expect(raw).not.toContain('gerda@onvindbaar.nl');
      expect(raw).toContain('Karel Blijft');
      const db = new Database(backup.path, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT forgotten_at FROM respondents WHERE id = ?').pluck().get(person.id)).not.toBeNull();
      db.close();
    }
  });
});
