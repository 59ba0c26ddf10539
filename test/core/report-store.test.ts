// The report's options and narratives live in the file: migration 6 adds their tables, every change is in the
// change log (so they travel and merge), bad input changes nothing, and the CLI writes a report from a file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ClientError } from '../../shared/contract/client';
import { migrate } from '../../electron/core/db/file';
import { run } from '../../electron/cli/program';
import { createDemoInventory } from '../../electron/core/demo';
import { columnsOf, createDbAt, tableNames } from './db-helpers';
import { makeCore, tempDir } from './helpers';
import { copiesOf } from './merge-helpers';
import { insertEntity } from '../../electron/core/db/entities';
import { narrativeSpec } from '../../electron/core/report/store';
import { write } from '../../electron/core/unit-of-work';

async function opened() {
  const core = makeCore();
  const file = path.join(core.dir, 'opties.inventaris');
  await core.client.call('files.create', { path: file, fields: { title: 'Opties', language: 'en' } });
  return { ...core, file };
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ClientError) return error.info;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('migration 6: report', () => {
  it('adds report_options and report_narratives as STRICT tables and keeps the rows of version 5', () => {
    const { db } = createDbAt(5);
    db.prepare("INSERT INTO organisations (id, name, kind, created_at, updated_at) VALUES ('o1', 'Ede', 'municipality', 't', 't')").run();
    migrate(db, null, 6);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['report_options', 'report_narratives', 'organisations']));
    expect(columnsOf(db, 'report_narratives')).toEqual(['id', 'chapter', 'body', 'created_at', 'updated_at', 'deleted_at']);
    expect(db.prepare('SELECT name FROM organisations').pluck().all()).toEqual(['Ede']);
    expect(() => db.prepare("INSERT INTO report_options (id, quotes, created_at, updated_at) VALUES ('x', 'everyone', 't', 't')").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("INSERT INTO report_narratives (id, chapter, body, created_at, updated_at) VALUES ('n', 'summary', x'00', 't', 't')").run()).toThrow(/cannot store BLOB/);
    expect(db.pragma('user_version', { simple: true })).toBe(6);
  });
});

describe('report options', () => {
  it('start from the inventory’s language with anonymous quotes, and are stored with every change logged', async () => {
    const { client, file } = await opened();
    expect(await client.call('report.getOptions')).toMatchObject({ language: 'en', quotes: 'anonymous', chaptersOff: [], houseStyleName: '', updatedAt: '' });
    const updated = await client.call('report.updateOptions', { patch: { title: 'Eindrapport', author: 'Iris Veldhuizen', version: '0.9', reportDate: '2026-07-01', chaptersOff: ['context'] } });
    expect(updated).toMatchObject({ title: 'Eindrapport', author: 'Iris Veldhuizen', chaptersOff: ['context'], language: 'en' });
    await client.call('report.updateOptions', { patch: { quotes: 'names' } });
    await client.call('files.close');
    const db = new Database(file, { readonly: true });
    const logged = db.prepare("SELECT field, value FROM change_log WHERE entity = 'report_options' ORDER BY seq").all() as { field: string; value: string }[];
    expect(logged.filter((l) => l.field === 'title').map((l) => JSON.parse(l.value))).toEqual(['Eindrapport']);
    expect(logged.filter((l) => l.field === 'quotes').map((l) => JSON.parse(l.value))).toEqual(['anonymous', 'names']);
    expect(db.prepare('SELECT count(*) FROM report_options').pluck().get()).toBe(1);
  });

  it('refuse bad input with a clear message and change nothing', async () => {
    const { client } = await opened();
    const error = await failure(client.call('report.updateOptions', { patch: { quotes: 'everyone', reportDate: '1 juli' } as never }));
    expect(error.code).toBe('BAD_INPUT');
    expect(Object.keys(error.fields ?? {})).toEqual(expect.arrayContaining(['patch.quotes', 'patch.reportDate']));
    expect((await client.call('report.getOptions')).updatedAt).toBe('');
  });
});

