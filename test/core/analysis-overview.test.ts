// Side by side and completeness on real files: one question across organisations with counts, and what is still
// to do per organisation (interviews by status, unanswered questions, uncoded notes, missing scores).
import { describe, expect, it } from 'vitest';
import { analysisInventory, failure } from './analysis-helpers';

describe('side by side', () => {
  it('lists one question per organisation and counts scale levels, choices and no-answers', async () => {
    const inv = await analysisInventory();
    const { client, ede, wageningen, people, question, code } = inv;
    const a = await inv.interview(ede.id, [people.edeInkoop.id]);
    const b = await inv.interview(ede.id, [people.edeBeleid.id]);
    const c = await inv.interview(wageningen.id, [people.wagBeleid.id]);
    await inv.answer(a, '1.3', 2);
    await inv.answer(b, '1.3', 2, { explanation: 'Alleen een intentie.' });
    await inv.answer(c, '1.3', undefined, { noAnswer: 'dont_know' });
    const scale = await client.call('analysis.sideBySide', { questionId: question('1.3').id });
    expect(scale.question).toMatchObject({ code: '1.3', type: 'scale' });
    expect(scale.counts.map((x) => x.count)).toEqual([0, 2, 0, 0, 0]);
    expect(scale.counts[1]!.label).toMatch(/^2 /);
    expect(scale.noAnswer).toEqual({ not_applicable: 0, dont_know: 1 });
    expect(scale.organisations.find((o) => o.organisationId === ede.id)!.answers.map((x) => x.explanation).sort()).toEqual(['', 'Alleen een intentie.']);

    await inv.answer(a, '9.2', [code('CAP').id, code('KOSTEN').id]);
    await inv.answer(c, '9.2', [code('CAP').id]);
    const choice = await client.call('analysis.sideBySide', { questionId: question('9.2').id });
    expect(choice.counts.find((x) => x.key === code('CAP').id)).toMatchObject({ count: 2, label: 'Capaciteit & tijd' });
    expect(choice.counts.find((x) => x.key === code('KOSTEN').id)!.count).toBe(1);

    await client.call('guide.deleteQuestion', { id: question('9.2').id });
    expect((await failure(client.call('analysis.sideBySide', { questionId: question('9.2').id }))).code).toBe('NOT_FOUND');
  });
});

describe('completeness', () => {
  it('says per organisation what is still to do', async () => {
    const inv = await analysisInventory();
    const { client, ede, wageningen, people, code } = inv;
    const held = await inv.interview(ede.id, [people.edeInkoop.id]);
    await client.call('interviews.create', { fields: { organisationId: ede.id, respondentIds: [people.edeBeleid.id] } });
    await inv.answer(held, '1.3', 3);
    await client.call('notes.create', { fields: { kind: 'knelpunt', text: 'Geen tijd.', interviewId: held, codeIds: [code('CAP').id] } });
    const segmented = await client.call('notes.create', { fields: { kind: 'kans', text: 'Samen met de regio.', interviewId: held } });
    await client.call('segments.create', { sourceKind: 'note', sourceId: segmented.id, start: 10, end: 18, codeId: code('REGIO').id });
    await client.call('notes.create', { fields: { kind: 'observation', text: 'Nog coderen.', interviewId: held } });
    const list = await client.call('analysis.completeness', {});
    const edeRow = list.find((r) => r.organisationId === ede.id)!;
    expect(edeRow.interviews).toEqual({ planned: 1, held: 1, processed: 0, validated: 0 });
    expect(edeRow.uncodedNotes).toBe(1);
    const heldInterview = (await client.call('interviews.list')).find((i) => i.id === held)!;
    expect(edeRow.unansweredQuestions).toBe(heldInterview.questionCount - 1);
    expect(edeRow.missingScores).not.toContain('D1');
    expect(edeRow.missingScores).toContain('D2');
    const wagRow = list.find((r) => r.organisationId === wageningen.id)!;
    expect(wagRow).toMatchObject({ interviews: { planned: 0, held: 0, processed: 0, validated: 0 }, unansweredQuestions: 0, uncodedNotes: 0 });
    expect(wagRow.missingScores).toHaveLength(8);
    // An override fills a missing score.
    await client.call('analysis.setOverride', { organisationId: wageningen.id, dimensionId: inv.dimension('D2').id, level: 2, reason: 'Uit documentanalyse' });
    expect((await client.call('analysis.completeness', {})).find((r) => r.organisationId === wageningen.id)!.missingScores).toHaveLength(7);
  });
});

describe('completeness across guide versions and roles', () => {
  it('counts each interview against its own snapshot and its respondents’ roles, also when two snapshots are the same size', async () => {
    const inv = await analysisInventory();
    const { client, ede, wageningen, people, guide } = inv;
    const questions = guide.sections.flatMap((s) => s.questions);
    const p = questions.find((q) => q.roles.length === 1 && q.roles[0] === 'procurement')!;
    const l = questions.find((q) => q.roles.length === 1 && q.roles[0] === 'policy')!;
    const open = questions.find((q) => q.type === 'open' && q.roles.length === 0)!;
    const noAnswer = { noAnswer: 'dont_know' as const };

    const a = await inv.interview(ede.id, [people.edeInkoop.id]);
    // The two role questions swap roles: a second guide version whose snapshot is exactly as long as the first.
    await client.call('guide.updateQuestion', { id: p.id, patch: { roles: ['policy'] } });
    await client.call('guide.updateQuestion', { id: l.id, patch: { roles: ['procurement'] } });
    const b = await inv.interview(wageningen.id, [people.wagBeleid.id]);
    // A third version without the open question, for both roles at once.
    await client.call('guide.deleteQuestion', { id: open.id });
    const c = await inv.interview(ede.id, [people.edeBeleid.id, people.edeInkoop.id]);
    const snapshots = inv.db().prepare('SELECT id, octet_length(guide_snapshot) AS length, guide_snapshot AS text FROM interviews').all() as { id: string; length: number; text: string }[];
    const of = (id: string) => snapshots.find((s) => s.id === id)!;
    expect(of(a).length).toBe(of(b).length);
    expect(of(a).text).not.toBe(of(b).text);

    // a (procurement, first version) is asked p; b (policy, second version) is asked p too, not l.
    await inv.answer(a, p.code, undefined, noAnswer);
    await inv.answer(a, open.code, 'Een open antwoord.');
    await inv.answer(b, p.code, undefined, noAnswer);
    await inv.answer(b, '1.3', 2);
    // An answer to a question b is not asked (l is for procurement in its version) does not make b more complete.
    await inv.answer(b, l.code, undefined, noAnswer);
    await inv.answer(c, p.code, undefined, noAnswer);
    await inv.answer(c, l.code, undefined, noAnswer);

    const interviews = await client.call('interviews.list');
    const byId = (id: string) => interviews.find((i) => i.id === id)!;
    expect([byId(a).answeredCount, byId(b).answeredCount, byId(c).answeredCount]).toEqual([2, 2, 2]);
    const expected = (ids: string[]) => ids.reduce((sum, id) => sum + byId(id).questionCount - byId(id).answeredCount, 0);
    const list = await client.call('analysis.completeness', {});
    expect(list.find((r) => r.organisationId === ede.id)!.unansweredQuestions).toBe(expected([a, c]));
    expect(list.find((r) => r.organisationId === wageningen.id)!.unansweredQuestions).toBe(expected([b]));
  });
});
