// Merging colleagues' copies through the contract, on real SQLite files: last writer wins per field, texts combine
// with diff3 or become conflicts, sets merge as sets, deletions merge, forgotten people stay forgotten.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClientError } from '../../shared/contract/client';
import { listBackups } from '../../electron/core/exchange/backups';
import { sha256 } from './helpers';
import { allText, contentOf, copiesOf } from './merge-helpers';

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ClientError) return error.info;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('merging a colleague file', () => {
  it('takes in new rows and the newest value of each field, and merging the same file twice changes nothing', async () => {
    const [a, b] = await copiesOf(2);
    const ede = await a.client.call('organisations.create', { fields: { name: 'Gemeente Ede', kind: 'municipality' } });
    await b.client.call('organisations.create', { fields: { name: 'Gemeente Wageningen', kind: 'municipality' } });
    await b.client.call('inventory.update', { patch: { client: 'Regio Foodvalley' } });
    await a.client.call('inventory.update', { patch: { region: 'Gelderland' } });

    const summary = await a.client.call('merge.run', { path: b.file });
    expect(summary.nothingNew).toBe(false);
    expect(summary.kinds.find((k) => k.entity === 'organisations')).toMatchObject({ added: 1 });
    expect(summary.backupPath && fs.existsSync(summary.backupPath)).toBe(true);
    const names = (await a.client.call('organisations.list')).map((o) => o.name).sort();
    expect(names).toEqual(['Gemeente Ede', 'Gemeente Wageningen']);
    expect(await a.client.call('inventory.get')).toMatchObject({ client: 'Regio Foodvalley', region: 'Gelderland' });

    const before = sha256(a.file);
    const again = await a.client.call('merge.run', { path: b.file });
    expect(again.nothingNew).toBe(true);
    expect(sha256(a.file)).toBe(before);

    await b.client.call('merge.run', { path: a.file });
    expect(contentOf(b.file)).toEqual(contentOf(a.file));
    expect(ede.id).toBeTruthy();
    // B's history holds its own merge and, taken over from A, the one A made.
    const history = await b.client.call('merge.history');
    expect(history).toHaveLength(2);
    expect(history.some((h) => h.author === 'Collega A' && h.sourceAuthors.includes('Collega B'))).toBe(true);
    expect(history.some((h) => h.author === 'Collega B' && h.sourceAuthors.includes('Collega A'))).toBe(true);
  });

  it('combines edits to different parts of one text and keeps overlapping edits as a conflict until resolved', async () => {
    const [a, b] = await copiesOf(2);
    const note = await a.client.call('notes.create', { fields: { kind: 'observation', text: 'Ede koopt circulair in. Het beleid is nieuw. De markt reageert traag.' } });
    await b.client.call('merge.run', { path: a.file });
    await a.client.call('notes.update', { id: note.id, patch: { text: 'Ede koopt vaak circulair in. Het beleid is nieuw. De markt reageert traag.' } });
    await b.client.call('notes.update', { id: note.id, patch: { text: 'Ede koopt circulair in. Het beleid is nieuw. De markt reageert snel.' } });
    const summary = await a.client.call('merge.run', { path: b.file });
    expect(summary.kinds.find((k) => k.entity === 'notes')).toMatchObject({ mergedTexts: 1, conflicts: 0 });
    const merged = (await a.client.call('notes.list', {})).find((n) => n.id === note.id)!;
    expect(merged.text).toBe('Ede koopt vaak circulair in. Het beleid is nieuw. De markt reageert snel.');

    await b.client.call('merge.run', { path: a.file });
    await a.client.call('notes.update', { id: note.id, patch: { text: 'Ede koopt vaak circulair in. Het beleid is oud. De markt reageert snel.' } });
    await b.client.call('notes.update', { id: note.id, patch: { text: 'Ede koopt vaak circulair in. Het beleid is herzien. De markt reageert snel.' } });
    const second = await a.client.call('merge.run', { path: b.file });
    expect(second.openConflicts).toBe(1);
    const [conflict] = await a.client.call('conflicts.list');
    expect(conflict).toMatchObject({ entity: 'notes', rowId: note.id, field: 'text' });
    expect(conflict!.versions.map((v) => v.value)).toEqual(
      expect.arrayContaining(['Ede koopt vaak circulair in. Het beleid is oud. De markt reageert snel.', 'Ede koopt vaak circulair in. Het beleid is herzien. De markt reageert snel.']),
    );
    // The other side sees the same conflict and the same shown value.
    await b.client.call('merge.run', { path: a.file });
    expect(contentOf(b.file)).toEqual(contentOf(a.file));

    const resolved = await a.client.call('conflicts.resolve', { entity: 'notes', rowId: note.id, field: 'text', value: 'Ede koopt vaak circulair in. Het beleid is herzien en oud. De markt reageert snel.' });
    expect(resolved.count).toBe(0);
    await b.client.call('merge.run', { path: a.file });
    expect(await b.client.call('conflicts.list')).toEqual([]);
    expect((await b.client.call('notes.list', {})).find((n) => n.id === note.id)!.text).toContain('herzien en oud');
  });

  it('merges sets: additions on both sides survive, and a removal wins over what the remover had seen', async () => {
    const [a, b] = await copiesOf(2);
    const people = [];
    for (const name of ['Anna de Wit', 'Bram Smit', 'Carla Kok', 'Daan Bos']) people.push(await a.client.call('respondents.create', { fields: { name, role: 'procurement' } }));
    const interview = await a.client.call('interviews.create', { fields: { respondentIds: [people[0]!.id, people[1]!.id] } });
    await b.client.call('merge.run', { path: a.file });
    await a.client.call('interviews.update', { id: interview.id, patch: { respondentIds: [people[1]!.id, people[2]!.id] } });
    await b.client.call('interviews.update', { id: interview.id, patch: { respondentIds: [people[0]!.id, people[1]!.id, people[3]!.id] } });
    await a.client.call('merge.run', { path: b.file });
    await b.client.call('merge.run', { path: a.file });
    const ids = (await a.client.call('interviews.list')).find((i) => i.id === interview.id)!.respondentIds;
    expect(new Set(ids)).toEqual(new Set([people[1]!.id, people[2]!.id, people[3]!.id]));
    expect(contentOf(b.file)).toEqual(contentOf(a.file));
  });

  it('merges deletions like any field, and a later restore wins', async () => {
    const [a, b] = await copiesOf(2);
    const org = await a.client.call('organisations.create', { fields: { name: 'Gemeente Barneveld', kind: 'municipality' } });
    await b.client.call('merge.run', { path: a.file });
    await b.client.call('organisations.delete', { id: org.id });
    const summary = await a.client.call('merge.run', { path: b.file });
    expect(summary.kinds.find((k) => k.entity === 'organisations')).toMatchObject({ deleted: 1 });
    expect(await a.client.call('organisations.list')).toEqual([]);
    await a.client.call('organisations.restore', { id: org.id });
    await b.client.call('merge.run', { path: a.file });
    expect((await b.client.call('organisations.list')).map((o) => o.id)).toEqual([org.id]);
  });

  it('keeps a forgotten respondent forgotten when an older copy still has the name', async () => {
    const [a, b] = await copiesOf(2);
    const person = await a.client.call('respondents.create', {
      fields: { name: 'Jolien Verhoef', role: 'policy', email: 'j.verhoef@example.nl', consentInterview: true, consentInterviewOn: '2019-07-23', consentRecording: true, consentRecordingOn: '2019-07-24' },
    });
    const interview = await a.client.call('interviews.create', { fields: { respondentIds: [person.id] } });
    await b.client.call('merge.run', { path: a.file });
    // The colleague's copy keeps typing the name in notes, and edits the person's details.
    await b.client.call('notes.create', { fields: { kind: 'observation', text: 'Jolien Verhoef zegt dat Verhoef het beleid trekt.', interviewId: interview.id } });
    await b.client.call('respondents.update', { id: person.id, patch: { jobTitle: 'Beleidsadviseur', phone: '0612345678' } });
    // ... and records a later consent to be quoted by name, and a changed date of the interview consent.
    await b.client.call('respondents.update', { id: person.id, patch: { consentQuoteByName: true, consentQuoteOn: '2019-08-15', consentInterviewOn: '2019-07-25' } });
    await a.client.call('respondents.forget', { id: person.id });

    await a.client.call('merge.run', { path: b.file });
    await b.client.call('merge.run', { path: a.file });
    for (const core of [a, b]) {
      const text = allText(core.file);
      expect(text).not.toContain('Jolien');
      expect(text).not.toContain('Verhoef');
      expect(text).not.toContain('0612345678');
      expect(text).not.toContain('j.verhoef@example.nl');
      // The consent records went with the person, in the rows and in the log, and the older copy did not restore them.
      for (const date of ['2019-07-23', '2019-07-24', '2019-07-25', '2019-08-15']) expect(text).not.toContain(date);
      // Nor in the raw bytes: freed space is overwritten and the search index keeps no old token.
      const bytes = fs.readFileSync(core.file).toString('latin1');
      expect(bytes).not.toContain('Verhoef');
      expect(bytes.toLowerCase()).not.toContain('verhoef');
      const stored = (await core.client.call('respondents.list')).find((r) => r.id === person.id)!;
      expect(stored.forgottenAt).not.toBeNull();
      expect(stored.jobTitle).toBe('');
      expect(stored).toMatchObject({ consentInterview: false, consentInterviewOn: '', consentRecording: false, consentRecordingOn: '', consentQuoteByName: false, consentQuoteOn: '' });
    }
    // The colleague cannot record a consent for the forgotten person afterwards either.
    expect((await failure(b.client.call('respondents.update', { id: person.id, patch: { consentQuoteByName: true } }))).code).toBe('BAD_INPUT');
    expect(contentOf(b.file)).toEqual(contentOf(a.file));
  });

  it('forgets in this inventory’s backups someone a colleague’s copy forgot, the backup before the merge too', async () => {
    const [a, b] = await copiesOf(2);
    const person = await a.client.call('respondents.create', { fields: { name: 'Hendrika Spoorloos', role: 'procurement', email: 'h.spoorloos@example.nl' } });
    await a.client.call('respondents.create', { fields: { name: 'Teun Aanwezig', role: 'policy' } });
    await b.client.call('merge.run', { path: a.file });
    await a.client.call('backups.create', {});
    await b.client.call('respondents.forget', { id: person.id });

    const summary = await a.client.call('merge.run', { path: b.file });
    expect(summary.backupPath).toBeTruthy();
    const configDir = a.session.env.config.dir;
    const inventoryId = a.session.requireFile().db.prepare('SELECT id FROM inventory').pluck().get() as string;
    const backups = listBackups(configDir, inventoryId);
    // The manual backup and the one taken before the merge.
    expect(backups.length).toBeGreaterThanOrEqual(2);
    expect(backups.some((backup) => backup.path === summary.backupPath)).toBe(true);
    for (const backup of backups) {
      const raw = fs.readFileSync(backup.path).toString('latin1');
      expect(raw).not.toContain('Spoorloos');
      expect(raw).not.toContain('h.spoorloos@example.nl');
    }
    // Only the forgotten person is gone from the backup before the merge.
    expect(fs.readFileSync(summary.backupPath!).toString('latin1')).toContain('Teun Aanwezig');
    expect(fs.readFileSync(a.file).toString('latin1')).not.toContain('Spoorloos');
  });

  it('moves coded segments along with a merged text, and flags those whose text is gone', async () => {
    const [a, b] = await copiesOf(2);
    const codeId = (await a.client.call('guide.get')).codes[0]!.id;
    const text = 'Ede koopt circulair in. Het beleid is nieuw. De markt reageert traag.';
    const note = await a.client.call('notes.create', { fields: { kind: 'observation', text } });
    const at = (t: string, word: string) => ({ start: t.indexOf(word), end: t.indexOf(word) + word.length });
    const policy = await a.client.call('segments.create', { sourceKind: 'note', sourceId: note.id, ...at(text, 'beleid is nieuw'), codeId });
    const slow = await a.client.call('segments.create', { sourceKind: 'note', sourceId: note.id, ...at(text, 'traag'), codeId });
    await b.client.call('merge.run', { path: a.file });
    // A types at the start; B types inside the first coded stretch, replaces the second one's word and codes another.
    await a.client.call('notes.update', { id: note.id, patch: { text: 'Volgens de wethouder koopt Ede circulair in. Het beleid is nieuw. De markt reageert traag.' } });
    const theirs = 'Ede koopt circulair in. Het beleid is echt nieuw. De markt reageert snel.';
    await b.client.call('notes.update', { id: note.id, patch: { text: theirs } });
    const market = await b.client.call('segments.create', { sourceKind: 'note', sourceId: note.id, ...at(theirs, 'markt'), codeId });

    await a.client.call('merge.run', { path: b.file });
    const merged = (await a.client.call('notes.list', {})).find((n) => n.id === note.id)!.text;
    expect(merged).toBe('Volgens de wethouder koopt Ede circulair in. Het beleid is echt nieuw. De markt reageert snel.');
    const segments = new Map((await a.client.call('segments.list', { sourceId: note.id })).map((s) => [s.id, s]));
    for (const id of [policy.id, market.id]) expect(merged.slice(segments.get(id)!.start, segments.get(id)!.end)).toBe(segments.get(id)!.codedText);
    expect(segments.get(policy.id)!.codedText).toBe('beleid is echt nieuw');
    expect(segments.get(market.id)!.codedText).toBe('markt');
    expect(segments.get(slow.id)!.textRemoved).toBe(true);

    // The colleague ends with the same segments.
    await b.client.call('merge.run', { path: a.file });
    expect(contentOf(b.file).coded_segments).toEqual(contentOf(a.file).coded_segments);
    expect(contentOf(b.file)).toEqual(contentOf(a.file));
  });

  it('moves segments on an answer when the colleague\'s newer text is taken over', async () => {
    const [a, b] = await copiesOf(2);
    const guide = await a.client.call('guide.get');
    const question = guide.sections.flatMap((s) => s.questions).find((q) => q.type === 'open')!;
    const interview = await a.client.call('interviews.create', { fields: {} });
    const text = 'We kopen meubels circulair in.';
    await a.client.call('answers.save', { interviewId: interview.id, questionId: question.id, value: text });
    const sourceId = `${interview.id}/${question.id}`;
    await b.client.call('merge.run', { path: a.file });
    // A codes a word the colleague never saw coded; the colleague rewrites the answer, and only their text changed.
    const segment = await a.client.call('segments.create', { sourceKind: 'answer', sourceId, start: text.indexOf('meubels'), end: text.indexOf('meubels') + 7, codeId: guide.codes[0]!.id });
    const theirs = `Sinds vorig jaar: ${text.replace('circulair', 'vaak circulair')}`;
    await b.client.call('answers.save', { interviewId: interview.id, questionId: question.id, value: theirs });
    await a.client.call('merge.run', { path: b.file });
    const [moved] = await a.client.call('segments.list', { sourceId });
    expect(moved!.id).toBe(segment.id);
    expect(moved!.codedText).toBe('meubels');
    expect(theirs.slice(moved!.start, moved!.end)).toBe('meubels');
  });

  it('takes a forgotten name out of the segments a colleague coded on it, in the rows and in the log', async () => {
    const [a, b] = await copiesOf(2);
    const codeId = (await a.client.call('guide.get')).codes[0]!.id;
    const person = await a.client.call('respondents.create', { fields: { name: 'Jolien Verhoef', role: 'policy' } });
    const text = 'Gesprek met Jolien Verhoef over inkoop.';
    const note = await a.client.call('notes.create', { fields: { kind: 'observation', text } });
    await b.client.call('merge.run', { path: a.file });
    // The colleague codes the stretch with the name and writes it in the memo; meanwhile A forgets the person.
    const start = text.indexOf('Jolien');
    await b.client.call('segments.create', { sourceKind: 'note', sourceId: note.id, start, end: text.indexOf(' over'), codeId, memo: 'Jolien Verhoef zei dit' });
    await a.client.call('respondents.forget', { id: person.id });
    await a.client.call('merge.run', { path: b.file });
    await b.client.call('merge.run', { path: a.file });
    for (const core of [a, b]) {
      expect(allText(core.file)).not.toContain('Verhoef');
      const [segment] = await core.client.call('segments.list', { sourceId: note.id });
      const merged = (await core.client.call('notes.list', {})).find((n) => n.id === note.id)!.text;
      expect(merged.slice(segment!.start, segment!.end)).toBe(segment!.codedText);
    }
    expect(contentOf(b.file)).toEqual(contentOf(a.file));
  });

  it('keeps a colleague’s segments on their words when a merge takes only part of a forgotten name out of the text', async () => {
    const [a, b] = await copiesOf(2);
    const codeId = (await a.client.call('guide.get')).codes[0]!.id;
    const person = await a.client.call('respondents.create', { fields: { name: 'Jolien Verhoef', role: 'policy' } });
    await b.client.call('merge.run', { path: a.file });
    // The colleague writes only the surname, and codes words after it; meanwhile A forgets the person.
    const text = 'Verhoef zei dat de markt traag is, volgens Verhoef al jaren.';
    const note = await b.client.call('notes.create', { fields: { kind: 'observation', text } });
    const segment = await b.client.call('segments.create', { sourceKind: 'note', sourceId: note.id, start: text.indexOf('markt'), end: text.indexOf('markt') + 11, codeId });
    await a.client.call('respondents.forget', { id: person.id });
    await b.client.call('merge.run', { path: a.file });
    await a.client.call('merge.run', { path: b.file });
    for (const core of [a, b]) {
      expect(allText(core.file)).not.toContain('Verhoef');
      const stored = (await core.client.call('notes.list', {})).find((n) => n.id === note.id)!.text;
      const found = (await core.client.call('segments.list', { sourceId: note.id })).find((s) => s.id === segment.id)!;
      expect(found.textRemoved).toBe(false);
      expect(stored.slice(found.start, found.end)).toBe('markt traag');
    }
    expect(contentOf(b.file)).toEqual(contentOf(a.file));
  });

  it('refuses a file of another inventory with a message that says so, and its own file', async () => {
    const [a] = await copiesOf(1);
    const [other] = await copiesOf(1);
    const before = sha256(a.file);
    const error = await failure(a.client.call('merge.run', { path: other!.file }));
    expect(error.code).toBe('OTHER_INVENTORY');
    expect(error.message).toMatch(/andere inventarisatie/);
    expect((await failure(a.client.call('merge.run', { path: a.file }))).code).toBe('SAME_FILE');
    expect(sha256(a.file)).toBe(before);
  });
});

