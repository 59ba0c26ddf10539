// Shared and synced folders: presence markers (who else has the file open, stale ones, garbage), read-only or a
// personal copy instead, and sync clients' conflicted copies found beside the file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markerPath, PresenceMarkerWriter, readPresence, STALE_AFTER_MS } from '../../electron/core/exchange/presence';
import { conflictPatternOf } from '../../electron/core/exchange/sync-copies';
import { makeCore, sha256 } from './helpers';

async function openInventory(title = 'Foodvalley') {
  const core = makeCore();
  const file = path.join(core.dir, 'foodvalley.inventaris');
  await core.client.call('files.create', { path: file, fields: { title } });
  return { core, file };
}

function markersBeside(file: string): string[] {
  return fs.readdirSync(path.dirname(file)).filter((n) => n.endsWith('.presence.json'));
}

function writeMarker(file: string, fields: Record<string, unknown>, name = 'colleague'): string {
  const marker = path.join(path.dirname(file), `.${path.basename(file)}.${name}.presence.json`);
  fs.writeFileSync(
    marker,
    JSON.stringify({
      format: 'inventaris-presence',
      version: 1,
      author: 'Anna de Vries',
      deviceId: 'device-of-anna',
      deviceName: 'LAPTOP-ANNA',
      pid: 4242,
      since: new Date(Date.now() - 60_000).toISOString(),
      heartbeat: new Date().toISOString(),
      readOnly: false,
      ...fields,
    }),
  );
  return marker;
}

describe('presence markers', () => {
  it('an open file has a marker beside it with author, device and since; closing removes it', async () => {
    const { core, file } = await openInventory();
    const [name] = markersBeside(file);
    expect(name).toMatch(/^\.foodvalley\.inventaris\..+\.presence\.json$/);
    const marker = JSON.parse(fs.readFileSync(path.join(path.dirname(file), name!), 'utf8'));
    expect(marker).toMatchObject({ author: 'Test', deviceId: core.session.author.deviceId, pid: process.pid, readOnly: false });
    expect(Date.parse(marker.since)).toBeLessThanOrEqual(Date.parse(marker.heartbeat));
    core.session.close();
    expect(markersBeside(file)).toEqual([]);
  });

  it('says who else has the file open, and not this window itself', async () => {
    const { core, file } = await openInventory();
    expect((await core.client.call('presence.status', {})).others).toEqual([]);
    writeMarker(file, {});
    const status = await core.client.call('presence.status', {});
    expect(status.others).toEqual([
      expect.objectContaining({ author: 'Anna de Vries', device: 'LAPTOP-ANNA', sameDevice: false, readOnly: false }),
    ]);
  });

  it('another window of this installation on the same file counts as someone else', async () => {
    const { core, file } = await openInventory();
    const second = new PresenceMarkerWriter(file, { author: 'Test', deviceId: core.session.author.deviceId, readOnly: false }).start();
    try {
      const status = await core.client.call('presence.status', {});
      expect(status.others).toEqual([expect.objectContaining({ sameDevice: true, author: 'Test' })]);
    } finally {
      second.stop();
    }
  });

  it('recognises a stale marker by its heartbeat, and one of a crashed process on this device by its pid', async () => {
    const { core, file } = await openInventory();
    const old = writeMarker(file, { heartbeat: new Date(Date.now() - STALE_AFTER_MS - 60_000).toISOString() }, 'stale');
    // A pid that cannot be running: beyond the kernel's pid range.
    const crashed = writeMarker(file, { deviceId: core.session.author.deviceId, pid: 2 ** 30 }, 'crashed');
    expect((await core.client.call('presence.status', {})).others).toEqual([]);
    // Only this device's own leftover is cleaned up; a colleague's marker is left for their app.
    expect(fs.existsSync(crashed)).toBe(false);
    expect(fs.existsSync(old)).toBe(true);
  });

  it('a marker with garbage in it is reported as unreadable, ignored, and left unchanged', async () => {
    const { core, file } = await openInventory();
    const garbage = path.join(path.dirname(file), '.foodvalley.inventaris.rommel.presence.json');
    fs.writeFileSync(garbage, '\u0000\u0001{"format": "inventaris-presence", "pid": "drop table');
    const wrongShape = writeMarker(file, { pid: -1, author: 42 }, 'wrong');
    const hashes = [sha256(garbage), sha256(wrongShape)];
    const status = await core.client.call('presence.status', {});
    expect(status.others).toEqual([]);
    expect(status.unreadable.sort()).toEqual([path.basename(garbage), path.basename(wrongShape)].sort());
    expect([sha256(garbage), sha256(wrongShape)]).toEqual(hashes);
  });

  it('readPresence on a folder that is gone answers nobody instead of failing', () => {
    expect(readPresence('/nonexistent/folder/x.inventaris', 'd', null)).toEqual({ others: [], unreadable: [] });
    expect(path.basename(markerPath('/a/x.inventaris', 'd', '1-abc'))).toMatch(/^\.x\.inventaris\.[0-9a-f]{12}-1-abc\.presence\.json$/);
  });
});

