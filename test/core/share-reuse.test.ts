// Reusing last project's guide, maturity model and codebook, and restoring a backup: on real files, with the
// refusals that change nothing.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/core/exchange/backups';
import { makeCore, sha256, tempDir } from './helpers';

async function previousProject() {
  const core = makeCore();
  const file = path.join(core.dir, 'vorig-project.inventaris');
  await core.client.call('files.create', { path: file, fields: { title: 'Vorig project' } });
  const guide = await core.client.call('guide.get', {});
  core.session.close();
  return { file, guide };
}

async function newProject() {
  const core = makeCore();
  const file = path.join(core.dir, 'nieuw.inventaris');
  await core.client.call('files.create', { path: file, fields: { title: 'Nieuw project' }, template: 'empty' });
  return { core, file };
}

describe('reusing a guide', () => {
  it('previews what comes in: sections with their questions, dimensions and codes', async () => {
    const previous = await previousProject();
    const { core } = await newProject();
    const preview = await core.client.call('reuse.preview', { path: previous.file });
    expect(preview.inventoryTitle).toBe('Vorig project');
    expect(preview.sameInventory).toBe(false);
    expect(preview.guide.map((s) => s.title.nl)).toEqual(previous.guide.sections.map((s) => s.title.nl));
    expect(preview.guide.flatMap((s) => s.questions).length).toBe(previous.guide.sections.flatMap((s) => s.questions).length);
    expect(preview.maturity.dimensions.map((d) => d.code)).toEqual(previous.guide.dimensions.map((d) => d.code));
    expect(preview.codebook).toHaveLength(previous.guide.codes.length);
  });

  it('imports the parts as copies with new ids, references remapped, every field in the change log', async () => {
    const previous = await previousProject();
    const { core } = await newProject();
    const result = await core.client.call('reuse.import', { path: previous.file, parts: ['guide', 'maturity', 'codebook'], mode: 'append' });
    const guide = await core.client.call('guide.get', {});
    expect(result).toMatchObject({
      sections: previous.guide.sections.length,
      questions: previous.guide.sections.flatMap((s) => s.questions).length,
      dimensions: previous.guide.dimensions.length,
      codes: previous.guide.codes.length,
    });
    const oldIds = new Set([
      ...previous.guide.sections.map((s) => s.id),
      ...previous.guide.sections.flatMap((s) => s.questions.map((q) => q.id)),
      ...previous.guide.dimensions.map((d) => d.id),
      ...previous.guide.codes.map((c) => c.id),
    ]);
    const newRows = [...guide.sections, ...guide.sections.flatMap((s) => s.questions), ...guide.dimensions, ...guide.codes];
    expect(newRows.some((row) => oldIds.has(row.id))).toBe(false);
    const dimensionIds = new Set(guide.dimensions.map((d) => d.id));
    const linked = guide.sections.flatMap((s) => s.questions).filter((q) => q.dimensionId !== null);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((q) => dimensionIds.has(q.dimensionId!))).toBe(true);
    expect(guide.levels.map((l) => l.name.nl)).toEqual(previous.guide.levels.map((l) => l.name.nl));
    const db = core.session.requireFile().db;
    const logged = db.prepare("SELECT count(DISTINCT row_id) FROM change_log WHERE entity = 'guide_questions'").pluck().get();
    expect(logged).toBe(result.questions);
    expect(listBackups(core.session.env.config.dir, guide.sections[0] ? (db.prepare('SELECT id FROM inventory').pluck().get() as string) : '')
      .find((b) => b.id === result.backupId)?.reason).toBe('import');
  });

  it('appending twice does not duplicate dimensions or codes; replace swaps the guide for the imported one', async () => {
    const previous = await previousProject();
    const { core } = await newProject();
    await core.client.call('reuse.import', { path: previous.file, parts: ['maturity', 'codebook'], mode: 'append' });
    const again = await core.client.call('reuse.import', { path: previous.file, parts: ['maturity', 'codebook'], mode: 'append' });
    expect(again.dimensions).toBe(0);
    expect(again.codes).toBe(0);
    await core.client.call('reuse.import', { path: previous.file, parts: ['guide'], mode: 'append' });
    await core.client.call('reuse.import', { path: previous.file, parts: ['guide'], mode: 'replace' });
    const guide = await core.client.call('guide.get', {});
    expect(guide.sections.map((s) => s.title.nl)).toEqual(previous.guide.sections.map((s) => s.title.nl));
    expect(guide.sections.map((s) => s.position)).toEqual(guide.sections.map((_, i) => i));
  });

  it('reads only the guide parts of another inventory, leaving that file untouched', async () => {
    const previous = await previousProject();
    const hash = sha256(previous.file);
    const { core } = await newProject();
    await core.client.call('reuse.import', { path: previous.file, parts: ['guide'], mode: 'append' });
    expect(sha256(previous.file)).toBe(hash);
    expect(await core.client.call('organisations.list', {})).toEqual([]);
  });

  it('reads an encrypted share copy with its passphrase, and asks for it without one', async () => {
    const previousCore = makeCore();
    const previousFile = path.join(previousCore.dir, 'vorig.inventaris');
    await previousCore.client.call('files.create', { path: previousFile, fields: { title: 'Vorig' } });
    const sealed = path.join(tempDir(), 'vorig-versleuteld.inventaris');
    await previousCore.client.call('share.create', { path: sealed, passphrase: 'een lang wachtwoord', passphraseRepeat: 'een lang wachtwoord' });
    const { core } = await newProject();
    await expect(core.client.call('reuse.preview', { path: sealed })).rejects.toMatchObject({ info: { code: 'PASSPHRASE_REQUIRED' } });
    const preview = await core.client.call('reuse.preview', { path: sealed, passphrase: 'een lang wachtwoord' });
    expect(preview.inventoryTitle).toBe('Vorig');
  });

  it("refuses another application's SQLite with a message that says there is no guide in it, changing nothing", async () => {
    const foreign = path.join(tempDir(), 'boekhouding.inventaris');
    const db = new Database(foreign);
    db.exec("CREATE TABLE guide_sections (id TEXT); INSERT INTO guide_sections VALUES ('x');");
    db.close();
    const foreignHash = sha256(foreign);
    const { core, file } = await newProject();
    core.session.close();
    const hash = sha256(file);
    await core.client.call('files.open', { path: file });
    const backupsBefore = fs.readdirSync(path.join(core.session.env.config.dir, 'backups')).length;
    for (const method of ['reuse.preview', 'reuse.import'] as const) {
      const input = method === 'reuse.preview' ? { path: foreign } : { path: foreign, parts: ['guide' as const], mode: 'append' as const };
      await expect(core.client.call(method, input as never)).rejects.toMatchObject({
        info: { code: 'NO_GUIDE_IN_FILE', message: expect.stringContaining('geen gespreksleidraad') },
      });
    }
    expect(sha256(foreign)).toBe(foreignHash);
    core.session.close();
    expect(sha256(file)).toBe(hash);
    expect(fs.readdirSync(path.join(core.session.env.config.dir, 'backups')).length).toBe(backupsBefore);
  });

  it('refuses a file that is not SQLite, and a damaged guide row, with a clear code', async () => {
    const { core } = await newProject();
    const text = path.join(tempDir(), 'notities.inventaris');
    fs.writeFileSync(text, 'Dit is gewoon tekst, langer dan honderd tekens zodat de kop gelezen wordt. '.repeat(3));
    await expect(core.client.call('reuse.preview', { path: text })).rejects.toMatchObject({ info: { code: 'NOT_SQLITE' } });
    const previous = await previousProject();
    const db = new Database(previous.file);
    // A crafted file: a question type the app does not know, past the table's own check.
    db.pragma('ignore_check_constraints = ON');
    db.prepare("UPDATE guide_questions SET type = 'essay' WHERE rowid = 1").run();
    db.close();
    await expect(core.client.call('reuse.preview', { path: previous.file })).rejects.toMatchObject({ info: { code: 'CORRUPT' } });
  });
});

