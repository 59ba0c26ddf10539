// Rules of a codebook code's form, apart from React: form values <-> stored fields, what may be sent, and the
// inline messages (a code is required, at most 20 characters and unique in the codebook).
import type { Code, CodeFields } from '../../../../shared/contract/fieldwork';
import type { Polarity } from '../../../../shared/template/types';
import type { Draft } from '../../app/autosave';
import type { BilingualText } from '../../app/bilingual-text';

// Nesting and colour are set from the codebook manager's own controls, not this form.
export type CodeEdit = Omit<CodeFields, 'position' | 'parentId' | 'colour'>;
export interface CodeFormValues {
  code: string;
  label: BilingualText;
  polarity: Polarity;
  definition: BilingualText;
  /** '' = no dimension. */
  dimensionId: string;
}

export type CodeIssue = { readonly field: 'code' | 'label' | 'definition'; readonly key: 'codeRequired' | 'codeDuplicate' | 'tooLong' | 'labelMissing'; readonly max?: number };

const maxText = 5000;
const maxCode = 20;

export function codeEditOf(code: Code): CodeEdit {
  return { code: code.code, label: { ...code.label }, polarity: code.polarity, definition: { ...code.definition }, dimensionId: code.dimensionId };
}

export function codeFormOf(fields: CodeEdit): CodeFormValues {
  return { code: fields.code, label: { ...fields.label }, polarity: fields.polarity, definition: { ...fields.definition }, dimensionId: fields.dimensionId ?? '' };
}

export function checkCode(values: CodeFormValues, otherCodes: ReadonlySet<string>): CodeIssue[] {
  const issues: CodeIssue[] = [];
  const code = values.code.trim();
  if (!code) issues.push({ field: 'code', key: 'codeRequired' });
  else if (code.length > maxCode) issues.push({ field: 'code', key: 'tooLong', max: maxCode });
  else if (otherCodes.has(code.toLocaleUpperCase())) issues.push({ field: 'code', key: 'codeDuplicate' });
  if (!values.label.nl.trim() && !values.label.en.trim()) issues.push({ field: 'label', key: 'labelMissing' });
  for (const field of ['label', 'definition'] as const) {
    if (values[field].nl.length > maxText || values[field].en.length > maxText) issues.push({ field, key: 'tooLong', max: maxText });
  }
  return issues;
}

export function codeDraft(values: CodeFormValues, otherCodes: ReadonlySet<string>): Draft<CodeEdit> {
  const blocked = new Set(checkCode(values, otherCodes).map((issue) => issue.field));
  const valid: Partial<CodeEdit> = {};
  const invalid: (keyof CodeEdit)[] = [];
  if (blocked.has('code')) invalid.push('code');
  else valid.code = values.code.trim();
  if (blocked.has('label')) invalid.push('label');
  else valid.label = { nl: values.label.nl, en: values.label.en };
  if (blocked.has('definition')) invalid.push('definition');
  else valid.definition = { nl: values.definition.nl, en: values.definition.en };
  valid.polarity = values.polarity;
  valid.dimensionId = values.dimensionId || null;
  return { valid, invalid };
}

/** Codes of the other live codes, upper-cased, to find duplicates regardless of case. */
export function otherCodesOf(codes: readonly Code[], exceptId: string | null): Set<string> {
  return new Set(codes.filter((code) => code.id !== exceptId).map((code) => code.code.trim().toLocaleUpperCase()));
}

export const codeFieldLabelKeys: Readonly<Record<keyof CodeEdit, string>> = {
  code: 'guide:fields.codeCode',
  label: 'guide:fields.codeLabel',
  polarity: 'guide:fields.polarity',
  definition: 'guide:fields.definition',
  dimensionId: 'guide:fields.dimension',
};
