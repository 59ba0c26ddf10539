// Settings and identity: the user's name is asked once, stored per installation, and recorded with every change.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ClientError } from '../../shared/contract/client';
import { ConfigStore, DEFAULT_BACKUPS_TO_KEEP, loginName } from '../../electron/core/config';
import { createInProcessCore } from '../../electron/core/in-process';
import { tempDir } from './helpers';

function freshCore() {
  const dir = tempDir();
  const core = createInProcessCore({ configDir: path.join(dir, 'config') });
  return { ...core, dir, configDir: path.join(dir, 'config') };
}

async function failure(promise: Promise<unknown>): Promise<ClientError['info']> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ClientError) return error.info;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('settings', () => {
  it('start without a name, unconfirmed, keeping ten backups', async () => {
    const core = freshCore();
    const settings = await core.client.call('settings.get');
    expect(settings).toMatchObject({ authorName: '', authorInitials: '', defaultInterviewer: '', identityConfirmed: false });
    expect(settings.backupsToKeep).toBe(DEFAULT_BACKUPS_TO_KEEP);
    expect(DEFAULT_BACKUPS_TO_KEEP).toBe(10);
  });

  it('giving a name confirms the identity, and every field survives a restart', async () => {
    const core = freshCore();
    const updated = await core.client.call('settings.update', {
      authorName: '  Sanne Jansen ',
      authorInitials: 'SJ',
      defaultInterviewer: 'Sanne Jansen en Ahmed Bakkali',
      backupsToKeep: 25,
      language: 'en',
    });
    expect(updated).toEqual({
      language: 'en',
      authorName: 'Sanne Jansen',
      authorInitials: 'SJ',
      defaultInterviewer: 'Sanne Jansen en Ahmed Bakkali',
      backupsToKeep: 25,
      identityConfirmed: true,
    });
    expect(core.emitted.at(-1)).toEqual({ event: 'settings.changed', payload: updated });
    expect(new ConfigStore(core.configDir).settings()).toEqual(updated);
  });

  it('refuse bad values with BAD_INPUT and change nothing', async () => {
    const core = freshCore();
    await core.client.call('settings.update', { authorName: 'Sanne' });
    const before = fs.readFileSync(path.join(core.configDir, 'config.json'), 'utf8');
    for (const patch of [{ backupsToKeep: -1 }, { backupsToKeep: 2.5 }, { backupsToKeep: 101 }, { authorName: '   ' }, { identityConfirmed: false }, { authorInitials: 'ABCDEFGHIJ' }]) {
      const error = await failure(core.client.call('settings.update', patch as never));
      expect(error.code, JSON.stringify(patch)).toBe('BAD_INPUT');
    }
    expect(fs.readFileSync(path.join(core.configDir, 'config.json'), 'utf8')).toBe(before);
  });

  it('forget a login name that older versions stored as the author without asking', () => {
    const configDir = path.join(tempDir(), 'config');
    fs.mkdirSync(configDir, { recursive: true });
    fs.writeFileSync(
      path.join(configDir, 'config.json'),
      JSON.stringify({ deviceId: '0190c0de-0000-7000-8000-000000000001', language: 'nl', authorName: loginName(), recent: [], lastDir: null }),
    );
    const settings = new ConfigStore(configDir).settings();
    expect(settings.authorName).toBe('');
    expect(settings.identityConfirmed).toBe(false);
    expect(settings.backupsToKeep).toBe(10);
  });
});

describe('the author of a change', () => {
  it('is the name from the settings, in the change log and as the author of a note', async () => {
    const core = freshCore();
    await core.client.call('settings.update', { authorName: 'Sanne Jansen', language: 'nl' });
    const file = path.join(core.dir, 'naam.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Eerste titel' } });
    await core.client.call('inventory.update', { patch: { title: 'Tweede titel' } });
    const note = await core.client.call('notes.create', { fields: { kind: 'observation', text: 'Inkoop kent geen circulaire criteria.' } });
    expect(note.author).toBe('Sanne Jansen');
    const db = new Database(file, { readonly: true });
    const authors = db.prepare("SELECT DISTINCT author FROM change_log").pluck().all();
    const titleAuthor = db.prepare("SELECT author FROM change_log WHERE entity = 'inventory' AND field = 'title' ORDER BY hlc DESC LIMIT 1").pluck().get();
    db.close();
    expect(titleAuthor).toBe('Sanne Jansen');
    expect(authors).toEqual(['Sanne Jansen']);
  });

  it('is the login name while no name is given (e.g. a first run from the command line)', async () => {
    const core = freshCore();
    expect(core.session.author.name).toBe(loginName());
    await core.client.call('settings.update', { authorName: 'Ahmed Bakkali' });
    expect(core.session.author.name).toBe('Ahmed Bakkali');
  });
});
