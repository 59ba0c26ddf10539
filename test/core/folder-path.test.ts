// A folder that happens to be named like an inventory ("x.inventaris") is called a folder, not "not SQLite".
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClientError } from '../../shared/contract/client';
import { makeCore } from './helpers';

async function failure(promise: Promise<unknown>): Promise<ClientError['info']> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ClientError) return error.info;
    throw error;
  }
  throw new Error('expected the call to fail');
}

function folderNamedLikeAFile(dir: string): string {
  const folder = path.join(dir, 'x.inventaris');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'notities.txt'), 'blijft staan');
  return folder;
}

describe('a folder named x.inventaris', () => {
  it('is refused on open as a folder, in Dutch and in English, and the open file stays open', async () => {
    const core = makeCore();
    const good = path.join(core.dir, 'goed.inventaris');
    await core.client.call('files.create', { path: good, fields: { title: 'Goed' } });
    const folder = folderNamedLikeAFile(core.dir);
    const dutch = await failure(core.client.call('files.open', { path: folder }));
    expect(dutch.code).toBe('IS_FOLDER');
    expect(dutch.message).toContain('is een map');
    expect(dutch.message).not.toMatch(/SQLite/);
    await core.client.call('settings.update', { language: 'en' });
    const english = await failure(core.client.call('files.open', { path: folder }));
    expect(english.message).toContain('is a folder');
    expect((await core.client.call('files.current'))?.path).toBe(good);
    expect(fs.readdirSync(folder)).toEqual(['notities.txt']);
  });

  it('is not taken for an existing file when creating, writing the demo or saving a copy there', async () => {
    const core = makeCore();
    const folder = folderNamedLikeAFile(core.dir);
    expect((await failure(core.client.call('files.create', { path: folder, fields: { title: 'Nieuw' } }))).code).toBe('IS_FOLDER');
    expect((await failure(core.client.call('files.createDemo', { path: folder }))).code).toBe('IS_FOLDER');
    await core.client.call('files.create', { path: path.join(core.dir, 'a.inventaris'), fields: { title: 'A' } });
    const copy = await failure(core.client.call('files.saveCopy', { path: folder }));
    expect(copy.code).toBe('IS_FOLDER');
    expect(copy.message).toContain('is een map');
    expect(fs.readdirSync(folder)).toEqual(['notities.txt']);
  });
});
