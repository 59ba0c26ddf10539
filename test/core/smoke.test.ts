import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCore } from './helpers';

describe('an inventory file', () => {
  it('is created, edited, closed and found again with its edits', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'a.inventaris');
    const created = await core.client.call('files.create', { path: file, fields: { title: 'Circulair inkopen' } });
    expect(created.inventory.title).toBe('Circulair inkopen');
    await core.client.call('inventory.update', { patch: { client: 'Living Lab', title: 'Nieuw' } });
    await core.client.call('files.close');
    const reopened = await core.client.call('files.open', { path: file });
    expect(reopened.inventory).toMatchObject({ title: 'Nieuw', client: 'Living Lab' });
    const recent = await core.client.call('files.recent');
    expect(recent.map((r) => r.path)).toEqual([file]);
  });
});

describe('the recent files list', () => {
  it('shows the title the inventory has now, not the one it had when opened', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'titel.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Oude titel' } });
    await core.client.call('inventory.update', { patch: { title: 'Nieuwe titel' } });
    expect((await core.client.call('files.recent'))[0]).toMatchObject({ path: file, title: 'Nieuwe titel', exists: true });
  });
});

describe('the demo from the start screen', () => {
  it('is written where the user asked and opened, without overwriting anything', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'voorbeeld');
    const opened = await core.client.call('files.createDemo', { path: file });
    expect(opened.path).toBe(`${file}.inventaris`);
    expect(opened.inventory.title).toBe('Inventarisatie circulair inkopen Regio Foodvalley');
    expect(await core.client.call('interviews.list')).toHaveLength(16);
    const again = await core.bridge.calls['files.createDemo']({ path: file });
    expect(again).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
  });
});
