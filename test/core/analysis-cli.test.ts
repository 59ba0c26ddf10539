// The analysis on the command line, run as a child process on the demo inventory: `analyse --json` matches the
// scoring rule computed independently from the raw rows, exports open in openpyxl and LibreOffice Calc, and search
// finds text. Every command leaves the inventory byte-identical.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoInventory } from '../../electron/core/demo';
import { makeCore, sha256, tempDir } from './helpers';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'inventaris.js');

function inventaris(args: readonly string[], lang = 'nl_NL.UTF-8') {
  const home = path.join(tempDir(), 'home');
  const result = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, INVENTARIS_HOME: home, LANG: lang, LC_ALL: '', LC_MESSAGES: '' }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function python(script: string, ...args: string[]) {
  const result = spawnSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

let demo: string;
// The demo file is shared by every test here; tempDir() folders are removed after each test, so this one is our own.
const demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-analysis-cli-'));
afterAll(() => fs.rmSync(demoDir, { recursive: true, force: true }));

beforeAll(async () => {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'node'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  demo = path.join(demoDir, 'demo.inventaris');
  await createDemoInventory(demo, { configDir: path.join(demoDir, 'config') });
}, 120_000);

/** The rule, from the raw rows: median of counted scale answers (mean of the middle two when even), rounded down. */
function expectedScores(file: string): Map<string, { suggested: number | null; answers: number }> {
  const db = new Database(file, { readonly: true });
  const questions = db
    .prepare(
      `SELECT q.id, q.dimension_id FROM guide_questions q JOIN guide_sections s ON s.id = q.section_id
       WHERE q.type = 'scale' AND q.dimension_id IS NOT NULL AND q.deleted_at IS NULL AND s.deleted_at IS NULL`,
    )
    .all() as { id: string; dimension_id: string }[];
  const dimensionOf = new Map(questions.map((q) => [q.id, q.dimension_id]));
  const interviews = new Map(
    (db.prepare('SELECT id, organisation_id, status, deleted_at FROM interviews').all() as { id: string; organisation_id: string; status: string; deleted_at: string | null }[]).map((i) => [i.id, i]),
  );
  const values = new Map<string, number[]>();
  for (const a of db.prepare('SELECT interview_id, question_id, value, no_answer FROM answers').all() as { interview_id: string; question_id: string; value: string | null; no_answer: string | null }[]) {
    const dimension = dimensionOf.get(a.question_id);
    const interview = interviews.get(a.interview_id)!;
    if (!dimension || interview.deleted_at || interview.status === 'planned' || a.no_answer || a.value === null) continue;
    const key = `${interview.organisation_id}|${dimension}`;
    values.set(key, [...(values.get(key) ?? []), JSON.parse(a.value) as number]);
  }
  db.close();
  const result = new Map<string, { suggested: number | null; answers: number }>();
  for (const [key, list] of values) {
    const sorted = [...list].sort((x, y) => x - y);
    const mid = sorted.length / 2;
    const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    result.set(key, { suggested: Math.floor(median), answers: list.length });
  }
  return result;
}

describe('inventaris analyse', () => {
  it('prints scores that match the rule exactly, with themes, and changes nothing', () => {
    const before = sha256(demo);
    const run = inventaris(['analyse', demo, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.heatmap.organisations).toHaveLength(8);
    expect(out.heatmap.dimensions.map((d: { code: string }) => d.code)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    expect(out.heatmap.cells).toHaveLength(64);
    const expected = expectedScores(demo);
    expect(expected.size).toBe(64);
    for (const cell of out.heatmap.cells) {
      const rule = expected.get(`${cell.organisationId}|${cell.dimensionId}`)!;
      expect({ suggested: cell.suggested, answers: cell.answers, score: cell.score, override: cell.override }).toEqual({ ...rule, score: rule.suggested, override: null });
    }
    expect(out.themes.length).toBeGreaterThan(10);
    for (const theme of out.themes) expect(Object.keys(theme)).toEqual(expect.arrayContaining(['codeId', 'code', 'label', 'polarity', 'segments', 'organisations']));
    expect(out.themes.reduce((sum: number, t: { segments: number }) => sum + t.segments, 0)).toBeGreaterThan(50);
    expect(sha256(demo)).toBe(before);

    const text = inventaris(['analyse', demo]);
    expect(text.stdout).toContain('Regionale mediaan');
    expect(text.stdout).toContain('Belangrijkste knelpunten');
    const english = inventaris(['--lang', 'en', 'analyse', demo, '--role', 'policy']);
    expect(english.stdout).toContain('role policy');
    expect(english.stdout).toContain('Main opportunities');
  });

  it('shows an override as the score and marks it', async () => {
    const dir = tempDir();
    const copy = path.join(dir, 'kopie.inventaris');
    fs.copyFileSync(demo, copy);
    const core = makeCore(dir);
    await core.client.call('files.open', { path: copy });
    const heatmap = await core.client.call('analysis.heatmap', {});
    const cell = heatmap.cells[0]!;
    await core.client.call('analysis.setOverride', { organisationId: cell.organisationId, dimensionId: cell.dimensionId, level: 5, reason: 'Raadsbesluit na de interviews' });
    await core.client.call('files.close');
    const out = JSON.parse(inventaris(['analyse', copy, '--json']).stdout);
    const after = out.heatmap.cells.find((c: { organisationId: string; dimensionId: string }) => c.organisationId === cell.organisationId && c.dimensionId === cell.dimensionId);
    expect(after).toMatchObject({ suggested: cell.suggested, override: 5, score: 5, reason: 'Raadsbesluit na de interviews' });
    expect(inventaris(['analyse', copy]).stdout).toContain('*5');
  });

  it('refuses a bad role as a usage error', () => {
    const run = inventaris(['analyse', demo, '--role', 'wethouder']);
    expect(run.code).toBe(2);
  });
});

describe('inventaris export', () => {
  it('writes XLSX with numbers as numbers and Dutch characters intact, read back by openpyxl', () => {
    const dir = tempDir();
    for (const what of ['answers', 'segments', 'scores']) {
      const out = path.join(dir, `${what}.xlsx`);
      const run = inventaris(['export', demo, '--what', what, '--format', 'xlsx', '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Geëxporteerd');
    }
    const scores = JSON.parse(
      python(
        'import json,sys,openpyxl\nws=openpyxl.load_workbook(sys.argv[1]).active\nrows=[[c.value for c in r] for r in ws.iter_rows()]\nprint(json.dumps(rows))',
        path.join(dir, 'scores.xlsx'),
      ),
    ) as unknown[][];
    expect(scores[0]).toEqual(['Organisatie', 'Code dimensie', 'Dimensie', 'Voorgestelde score', 'Aangepaste score', 'Reden aanpassing', 'Score', 'Aantal antwoorden']);
    expect(scores).toHaveLength(65);
    expect(scores.slice(1).every((row) => typeof row[3] === 'number' && typeof row[7] === 'number')).toBe(true);
    const answers = JSON.parse(
      python('import json,sys,openpyxl\nws=openpyxl.load_workbook(sys.argv[1]).active\nprint(json.dumps([[c.value for c in r] for r in ws.iter_rows()]))', path.join(dir, 'answers.xlsx')),
    ) as unknown[][];
    expect(answers).toHaveLength(17);
    const header = answers[0] as string[];
    const scale = header.findIndex((h) => h.startsWith('1.3 '));
    expect(answers.slice(1).some((row) => typeof row[scale] === 'number')).toBe(true);
    expect(JSON.stringify(answers)).toMatch(/[éëï]/);
    const segments = JSON.parse(python('import json,sys,openpyxl\nws=openpyxl.load_workbook(sys.argv[1]).active\nprint(json.dumps([[c.value for c in r] for r in ws.iter_rows()]))', path.join(dir, 'segments.xlsx'))) as unknown[][];
    expect(segments.length).toBeGreaterThan(50);
  });

  it('writes CSV with a byte-order mark that LibreOffice Calc reads with its Dutch characters and numbers', () => {
    const dir = tempDir();
    const out = path.join(dir, 'scores.csv');
    expect(inventaris(['export', demo, '--what', 'scores', '--format', 'csv', '--out', out]).code).toBe(0);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Calc converts the CSV (semicolons, UTF-8) to XLSX; openpyxl then sees numbers as numbers.
    const profile = path.join(dir, 'lo-profile');
    const convert = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--infilter=CSV:59,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, out], { encoding: 'utf8', timeout: 120_000 });
    expect(convert.status, convert.stderr).toBe(0);
    const rows = JSON.parse(python('import json,sys,openpyxl\nws=openpyxl.load_workbook(sys.argv[1]).active\nprint(json.dumps([[c.value for c in r] for r in ws.iter_rows()]))', path.join(dir, 'scores.xlsx'))) as unknown[][];
    expect(rows[0]![3]).toBe('Voorgestelde score');
    expect(rows.slice(1).every((row) => typeof row[7] === 'number')).toBe(true);
    expect(rows.some((row) => String(row[2]).includes('–'))).toBe(true);

    // An existing file is not overwritten without --force.
    const again = inventaris(['export', demo, '--what', 'scores', '--format', 'csv', '--out', out]);
    expect(again.code).toBe(2);
    expect(inventaris(['export', demo, '--what', 'scores', '--format', 'csv', '--out', out, '--force']).code).toBe(0);
    expect(inventaris(['export', demo, '--what', 'alles', '--format', 'csv', '--out', out]).code).toBe(2);
  });
});

describe('inventaris search', () => {
  it('finds text with highlighted hits, as JSON too, and answers hostile syntax with a message', () => {
    const run = inventaris(['search', demo, 'circulair*']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/«[Cc]irculair/);
    const json = JSON.parse(inventaris(['search', demo, '"circulaire eisen"', '--json']).stdout);
    expect(json.results.length).toBeGreaterThan(0);
    expect(json.results[0].snippet.some((p: { hit: boolean }) => p.hit)).toBe(true);
    const hostile = inventaris(['search', demo, '(*']);
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).toContain('Typ een of meer woorden');
  });
});
