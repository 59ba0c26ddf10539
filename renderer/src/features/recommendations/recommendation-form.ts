// A recommendation's form rules, apart from React: values (organisation as '' for "all municipalities"), which may
// be saved, labels and the contract's patch.
import { recommendationFieldsSchema, type Recommendation, type RecommendationFields } from '../../../../shared/contract/fieldwork';
import { z } from '../../../../shared/zod';
import type { Draft } from '../../app/autosave';
import { draftByField } from '../../app/use-autosave-form';

export type RecommendationFormValues = Omit<RecommendationFields, 'organisationId'> & { organisationId: string };
export type RecommendationFieldName = keyof RecommendationFormValues;

/** Codes deleted from the codebook since they were picked may still be in the list: the form accepts any ids. */
export const recommendationFormSchema = z.object({ ...recommendationFieldsSchema.shape, organisationId: z.string(), codeIds: z.array(z.string()) }).strict();

export function recommendationValues(recommendation: Recommendation): RecommendationFormValues {
  return {
    text: recommendation.text,
    addressedTo: recommendation.addressedTo,
    organisationId: recommendation.organisationId ?? '',
    priority: recommendation.priority,
    codeIds: [...recommendation.codeIds],
  };
}

/** What may be saved; codes deleted from the codebook since are left out (the file refuses them). */
export function recommendationDraft(values: Partial<Record<RecommendationFieldName, unknown>>, liveCodes: ReadonlySet<string>): Draft<RecommendationFormValues> {
  return draftByField<RecommendationFormValues>(
    {
      ...recommendationFieldsSchema.shape,
      organisationId: z.string(),
      codeIds: z.array(z.string()).transform((ids) => ids.filter((id) => liveCodes.has(id))),
    },
    values,
  );
}

export function toRecommendationPatch(patch: Partial<RecommendationFormValues>): Partial<RecommendationFields> {
  const { organisationId, ...rest } = patch;
  return organisationId === undefined ? rest : { ...rest, organisationId: organisationId || null };
}

const labelKeys: Readonly<Record<RecommendationFieldName, string>> = {
  text: 'sessions:recommendations.fields.text',
  addressedTo: 'sessions:recommendations.fields.addressedTo',
  organisationId: 'sessions:recommendations.fields.organisation',
  priority: 'sessions:recommendations.fields.priority',
  codeIds: 'sessions:recommendations.fields.codes',
};
export const recommendationLabelKey = (field: RecommendationFieldName) => labelKeys[field];

/** The list with one item moved from one index to another. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
