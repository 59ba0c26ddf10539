// Fieldwork through the contract on real SQLite: organisations, respondents, the guide, interviews, answers, notes.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ClientError } from '../../shared/contract/client';
import { makeCore } from './helpers';

async function openInventory(template: 'default' | 'empty' = 'default') {
  const core = makeCore();
  const file = path.join(core.dir, 'veldwerk.inventaris');
  await core.client.call('files.create', { path: file, fields: { title: 'Veldwerk' }, template });
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

describe('organisations and respondents', () => {
  it('are created, listed with counts, and a deletion can be undone', async () => {
    const { client } = await openInventory();
    const ede = await client.call('organisations.create', { fields: { name: '  Gemeente Ede ', kind: 'municipality' } });
    expect(ede.name).toBe('Gemeente Ede');
    const person = await client.call('respondents.create', {
      fields: { name: 'Fenna Vos', role: 'procurement', organisationId: ede.id, email: 'f.vos@example.nl', consentInterview: true, consentInterviewOn: '2026-03-01' },
    });
    expect(person).toMatchObject({ organisationName: 'Gemeente Ede', consentInterview: true, consentRecording: false });
    await client.call('interviews.create', { fields: { organisationId: ede.id, respondentIds: [person.id] } });
    expect((await client.call('organisations.list'))[0]).toMatchObject({ respondentCount: 1, interviewCount: 1 });

    await client.call('organisations.delete', { id: ede.id });
    expect(await client.call('organisations.list')).toEqual([]);
    expect(await client.call('organisations.list', { includeDeleted: true })).toHaveLength(1);
    await client.call('organisations.restore', { id: ede.id });
    expect((await client.call('organisations.list')).map((o) => o.name)).toEqual(['Gemeente Ede']);
  });

  it('refuse an invalid e-mail address, phone number or empty name with field messages', async () => {
    const { client } = await openInventory();
    const bad = [
      { name: 'A', role: 'policy', email: 'geen-adres' },
      { name: 'A', role: 'policy', phone: 'bel me' },
      { name: '   ', role: 'policy' },
      { name: 'A', role: 'wethouder' },
    ];
    for (const fields of bad) expect((await failure(client.call('respondents.create', { fields } as never))).code).toBe('BAD_INPUT');
    expect(await client.call('respondents.list')).toEqual([]);
  });

  it('keep emoji, right-to-left text, very long text and pasted rich text exactly as typed', async () => {
    const { client } = await openInventory();
    const notes = ['Prima 👍🏽 – “circulair” ✔', 'مرحبا بالعالم — שלום', 'x'.repeat(40_000), '<b>vet</b>\u00a0en\ttab\r\nnieuwe regel'];
    const org = await client.call('organisations.create', { fields: { name: '🏛️ Gemeente', kind: 'other' } });
    for (const text of notes) {
      const saved = await client.call('organisations.update', { id: org.id, patch: { notes: text } });
      expect(saved.notes).toBe(text);
    }
    expect((await failure(client.call('organisations.update', { id: org.id, patch: { notes: 'x'.repeat(50_001) } }))).code).toBe('BAD_INPUT');
    expect((await client.call('organisations.list'))[0]!.notes).toBe(notes.at(-1));
  });
});

describe('the guide', () => {
  it('starts from the default template: 9 sections, 8 dimensions, the codebook and level names', async () => {
    const { client } = await openInventory();
    const guide = await client.call('guide.get');
    expect(guide.sections).toHaveLength(9);
    expect(guide.dimensions.map((d) => d.code)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    expect(guide.codes.length).toBeGreaterThanOrEqual(18);
    expect(guide.levels.map((l) => l.name.nl)).toEqual(['Startend', 'Verkennend', 'Toepassend', 'Geborgd', 'Koploper']);
    const scale = guide.sections.flatMap((s) => s.questions).filter((q) => q.type === 'scale');
    for (const dimension of guide.dimensions) expect(scale.some((q) => q.dimensionId === dimension.id), dimension.code).toBe(true);
  });

  it('can start empty, still knowing the level names', async () => {
    const { client } = await openInventory('empty');
    const guide = await client.call('guide.get');
    expect(guide.sections).toEqual([]);
    expect(guide.levels).toHaveLength(5);
  });

  it('reorders sections and questions, also across sections', async () => {
    const { client } = await openInventory('empty');
    const a = await client.call('guide.createSection', { fields: { title: { nl: 'A', en: 'A' }, intro: { nl: '', en: '' } } });
    const b = await client.call('guide.createSection', { fields: { title: { nl: 'B', en: 'B' }, intro: { nl: '', en: '' } } });
    const q1 = await client.call('guide.createQuestion', { sectionId: a.id, fields: { type: 'open', text: { nl: 'Een', en: 'One' } } });
    const q2 = await client.call('guide.createQuestion', { sectionId: a.id, fields: { type: 'yesno', text: { nl: 'Twee', en: 'Two' } } });
    let guide = await client.call('guide.moveSection', { id: b.id, toIndex: 0 });
    expect(guide.sections.map((s) => s.title.nl)).toEqual(['B', 'A']);
    guide = await client.call('guide.moveQuestion', { id: q2.id, sectionId: a.id, toIndex: 0 });
    expect(guide.sections[1]!.questions.map((q) => q.text.nl)).toEqual(['Twee', 'Een']);
    guide = await client.call('guide.moveQuestion', { id: q1.id, sectionId: b.id, toIndex: 0 });
    expect(guide.sections.map((s) => s.questions.map((q) => q.text.nl))).toEqual([['Een'], ['Twee']]);
    expect(guide.sections[1]!.questions[0]!.position).toBe(0);
  });
});

describe('interviews', () => {
  async function plannedInterview(role: 'procurement' | 'policy' = 'procurement') {
    const core = await openInventory();
    const org = await core.client.call('organisations.create', { fields: { name: 'Gemeente Rhenen', kind: 'municipality' } });
    const person = await core.client.call('respondents.create', { fields: { name: 'Sanne Bakker', role, organisationId: org.id } });
    const interview = await core.client.call('interviews.create', {
      fields: { organisationId: org.id, respondentIds: [person.id], scheduledAt: '2026-03-04T09:30', mode: 'video' },
    });
    return { ...core, org, person, interview };
  }

  it('filters the guide to the respondent role and counts answered questions', async () => {
    const procurement = await plannedInterview('procurement');
    const policy = await plannedInterview('policy');
    const guide = await procurement.client.call('guide.get');
    const all = guide.sections.flatMap((s) => s.questions);
    const forRole = (role: string) => all.filter((q) => q.roles.length === 0 || q.roles.includes(role as never)).length;
    expect(procurement.interview.questionCount).toBe(forRole('procurement'));
    expect(policy.interview.questionCount).toBe(forRole('policy'));
    expect(procurement.interview.questionCount).not.toBe(all.length);
    expect(procurement.interview.answeredCount).toBe(0);
  });

  it('keeps a snapshot of the guide once held, so later guide edits do not rewrite it', async () => {
    const { client, interview } = await plannedInterview();
    const started = await client.call('interviews.start', { id: interview.id });
    expect(started).toMatchObject({ status: 'held', usesSnapshot: true });
    const before = await client.call('interviews.workspace', { id: interview.id });
    const question = before.guide.sections[0]!.questions[0]!;
    await client.call('answers.save', { interviewId: interview.id, questionId: question.id, value: 'Coalitieakkoord noemt circulair.' });
    await client.call('guide.updateQuestion', { id: question.id, patch: { text: { nl: 'Herschreven vraag', en: 'Rewritten' } } });
    await client.call('guide.deleteQuestion', { id: question.id });
    const after = await client.call('interviews.workspace', { id: interview.id });
    expect(after.guide.sections[0]!.questions[0]!.text.nl).toBe(question.text.nl);
    expect(after.answers.find((a) => a.questionId === question.id)?.value).toBe('Coalitieakkoord noemt circulair.');
    expect((await client.call('guide.get')).sections[0]!.questions.map((q) => q.id)).not.toContain(question.id);
  });

  it('stores "not applicable / don\'t know" as no value, never 0', async () => {
    const { client, interview, file } = await plannedInterview();
    const { guide } = await client.call('interviews.workspace', { id: interview.id });
    const scale = guide.sections.flatMap((s) => s.questions).find((q) => q.type === 'scale')!;
    await client.call('answers.save', { interviewId: interview.id, questionId: scale.id, value: 4 });
    const answer = await client.call('answers.save', { interviewId: interview.id, questionId: scale.id, noAnswer: 'dont_know', explanation: 'Weet het niet zeker' });
    expect(answer).toMatchObject({ value: null, noAnswer: 'dont_know', explanation: 'Weet het niet zeker' });
    const db = new Database(file, { readonly: true });
    const row = db.prepare('SELECT value, no_answer FROM answers WHERE question_id = ?').get(scale.id);
    expect(row).toEqual({ value: null, no_answer: 'dont_know' });
    db.close();
    const again = await client.call('answers.save', { interviewId: interview.id, questionId: scale.id, value: 2 });
    expect(again).toMatchObject({ value: 2, noAnswer: null, explanation: 'Weet het niet zeker' });
  });

  it('refuses answers that do not fit the question type', async () => {
    const { client, interview } = await plannedInterview();
    const { guide } = await client.call('interviews.workspace', { id: interview.id });
    const questions = guide.sections.flatMap((s) => s.questions);
    const byType = (type: string) => questions.find((q) => q.type === type)!;
    const attempts: [string, unknown][] = [
      ['scale', 0],
      ['scale', 6],
      ['scale', 2.5],
      ['single', 'bestaat-niet'],
      ['multi', ['bestaat-niet']],
      ['open', 42],
    ];
    for (const [type, value] of attempts) {
      const info = await failure(client.call('answers.save', { interviewId: interview.id, questionId: byType(type).id, value: value as never }));
      expect(info.code, `${type} ${JSON.stringify(value)}`).toBe('BAD_INPUT');
    }
    const multi = questions.find((q) => q.type === 'multi' && q.maxChoices && !q.choicesFromCodebook);
    if (multi) {
      const keys = multi.options.map((o) => o.key).slice(0, multi.maxChoices! + 1);
      if (keys.length > multi.maxChoices!) expect((await failure(client.call('answers.save', { interviewId: interview.id, questionId: multi.id, value: keys }))).code).toBe('BAD_INPUT');
    }
    expect((await client.call('interviews.workspace', { id: interview.id })).answers.filter((a) => a.value !== null)).toEqual([]);
  });

  it('logs every answer change in the change log with clock, device and author', async () => {
    const { client, interview, file } = await plannedInterview();
    const { guide } = await client.call('interviews.workspace', { id: interview.id });
    const open = guide.sections.flatMap((s) => s.questions).find((q) => q.type === 'open')!;
    await client.call('answers.save', { interviewId: interview.id, questionId: open.id, value: 'eerste' });
    await client.call('answers.save', { interviewId: interview.id, questionId: open.id, value: 'tweede' });
    const db = new Database(file, { readonly: true });
    const log = db.prepare("SELECT hlc, device_id, author, value FROM change_log WHERE entity = 'answers' AND field = 'value' ORDER BY hlc").all() as { hlc: string; author: string; value: string }[];
    db.close();
    expect(log.map((l) => JSON.parse(l.value))).toEqual(['eerste', 'tweede']);
    expect(log[0]!.author).toBe('Test');
    expect(log[0]!.hlc < log[1]!.hlc).toBe(true);
  });
});

describe('notes, knowledge sessions and recommendations', () => {
  it('link notes to an interview and a question, with codes and author', async () => {
    const { client } = await openInventory();
    const interview = await client.call('interviews.create', { fields: {} });
    const { guide } = await client.call('interviews.workspace', { id: interview.id });
    const code = guide.codes.find((c) => c.polarity === 'knelpunt')!;
    const note = await client.call('notes.create', {
      fields: { kind: 'knelpunt', text: 'Geen capaciteit voor marktconsultatie', interviewId: interview.id, questionId: guide.sections[0]!.questions[0]!.id, codeIds: [code.id] },
    });
    expect(note).toMatchObject({ author: 'Test', codeIds: [code.id] });
    expect(await client.call('notes.list', { interviewId: interview.id })).toHaveLength(1);
    expect((await client.call('interviews.list'))[0]!.noteCount).toBe(1);
    expect((await failure(client.call('notes.create', { fields: { kind: 'kans', text: 'x', codeIds: ['onbekend-id'] } }))).code).toBe('NOT_FOUND');
  });

  it('record a knowledge session with participants and outcome notes', async () => {
    const { client } = await openInventory();
    const person = await client.call('respondents.create', { fields: { name: 'Ruud Jansen', role: 'policy' } });
    const session = await client.call('sessions.create', { fields: { title: 'Kennissessie', heldOn: '2026-10-07', participantIds: [person.id] } });
    await client.call('notes.create', { fields: { kind: 'observation', text: 'Definitie circulair verschilt per gemeente', sessionId: session.id } });
    expect(await client.call('notes.list', { sessionId: session.id })).toHaveLength(1);
  });

  it('keep recommendations in an order the user can change', async () => {
    const { client } = await openInventory();
    const texts = ['Beleg eigenaarschap', 'Stel meetbare doelen', 'Start regionale inkoopgroep'];
    const made = [];
    for (const text of texts) made.push(await client.call('recommendations.create', { fields: { text, addressedTo: 'region', priority: 'high' } }));
    const moved = await client.call('recommendations.move', { id: made[2]!.id, toIndex: 0 });
    expect(moved.map((r) => r.text)).toEqual([texts[2], texts[0], texts[1]]);
  });
});

describe('forgetting a respondent', () => {
  it('removes name and contact details everywhere, including the change log, and keeps answers and notes', async () => {
    const { client, file } = await openInventory();
    const org = await client.call('organisations.create', { fields: { name: 'Gemeente Veenendaal', kind: 'municipality' } });
    const person = await client.call('respondents.create', {
      fields: {
        name: 'Marieke de Graaf',
        role: 'policy',
        organisationId: org.id,
        email: 'm.degraaf@example.nl',
        phone: '06 1234 5678',
        jobTitle: 'Opgavemanager',
        consentInterview: true,
        consentInterviewOn: '2019-07-23',
        consentQuoteByName: true,
        consentQuoteOn: '2019-07-24',
      },
    });
    await client.call('respondents.update', { id: person.id, patch: { email: 'marieke@example.nl' } });
    const interview = await client.call('interviews.create', { fields: { organisationId: org.id, respondentIds: [person.id] } });
    const { guide } = await client.call('interviews.workspace', { id: interview.id });
    const open = guide.sections.flatMap((s) => s.questions).find((q) => q.type === 'open')!;
    await client.call('answers.save', { interviewId: interview.id, questionId: open.id, value: 'Marieke de Graaf trekt het dossier', explanation: 'volgens Marieke de Graaf' });
    await client.call('notes.create', { fields: { kind: 'quote', text: '“We moeten eerder aan tafel” – Marieke de Graaf', interviewId: interview.id } });

    const forgotten = await client.call('respondents.forget', { id: person.id });
    expect(forgotten.name).toBe('Respondent beleid / duurzaamheid (Gemeente Veenendaal)');
    expect(forgotten).toMatchObject({ email: '', phone: '', jobTitle: '', role: 'policy', organisationId: org.id });
    expect(forgotten).toMatchObject({ consentInterview: false, consentInterviewOn: '', consentQuoteByName: false, consentQuoteOn: '' });
    expect(forgotten.forgottenAt).not.toBeNull();

    await client.call('files.close');
    const db = new Database(file, { readonly: true });
    const everything = JSON.stringify([
      db.prepare('SELECT * FROM respondents').all(),
      db.prepare('SELECT * FROM change_log').all(),
      db.prepare('SELECT * FROM answers').all(),
      db.prepare('SELECT * FROM notes').all(),
    ]);
    db.close();
    for (const secret of ['Marieke', 'de Graaf', 'degraaf', 'marieke@example.nl', '1234 5678', 'Opgavemanager', '2019-07-23', '2019-07-24']) expect(everything).not.toContain(secret);
    expect(everything).toContain('trekt het dossier');
    expect(everything).toContain('We moeten eerder aan tafel');
    // No trace in the raw bytes either (deleted content is overwritten).
    const bytes = (await import('node:fs')).readFileSync(file).toString('latin1');
    expect(bytes).not.toContain('Marieke');
    expect(bytes).not.toContain('m.degraaf@example.nl');
  });

  it('does not let the forgotten name be typed back in', async () => {
    const { client } = await openInventory();
    const person = await client.call('respondents.create', { fields: { name: 'Piet Smit', role: 'other' } });
    await client.call('respondents.forget', { id: person.id });
    expect((await failure(client.call('respondents.update', { id: person.id, patch: { name: 'Piet Smit' } }))).code).toBe('BAD_INPUT');
  });
});

describe('links to something deleted later', () => {
  it('stay valid when the rest of the row is edited, while new links must point at live rows', async () => {
    const { client } = await openInventory();
    const person = await client.call('respondents.create', { fields: { name: 'Els Kok', role: 'policy' } });
    const session = await client.call('sessions.create', { fields: { title: 'Kennissessie', participantIds: [person.id] } });
    const code = await client.call('codes.create', { fields: { code: 'TMP', label: { nl: 'Tijdelijk', en: 'Temporary' }, polarity: 'kans' } });
    const advice = await client.call('recommendations.create', { fields: { text: 'Advies', addressedTo: 'region', codeIds: [code.id] } });
    await client.call('respondents.delete', { id: person.id });
    await client.call('codes.delete', { id: code.id });
    const other = await client.call('respondents.create', { fields: { name: 'Tom Bos', role: 'procurement' } });
    expect((await client.call('sessions.update', { id: session.id, patch: { participantIds: [person.id, other.id], agenda: 'Agenda' } })).participantIds).toEqual([person.id, other.id]);
    expect((await client.call('recommendations.update', { id: advice.id, patch: { codeIds: [code.id], priority: 'high' } })).priority).toBe('high');
    const fresh = await client.call('sessions.create', { fields: { title: 'Tweede' } });
    expect((await failure(client.call('sessions.update', { id: fresh.id, patch: { participantIds: [person.id] } }))).code).toBe('NOT_FOUND');
  });
});

describe('maturity level names', () => {
  it('can be renamed, are logged for merging, and cannot be emptied', async () => {
    const { client, file } = await openInventory();
    const levels = await client.call('guide.updateLevel', { level: 3, name: { nl: ' Toepassend in de praktijk ', en: 'Applied' } });
    expect(levels.find((l) => l.level === 3)!.name).toEqual({ nl: 'Toepassend in de praktijk', en: 'Applied' });
    expect((await failure(client.call('guide.updateLevel', { level: 3, name: { nl: '  ', en: 'x' } }))).code).toBe('BAD_INPUT');
    expect((await failure(client.call('guide.updateLevel', { level: 6 as never, name: { nl: 'Zes', en: 'Six' } }))).code).toBe('BAD_INPUT');
    const db = new Database(file, { readonly: true });
    const logged = db.prepare("SELECT value FROM change_log WHERE entity = 'maturity_levels' AND row_id = '3'").all();
    db.close();
    expect(logged).toHaveLength(1);
  });
});

describe('two windows on the same interview', () => {
  it('each sees what the other saved, and neither loses a field the other did not touch', async () => {
    const first = await openInventory();
    const person = await first.client.call('respondents.create', { fields: { name: 'Lies Mulder', role: 'procurement' } });
    const interview = await first.client.call('interviews.create', { fields: { respondentIds: [person.id] } });
    // A second window is a second session with its own connection to the same file, as in the desktop app.
    const second = makeCore();
    await second.client.call('files.open', { path: first.file });
    const { guide } = await first.client.call('interviews.workspace', { id: interview.id });
    const [q1, q2] = guide.sections.flatMap((s) => s.questions).filter((q) => q.type === 'open');
    await first.client.call('answers.save', { interviewId: interview.id, questionId: q1!.id, value: 'uit venster één' });
    await second.client.call('answers.save', { interviewId: interview.id, questionId: q2!.id, value: 'uit venster twee' });
    await second.client.call('answers.save', { interviewId: interview.id, questionId: q1!.id, explanation: 'toelichting uit twee' });
    for (const core of [first, second]) {
      const answers = (await core.client.call('interviews.workspace', { id: interview.id })).answers;
      expect(answers.find((a) => a.questionId === q1!.id)).toMatchObject({ value: 'uit venster één', explanation: 'toelichting uit twee' });
      expect(answers.find((a) => a.questionId === q2!.id)).toMatchObject({ value: 'uit venster twee' });
    }
    second.session.close();
  });
});
