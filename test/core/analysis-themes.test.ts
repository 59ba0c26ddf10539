// Themes, coded segments and quotes on real files: counts per code and organisation (segments, whole-note codes and
// codebook-choice answers), per role, the mentions behind each count, and the anonymised labels of quotes.
import { describe, expect, it } from 'vitest';
import { anonymisedLabel, letterOf } from '../../electron/core/analysis/common';
import { analysisInventory, failure } from './analysis-helpers';

describe('themes', () => {
  it('count segments, whole-note codes and codebook choices per code and organisation, and per role', async () => {
    const inv = await analysisInventory();
    const { client, ede, wageningen, people, code } = inv;
    const edeProc = await inv.interview(ede.id, [people.edeInkoop.id]);
    const wagPolicy = await inv.interview(wageningen.id, [people.wagBeleid.id]);
    const cap = code('CAP');
    const kosten = code('KOSTEN');
    const kans = code('REGIO');
    // A whole-note code, a segment in a note and a segment in an open answer.
    const note = await client.call('notes.create', { fields: { kind: 'knelpunt', text: 'Geen tijd om eisen uit te werken.', interviewId: edeProc, codeIds: [cap.id] } });
    await client.call('segments.create', { sourceKind: 'note', sourceId: note.id, start: 0, end: 9, codeId: kosten.id });
    await inv.answer(edeProc, '2.5', 'De inkoper trekt het alleen; geen tijd voor marktconsultaties.');
    const answerId = `${edeProc}/${inv.question('2.5').id}`;
    await client.call('segments.create', { sourceKind: 'answer', sourceId: answerId, start: 29, end: 62, codeId: cap.id });
    // A codebook-choice answer (9.2: which knelpunten weigh most).
    await inv.answer(wagPolicy, '9.2', [cap.id, kosten.id]);
    await client.call('notes.create', { fields: { kind: 'kans', text: 'Samen met de regio aanbesteden.', interviewId: wagPolicy, codeIds: [kans.id] } });

    const themes = await client.call('analysis.themes', {});
    const theme = (id: string) => themes.codes.find((c) => c.codeId === id)!;
    expect(theme(cap.id)).toMatchObject({ segments: 3, organisations: 2, byRole: { procurement: 2, policy: 1 } });
    expect(theme(kosten.id)).toMatchObject({ segments: 2, organisations: 2 });
    expect(themes.cells).toContainEqual({ codeId: cap.id, organisationId: ede.id, segments: 2 });
    expect(themes.cells).toContainEqual({ codeId: cap.id, organisationId: wageningen.id, segments: 1 });
    expect(themes.top.knelpunten[0]).toBe(cap.id);
    expect(themes.top.kansen).toContain(kans.id);
    expect(themes.top.policy.knelpunten).toEqual(expect.arrayContaining([cap.id, kosten.id]));
    expect(themes.top.procurement.kansen).not.toContain(kans.id);

    const policyOnly = await client.call('analysis.themes', { role: 'policy' });
    expect(policyOnly.codes.find((c) => c.codeId === cap.id)).toMatchObject({ segments: 1, organisations: 1 });

    const behind = await client.call('analysis.mentions', { codeId: cap.id, organisationId: ede.id });
    expect(behind.map((m) => m.origin).sort()).toEqual(['note', 'segment']);
    expect(behind.find((m) => m.origin === 'segment')!.text).toBe('geen tijd voor marktconsultaties.');
    const choices = await client.call('analysis.mentions', { codeId: kosten.id, organisationId: wageningen.id });
    expect(choices).toMatchObject([{ origin: 'choice', respondentRoles: ['policy'] }]);

    // Deleting the note removes its mentions; restoring brings them back.
    await client.call('notes.delete', { id: note.id });
    expect((await client.call('analysis.themes', {})).codes.find((c) => c.codeId === cap.id)!.segments).toBe(2);
    await client.call('notes.restore', { id: note.id });
    expect((await client.call('analysis.themes', {})).codes.find((c) => c.codeId === cap.id)!.segments).toBe(3);
  });
});

