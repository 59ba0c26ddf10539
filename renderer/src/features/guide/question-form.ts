// The question editor's rules, apart from React so they can be tested: form values <-> stored fields, which values
// may be sent, and the issues shown inline and on the question's row. Three severities: `invalid` values are kept
// in the field and not sent; `incomplete` and `warning` values are saved, but the guide is not ready as it is.
import { questionFieldsSchema, type Question, type QuestionFields, type QuestionOption } from '../../../../shared/contract/fieldwork';
import { levels, polarities, questionTypes, respondentRoles, type Level, type Polarity, type QuestionType, type RespondentRole } from '../../../../shared/template/types';
import type { Draft } from '../../app/autosave';
import type { BilingualText } from '../../app/bilingual-text';

export interface OptionRow {
  readonly key: string;
  readonly label: BilingualText;
  /** The key still follows the label: true for options added in this editor until their key is typed. */
  readonly autoKey: boolean;
}

export interface QuestionFormValues {
  code: string;
  type: QuestionType;
  text: BilingualText;
  help: BilingualText;
  roles: RespondentRole[];
  /** '' = no dimension. */
  dimensionId: string;
  options: OptionRow[];
  /** Level 1..5 at index 0..4. */
  scale: BilingualText[];
  /** As typed; '' = no maximum. */
  maxChoices: string;
  /** '' = the question's own options. */
  choicesFromCodebook: '' | Polarity;
  unit: BilingualText;
}

export type QuestionField = keyof QuestionFields;
export const questionFieldNames: readonly QuestionField[] = ['code', 'type', 'text', 'help', 'roles', 'dimensionId', 'options', 'scale', 'maxChoices', 'choicesFromCodebook', 'unit'];

const empty: BilingualText = { nl: '', en: '' };

export function questionFieldsOf(question: Question): QuestionFields {
  return Object.fromEntries(questionFieldNames.map((name) => [name, question[name]])) as unknown as QuestionFields;
}

export function questionFormValues(fields: QuestionFields): QuestionFormValues {
  return {
    code: fields.code,
    type: fields.type,
    text: { ...fields.text },
    help: { ...fields.help },
    roles: respondentRoles.filter((role) => fields.roles.includes(role)),
    dimensionId: fields.dimensionId ?? '',
    options: fields.options.map((option) => ({ key: option.key, label: { ...option.label }, autoKey: false })),
    scale: levels.map((level) => ({ ...(fields.scale[level] ?? empty) })),
    maxChoices: fields.maxChoices === null ? '' : String(fields.maxChoices),
    choicesFromCodebook: fields.choicesFromCodebook ?? '',
    unit: { ...fields.unit },
  };
}

export type IssueKey =
  | 'tooLong'
  | 'codeDuplicate'
  | 'codeMissing'
  | 'textMissing'
  | 'optionsMissing'
  | 'optionsOne'
  | 'optionKeyMissing'
  | 'optionKeyDuplicate'
  | 'optionLabelMissing'
  | 'scaleMissing'
  | 'maxChoicesInvalid'
  | 'maxChoicesAboveOptions'
  | 'dimensionNotScale';

export type Severity = 'invalid' | 'incomplete' | 'warning';

