// The rules behind the guide's editors (question, code): what is sent and what is held back with a message.
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../shared/contract/fieldwork';
import { checkCode, codeDraft, type CodeFormValues } from '../../../renderer/src/features/guide/code-form';
import { pickText } from '../../../renderer/src/app/bilingual-text';
import {
  checkQuestion,
  keyFromLabel,
  questionDraft,
  questionFieldsOf,
  questionFormValues,
  uniqueKey,
  type QuestionFormValues,
} from '../../../renderer/src/features/guide/question-form';

const question: Question = {
  id: 'q1',
  sectionId: 's1',
  position: 0,
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:00:00.000Z',
  deletedAt: null,
  code: '5.4',
  type: 'single',
  text: { nl: 'Wordt CO2 meegewogen bij gunning?', en: 'Is CO2 weighed in award decisions?' },
  help: { nl: '', en: '' },
  roles: ['procurement'],
  dimensionId: null,
  options: [
    { key: 'nee', label: { nl: 'nee', en: 'no' } },
    { key: 'prestatieladder', label: { nl: 'via CO2-Prestatieladder', en: 'via CO2 Performance Ladder' } },
  ],
  scale: {},
  maxChoices: null,
  choicesFromCodebook: null,
  unit: { nl: '', en: '' },
};

const none = { otherCodes: new Set<string>() };
const form = (patch: Partial<QuestionFormValues> = {}): QuestionFormValues => ({ ...questionFormValues(questionFieldsOf(question)), ...patch });
const keys = (values: QuestionFormValues) => checkQuestion(values, none).map((issue) => `${issue.severity}:${issue.key}@${issue.path}`);

describe('the question editor rules', () => {
  it('a stored question goes to the form and back unchanged', () => {
    const draft = questionDraft(form(), none);
    expect(draft.invalid).toEqual([]);
    expect(draft.valid).toEqual(questionFieldsOf(question));
  });

  it('a single-choice question without options is saved but flagged incomplete; with one option it warns', () => {
    expect(keys(form({ options: [] }))).toEqual(['incomplete:optionsMissing@options']);
    expect(questionDraft(form({ options: [] }), none).valid.options).toEqual([]);
    expect(keys(form({ options: form().options.slice(0, 1) }))).toEqual(['warning:optionsOne@options']);
    // Choices from the codebook need no options of their own.
    expect(keys(form({ options: [], choicesFromCodebook: 'knelpunt' }))).toEqual([]);
  });

  it('an option without a key or with a duplicate key keeps the option list from being sent', () => {
    const blank = form({ options: [...form().options, { key: '', label: { nl: 'anders', en: '' }, autoKey: true }] });
    expect(keys(blank)).toEqual(['invalid:optionKeyMissing@options.2.key']);
    expect(questionDraft(blank, none).invalid).toEqual(['options']);
    expect(questionDraft(blank, none).valid.text).toEqual(question.text);

    const twice = form({ options: [...form().options, { key: 'nee', label: { nl: 'nee, nooit', en: '' }, autoKey: false }] });
    expect(keys(twice)).toEqual(['invalid:optionKeyDuplicate@options.0.key', 'invalid:optionKeyDuplicate@options.2.key']);
  });

  it('an option just added and not typed in yet is neither saved nor flagged', () => {
    const added = form({ options: [...form().options, { key: 'optie', label: { nl: ' ', en: '' }, autoKey: true }] });
    expect(keys(added)).toEqual([]);
    expect(questionDraft(added, none).valid.options).toEqual(question.options);
  });

  it('a scale question names the levels that have no descriptor yet', () => {
    const scale = form({ type: 'scale', scale: [{ nl: 'geen', en: '' }, { nl: '', en: '' }, { nl: 'enkele', en: '' }, { nl: '', en: '' }, { nl: '', en: 'all' }] });
    const issues = checkQuestion(scale, none);
    expect(issues.map((issue) => [issue.severity, issue.key, issue.params])).toEqual([['warning', 'scaleMissing', { levels: '2, 4', count: 2 }]]);
    // Empty levels are not stored; filled ones are, under their level number.
    expect(questionDraft(scale, none).valid.scale).toEqual({ 1: { nl: 'geen', en: '' }, 3: { nl: 'enkele', en: '' }, 5: { nl: '', en: 'all' } });
  });

  it('a maximum of choices must be a whole number from 1 to 50; empty means none', () => {
    expect(questionDraft(form({ type: 'multi', maxChoices: '' }), none).valid.maxChoices).toBeNull();
    expect(questionDraft(form({ type: 'multi', maxChoices: ' 2 ' }), none).valid.maxChoices).toBe(2);
    for (const bad of ['0', '2.5', 'drie', '51']) expect(questionDraft(form({ type: 'multi', maxChoices: bad }), none).invalid).toEqual(['maxChoices']);
    expect(keys(form({ type: 'multi', maxChoices: '3' }))).toEqual(['warning:maxChoicesAboveOptions@maxChoices']);
  });

  it('a question without text is incomplete, a duplicate code warns, and over-long text is not sent', () => {
    expect(keys(form({ text: { nl: '  ', en: '' } }))).toEqual(['incomplete:textMissing@text']);
    expect(checkQuestion(form(), { otherCodes: new Set(['5.4']) }).map((issue) => issue.key)).toEqual(['codeDuplicate']);
    const long = form({ help: { nl: 'x'.repeat(5001), en: '' } });
    expect(questionDraft(long, none).invalid).toEqual(['help']);
  });

  it('roles are stored in a fixed order, so ticking them in another order is no change', () => {
    expect(questionDraft(form({ roles: ['policy', 'procurement'] }), none).valid.roles).toEqual(['procurement', 'policy']);
  });

  it('option keys come from labels: lower case, no accents, unique', () => {
    expect(keyFromLabel('Inkoop- en aanbestedingsbeleid (MVI/MVOI)')).toBe('inkoop-en-aanbestedingsbeleid-mvi-mvoi');
    expect(keyFromLabel('Coöperatie één')).toBe('cooperatie-een');
    expect(uniqueKey('nee', new Set(['nee', 'nee-2']))).toBe('nee-3');
    expect(uniqueKey('🌱', new Set())).toBe('optie');
  });
});

describe('the codebook rules', () => {
  const code: CodeFormValues = { code: ' cap ', label: { nl: 'Capaciteit & tijd', en: '' }, polarity: 'knelpunt', definition: { nl: '', en: '' }, dimensionId: '' };

  it('a code is trimmed, and a duplicate (in any case) or empty code is held back with a message', () => {
    expect(codeDraft(code, new Set(['DEF'])).valid).toMatchObject({ code: 'cap', dimensionId: null });
    expect(checkCode(code, new Set(['CAP'])).map((issue) => issue.key)).toEqual(['codeDuplicate']);
    expect(codeDraft({ ...code, code: '' }, new Set()).invalid).toEqual(['code']);
    expect(checkCode({ ...code, label: { nl: '', en: ' ' } }, new Set()).map((issue) => issue.key)).toEqual(['labelMissing']);
  });
});

describe('guide content in the UI language', () => {
  it('falls back to the other language when a translation is empty, and says so', () => {
    expect(pickText({ nl: 'Ambitie', en: '' }, 'en')).toEqual({ text: 'Ambitie', fallbackFrom: 'nl' });
    expect(pickText({ nl: 'Ambitie', en: 'Ambition' }, 'en')).toEqual({ text: 'Ambition', fallbackFrom: null });
    expect(pickText({ nl: '', en: '' }, 'nl')).toEqual({ text: '', fallbackFrom: null });
  });
});