describe('themes of codes that can be either', () => {
  it('count a kans-or-knelpunt code by its note kind, and in both lists where the context does not say', async () => {
    const inv = await analysisInventory();
    const { client, ede, wageningen, people, code } = inv;
    const a = await inv.interview(ede.id, [people.edeInkoop.id]);
    const b = await inv.interview(wageningen.id, [people.wagInkoop.id]);
    const doel = code('DOEL'); // polarity 'both'
    await client.call('notes.create', { fields: { kind: 'kans', text: 'Nieuwe doelen in het coalitieakkoord.', interviewId: a, codeIds: [doel.id] } });
    await client.call('notes.create', { fields: { kind: 'knelpunt', text: 'Doelen zijn vaag.', interviewId: b, codeIds: [doel.id] } });
    await client.call('notes.create', { fields: { kind: 'observation', text: 'Doelen besproken.', interviewId: b, codeIds: [doel.id] } });
    const theme = (await client.call('analysis.themes', {})).codes.find((c) => c.codeId === doel.id)!;
    expect(theme).toMatchObject({ segments: 3, organisations: 2, asKans: { segments: 2, organisations: 2 }, asKnelpunt: { segments: 2, organisations: 1 } });
  });

  it('count them per role the same way, and open exactly the mentions counted as a knelpunt or as a kans', async () => {
    const inv = await analysisInventory();
    const { client, ede, wageningen, people, code } = inv;
    const a = await inv.interview(ede.id, [people.edeInkoop.id]);
    const b = await inv.interview(wageningen.id, [people.wagBeleid.id]);
    const doel = code('DOEL'); // polarity 'both'
    await client.call('notes.create', { fields: { kind: 'kans', text: 'Nieuwe doelen in het coalitieakkoord.', interviewId: a, codeIds: [doel.id] } });
    await client.call('notes.create', { fields: { kind: 'knelpunt', text: 'Doelen zijn vaag.', interviewId: a, codeIds: [doel.id] } });
    const vague = await client.call('notes.create', { fields: { kind: 'knelpunt', text: 'Geen meetbare doelen.', interviewId: b } });
    await client.call('segments.create', { sourceKind: 'note', sourceId: vague.id, start: 5, end: 20, codeId: doel.id });
    // An explanation does not say which it is: it counts in both lists.
    await inv.answer(b, '1.3', 1, { explanation: 'Doelen ontbreken nog.' });
    await client.call('segments.create', { sourceKind: 'explanation', sourceId: `${b}/${inv.question('1.3').id}`, start: 0, end: 6, codeId: doel.id });

    const theme = (await client.call('analysis.themes', {})).codes.find((c) => c.codeId === doel.id)!;
    expect(theme.asKnelpunt.byRole).toEqual({ procurement: { segments: 1, organisations: 1 }, policy: { segments: 2, organisations: 1 } });
    expect(theme.asKans.byRole).toEqual({ procurement: { segments: 1, organisations: 1 }, policy: { segments: 1, organisations: 1 } });
    expect(theme.byRole).toEqual({ procurement: 2, policy: 2 });

    const asKnelpunt = await client.call('analysis.mentions', { codeId: doel.id, lean: 'knelpunt' });
    expect(asKnelpunt.map((m) => m.text).sort()).toEqual(['Doelen', 'Doelen zijn vaag.', 'meetbare doelen']);
    expect(asKnelpunt).toHaveLength(theme.asKnelpunt.segments);
    const policyKans = await client.call('analysis.mentions', { codeId: doel.id, lean: 'kans', role: 'policy' });
    expect(policyKans.map((m) => m.text)).toEqual(['Doelen']);
    expect(policyKans).toHaveLength(theme.asKans.byRole.policy.segments);
    expect((await client.call('analysis.mentions', { codeId: doel.id })).length).toBe(theme.segments);
    expect((await failure(client.call('analysis.mentions', { codeId: doel.id, lean: 'beide' as never }))).code).toBe('BAD_INPUT');
  });
});

