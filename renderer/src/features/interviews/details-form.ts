// The interview details form's rules, apart from React: its values, which of them may be saved according to the
// contract's field rules, and the patch they make.
import { idSchema, interviewFieldsSchema, type Interview, type InterviewFields } from '../../../../shared/contract/fieldwork';
import type { Draft } from '../../app/autosave';

/** As the form holds them: an organisation of '' is none. */
export interface DetailsValues {
  readonly organisationId: string;
  readonly respondentIds: string[];
  readonly interviewer: string;
  readonly scheduledAt: string;
  readonly location: string;
  readonly mode: string;
  readonly status: string;
  readonly summary: string;
}
export type DetailsField = keyof DetailsValues;

export const detailsFields: readonly DetailsField[] = ['organisationId', 'respondentIds', 'interviewer', 'scheduledAt', 'location', 'mode', 'status', 'summary'];

export function detailsOf(interview: Interview): DetailsValues {
  return {
    organisationId: interview.organisationId ?? '',
    respondentIds: [...interview.respondentIds],
    interviewer: interview.interviewer,
    scheduledAt: interview.scheduledAt,
    location: interview.location,
    mode: interview.mode,
    status: interview.status,
    summary: interview.summary,
  };
}

const shape = interviewFieldsSchema.shape;

function valid(field: DetailsField, value: unknown): boolean {
  switch (field) {
    case 'organisationId':
      return value === '' || idSchema.safeParse(value).success;
    case 'respondentIds':
      return shape.respondentIds.safeParse(value).success;
    default:
      return shape[field].safeParse(value).success;
  }
}

/** Splits what the form holds into values that may be saved and fields that may not. */
export function detailsDraft(values: Partial<Record<DetailsField, unknown>>): Draft<DetailsValues> {
  const validValues: Partial<Record<DetailsField, unknown>> = {};
  const invalid: DetailsField[] = [];
  for (const field of detailsFields) {
    const value = values[field];
    if (value === undefined) continue;
    if (!valid(field, value)) invalid.push(field);
    else validValues[field] = Array.isArray(value) ? [...(value as string[])] : String(value);
  }
  return { valid: validValues as Partial<DetailsValues>, invalid };
}

/** The contract patch for changed values. */
export function detailsPatch(patch: Partial<DetailsValues>): Partial<InterviewFields> {
  const out: Partial<Record<keyof InterviewFields, unknown>> = {};
  for (const [field, value] of Object.entries(patch) as [DetailsField, unknown][]) {
    if (field === 'organisationId') out.organisationId = value === '' ? null : value;
    else out[field] = value;
  }
  return out as Partial<InterviewFields>;
}

export const detailsLabelKeys: Readonly<Record<DetailsField, string>> = {
  organisationId: 'interviews:fields.organisation',
  respondentIds: 'interviews:fields.respondents',
  interviewer: 'interviews:fields.interviewer',
  scheduledAt: 'interviews:fields.scheduledAt',
  location: 'interviews:fields.location',
  mode: 'interviews:fields.mode',
  status: 'interviews:fields.status',
  summary: 'interviews:fields.summary',
};