describe('narratives', () => {
  it('are one text per chapter, stored and logged like other text fields', async () => {
    const { client, file } = await opened();
    const all = await client.call('report.getNarratives');
    expect(all.map((n) => n.chapter)).toEqual(['summary', 'introduction', 'method', 'context', 'findings', 'heatmap', 'opportunities', 'session', 'conclusions', 'recommendations']);
    expect(all.every((n) => n.body === '')).toBe(true);
    await client.call('report.updateNarrative', { chapter: 'conclusions', body: 'Eerste versie' });
    const saved = await client.call('report.updateNarrative', { chapter: 'conclusions', body: 'Tweede versie met **nadruk**' });
    expect(saved).toMatchObject({ chapter: 'conclusions', body: 'Tweede versie met **nadruk**' });
    await client.call('files.close');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM report_narratives').pluck().get()).toBe(1);
    const logged = db.prepare("SELECT value FROM change_log WHERE entity = 'report_narratives' AND field = 'body' ORDER BY seq").pluck().all() as string[];
    expect(logged.map((v) => JSON.parse(v))).toEqual(['Eerste versie', 'Tweede versie met **nadruk**']);
  });

  it('refuse a chapter that does not exist', async () => {
    const { client } = await opened();
    const error = await failure(client.call('report.updateNarrative', { chapter: 'epilogue', body: 'x' } as never));
    expect(error.code).toBe('BAD_INPUT');
  });
});

describe('inventaris report', () => {
  it('writes the demo report in English with the house style, leaving the inventory untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.inventaris');
    await createDemoInventory(file, { configDir: path.join(dir, 'config') });
    const before = fs.readFileSync(file);
    const out: string[] = [];
    const err: string[] = [];
    const target = path.join(dir, 'report.docx');
    const code = await run(['report', file, '--out', target, '--lang', 'en', '--names', '--template', path.join(__dirname, '../fixtures/house-style.dotx')], {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out[0]).toMatch(/^Report written: .*report\.docx \(\d+ kB, 15 chapters and appendices\)\.$/);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a house-style file that is not a Word document, with exit code 1 and no report', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.inventaris');
    await createDemoInventory(file, { configDir: path.join(dir, 'config') });
    const err: string[] = [];
    const target = path.join(dir, 'rapport.docx');
    const code = await run(['report', file, '--out', target, '--template', file], { out: () => {}, err: (line) => err.push(line) });
    expect(code).toBe(1);
    expect(err[0]).toContain('is geen bruikbaar Word-document');
    expect(fs.existsSync(target)).toBe(false);
  });
});

describe('two windows on the report', () => {
  it('combine two saves of the options and of a narrative that started from the same text', async () => {
    const { client } = await opened();
    await client.call('report.updateOptions', { patch: { subtitle: 'Eerste deel. Tweede deel.' } });
    const base = { subtitle: 'Eerste deel. Tweede deel.' };
    await client.call('report.updateOptions', { patch: { subtitle: 'Eerste deel, aangevuld. Tweede deel.' }, base });
    const options = await client.call('report.updateOptions', { patch: { subtitle: 'Eerste deel. Tweede deel, ook aangevuld.' }, base });
    expect(options.subtitle).toBe('Eerste deel, aangevuld. Tweede deel, ook aangevuld.');

    await client.call('report.updateNarrative', { chapter: 'introduction', body: 'Aanleiding.\n\nDoel.' });
    await client.call('report.updateNarrative', { chapter: 'introduction', body: 'Aanleiding: de regio.\n\nDoel.', base: 'Aanleiding.\n\nDoel.' });
    const narrative = await client.call('report.updateNarrative', { chapter: 'introduction', body: 'Aanleiding.\n\nDoel: een nulmeting.', base: 'Aanleiding.\n\nDoel.' });
    expect(narrative.body).toBe('Aanleiding: de regio.\n\nDoel: een nulmeting.');
  });

  it('keep both texts as a conflict when both windows changed the same words', async () => {
    const { client } = await opened();
    await client.call('report.updateNarrative', { chapter: 'conclusions', body: 'De regio staat aan het begin.' });
    await client.call('report.updateNarrative', { chapter: 'conclusions', body: 'De regio is op weg.', base: 'De regio staat aan het begin.' });
    await client.call('report.updateNarrative', { chapter: 'conclusions', body: 'De regio loopt voorop.', base: 'De regio staat aan het begin.' });
    const [conflict] = await client.call('conflicts.list');
    // The conflicts page names the chapter (the file is in English).
    expect(conflict).toMatchObject({ entity: 'report_narratives', field: 'body', rowLabel: 'Conclusions' });
    expect(conflict!.versions.map((v) => v.value)).toEqual(expect.arrayContaining(['De regio is op weg.', 'De regio loopt voorop.']));
  });
});