describe('restoring a backup', () => {
  async function withTwoStates() {
    const core = makeCore();
    const file = path.join(core.dir, 'werk.inventaris');
    await core.client.call('files.create', { path: file, fields: { title: 'Werk' } });
    await core.client.call('organisations.create', { fields: { name: 'Gemeente Ede', kind: 'municipality', notes: '' } });
    const first = await core.client.call('backups.create', {});
    await core.client.call('organisations.create', { fields: { name: 'Gemeente Renswoude', kind: 'municipality', notes: '' } });
    return { core, file, first };
  }

  it('lists backups with date, reason and counts, newest first', async () => {
    const { core, first } = await withTwoStates();
    await core.client.call('backups.create', {});
    const list = await core.client.call('backups.list', {});
    expect(list.backups[0]!.counts.organisations).toBe(2);
    expect(list.backups.find((b) => b.id === first.id)!.counts.organisations).toBe(1);
    expect(list.backups.every((b) => b.reason === 'manual')).toBe(true);
    expect(list.problem).toBeNull();
    expect(list.keep).toBe(10);
  });

  it('backs up the current state first, then brings back the backup, and that can be undone', async () => {
    const { core, file, first } = await withTwoStates();
    const { restored, safety, file: reopened } = await core.client.call('backups.restore', { id: first.id });
    expect(restored.id).toBe(first.id);
    expect(safety.reason).toBe('restore');
    expect(safety.counts.organisations).toBe(2);
    expect(reopened.path).toBe(file);
    expect((await core.client.call('organisations.list', {})).map((o) => o.name)).toEqual(['Gemeente Ede']);
    await core.client.call('backups.restore', { id: safety.id });
    expect((await core.client.call('organisations.list', {})).map((o) => o.name)).toEqual(['Gemeente Ede', 'Gemeente Renswoude']);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  it('a respondent forgotten since the backup stays forgotten after restoring it', async () => {
    const core = makeCore();
    await core.client.call('files.create', { path: path.join(core.dir, 'avg.inventaris'), fields: { title: 'AVG' } });
    const person = await core.client.call('respondents.create', { fields: { name: 'Henk Vergeetmij', role: 'policy', email: 'henk@example.nl' } });
    const before = await core.client.call('backups.create', {});
    await core.client.call('respondents.forget', { id: person.id });
    await core.client.call('backups.restore', { id: before.id });
    const [restored] = await core.client.call('respondents.list', { includeDeleted: true });
    expect(restored!.forgottenAt).not.toBeNull();
    expect(restored!.name).not.toContain('Vergeetmij');
    expect(restored!.email).toBe('');
  });

  it('an unknown or damaged backup is refused and the file is unchanged', async () => {
    const { core, file, first } = await withTwoStates();
    await expect(core.client.call('backups.restore', { id: 'bestaat-niet' })).rejects.toMatchObject({ info: { code: 'BACKUP_NOT_FOUND' } });
    const entry = listBackups(core.session.env.config.dir, core.session.requireFile().db.prepare('SELECT id FROM inventory').pluck().get() as string).find(
      (b) => b.id === first.id,
    )!;
    fs.writeFileSync(entry.path, Buffer.alloc(8192, 7));
    core.session.close();
    const hash = sha256(file);
    await core.client.call('files.open', { path: file });
    await expect(core.client.call('backups.restore', { id: first.id })).rejects.toMatchObject({ info: { code: 'CORRUPT' } });
    core.session.close();
    expect(sha256(file)).toBe(hash);
  });
});