describe('instead of two people writing one file', () => {
  it('reopens the file read-only on request, with a read-only marker', async () => {
    const { core, file } = await openInventory();
    writeMarker(file, {});
    const hash = sha256(file);
    const reopened = await core.client.call('presence.reopenReadOnly', {});
    expect(reopened.readOnly).toBe(true);
    await expect(core.client.call('organisations.create', { fields: { name: 'Ede', kind: 'municipality', notes: '' } })).rejects.toMatchObject({
      info: { code: 'READ_ONLY' },
    });
    expect(sha256(file)).toBe(hash);
    const own = markersBeside(file)
      .map((n) => JSON.parse(fs.readFileSync(path.join(path.dirname(file), n), 'utf8')))
      .find((m) => m.deviceId === core.session.author.deviceId);
    expect(own.readOnly).toBe(true);
  });

  it('makes a personal copy beside the file, named after the author, and opens that', async () => {
    const { core, file } = await openInventory();
    await core.client.call('organisations.create', { fields: { name: 'Gemeente Ede', kind: 'municipality', notes: '' } });
    const hash = sha256(file);
    const copy = await core.client.call('presence.personalCopy', {});
    expect(copy.path).toBe(path.join(path.dirname(file), 'foodvalley (kopie Test).inventaris'));
    expect(copy.inventory.id).not.toBe('');
    await core.client.call('organisations.create', { fields: { name: 'Gemeente Barneveld', kind: 'municipality', notes: '' } });
    expect(sha256(file)).toBe(hash);
    expect((await core.client.call('organisations.list', {})).map((o) => o.name)).toEqual(['Gemeente Barneveld', 'Gemeente Ede']);
  });
});

describe("sync clients' conflicted copies", () => {
  it.each([
    ['foodvalley (conflicted copy 2026-12-01)', 'dropbox'],
    ["foodvalley (Anna's conflicted copy 2026-12-01)", 'dropbox'],
    ['foodvalley (conflicterende kopie van Anna 2026-12-01)', 'dropbox'],
    ['foodvalley (Conflicterende kopie van Anna de Wit 2026-12-01)', 'dropbox'],
    ['foodvalley (Case Conflict)', 'dropbox'],
    ['foodvalley (conflicted copy 2026-12-01 101530)', 'nextcloud'],
    ['foodvalley_conflict-20261201-101530', 'nextcloud'],
    ['foodvalley-LAPTOP-1234', 'onedrive'],
    ['foodvalley-DESKTOP-AB12CD', 'onedrive'],
    ['foodvalley-DESKTOP-7Q2M4KD-2', 'onedrive'],
    ['foodvalley-GEM-NB0042', 'onedrive'],
    ['foodvalley (1)', 'google-drive'],
    ['foodvalley(2)', 'google-drive'],
    ['foodvalley.sync-conflict-20261201-101530-ABCDEFG', 'syncthing'],
    ['foodvalley.sync-conflict-20261201-101530', 'syncthing'],
  ])('"%s" is recognised (%s)', (name, pattern) => {
    expect(conflictPatternOf('foodvalley', name)).toBe(pattern);
  });

  // Names people choose for copies on purpose are not sync conflicts.
  it.each([
    ['foodvalley'],
    ['foodvalley 2026 eindrapport'],
    ['foodvalleyregio'],
    ['andere (1)'],
    ['foodvalley (gedeeld)'],
    ['foodvalley-collega'],
    ['foodvalley-Anna'],
    ['foodvalley-concept-v2'],
    ['foodvalley-2026'],
    ['foodvalley-Q3'],
    ['foodvalley 2'],
    ['foodvalley - kopie'],
    ['foodvalley - Copy'],
    ['foodvalley (kopie Test)'],
    ['foodvalley (copy)'],
  ])('"%s" is not', (name) => {
    expect(conflictPatternOf('foodvalley', name)).toBeNull();
  });

  it('are found when the file opens, but only copies of the same inventory', async () => {
    const { core, file } = await openInventory();
    const dir = path.dirname(file);
    // Two copies a colleague's laptop went on editing, and one that holds nothing new.
    for (const name of ['foodvalley (conflicted copy 2026-12-01)', 'foodvalley-LAPTOP-1234']) {
      const copy = path.join(dir, `${name}.inventaris`);
      await core.client.call('share.create', { path: copy });
      const colleague = makeCore();
      await colleague.client.call('files.open', { path: copy });
      await colleague.client.call('organisations.create', { fields: { name: `Gemeente uit ${name}`, kind: 'municipality', notes: '' } });
      colleague.session.close();
    }
    await core.client.call('share.create', { path: path.join(dir, 'foodvalley-DESKTOP-AB12CD.inventaris') });
    // A copy on purpose, with a name a person chose: never offered as a conflict.
    await core.client.call('share.create', { path: path.join(dir, 'foodvalley-collega.inventaris') });
    // Same name pattern, different inventory: never offered.
    const other = makeCore();
    await other.client.call('files.create', { path: path.join(dir, 'foodvalley (1).inventaris'), fields: { title: 'Iets anders' } });
    other.session.close();
    fs.writeFileSync(path.join(dir, 'foodvalley (2).inventaris'), 'not a database at all, just text');
    const status = await core.client.call('presence.status', {});
    expect(status.conflictedCopies.map((c) => [c.fileName, c.pattern]).sort()).toEqual([
      ['foodvalley (conflicted copy 2026-12-01).inventaris', 'dropbox'],
      ['foodvalley-LAPTOP-1234.inventaris', 'onedrive'],
    ]);

    // Once merged, a copy is not offered again, also not after the file is opened anew.
    await core.client.call('merge.run', { path: path.join(dir, 'foodvalley (conflicted copy 2026-12-01).inventaris') });
    const names = async () => (await core.client.call('presence.status', {})).conflictedCopies.map((c) => c.fileName);
    expect(await names()).toEqual(['foodvalley-LAPTOP-1234.inventaris']);
    await core.client.call('files.close');
    await core.client.call('files.open', { path: file });
    expect(await names()).toEqual(['foodvalley-LAPTOP-1234.inventaris']);
  });
});
