// The report options form's rules, apart from React: its values, which may be saved, labels and message kinds.
import { reportOptionsFieldsSchema, type ReportOptions, type ReportOptionsFields } from '../../../../shared/contract/report';
import type { Draft } from '../../app/autosave';
import type { FieldRule } from '../../app/field-message';
import { draftByField } from '../../app/use-autosave-form';

export type OptionsFormValues = ReportOptionsFields;
export type OptionsFieldName = keyof OptionsFormValues;

export const optionsFormSchema = reportOptionsFieldsSchema;

export function optionsValues(options: ReportOptions): OptionsFormValues {
  return {
    title: options.title,
    subtitle: options.subtitle,
    author: options.author,
    client: options.client,
    reportDate: options.reportDate,
    version: options.version,
    language: options.language,
    quotes: options.quotes,
    chaptersOff: [...options.chaptersOff],
    appendicesOff: [...options.appendicesOff],
  };
}

export function optionsDraft(values: Partial<Record<OptionsFieldName, unknown>>): Draft<OptionsFormValues> {
  return draftByField<OptionsFormValues>(reportOptionsFieldsSchema.shape, values);
}

const labelKeys: Readonly<Record<OptionsFieldName, string>> = {
  title: 'report:options.title',
  subtitle: 'report:options.subtitle',
  author: 'report:options.author',
  client: 'report:options.client',
  reportDate: 'report:options.reportDate',
  version: 'report:options.version',
  language: 'report:options.language',
  quotes: 'report:options.quotes',
  chaptersOff: 'report:options.chapters',
  appendicesOff: 'report:options.appendices',
};
export const optionsLabelKey = (field: OptionsFieldName) => labelKeys[field];

export const optionsRules: Readonly<Record<OptionsFieldName, FieldRule>> = {
  title: { kind: 'text', max: 300 },
  subtitle: { kind: 'text', max: 300 },
  author: { kind: 'text', max: 200 },
  client: { kind: 'text', max: 200 },
  reportDate: { kind: 'date' },
  version: { kind: 'text', max: 50 },
  language: { kind: 'choice' },
  quotes: { kind: 'choice' },
  chaptersOff: { kind: 'choice' },
  appendicesOff: { kind: 'choice' },
};

/** Toggles `key` in a list of switched-off keys. */
export function toggled<K extends string>(off: readonly K[], key: K, on: boolean): K[] {
  return on ? off.filter((k) => k !== key) : off.includes(key) ? [...off] : [...off, key];
}
