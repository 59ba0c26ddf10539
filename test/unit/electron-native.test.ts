// Electron's own copy of better-sqlite3: the core loads the configured binary (electron/core/db/native.ts), and
// scripts/electron-native.mjs names, finds and makes that copy. The real build needs the internet; its pure parts
// and its failure handling are tested here with a stand-in for the build tools.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientError } from '../../shared/contract/client';
import { nativeOptions, useNativeBinding } from '../../electron/core/db/native';
import { pathToFileURL } from 'node:url';
import { makeCore, sha256, tempDir } from '../core/helpers';

const root = path.resolve(__dirname, '../..');

type RunTool = (command: string, args: string[], options: { cwd: string; env: Record<string, string> }) => { status: number; output: string };

/** What the test uses of scripts/electron-native.mjs (a plain .mjs without type declarations, so typed here). */
interface ElectronNative {
  buildEnvironment(env: Record<string, string | undefined>): Record<string, string>;
  electronNativeBindingPath(root: string, electronVersion: string, platform?: string, arch?: string): string;
  electronNativeFolderName(electronVersion: string, platform?: string, arch?: string): string;
  electronVersionOf(root?: string): string;
  ensureElectronNativeBinding(options?: {
    root?: string;
    electronVersion?: string;
    platform?: string;
    arch?: string;
    env?: Record<string, string | undefined>;
    electron?: string;
    run?: RunTool;
    log?: (nl: string, en: string) => void;
  }): string;
  nodeGypArgs(electronVersion: string, arch?: string): string[];
  nodeGypCandidates(options?: { env?: Record<string, string | undefined>; execPath?: string; platform?: string; root?: string }): string[];
  prebuildInstallArgs(electronVersion: string, arch?: string): string[];
}

const {
  buildEnvironment,
  electronNativeBindingPath,
  electronNativeFolderName,
  electronVersionOf,
  ensureElectronNativeBinding,
  nodeGypArgs,
  nodeGypCandidates,
  prebuildInstallArgs,
} = (await import(pathToFileURL(path.join(root, 'scripts', 'electron-native.mjs')).href)) as ElectronNative;
/** The Node build `npm install` made: the only one that loads in this process. */
const nodeBuild = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

afterEach(() => useNativeBinding(null));

/** A project folder whose node_modules/better-sqlite3 is the real one, so builds and their leftovers stay in a temp folder. */
function fakeProject(): string {
  const project = tempDir();
  fs.mkdirSync(path.join(project, 'node_modules'));
  fs.symlinkSync(path.join(root, 'node_modules', 'better-sqlite3'), path.join(project, 'node_modules', 'better-sqlite3'), 'junction');
  fs.writeFileSync(path.join(project, 'package.json'), '{}');
  return project;
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

describe('the configured native binding', () => {
  it('adds nothing to the database options until one is configured, and nothing after a reset', () => {
    expect(nativeOptions()).toEqual({});
    useNativeBinding('/elders/better_sqlite3.node');
    expect(nativeOptions()).toEqual({ nativeBinding: '/elders/better_sqlite3.node' });
    useNativeBinding(null);
    expect(nativeOptions()).toEqual({});
    useNativeBinding('');
    expect(nativeOptions()).toEqual({});
  });

  it('creates, edits and reopens an inventory through the core with an explicitly named build', async () => {
    expect(fs.existsSync(nodeBuild)).toBe(true);
    useNativeBinding(nodeBuild);
    const core = makeCore();
    const file = path.join(core.dir, 'eigen-module.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Met eigen module' } });
    await core.client.call('inventory.update', { patch: { description: 'bewaard' } });
    await core.client.call('files.close');
    const opened = await core.client.call('files.open', { path: file });
    expect(opened.inventory.title).toBe('Met eigen module');
    expect(opened.inventory.description).toBe('bewaard');
  });

  it('a binding that does not exist gives an error answer, not a crash, and leaves the file as it was', async () => {
    const core = makeCore();
    const file = path.join(core.dir, 'onaangeroerd.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Onaangeroerd' } });
    await core.client.call('files.close');
    const before = sha256(file);

    useNativeBinding(path.join(core.dir, 'bestaat-niet', 'better_sqlite3.node'));
    const info = await failure(core.client.call('files.open', { path: file }));
    expect(info.code).toBe('IO_ERROR');
    expect(typeof info.message).toBe('string');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(core.dir).filter((name) => name.includes('onaangeroerd'))).toEqual(['onaangeroerd.inventaris']);
    expect(await core.client.call('files.current')).toBeNull();

    // The same core works again once the binding is reset.
    useNativeBinding(null);
    expect((await core.client.call('files.open', { path: file })).inventory.title).toBe('Onaangeroerd');
  });

  it('a binding that does not exist makes no new file either', async () => {
    const core = makeCore();
    useNativeBinding(path.join(core.dir, 'bestaat-niet.node'));
    const file = path.join(core.dir, 'nieuw.inventaris');
    const info = await failure(core.client.call('files.create', { path: file, fields: { title: 'Nieuw' } }));
    expect(info.code).toBe('IO_ERROR');
    expect(fs.readdirSync(core.dir).filter((name) => name !== 'config')).toEqual([]);
  });
});

