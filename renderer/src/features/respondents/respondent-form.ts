// The respondent form's rules, apart from React: the form's values (the organisation as '' for none, so every
// value is a string or a boolean), which may be saved, field labels for the save indicator and message kinds.
import { respondentFieldsSchema, type Respondent, type RespondentFields } from '../../../../shared/contract/fieldwork';
import { z } from '../../../../shared/zod';
import type { Draft } from '../../app/autosave';
import { draftByField } from '../../app/use-autosave-form';
import type { FieldRule } from '../../app/field-message';

export type RespondentFormValues = Omit<RespondentFields, 'organisationId'> & { organisationId: string };
export type RespondentFieldName = keyof RespondentFormValues;

const fieldSchemas = { ...respondentFieldsSchema.shape, organisationId: z.string() };
export const respondentFormSchema = z.object(fieldSchemas).strict();

export const emptyRespondent: RespondentFormValues = {
  organisationId: '',
  name: '',
  role: 'procurement',
  jobTitle: '',
  department: '',
  email: '',
  phone: '',
  consentInterview: false,
  consentInterviewOn: '',
  consentRecording: false,
  consentRecordingOn: '',
  consentQuoteByName: false,
  consentQuoteOn: '',
  notes: '',
};

export function respondentValues(respondent: Respondent): RespondentFormValues {
  const values = {} as Record<RespondentFieldName, unknown>;
  for (const name of Object.keys(emptyRespondent) as RespondentFieldName[]) values[name] = respondent[name];
  values.organisationId = respondent.organisationId ?? '';
  return values as RespondentFormValues;
}

/** The contract's shape of a patch or new respondent: no organisation is null, not ''. */
export function toRespondentFields<T extends Partial<RespondentFormValues>>(values: T): Omit<T, 'organisationId'> & { organisationId?: string | null } {
  const { organisationId, ...rest } = values;
  return organisationId === undefined ? rest : { ...rest, organisationId: organisationId || null };
}

export function respondentDraft(values: Partial<Record<RespondentFieldName, unknown>>): Draft<RespondentFormValues> {
  return draftByField<RespondentFormValues>(fieldSchemas, values);
}

const labelKeys: Readonly<Record<RespondentFieldName, string>> = {
  organisationId: 'people:respondents.fields.organisation',
  name: 'people:respondents.fields.name',
  role: 'people:respondents.fields.role',
  jobTitle: 'people:respondents.fields.jobTitle',
  department: 'people:respondents.fields.department',
  email: 'people:respondents.fields.email',
  phone: 'people:respondents.fields.phone',
  consentInterview: 'people:respondents.fields.consentInterview',
  consentInterviewOn: 'people:respondents.fields.consentInterviewOn',
  consentRecording: 'people:respondents.fields.consentRecording',
  consentRecordingOn: 'people:respondents.fields.consentRecordingOn',
  consentQuoteByName: 'people:respondents.fields.consentQuoteByName',
  consentQuoteOn: 'people:respondents.fields.consentQuoteOn',
  notes: 'people:respondents.fields.notes',
};
export const respondentLabelKey = (field: RespondentFieldName) => labelKeys[field];

export const respondentRules: Readonly<Record<RespondentFieldName, FieldRule>> = {
  organisationId: { kind: 'choice' },
  name: { kind: 'name', max: 200 },
  role: { kind: 'choice' },
  jobTitle: { kind: 'free', max: 500 },
  department: { kind: 'free', max: 500 },
  email: { kind: 'email' },
  phone: { kind: 'phone' },
  consentInterview: { kind: 'choice' },
  consentInterviewOn: { kind: 'date' },
  consentRecording: { kind: 'choice' },
  consentRecordingOn: { kind: 'date' },
  consentQuoteByName: { kind: 'choice' },
  consentQuoteOn: { kind: 'date' },
  notes: { kind: 'free', max: 50_000 },
};

/** The three consents, each a checkbox with the date it was given. */
export const consents = [
  { given: 'consentInterview', on: 'consentInterviewOn', badge: 'interview' },
  { given: 'consentRecording', on: 'consentRecordingOn', badge: 'recording' },
  { given: 'consentQuoteByName', on: 'consentQuoteOn', badge: 'quote' },
] as const;