describe('narratives after a merge', () => {
  it('are one row per chapter in every copy, so a merge combines the two texts or keeps both as a conflict', async () => {
    const [a, b] = await copiesOf(2);
    await a.client.call('report.updateNarrative', { chapter: 'summary', body: 'Samenvatting van collega A.' });
    await b.client.call('report.updateNarrative', { chapter: 'summary', body: 'Samenvatting van collega B.' });
    await a.client.call('report.updateNarrative', { chapter: 'introduction', body: 'Inleiding.' });
    await b.client.call('merge.run', { path: a.file });
    await b.client.call('report.updateNarrative', { chapter: 'introduction', body: 'Inleiding, aangevuld door B.' });
    await a.client.call('merge.run', { path: b.file });
    const rows = new Database(a.file, { readonly: true });
    try {
      expect(rows.prepare("SELECT count(*) FROM report_narratives WHERE chapter = 'summary'").pluck().get()).toBe(1);
    } finally {
      rows.close();
    }
    const narratives = await a.client.call('report.getNarratives');
    expect(narratives.find((n) => n.chapter === 'introduction')!.body).toBe('Inleiding, aangevuld door B.');
    const conflict = (await a.client.call('conflicts.list')).find((c) => c.entity === 'report_narratives');
    expect(conflict!.versions.map((v) => v.value)).toEqual(expect.arrayContaining(['Samenvatting van collega A.', 'Samenvatting van collega B.']));
  });

  it('from files made before one row per chapter show both texts, and the next save keeps them in one row', async () => {
    const [a, b] = await copiesOf(2);
    // As the old code wrote them: each copy made its own row (its own id) for the chapter.
    for (const [core, body] of [
      [a, 'Tekst uit kopie A.'],
      [b, 'Tekst uit kopie B.'],
    ] as const) {
      write(core.session, ['report'], (ctx) => insertEntity(ctx.db, ctx.clock, ctx.author, narrativeSpec, { chapter: 'context', body }));
    }
    await a.client.call('merge.run', { path: b.file });
    const shown = (await a.client.call('report.getNarratives')).find((n) => n.chapter === 'context')!.body;
    expect(shown).toContain('Tekst uit kopie A.');
    expect(shown).toContain('Tekst uit kopie B.');
    const model = await a.client.call('report.preview');
    const context = JSON.stringify(model.chapters.find((c) => c.key === 'context')!.blocks);
    expect(context).toContain('Tekst uit kopie A.');
    expect(context).toContain('Tekst uit kopie B.');

    const saved = await a.client.call('report.updateNarrative', { chapter: 'context', body: `${shown}\n\nSamengevoegd.`, base: shown });
    expect(saved.body).toBe(`${shown}\n\nSamengevoegd.`);
    const db = new Database(a.file, { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) FROM report_narratives WHERE chapter = 'context' AND deleted_at IS NULL").pluck().get()).toBe(1);
      // The other row is soft-deleted, not gone: its text is still in the file.
      expect(db.prepare("SELECT count(*) FROM report_narratives WHERE chapter = 'context'").pluck().get()).toBe(2);
    } finally {
      db.close();
    }
  });
});
