// Interview mode's answer book: what it sends, when, and how answers stored elsewhere flow in.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../../shared/contract/fieldwork';
import { ClientError } from '../../../shared/contract/client';
import { AnswerBook, type AnswerSaveInput } from '../../../renderer/src/features/interviews/answer-book';
import type { SaveState } from '../../../renderer/src/app/save-state';
import { parseNumber, sectionsFor } from '../../../renderer/src/features/interviews/answer-values';

/** A stand-in for answers.save with the core's merge rules: n.v.t. clears the value, a value clears n.v.t. */
function fakeCore() {
  const answers = new Map<string, Answer>();
  const calls: AnswerSaveInput[] = [];
  let clock = 0;
  let failNext: ClientError | null = null;
  const stamp = () => new Date(Date.UTC(2026, 2, 3, 9, 30, 0, ++clock)).toISOString();
  return {
    calls,
    answers,
    failOnce(error: ClientError) {
      failNext = error;
    },
    /** Another tab saves through the same core. */
    writeElsewhere(questionId: string, patch: Partial<Pick<Answer, 'value' | 'noAnswer' | 'explanation'>>) {
      const current = answers.get(questionId) ?? { interviewId: 'i1', questionId, value: null, noAnswer: null, explanation: '', updatedAt: '' };
      const next = { ...current, ...patch, updatedAt: stamp() };
      answers.set(questionId, next);
      return next;
    },
    save: async (input: AnswerSaveInput): Promise<Answer> => {
      calls.push(input);
      if (failNext) {
        const error = failNext;
        failNext = null;
        throw error;
      }
      const current = answers.get(input.questionId) ?? { interviewId: input.interviewId, questionId: input.questionId, value: null, noAnswer: null, explanation: '', updatedAt: '' };
      let value = input.value !== undefined ? input.value : current.value;
      let noAnswer = input.noAnswer !== undefined ? input.noAnswer : current.noAnswer;
      if (input.noAnswer) value = null;
      else if (input.value !== undefined && input.value !== null) noAnswer = null;
      if (value === '' || (Array.isArray(value) && value.length === 0)) value = null;
      const stored: Answer = { ...current, value, noAnswer, explanation: input.explanation ?? current.explanation, updatedAt: stamp() };
      answers.set(input.questionId, stored);
      return stored;
    },
  };
}

function setup(initial: readonly Answer[] = []) {
  const core = fakeCore();
  for (const answer of initial) core.answers.set(answer.questionId, answer);
  const states: SaveState[] = [];
  const book = new AnswerBook({
    interviewId: 'i1',
    answers: initial,
    save: core.save,
    register: () => ({ set: (state) => states.push(state), dispose: () => undefined }),
  });
  return { core, book, state: () => states.at(-1)?.kind ?? 'saved', states };
}

