// The built `inventaris` command, run as a child process the way a user runs it, against real files in a temp folder.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate } from '../../electron/core/db/file';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import packageJson from '../../package.json';
import { sha256, tempDir } from './helpers';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'inventaris.js');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cliEnv(home: string, lang = 'nl_NL.UTF-8'): NodeJS.ProcessEnv {
  return { ...process.env, INVENTARIS_HOME: home, LANG: lang, LC_ALL: '', LC_MESSAGES: '' };
}

function inventaris(args: readonly string[], options: { home?: string; lang?: string } = {}): Run {
  const home = options.home ?? path.join(tempDir(), 'home');
  const result = spawnSync(process.execPath, [bin, ...args], { env: cliEnv(home, options.lang), encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A sound inventory made by the CLI itself. */
function newInventory(dir: string, title = 'Circulair inkopen'): string {
  const file = path.join(dir, 'gemeente.inventaris');
  const run = inventaris(['new', file, '--title', title]);
  expect(run.code, run.stderr).toBe(0);
  return file;
}

beforeAll(() => {
  // Always rebuild: a stale bundle would test yesterday's CLI.
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'node'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 60_000);

describe('inventaris new and info', () => {
  it('creates a file whose facts info --json reads back', () => {
    const dir = tempDir();
    const file = path.join(dir, 'foodvalley.inventaris');
    const created = inventaris(['new', file, '--title', 'Circulair inkopen Foodvalley', '--client', 'Regio Foodvalley', '--region', 'Gelderland', '--language', 'en']);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain(`Aangemaakt: ${file}`);

    const info = inventaris(['info', file, '--json']);
    expect(info.code, info.stderr).toBe(0);
    const facts = JSON.parse(info.stdout);
    expect(facts).toMatchObject({
      path: file,
      title: 'Circulair inkopen Foodvalley',
      client: 'Regio Foodvalley',
      region: 'Gelderland',
      periodStart: '',
      periodEnd: '',
      language: 'en',
      schemaVersion: latestSchemaVersion,
      fileSize: fs.statSync(file).size,
      readOnly: false,
    });
    expect(facts.counts).toMatchObject({ organisations: 0, interviews: 0, guideSections: 9, codes: 18 });
    expect(facts.counts.changes).toBeGreaterThan(0);
  });

  it('adds the .inventaris extension and creates missing folders', () => {
    const dir = tempDir();
    const run = inventaris(['new', path.join(dir, 'nieuw', 'ede'), '--title', 'Ede']);
    expect(run.code, run.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, 'nieuw', 'ede.inventaris'))).toBe(true);
  });

  it('refuses to overwrite an existing file, which stays byte-identical', () => {
    const dir = tempDir();
    const file = newInventory(dir);
    const before = sha256(file);
    const run = inventaris(['new', file, '--title', 'Overschreven']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Er bestaat al een bestand');
    expect(sha256(file)).toBe(before);
  });

  it('info changes nothing: same bytes, no journal left behind', () => {
    const dir = tempDir();
    const file = newInventory(dir);
    const before = sha256(file);
    const run = inventaris(['info', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Titel:');
    expect(run.stdout).toContain('Circulair inkopen');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['gemeente.inventaris']);
  });

  it('info reports read-only for a file the user cannot write', () => {
    const dir = tempDir();
    const file = newInventory(dir);
    fs.chmodSync(file, 0o444);
    const run = inventaris(['info', file, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).readOnly).toBe(true);
  });

  it('info says plainly that it cannot read an older-schema file, and leaves it alone', () => {
    const dir = tempDir();
    const file = path.join(dir, 'oud.inventaris');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID | 0}`);
    migrate(db, null, 1);
    db.close();
    const before = sha256(file);
    const run = inventaris(['info', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('schemaversie 1');
    expect(run.stderr).toContain('alleen-lezen');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['oud.inventaris']);
  });
});

describe('inventaris check', () => {
  it('says OK and exits 0 on a sound file, without changing it', () => {
    const file = newInventory(tempDir());
    const before = sha256(file);
    const run = inventaris(['check', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('OK');
    expect(sha256(file)).toBe(before);
  });

  const badFiles: [string, (dir: string) => string, string][] = [
    ['random bytes', (dir) => write(dir, 'ruis.inventaris', crypto.randomBytes(5000)), 'geen SQLite-database'],
    ['an empty file', (dir) => write(dir, 'leeg.inventaris', Buffer.alloc(0)), 'geen SQLite-database'],
    [
      'a file cut off halfway',
      (dir) => {
        const good = fs.readFileSync(newInventory(dir));
        return write(dir, 'half.inventaris', good.subarray(0, Math.floor(good.length / 2)));
      },
      'beschadigd of onvolledig',
    ],
    [
      'a file cut off mid-page',
      (dir) => write(dir, 'stuk.inventaris', fs.readFileSync(newInventory(dir)).subarray(0, 5000)),
      'beschadigd of onvolledig',
    ],
    [
      'an SQLite database of another application',
      (dir) => {
        const file = path.join(dir, 'ander.inventaris');
        const db = new Database(file);
        db.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (\'Jöske\');');
        db.close();
        return file;
      },
      'van een ander programma',
    ],
    [
      'a file from a newer version',
      (dir) => {
        const file = newInventory(dir);
        const db = new Database(file);
        db.pragma(`user_version = ${latestSchemaVersion + 7}`);
        db.close();
        return file;
      },
      'nieuwere versie van Inventaris',
    ],
    [
      'a file whose pages are damaged',
      (dir) => {
        const file = newInventory(dir);
        const bytes = fs.readFileSync(file);
        // Overwrite the second page (the first table's b-tree) with garbage; the header stays valid.
        crypto.randomFillSync(bytes, 4096, 4096);
        return write(dir, 'kapot.inventaris', bytes);
      },
      'beschadigd of onvolledig',
    ],
  ];
  for (const [name, make, message] of badFiles) {
    it(`refuses ${name} with exit 1 and the reason, leaving it byte-identical`, () => {
      const dir = tempDir();
      const file = make(dir);
      const before = sha256(file);
      const listing = fs.readdirSync(dir).sort();
      const run = inventaris(['check', file]);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stdout).not.toContain('OK');
      expect(sha256(file)).toBe(before);
      expect(fs.readdirSync(dir).sort()).toEqual(listing);
    });
  }

  it('speaks English with --lang en or an English LANG', () => {
    const file = write(tempDir(), 'ruis.inventaris', crypto.randomBytes(5000));
    expect(inventaris(['check', file, '--lang', 'en']).stderr).toContain('is not an SQLite database');
    expect(inventaris(['--lang=en', 'check', file]).stderr).toContain('is not an SQLite database');
    expect(inventaris(['check', file], { lang: 'en_GB.UTF-8' }).stderr).toContain('is not an SQLite database');
  });
});

function write(dir: string, name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('usage errors', () => {
  const cases: [string, (dir: string) => string[], string][] = [
    ['no command', () => [], ''],
    ['an unknown command', () => ['opruimen'], 'onbekende opdracht opruimen'],
    ['new without --title', (dir) => ['new', path.join(dir, 'a.inventaris')], '--title'],
    ['new with an empty title', (dir) => ['new', path.join(dir, 'a.inventaris'), '--title', '  '], 'Titel is verplicht'],
    ['new with an unknown language', (dir) => ['new', path.join(dir, 'a.inventaris'), '--title', 'X', '--language', 'de'], 'de'],
    ['an unknown option', (dir) => ['new', path.join(dir, 'a.inventaris'), '--title', 'X', '--colour', 'red'], '--colour'],
    ['too many arguments', (dir) => ['check', path.join(dir, 'a'), path.join(dir, 'b')], 'te veel argumenten'],
    ['check of a file that does not exist', (dir) => ['check', path.join(dir, 'nergens.inventaris')], 'bestaat niet'],
    ['web with a port out of range', () => ['web', '--port', '70000', '--no-open'], 'poortnummer'],
    ['web with a port that is not a number', () => ['web', '--port', '80a', '--no-open'], 'poortnummer'],
    ['an unknown --lang', () => ['--lang', 'fr', 'check', 'x'], 'fr'],
  ];
  for (const [name, args, message] of cases) {
    it(`${name}: exit 2 with a message, nothing created`, () => {
      const dir = tempDir();
      const run = inventaris(args(dir));
      expect(run.code, run.stdout + run.stderr).toBe(2);
      expect(run.stderr.length).toBeGreaterThan(0);
      expect(run.stderr).toContain(message);
      expect(fs.readdirSync(dir)).toEqual([]);
    });
  }

  it('--help and --version exit 0', () => {
    const help = inventaris(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Opdrachten:');
    for (const command of ['new', 'info', 'check', 'web']) expect(help.stdout).toContain(`  ${command} `);
    const version = inventaris(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(packageJson.version);
  });
});

describe('inventaris web', () => {
  it('serves the contract at the printed address and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const file = newInventory(dir);
    const child = spawn(process.execPath, [bin, 'web', file, '--no-open'], { env: cliEnv(path.join(dir, 'home')) });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}/.exec(stdout);
        if (match && stdout.includes('Ctrl+C')) resolve(match[0]);
      });
      child.on('exit', (code) => reject(new Error(`web exited early with ${code}: ${stdout}`)));
    });
    const address = new URL(url);
    const token = address.searchParams.get('token')!;
    const reply = await fetch(new URL('/rpc/files.current', address), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Inventaris-Token': token },
      body: '{}',
    });
    expect(((await reply.json()) as { value: { path: string } }).value.path).toBe(file);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Inventaris is gestopt.');
  });

  it('refuses to start on a file that is not an inventory', () => {
    const file = write(tempDir(), 'ruis.inventaris', crypto.randomBytes(5000));
    const run = inventaris(['web', file, '--no-open']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('geen SQLite-database');
  });
});

describe('bin/inventaris.js', () => {
  it('says (in Dutch and English) to build first when the bundle is missing', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.copyFileSync(bin, path.join(dir, 'bin', 'inventaris.js'));
    const run = spawnSync(process.execPath, [path.join(dir, 'bin', 'inventaris.js'), '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run build');
    expect(run.stderr).toContain('Inventaris has not been built yet');
  });

  it('is executable', () => {
    expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
  });
});

describe('inventaris demo', () => {
  it('writes the demo inventory that info then counts, and refuses to overwrite it', () => {
    const dir = tempDir();
    const home = path.join(dir, 'home');
    const file = path.join(dir, 'demo.inventaris');
    const written = inventaris(['demo', file], { home });
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain('fictief');
    const info = inventaris(['info', file, '--json'], { home });
    expect(JSON.parse(info.stdout).counts).toMatchObject({ organisations: 8, respondents: 16, interviews: 16, sessions: 1 });
    const before = sha256(file);
    const again = inventaris(['demo', file], { home });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('bestaat al');
    expect(sha256(file)).toBe(before);
  });
});