export interface Issue {
  /** Form path, e.g. 'text', 'options.2.key', 'scale'. */
  readonly path: string;
  readonly field: QuestionField;
  readonly severity: Severity;
  readonly key: IssueKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface QuestionContext {
  /** Codes of the other questions in the guide. */
  readonly otherCodes: ReadonlySet<string>;
}

const limits = { code: 20, text: 5000, optionKey: 80 } as const;

function tooLong(path: string, field: QuestionField, value: string, max: number): Issue | null {
  return value.length > max ? { path, field, severity: 'invalid', key: 'tooLong', params: { max, length: value.length } } : null;
}

function bilingualIssues(path: string, field: QuestionField, value: BilingualText): Issue[] {
  return [tooLong(`${path}.nl`, field, value.nl, limits.text), tooLong(`${path}.en`, field, value.en, limits.text)].filter((issue): issue is Issue => issue !== null);
}

/** A stable option key from a label: lower case, no accents, words joined by '-'. */
export function keyFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/** keyFromLabel made unique among `taken` by a numeric suffix; 'optie' when the label gives nothing. */
export function uniqueKey(label: string, taken: ReadonlySet<string>, fallback = 'optie'): string {
  const base = keyFromLabel(label) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** An option just added and not typed in yet: not saved and not flagged until it gets a label. */
export function isBlankNewOption(option: OptionRow): boolean {
  return option.autoKey && !option.label.nl.trim() && !option.label.en.trim();
}

export function usesOptions(type: QuestionType): boolean {
  return type === 'single' || type === 'multi';
}

export function checkQuestion(values: QuestionFormValues, context: QuestionContext): Issue[] {
  const issues: Issue[] = [];
  const add = (issue: Issue | null) => issue && issues.push(issue);

  const code = values.code.trim();
  add(tooLong('code', 'code', values.code, limits.code));
  if (!code) add({ path: 'code', field: 'code', severity: 'warning', key: 'codeMissing' });
  else if (context.otherCodes.has(code)) add({ path: 'code', field: 'code', severity: 'warning', key: 'codeDuplicate', params: { code } });

  issues.push(...bilingualIssues('text', 'text', values.text), ...bilingualIssues('help', 'help', values.help), ...bilingualIssues('unit', 'unit', values.unit));
  if (!values.text.nl.trim() && !values.text.en.trim()) add({ path: 'text', field: 'text', severity: 'incomplete', key: 'textMissing' });

  const keyCounts = new Map<string, number>();
  for (const option of values.options) if (!isBlankNewOption(option)) keyCounts.set(option.key.trim(), (keyCounts.get(option.key.trim()) ?? 0) + 1);
  values.options.forEach((option, index) => {
    if (isBlankNewOption(option)) return;
    const key = option.key.trim();
    if (!key) add({ path: `options.${index}.key`, field: 'options', severity: 'invalid', key: 'optionKeyMissing' });
    else if (key.length > limits.optionKey) add(tooLong(`options.${index}.key`, 'options', key, limits.optionKey));
    else if ((keyCounts.get(key) ?? 0) > 1) add({ path: `options.${index}.key`, field: 'options', severity: 'invalid', key: 'optionKeyDuplicate', params: { key } });
    if (!option.label.nl.trim() && !option.label.en.trim()) add({ path: `options.${index}.label`, field: 'options', severity: 'invalid', key: 'optionLabelMissing' });
    issues.push(...bilingualIssues(`options.${index}.label`, 'options', option.label));
  });

  const options = values.options.filter((option) => !isBlankNewOption(option));
  if (usesOptions(values.type) && !values.choicesFromCodebook) {
    if (options.length === 0) add({ path: 'options', field: 'options', severity: 'incomplete', key: 'optionsMissing' });
    else if (options.length === 1) add({ path: 'options', field: 'options', severity: 'warning', key: 'optionsOne' });
  }

  if (values.type === 'scale') {
    const missing = levels.filter((level) => !values.scale[level - 1]?.nl.trim() && !values.scale[level - 1]?.en.trim());
    if (missing.length > 0) add({ path: 'scale', field: 'scale', severity: 'warning', key: 'scaleMissing', params: { levels: missing.join(', '), count: missing.length } });
  }
  values.scale.forEach((descriptor, index) => issues.push(...bilingualIssues(`scale.${index}`, 'scale', descriptor)));

  const max = values.maxChoices.trim();
  if (max) {
    const parsed = Number(max);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > 50) add({ path: 'maxChoices', field: 'maxChoices', severity: 'invalid', key: 'maxChoicesInvalid' });
    else if (values.type === 'multi' && !values.choicesFromCodebook && options.length > 0 && parsed > options.length)
      add({ path: 'maxChoices', field: 'maxChoices', severity: 'warning', key: 'maxChoicesAboveOptions', params: { count: options.length } });
  }

  if (values.dimensionId && values.type !== 'scale') add({ path: 'dimensionId', field: 'dimensionId', severity: 'warning', key: 'dimensionNotScale' });
  return issues;
}

function fieldValue(name: QuestionField, values: QuestionFormValues): unknown {
  switch (name) {
    case 'code':
      return values.code.trim();
    case 'roles':
      return respondentRoles.filter((role) => values.roles.includes(role));
    case 'dimensionId':
      return values.dimensionId || null;
    case 'options':
      return values.options.filter((option) => !isBlankNewOption(option)).map((option): QuestionOption => ({ key: option.key.trim(), label: { nl: option.label.nl, en: option.label.en } }));
    case 'scale': {
      const scale: Partial<Record<Level, BilingualText>> = {};
      levels.forEach((level) => {
        const descriptor = values.scale[level - 1];
        if (descriptor && (descriptor.nl || descriptor.en)) scale[level] = { nl: descriptor.nl, en: descriptor.en };
      });
      return scale;
    }
    case 'maxChoices':
      return values.maxChoices.trim() ? Number(values.maxChoices.trim()) : null;
    case 'choicesFromCodebook':
      return values.choicesFromCodebook || null;
    case 'text':
    case 'help':
    case 'unit':
      return { nl: values[name].nl, en: values[name].en };
    case 'type':
      return values.type;
  }
}

/** What the editor may send now: every field without an `invalid` issue that the contract accepts. */
export function questionDraft(values: QuestionFormValues, context: QuestionContext): Draft<QuestionFields> {
  const blocked = new Set(checkQuestion(values, context).filter((issue) => issue.severity === 'invalid').map((issue) => issue.field));
  const valid: Partial<Record<QuestionField, unknown>> = {};
  const invalid: QuestionField[] = [];
  for (const name of questionFieldNames) {
    if (blocked.has(name)) {
      invalid.push(name);
      continue;
    }
    const parsed = questionFieldsSchema.shape[name].safeParse(fieldValue(name, values));
    if (parsed.success) valid[name] = parsed.data;
    else invalid.push(name);
  }
  return { valid: valid as Partial<QuestionFields>, invalid };
}

/** The issues of a stored question, for the badge on its row. */
export function storedQuestionIssues(question: Question, context: QuestionContext): Issue[] {
  return checkQuestion(questionFormValues(questionFieldsOf(question)), context);
}

export const questionFieldLabelKeys: Readonly<Record<QuestionField, string>> = {
  code: 'guide:fields.code',
  type: 'guide:fields.type',
  text: 'guide:fields.text',
  help: 'guide:fields.help',
  roles: 'guide:fields.roles',
  dimensionId: 'guide:fields.dimension',
  options: 'guide:fields.options',
  scale: 'guide:fields.scale',
  maxChoices: 'guide:fields.maxChoices',
  choicesFromCodebook: 'guide:fields.choicesFromCodebook',
  unit: 'guide:fields.unit',
};

export { polarities, questionTypes, respondentRoles, levels };