describe('the answer book', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends typed text once typing pauses for 300 ms', async () => {
    const { core, book, state } = setup();
    book.edit('q1', { value: 'Coalitie' });
    await vi.advanceTimersByTimeAsync(50);
    book.edit('q1', { value: 'Coalitieakkoord' });
    expect(state()).toBe('pending');
    await vi.advanceTimersByTimeAsync(299);
    expect(core.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    // A text save says what the field held when editing began, so another tab's edit is combined, not overwritten.
    expect(core.calls).toEqual([{ interviewId: 'i1', questionId: 'q1', value: 'Coalitieakkoord', base: { value: null } }]);
    // The longest wait that remains (400 ms after the first key) finds nothing left to send.
    await vi.advanceTimersByTimeAsync(500);
    expect(core.calls).toHaveLength(1);
    expect(state()).toBe('saved');
  });

  it('saves steady typing at least every 400 ms, so nothing waits for a pause', async () => {
    const { core, book } = setup();
    let text = '';
    for (let i = 0; i < 20; i++) {
      text += 'x';
      book.edit('q1', { value: text });
      await vi.advanceTimersByTimeAsync(100);
    }
    // 2 s of typing without a 300 ms pause: saved at 400, 800, 1200, 1600 and 2000 ms.
    expect(core.calls.length).toBeGreaterThanOrEqual(4);
    expect(core.answers.get('q1')!.value).toBe('x'.repeat(20));
  });

  it('sends a choice at once', async () => {
    const { core, book } = setup();
    book.edit('q2', { value: 3 }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(core.calls).toEqual([{ interviewId: 'i1', questionId: 'q2', value: 3 }]);
  });

  it('stores "n.v.t." as no value, never 0, and a later value clears it', async () => {
    const { core, book } = setup();
    book.edit('q2', { value: 4 }, { immediate: true });
    book.edit('q2', { noAnswer: 'not_applicable' }, { immediate: true });
    expect(book.form('q2')).toEqual({ value: null, noAnswer: 'not_applicable', explanation: '' });
    await vi.advanceTimersByTimeAsync(0);
    expect(core.answers.get('q2')).toMatchObject({ value: null, noAnswer: 'not_applicable' });
    book.edit('q2', { value: 2 }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(core.answers.get('q2')).toMatchObject({ value: 2, noAnswer: null });
    expect(book.isAnswered('q2')).toBe(true);
  });

  it('treats emptied text and an emptied choice list as no value, and stops sending once stored', async () => {
    const { core, book } = setup();
    book.edit('q1', { value: 'iets' });
    book.edit('q3', { value: ['a'] }, { immediate: true });
    await vi.advanceTimersByTimeAsync(500);
    book.edit('q1', { value: '' });
    book.edit('q3', { value: [] }, { immediate: true });
    await vi.advanceTimersByTimeAsync(2000);
    expect(core.answers.get('q1')!.value).toBeNull();
    expect(core.answers.get('q3')!.value).toBeNull();
    expect(core.calls).toHaveLength(4);
    expect(book.isAnswered('q1')).toBe(false);
  });

  it('keeps an unreadable number in the field, unsent, and says so', async () => {
    const { core, book, state, states } = setup();
    book.edit('q4', {}, { invalidValue: true });
    book.edit('q4', { explanation: 'fte schatting' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(core.calls).toEqual([{ interviewId: 'i1', questionId: 'q4', explanation: 'fte schatting', base: { explanation: '' } }]);
    expect(state()).toBe('invalid');
    expect(states.at(-1)).toEqual({ kind: 'invalid', labelKeys: ['interviews:fields.answerNumber'] });
    book.edit('q4', { value: 2.5 }, { invalidValue: false });
    await vi.advanceTimersByTimeAsync(1000);
    expect(core.answers.get('q4')!.value).toBe(2.5);
    expect(state()).toBe('saved');
  });

  it('reports a failed save and sends it again with the next flush', async () => {
    const { core, book, state } = setup();
    core.failOnce(new ClientError({ code: 'IO_ERROR', message: 'offline', params: { detail: 'offline' } }));
    book.edit('q1', { value: 'eerste' }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(state()).toBe('failed');
    await book.flush();
    expect(core.answers.get('q1')!.value).toBe('eerste');
    expect(state()).toBe('saved');
  });

  it('takes in answers stored in another tab, but never into a field being typed in or holding unsaved text', async () => {
    const { core, book } = setup();
    book.edit('q1', { value: 'mijn antwoord' });
    await vi.advanceTimersByTimeAsync(400);
    book.edit('q1', { explanation: 'ik typ nog' });
    // The other tab answers q1's value and explanation, and q5 which this tab never touched.
    core.writeElsewhere('q1', { value: 'van tabblad 2', explanation: 'tabblad 2' });
    core.writeElsewhere('q5', { value: 'nieuw' });
    book.adoptRemote([...core.answers.values()], null);
    expect(book.form('q1')).toEqual({ value: 'van tabblad 2', noAnswer: null, explanation: 'ik typ nog' });
    expect(book.form('q5').value).toBe('nieuw');

    // The field with focus is left alone even when it holds no unsaved edit.
    await vi.advanceTimersByTimeAsync(1000);
    core.writeElsewhere('q1', { explanation: 'weer tabblad 2', value: 'ook dit' });
    book.adoptRemote([...core.answers.values()], { questionId: 'q1', field: 'explanation' });
    expect(book.form('q1')).toEqual({ value: 'ook dit', noAnswer: null, explanation: 'ik typ nog' });
  });

  it('never sends back a field another tab changed while this tab saved a different one', async () => {
    const { core, book } = setup();
    book.edit('q1', { explanation: 'eerste versie' });
    await vi.advanceTimersByTimeAsync(400);
    core.writeElsewhere('q1', { explanation: 'versie van tabblad 2' });
    book.edit('q1', { value: 'antwoord' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(core.answers.get('q1')).toMatchObject({ value: 'antwoord', explanation: 'versie van tabblad 2' });
    expect(core.calls.at(-1)).toEqual({ interviewId: 'i1', questionId: 'q1', value: 'antwoord', base: { value: null } });
    book.adoptRemote([...core.answers.values()], null);
    expect(book.form('q1').explanation).toBe('versie van tabblad 2');
    await vi.advanceTimersByTimeAsync(2000);
    expect(core.answers.get('q1')!.explanation).toBe('versie van tabblad 2');
  });

  it('ignores data older than its own last save of that question', async () => {
    const { core, book } = setup();
    const stale = core.writeElsewhere('q1', { value: 'oud' });
    book.edit('q1', { value: 'nieuw' }, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    book.adoptRemote([stale], null);
    expect(book.form('q1').value).toBe('nieuw');
  });
});

describe('answer rules', () => {
  it('reads numbers as typed in Dutch or English, and refuses what is not a number', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('2.5')).toBe(2.5);
    expect(parseNumber('1.200,75')).toBe(1200.75);
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('twee')).toBeNaN();
    expect(parseNumber('2,,5')).toBeNaN();
  });

  it('keeps only the questions for the respondents\u2019 roles, and drops sections left empty', () => {
    const question = (id: string, roles: ('procurement' | 'policy')[]) => ({ id, roles }) as never;
    const guide = {
      levels: [],
      dimensions: [],
      codes: [],
      sections: [
        { id: 's1', questions: [question('a', []), question('b', ['policy'])] },
        { id: 's2', questions: [question('c', ['policy'])] },
      ],
    } as never;
    expect(sectionsFor(guide, ['procurement']).map((s) => s.questions.map((q) => q.id))).toEqual([['a']]);
    expect(sectionsFor(guide, ['procurement', 'policy']).map((s) => s.questions.map((q) => q.id))).toEqual([['a', 'b'], ['c']]);
  });
});
