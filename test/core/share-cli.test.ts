// The built `inventaris share`, `backups`, `restore` and `check --passphrase-file`, run as child processes on real files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { isEncryptedContainer } from '../../electron/core/exchange/container';
import { sha256, tempDir } from './helpers';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'inventaris.js');

function inventaris(args: readonly string[], home: string, lang = 'nl_NL.UTF-8') {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, INVENTARIS_HOME: home, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'node'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 60_000);

function setUp() {
  const dir = tempDir();
  const home = path.join(dir, 'home');
  const file = path.join(dir, 'foodvalley.inventaris');
  const created = inventaris(['new', file, '--title', 'Foodvalley'], home);
  expect(created.code, created.stderr).toBe(0);
  const secret = path.join(dir, 'wachtwoord.txt');
  fs.writeFileSync(secret, 'een lang genoeg wachtwoord\n');
  return { dir, home, file, secret };
}

describe('inventaris share', () => {
  it('writes an encrypted copy that check reads with the passphrase file, and leaves the file unchanged', () => {
    const { dir, home, file, secret } = setUp();
    const hash = sha256(file);
    const out = path.join(dir, 'deel.inventaris');
    const shared = inventaris(['share', file, '--out', out, '--passphrase-file', secret], home);
    expect(shared.code, shared.stderr).toBe(0);
    expect(shared.stdout).toContain('Versleutelde kopie geschreven');
    expect(isEncryptedContainer(out)).toBe(true);
    expect(sha256(file)).toBe(hash);
    const checked = inventaris(['check', out, '--passphrase-file', secret], home);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain(`OK: ${out}`);
    const without = inventaris(['check', out], home);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('versleuteld');
    fs.writeFileSync(secret, 'verkeerd wachtwoord\n');
    const wrong = inventaris(['check', out, '--passphrase-file', secret], home, 'en_GB.UTF-8');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('The passphrase is not correct');
  });

  it('writes a plain clean copy without a passphrase, and refuses an existing target', () => {
    const { dir, home, file } = setUp();
    const out = path.join(dir, 'kopie.inventaris');
    expect(inventaris(['share', file, '--out', out], home).code).toBe(0);
    const db = new Database(out, { readonly: true });
    expect(db.prepare('SELECT title FROM inventory').pluck().get()).toBe('Foodvalley');
    db.close();
    const again = inventaris(['share', file, '--out', out], home);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('bestaat al');
  });

  it('says so when the passphrase file is missing or empty', () => {
    const { dir, home, file } = setUp();
    const empty = path.join(dir, 'leeg.txt');
    fs.writeFileSync(empty, '\n');
    const run = inventaris(['share', file, '--out', path.join(dir, 'x.inventaris'), '--passphrase-file', empty], home);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is leeg');
    expect(fs.existsSync(path.join(dir, 'x.inventaris'))).toBe(false);
    const missing = inventaris(['share', file, '--out', path.join(dir, 'x.inventaris'), '--passphrase-file', path.join(dir, 'nee.txt')], home);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('kan niet worden gelezen');
  });
});

describe('inventaris backups and restore', () => {
  it('lists backups with reason and counts, and restores one after backing up the current state', () => {
    const { home, file } = setUp();
    const none = inventaris(['backups', file], home);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toContain('nog geen back-ups');
    const listJson = () => JSON.parse(inventaris(['backups', file, '--json'], home).stdout) as { id: string; reason: string }[];
    // The restore command opens the file (making the backup on open) before it restores.
    const first = inventaris(['restore', file, 'bestaat-niet'], home);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('bestaat niet');
    const backups = listJson();
    expect(backups.map((b) => b.reason)).toEqual(['open']);
    const listed = inventaris(['backups', file], home);
    expect(listed.stdout).toContain('bij openen');
    expect(listed.stdout).toMatch(/\d+ vragen/);
    const restored = inventaris(['restore', file, backups[0]!.id], home);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`Back-up ${backups[0]!.id} is teruggezet`);
    expect(listJson().map((b) => b.reason)).toContain('restore');
  });
});

describe('inventaris merge --passphrase-file', () => {
  it('merges an encrypted share copy with the passphrase from a file', () => {
    const { dir, home, file, secret } = setUp();
    const out = path.join(dir, 'deel.inventaris');
    expect(inventaris(['share', file, '--out', out, '--passphrase-file', secret], home).code).toBe(0);
    const without = inventaris(['merge', file, out], home);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('versleuteld');
    const merged = inventaris(['merge', file, out, '--passphrase-file', secret, '--json'], home);
    expect(merged.code, merged.stderr).toBe(0);
    expect(JSON.parse(merged.stdout)).toMatchObject({ nothingNew: true });
  });
});