describe('coded segments', () => {
  it('refuse a range outside the text, a deleted note and an unknown code, changing nothing', async () => {
    const inv = await analysisInventory();
    const { client, ede, people, code } = inv;
    const interview = await inv.interview(ede.id, [people.edeInkoop.id]);
    const note = await client.call('notes.create', { fields: { kind: 'observation', text: 'Kort.', interviewId: interview } });
    const changes = () => inv.db().prepare('SELECT count(*) AS n FROM change_log').get();
    const before = changes();
    expect((await failure(client.call('segments.create', { sourceKind: 'note', sourceId: note.id, start: 2, end: 50, codeId: code('CAP').id }))).code).toBe('RANGE_OUTSIDE_TEXT');
    expect((await failure(client.call('segments.create', { sourceKind: 'note', sourceId: note.id, start: 3, end: 3, codeId: code('CAP').id }))).code).toBe('RANGE_OUTSIDE_TEXT');
    expect((await failure(client.call('segments.create', { sourceKind: 'note', sourceId: note.id, start: 0, end: 4, codeId: '0190aaaa-0000-7000-8000-000000000000' }))).code).toBe('NOT_FOUND');
    await client.call('notes.delete', { id: note.id });
    const after = changes();
    const deleted = await failure(client.call('segments.create', { sourceKind: 'note', sourceId: note.id, start: 0, end: 4, codeId: code('CAP').id }));
    expect(deleted.code).toBe('SOURCE_DELETED');
    expect(deleted.message).toMatch(/verwijderd/);
    expect((before as { n: number }).n + 1).toBe((after as { n: number }).n);
    expect(changes()).toEqual(after);
    expect(await client.call('segments.list', {})).toEqual([]);
  });

  it('can be deleted and restored, and move to the survivor when two codes merge', async () => {
    const inv = await analysisInventory();
    const { client, ede, people, code } = inv;
    const interview = await inv.interview(ede.id, [people.edeInkoop.id]);
    const note = await client.call('notes.create', { fields: { kind: 'knelpunt', text: 'Budget is leidend, niet de levensduur.', interviewId: interview, codeIds: [code('KOSTEN').id] } });
    const segment = await client.call('segments.create', { sourceKind: 'note', sourceId: note.id, start: 0, end: 6, codeId: code('KOSTEN').id });
    await inv.answer(interview, '9.2', [code('KOSTEN').id, code('CAP').id]);
    await client.call('segments.delete', { id: segment.id });
    expect(await client.call('segments.list', {})).toEqual([]);
    await client.call('segments.restore', { id: segment.id });
    expect(await client.call('segments.list', {})).toHaveLength(1);

    expect((await failure(client.call('codebook.merge', { fromId: code('KOSTEN').id, intoId: code('KOSTEN').id }))).code).toBe('MERGE_INTO_SELF');
    const { moved } = await client.call('codebook.merge', { fromId: code('KOSTEN').id, intoId: code('CAP').id });
    expect(moved).toBe(3);
    expect((await client.call('segments.list', {}))[0]!.codeId).toBe(code('CAP').id);
    expect((await client.call('notes.list', {}))[0]!.codeIds).toEqual([code('CAP').id]);
    const answers = await client.call('interviews.workspace', { id: interview });
    expect(answers.answers.find((a) => a.questionId === inv.question('9.2').id)!.value).toEqual([code('CAP').id]);
    expect((await client.call('codes.list', {})).some((c) => c.id === code('KOSTEN').id)).toBe(false);
    const cap = (await client.call('analysis.themes', {})).codes.find((c) => c.codeId === code('CAP').id)!;
    expect(cap.segments).toBe(3);
  });
});

