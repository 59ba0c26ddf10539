// `npm start` where the Electron runtime cannot be downloaded: one plain line says why (no stack trace), the full
// output is kept in a log file, and the app starts in the browser instead. With the runtime present it runs Electron.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module script without type declarations
import { reasonOf, runQuiet, start } from '../../scripts/start-lib.mjs';

const failingInstaller = path.resolve(__dirname, '../fixtures/failing-electron-install.mjs');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

interface Launch {
  readonly kind: 'web' | 'electron';
  readonly args: readonly string[];
}

function harness(overrides: Record<string, unknown> = {}, argv: readonly string[] = []) {
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-start-'));
  dirs.push(logDir);
  const printed: string[] = [];
  const launched: Launch[] = [];
  const steps = {
    build: () => 0,
    findElectron: () => null,
    installElectron: () => runQuiet(process.execPath, [failingInstaller]),
    prepareElectron: () => '/app/.electron-native/better_sqlite3.node',
    launchElectron: async (_electron: string, _binding: string, args: string[]) => {
      launched.push({ kind: 'electron', args });
      return 0;
    },
    launchWeb: async (args: string[]) => {
      launched.push({ kind: 'web', args });
      return 0;
    },
    ...overrides,
  };
  const options = { argv, logDir, say: (nl: string, en: string) => printed.push(nl, en), warn: (nl: string, en: string) => printed.push(nl, en) };
  return { run: () => start(steps, options) as Promise<number>, printed, launched, logDir };
}

describe('npm start without the Electron runtime', () => {
  it('says in one line why the download failed, shows no stack trace, and starts the app in the browser', async () => {
    const h = harness({}, ['/data/ede.inventaris']);
    expect(await h.run()).toBe(0);
    const text = h.printed.join('\n');
    expect(text).not.toMatch(/^\s*at /m);
    expect(text).not.toContain('RequestError');
    expect(text).toContain('De desktop-app (Electron) kon niet worden gedownload: getaddrinfo ENOTFOUND github.com.');
    expect(text).toContain('The desktop app (Electron) could not be downloaded: getaddrinfo ENOTFOUND github.com.');
    expect(text).toContain('Inventaris start nu in de browser.');
    expect(h.launched).toEqual([{ kind: 'web', args: ['/data/ede.inventaris'] }]);
    // The whole output is kept for whoever wants the details.
    const log = fs.readFileSync(path.join(h.logDir, 'electron-download.log'), 'utf8');
    expect(log).toContain('at ClientRequest.<anonymous>');
    expect(text).toContain(path.join(h.logDir, 'electron-download.log'));
  });

  it('also starts in the browser when the database module cannot be made for Electron', async () => {
    const h = harness({
      findElectron: () => '/app/node_modules/electron/dist/electron',
      prepareElectron: () => {
        throw Object.assign(new Error('build failed'), { nl: 'De databasemodule kon niet worden gemaakt.', en: 'The database module could not be made.', detail: 'gyp ERR! stack Error: connect ENETUNREACH' });
      },
    });
    expect(await h.run()).toBe(0);
    expect(h.launched).toEqual([{ kind: 'web', args: [] }]);
    expect(h.printed.join('\n')).not.toContain('gyp ERR!');
    expect(fs.readFileSync(path.join(h.logDir, 'electron-sqlite.log'), 'utf8')).toContain('gyp ERR!');
  });

  it('goes to the browser straight away with --web, without trying to download anything', async () => {
    let installs = 0;
    const h = harness({ installElectron: () => (installs++, { status: 1, output: '' }) }, ['--web', '/data/a.inventaris']);
    expect(await h.run()).toBe(0);
    expect(installs).toBe(0);
    expect(h.launched).toEqual([{ kind: 'web', args: ['/data/a.inventaris'] }]);
  });
});

describe('npm start with the Electron runtime', () => {
  it('runs the desktop app with the files named', async () => {
    const h = harness({ findElectron: () => '/app/electron' }, ['/data/a.inventaris']);
    expect(await h.run()).toBe(0);
    expect(h.launched).toEqual([{ kind: 'electron', args: ['/data/a.inventaris'] }]);
  });

  it('downloads it once when missing, then runs it', async () => {
    let present = false;
    const h = harness({ findElectron: () => (present ? '/app/electron' : null), installElectron: () => ((present = true), { status: 0, output: 'downloaded' }) });
    expect(await h.run()).toBe(0);
    expect(h.launched.map((l) => l.kind)).toEqual(['electron']);
  });

  it('stops when the build fails, starting nothing', async () => {
    const h = harness({ build: () => 2 });
    expect(await h.run()).toBe(1);
    expect(h.launched).toEqual([]);
  });
});

describe('the reason line', () => {
  it('is the first error message without its class name or stack', () => {
    expect(reasonOf(runQuiet(process.execPath, [failingInstaller]).output)).toBe('getaddrinfo ENOTFOUND github.com');
    expect(reasonOf('Error [ERR_SOMETHING]: it broke\n    at x (y:1:2)')).toBe('it broke');
    expect(reasonOf('plain last line\n')).toBe('plain last line');
  });
});