describe('scripts/electron-native.mjs', () => {
  it('names one folder per Electron version, platform and architecture', () => {
    expect(electronNativeFolderName('41.7.1', 'linux', 'x64')).toBe('electron-41.7.1-linux-x64');
    expect(electronNativeFolderName('41.7.1', 'win32', 'arm64')).toBe('electron-41.7.1-win32-arm64');
    expect(electronNativeBindingPath('/project', '41.7.1', 'darwin', 'arm64')).toBe(
      path.join(path.resolve('/project'), '.electron-native', 'electron-41.7.1-darwin-arm64', 'better_sqlite3.node'),
    );
    for (const bad of ['../41', '', '41/7', '.']) expect(() => electronNativeFolderName(bad, 'linux', 'x64')).toThrow();
  });

  it('reads the installed Electron version', () => {
    const expected = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
    expect(electronVersionOf(root)).toBe(expected);
    expect(expected).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('asks the build tools for Electron, not for Node', () => {
    expect(prebuildInstallArgs('41.7.1', 'x64')).toEqual(['--runtime', 'electron', '--target', '41.7.1', '--arch', 'x64']);
    expect(nodeGypArgs('41.7.1', 'arm64')).toEqual(
      expect.arrayContaining(['rebuild', '--runtime=electron', '--target=41.7.1', '--arch=arm64', '--dist-url=https://electronjs.org/headers']),
    );
  });

  it("drops npm's settings that would build for Node (nodedir=/usr), keeps the rest", () => {
    const env = buildEnvironment({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.20.2',
      npm_config_runtime: 'node',
      npm_config_dist_url: 'https://nodejs.org/dist',
      npm_package_config_node_gyp_nodedir: '/usr',
      npm_config_https_proxy: 'http://proxy:8080',
      npm_config_cache: '/root/.npm',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_https_proxy: 'http://proxy:8080', npm_config_cache: '/root/.npm' });
  });

  it("looks for npm's own node-gyp first", () => {
    const posix = nodeGypCandidates({
      env: { npm_config_node_gyp: '/opt/npm/node_modules/node-gyp/bin/node-gyp.js', npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' },
      execPath: '/usr/bin/node',
      platform: 'linux',
      root: '/project',
    });
    expect(posix).toEqual([
      '/opt/npm/node_modules/node-gyp/bin/node-gyp.js',
      '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
      '/project/node_modules/node-gyp/bin/node-gyp.js',
    ]);
    const windows = nodeGypCandidates({ env: {}, execPath: 'C:\\Program Files\\nodejs\\node.exe', platform: 'win32', root: 'C:\\project' });
    expect(windows[0]).toBe('C:\\Program Files\\nodejs\\node_modules\\npm\\node_modules\\node-gyp\\bin\\node-gyp.js');
  });

  it('returns an existing copy without building anything', () => {
    const project = tempDir();
    const target = electronNativeBindingPath(project, '41.7.1', 'linux', 'x64');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, 'binary');
    const run = () => {
      throw new Error('must not build');
    };
    expect(ensureElectronNativeBinding({ root: project, electronVersion: '41.7.1', platform: 'linux', arch: 'x64', run, log: () => {} })).toBe(target);
  });

  it('when both build tools fail: a Dutch-then-English error about the internet, nothing left behind', () => {
    const project = fakeProject();
    const nodeGyp = path.join(project, 'npm', 'node-gyp.js');
    fs.mkdirSync(path.dirname(nodeGyp));
    fs.writeFileSync(nodeGyp, '');
    const calls: string[][] = [];
    const run = (_command: string, args: string[]) => {
      calls.push(args);
      return { status: 1, output: 'getaddrinfo ENOTFOUND github.com' };
    };
    let thrown: (Error & { nl?: string; en?: string; detail?: string }) | undefined;
    try {
      const env = { npm_config_node_gyp: nodeGyp, npm_config_nodedir: '/usr' };
      ensureElectronNativeBinding({ root: project, electronVersion: '41.7.1', platform: 'linux', arch: 'x64', run, log: () => {}, env });
    } catch (error) {
      thrown = error as typeof thrown;
    }
    expect(thrown?.message).toMatch(/^De databasemodule .*internetverbinding.*\nThe database module .*internet connection/s);
    expect(thrown?.detail).toContain('ENOTFOUND');
    expect(calls.map((args) => path.basename(args[0]!))).toEqual(['bin.js', 'node-gyp.js']);
    expect(calls[0]).toEqual(expect.arrayContaining(['--runtime', 'electron', '--target', '41.7.1']));
    expect(calls[1]).toEqual(expect.arrayContaining(['--target=41.7.1', '--runtime=electron']));
    expect(fs.readdirSync(path.join(project, '.electron-native'))).toEqual([]);
  });

  it('moves a build that loads into place', () => {
    const project = fakeProject();
    const run = (_command: string, args: string[], options: { cwd: string }) => {
      if (path.basename(args[0]!) !== 'bin.js') throw new Error('node-gyp is not needed when prebuild-install works');
      fs.mkdirSync(path.join(options.cwd, 'build', 'Release'), { recursive: true });
      fs.writeFileSync(path.join(options.cwd, 'build', 'Release', 'better_sqlite3.node'), 'prebuilt');
      return { status: 0, output: '' };
    };
    const target = ensureElectronNativeBinding({ root: project, electronVersion: '41.7.1', platform: 'linux', arch: 'x64', run, log: () => {} });
    expect(target).toBe(electronNativeBindingPath(project, '41.7.1', 'linux', 'x64'));
    expect(fs.readFileSync(target, 'utf8')).toBe('prebuilt');
    expect(fs.readdirSync(path.join(project, '.electron-native'))).toEqual(['electron-41.7.1-linux-x64']);
  });
});
