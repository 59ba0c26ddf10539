// Every `inventaris` command speaks the chosen language (--lang, else the locale): results, errors and help text,
// commander's own words in usage lines included. Runs the real program in process, plus `web` as a child process.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/program';
import { cliCatalogues } from '../../electron/cli/messages';
import { openInventoryFile } from '../../electron/core/db/file';
import { countEntities } from '../../electron/core/inventories/inventory';
import { createDemoInventory } from '../../electron/core/demo';
import type { Language } from '../../shared/i18n/languages';
import { tempDir } from './helpers';

interface Result {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function inventaris(args: readonly string[], env: NodeJS.ProcessEnv = { LANG: 'C' }): Promise<Result> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (line) => out.push(line), err: (line) => err.push(line) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Help text with its line wrapping undone. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Words commander (or an untranslated label) would print in English. */
const englishWords = /\(default:|\b(Usage|Options|Commands|Arguments|options|command|file|choices|display help|organisations|respondents|answers|notes|sessions|recommendations|guideSections|guideQuestions|changes|Title|Counts|Dutch|missing|unknown|error)\b/;
/** Dutch words that must not leak into English output. */
const dutchWords = /\b(Gebruik|Opties|Opdrachten|Argumenten|opties|opdracht|bestand|keuze|standaard|organisaties|respondenten|antwoorden|notities|Titel|Aantallen|Nederlands|ontbreekt|onbekende|Ongeldige)\b/;
const wrongWords: Readonly<Record<Language, RegExp>> = { nl: englishWords, en: dutchWords };

const commandNames = ['new', 'demo', 'info', 'check', 'merge', 'share', 'backups', 'restore', 'web'] as const;
let demoDir = '';
let demo = '';

beforeAll(async () => {
  // One demo for the whole file (tempDir() folders go after each test).
  demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-cli-language-'));
  demo = path.join(demoDir, 'demo.inventaris');
  await createDemoInventory(demo, { configDir: path.join(demoDir, 'config') });
}, 60_000);

afterAll(() => fs.rmSync(demoDir, { recursive: true, force: true }));

describe.each(['nl', 'en'] as const)('inventaris --lang %s', (lang) => {
  const wrong = wrongWords[lang];

  it('prints the program help and every command help in that language', async () => {
    const helps = [await inventaris(['--lang', lang, '--help']), ...(await Promise.all(commandNames.map((name) => inventaris(['--lang', lang, 'help', name]))))];
    for (const help of helps) {
      expect(help.code).toBe(0);
      // Option names (--passphrase-file) are identifiers, the same in every language.
      expect(help.out.replace(/--[a-z][a-z-]*/g, '')).not.toMatch(wrong);
    }
    const [program, created] = helps;
    if (lang === 'nl') {
      expect(program!.out).toContain('Gebruik: inventaris [opties] [opdracht]');
      expect(program!.out).toContain('--lang <taal>');
      expect(created!.out).toContain('Gebruik: inventaris new [opties] <bestand>');
      expect(flat(created!.out)).toContain('(keuze uit: nl, en)');
    } else {
      expect(program!.out).toContain('Usage: inventaris [options] [command]');
      expect(created!.out).toContain('Usage: inventaris new [options] <file>');
      expect(flat(created!.out)).toContain('(one of: nl, en)');
    }
  });

  it('follows the locale when --lang is not given, and --lang wins over it', async () => {
    const locale = lang === 'nl' ? 'nl_NL.UTF-8' : 'en_GB.UTF-8';
    const other = lang === 'nl' ? 'en' : 'nl';
    const byLocale = await inventaris(['--help'], { LANG: locale });
    expect(byLocale.out).toMatch(lang === 'nl' ? /^Gebruik:/ : /^Usage:/);
    const byOption = await inventaris(['--lang', lang, '--help'], { LANG: lang === 'nl' ? 'en_GB.UTF-8' : 'nl_NL.UTF-8' });
    expect(byOption.out).toBe(byLocale.out);
    expect((await inventaris(['--lang', other, '--help'])).out).not.toBe(byLocale.out);
  });

  it('reports new, info and check in that language, names and dates included', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'rhenen.inventaris');
    const created = await inventaris(['--lang', lang, 'new', file, '--title', 'Circulair inkopen Rhenen']);
    expect(created.code, created.err).toBe(0);
    expect(created.out).toContain(lang === 'nl' ? `Aangemaakt: ${file}` : `Created: ${file}`);

    const info = await inventaris(['--lang', lang, 'info', demo]);
    expect(info.code, info.err).toBe(0);
    expect(info.out.replace(demo, '')).not.toMatch(wrong);
    if (lang === 'nl') {
      expect(info.out).toMatch(/Aantallen: +organisaties 8, respondenten 16, interviews 16, antwoorden 592, notities 71, kennissessies 1/);
      expect(info.out).toContain('2 februari 2026 – 30 juni 2026');
      expect(info.out).toMatch(/Taal: +Nederlands/);
    } else {
      expect(info.out).toMatch(/Counts: +organisations 8, respondents 16, interviews 16, answers 592, notes 71, knowledge sessions 1/);
      expect(info.out).toContain('2 February 2026 – 30 June 2026');
      expect(info.out).toMatch(/Language: +Dutch/);
    }
    // JSON keeps stable keys for scripts, whatever the language.
    const json = JSON.parse((await inventaris(['--lang', lang, 'info', demo, '--json'])).out);
    expect(json.counts.organisations).toBe(8);

    const check = await inventaris(['--lang', lang, 'check', file]);
    expect(check.code, check.err).toBe(0);
    expect(check.out).toContain(lang === 'nl' ? 'is een gave inventarisatie' : 'is a sound inventory');
  });

  it('writes the demo with a message in that language', async () => {
    const file = path.join(tempDir(), 'demo');
    const written = await inventaris(['--lang', lang, 'demo', file]);
    expect(written.code, written.err).toBe(0);
    expect(written.out).toContain(lang === 'nl' ? 'Demo-inventarisatie geschreven' : 'Demo inventory written');
  }, 60_000);

  it('gives usage errors in that language', async () => {
    const unknownOption = await inventaris(['--lang', lang, 'info', demo, '--colour']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.err).toContain(lang === 'nl' ? 'onbekende optie --colour' : 'unknown option');
    const missing = await inventaris(['--lang', lang, 'check']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(lang === 'nl' ? 'het argument bestand ontbreekt' : "missing required argument 'file'");
    const badChoice = await inventaris(['--lang', lang, 'new', path.join(tempDir(), 'a'), '--title', 'A', '--language', 'de']);
    expect(badChoice.code).toBe(2);
    expect(badChoice.err.split('\n')[0]).not.toMatch(wrong);
  });

  it('says a folder named x.inventaris is a folder, for every command that takes a file', async () => {
    const folder = path.join(tempDir(), 'x.inventaris');
    fs.mkdirSync(folder);
    const runs = [
      await inventaris(['--lang', lang, 'info', folder]),
      await inventaris(['--lang', lang, 'check', folder]),
      await inventaris(['--lang', lang, 'new', folder, '--title', 'Nieuw']),
      await inventaris(['--lang', lang, 'demo', folder]),
    ];
    for (const result of runs) {
      expect(result.code).toBe(2);
      expect(result.err).toContain(lang === 'nl' ? 'is een map' : 'is a folder');
      expect(result.err).not.toMatch(/SQLite/);
    }
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

describe('inventaris info', () => {
  it('has words in both languages for every count the core makes', () => {
    const opened = openInventoryFile(demo, { deviceId: 'cli-language-test', readOnly: true });
    const keys = Object.keys(countEntities(opened.db));
    opened.db.close();
    for (const language of ['nl', 'en'] as const) {
      for (const key of keys) expect(cliCatalogues[language], `${language} info.count.${key}`).toHaveProperty([`info.count.${key}`]);
    }
  });
});

describe('inventaris web', () => {
  it.each(['nl', 'en'] as const)('announces its address and stop key in %s', async (lang) => {
    const bin = path.resolve(__dirname, '..', '..', 'bin', 'inventaris.js');
    const child = spawn(process.execPath, [bin, '--lang', lang, 'web', '--no-open'], { env: process.env });
    const out = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (/Ctrl\+C/.test(text)) resolve(text);
      });
      child.on('exit', (code) => reject(new Error(`web exited with ${code}: ${text}`)));
    });
    const stopped = new Promise<string>((resolve) => {
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('exit', () => resolve(text));
    });
    child.kill('SIGTERM');
    const tail = await stopped;
    if (lang === 'nl') {
      expect(out).toMatch(/Inventaris draait op http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      expect(out).toContain('Druk op Ctrl+C om te stoppen.');
      expect(tail).toContain('Inventaris is gestopt.');
    } else {
      expect(out).toMatch(/Inventaris is running at http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      expect(tail).toContain('Inventaris has stopped.');
    }
  });
});