describe('the codebook', () => {
  it('nests codes without loops and gives each code a palette colour unless one is chosen', async () => {
    const inv = await analysisInventory();
    const { client, code } = inv;
    const codes = await client.call('codes.list', {});
    expect(new Set(codes.slice(0, 9).map((c) => c.colour)).size).toBe(9);
    expect(codes.every((c) => /^#[0-9A-F]{6}$/i.test(c.colour))).toBe(true);
    await client.call('codes.update', { id: code('CAP').id, patch: { parentId: code('KENNIS').id, colour: '#123456' } });
    expect((await client.call('codes.list', {})).find((c) => c.id === code('CAP').id)).toMatchObject({ parentId: code('KENNIS').id, colour: '#123456' });
    expect((await failure(client.call('codes.update', { id: code('KENNIS').id, patch: { parentId: code('CAP').id } }))).code).toBe('CODE_CYCLE');
    expect((await failure(client.call('codes.update', { id: code('CAP').id, patch: { colour: 'rood' } }))).code).toBe('BAD_INPUT');
    // Deleting the parent with reassignment moves its subcodes up.
    await client.call('codebook.deleteReassign', { id: code('KENNIS').id, reassignTo: null });
    expect((await client.call('codes.list', {})).find((c) => c.id === code('CAP').id)!.parentId).toBeNull();
  });
});

describe('quotes', () => {
  it('carry consent, a stable anonymised label and a warning when used by name without consent', async () => {
    const inv = await analysisInventory();
    const { client, ede, wageningen, people, code } = inv;
    const edeProc = await inv.interview(ede.id, [people.edeInkoop.id]);
    const edePolicy = await inv.interview(ede.id, [people.edeBeleid.id]);
    const wag = await inv.interview(wageningen.id, [people.wagBeleid.id]);
    const q1 = await client.call('notes.create', { fields: { kind: 'quote', text: 'Wij kopen in, maar het beleid moet de doelen zetten.', interviewId: edeProc, codeIds: [code('VERB').id] } });
    const q2 = await client.call('notes.create', { fields: { kind: 'quote', text: 'Circulair staat nergens in de begroting.', interviewId: edePolicy } });
    await client.call('notes.create', { fields: { kind: 'quote', text: 'Regionaal samen optrekken scheelt werk.', interviewId: wag } });
    await client.call('quotes.setUseByName', { origin: 'note', id: q2.id, useByName: true });
    const quotes = await client.call('analysis.quotes', {});
    const byNote = (id: string) => quotes.find((q) => q.sourceId === id)!;
    expect(byNote(q1.id)).toMatchObject({ consent: 'by_name', anonymisedLabel: 'inkoopadviseur, gemeente A', namedLabel: 'Fenna Vos (Inkoopadviseur), Gemeente Ede', consentWarning: false });
    expect(byNote(q2.id)).toMatchObject({ consent: 'anonymous', anonymisedLabel: 'beleidsmedewerker, gemeente A', namedLabel: null, useByName: true, consentWarning: true });
    expect(quotes.find((q) => q.organisationId === wageningen.id)!.anonymisedLabel).toBe('beleidsmedewerker, gemeente B');
    expect(await client.call('analysis.quotes', { codeId: code('VERB').id })).toHaveLength(1);
    expect((await client.call('analysis.quotes', { role: 'policy' })).map((q) => q.organisationId).sort()).toEqual([ede.id, wageningen.id].sort());

    // Letters follow the order organisations were added, not their names, and do not change when one is deleted.
    const almere = await client.call('organisations.create', { fields: { name: 'Gemeente Almere', kind: 'municipality' } });
    await client.call('organisations.delete', { id: ede.id });
    const person = await client.call('respondents.create', { fields: { organisationId: almere.id, role: 'procurement', name: 'Iris' } });
    const i3 = await inv.interview(almere.id, [person.id]);
    await client.call('notes.create', { fields: { kind: 'quote', text: 'Nieuw.', interviewId: i3 } });
    const later = await client.call('analysis.quotes', {});
    expect(later.find((q) => q.organisationId === wageningen.id)!.anonymisedLabel).toBe('beleidsmedewerker, gemeente B');
    expect(later.find((q) => q.organisationId === almere.id)!.anonymisedLabel).toBe('inkoopadviseur, gemeente C');
  });

  it('label in English and letter beyond Z', () => {
    expect(anonymisedLabel(['policy'], { kind: 'province', letter: 'A' }, 'en')).toBe('policy officer, province A');
    expect(anonymisedLabel(['procurement', 'policy'], { kind: 'municipality', letter: 'C' }, 'nl')).toBe('inkoopadviseur en beleidsmedewerker, gemeente C');
    expect([0, 25, 26, 27, 701, 702].map(letterOf)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
