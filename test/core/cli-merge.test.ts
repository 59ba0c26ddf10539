// `inventaris merge` and the schema check of `inventaris check`, run as the built command against real files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeCore, sha256, tempDir } from './helpers';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'inventaris.js');

function inventaris(args: readonly string[], home = path.join(tempDir(), 'home')) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, INVENTARIS_HOME: home, LANG: 'nl_NL.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function twoCopies() {
  const dir = tempDir();
  const file = path.join(dir, 'mijn.inventaris');
  expect(inventaris(['new', file, '--title', 'Foodvalley', '--template', 'empty']).code).toBe(0);
  const colleague = path.join(dir, 'collega.inventaris');
  fs.copyFileSync(file, colleague);
  const core = makeCore(path.join(dir, 'collega-home'));
  await core.client.call('files.open', { path: colleague });
  await core.client.call('organisations.create', { fields: { name: 'Gemeente Scherpenzeel', kind: 'municipality' } });
  await core.client.call('files.close');
  return { dir, file, colleague };
}

describe('inventaris merge', () => {
  it('merges a colleague file, prints a summary or JSON, and leaves the colleague file alone', async () => {
    const { file, colleague } = await twoCopies();
    const theirs = sha256(colleague);
    const run = inventaris(['merge', file, colleague]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/is samengevoegd met/);
    expect(run.stdout).toMatch(/Organisaties: 1 nieuw/);
    expect(run.stdout).toMatch(/Reservekopie van vóór het samenvoegen/);
    expect(sha256(colleague)).toBe(theirs);
    const again = inventaris(['merge', file, colleague, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ nothingNew: true, changes: 0 });
  });

  it('refuses a damaged colleague file with exit code 1 and changes nothing', async () => {
    const { dir, file } = await twoCopies();
    const broken = path.join(dir, 'kapot.inventaris');
    fs.writeFileSync(broken, 'dit is geen database');
    const before = sha256(file);
    const run = inventaris(['merge', file, broken]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/geen Inventaris-bestand/);
    expect(sha256(file)).toBe(before);
  });
});

describe('inventaris check', () => {
  it('refuses a file with a table dropped', async () => {
    const { file } = await twoCopies();
    const db = new Database(file);
    db.exec('DROP TABLE recommendations');
    db.close();
    const run = inventaris(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/geen geldige inventarisatie/);
    expect(run.stderr).toContain('table recommendations missing');
  });
});
