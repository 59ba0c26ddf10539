// Tests never reach the user's own settings: every test file runs with settings and documents folders of its own,
// and `npm test` compares a fingerprint of the user's folders before and after the run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigStore, defaultConfigDir, defaultDocumentsDir } from '../../electron/core/config';
import { createInProcessCore } from '../../electron/core/in-process';
// @ts-expect-error plain ES module script without type declarations
import { fingerprint, userFolders } from '../../scripts/user-settings-guard.mjs';

const realFolders: string[] = userFolders({}, process.platform, os.homedir());
const inside = (dir: string, parent: string) => !path.relative(parent, dir).startsWith('..');

describe('a test file', () => {
  it('has settings, documents and temporary folders of its own, inside its own temp folder', () => {
    const home = process.env.INVENTARIS_HOME;
    const documents = process.env.INVENTARIS_DOCUMENTS;
    const root = process.env.INVENTARIS_TEST_ROOT!;
    expect(path.basename(root)).toMatch(/^inventaris-run-/);
    expect(home && inside(home, root)).toBe(true);
    expect(documents && inside(documents, root)).toBe(true);
    expect(inside(os.tmpdir(), root)).toBe(true);
    expect(fs.existsSync(os.tmpdir())).toBe(true);
    expect(defaultConfigDir()).toBe(home);
    expect(defaultDocumentsDir()).toBe(documents);
    for (const real of realFolders) {
      expect(inside(defaultConfigDir(), real)).toBe(false);
      expect(inside(defaultDocumentsDir(), real)).toBe(false);
    }
  });

  it('keeps the recent files of a core built without a settings folder in its own folder', async () => {
    const core = createInProcessCore();
    const file = path.join(process.env.INVENTARIS_DOCUMENTS!, 'zonder-map.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Zonder map' } });
    await core.client.call('files.close');
    expect(new ConfigStore(process.env.INVENTARIS_HOME).get().recent.map((r) => r.path)).toEqual([file]);
  });

  it('passes its folders on to the processes it starts', () => {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(JSON.stringify([process.env.INVENTARIS_HOME, process.env.XDG_CONFIG_HOME]))'], { encoding: 'utf8' });
    expect(JSON.parse(child.stdout)).toEqual([process.env.INVENTARIS_HOME, process.env.XDG_CONFIG_HOME]);
  });
});

describe('the fingerprint of the user folders', () => {
  it('stays the same for untouched folders and changes with any file below them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-guard-'));
    try {
      const folders = [path.join(dir, 'config'), path.join(dir, 'Documents')];
      const absent = fingerprint(folders);
      expect(fingerprint(folders)).toBe(absent);
      fs.mkdirSync(folders[0]!);
      fs.writeFileSync(path.join(folders[0]!, 'config.json'), '{"recent":[]}');
      const written = fingerprint(folders);
      expect(written).not.toBe(absent);
      fs.writeFileSync(path.join(folders[0]!, 'config.json'), '{"recent":[1]}');
      expect(fingerprint(folders)).not.toBe(written);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('covers the platform settings folder and the default documents folder', () => {
    expect(userFolders({}, 'linux', '/home/sanne')).toEqual(['/home/sanne/.config/inventaris', '/home/sanne/Documents/Inventaris']);
    expect(userFolders({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/sanne')[0]).toBe('/x/inventaris');
    expect(userFolders({}, 'darwin', '/Users/sanne')[0]).toBe('/Users/sanne/Library/Application Support/Inventaris');
  });
});