describe('two windows on one file', () => {
  it('a text save that started from an older value combines with the edit made meanwhile', async () => {
    const [a] = await copiesOf(1);
    const note = await a.client.call('notes.create', { fields: { kind: 'observation', text: 'Eerste zin. Tweede zin.' } });
    // Window 1 saves on top of what it loaded.
    await a.client.call('notes.update', { id: note.id, patch: { text: 'Eerste zin, aangevuld. Tweede zin.' }, base: { text: 'Eerste zin. Tweede zin.' } });
    // Window 2 loaded the same text and saves its own edit later.
    const second = await a.client.call('notes.update', { id: note.id, patch: { text: 'Eerste zin. Tweede zin, ook aangevuld.' }, base: { text: 'Eerste zin. Tweede zin.' } });
    expect(second.text).toBe('Eerste zin, aangevuld. Tweede zin, ook aangevuld.');
    // Overlapping edits become a conflict; both texts are kept.
    await a.client.call('notes.update', { id: note.id, patch: { text: 'Eén.' }, base: { text: second.text } });
    await a.client.call('notes.update', { id: note.id, patch: { text: 'Twee.' }, base: { text: second.text } });
    const [conflict] = await a.client.call('conflicts.list');
    expect(conflict!.versions.map((v) => v.value).sort()).toEqual(['Eén.', 'Twee.']);
  });
});
