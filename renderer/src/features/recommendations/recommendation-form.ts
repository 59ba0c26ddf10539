// A recommendation's form rules, apart from React: values (organisation as '' for "all municipalities", codes as
// one joined string so the autosaver can compare them), which may be saved, labels and the contract's patch.
import { recommendationFieldsSchema, type Recommendation, type RecommendationFields } from '../../../../shared/contract/fieldwork';
import { z } from '../../../../shared/zod';
import type { Draft } from '../../app/autosave';
import { joinIds, splitIds } from '../organisations/kit/text';
import { draftByField } from '../organisations/kit/use-autosave';

export type RecommendationFormValues = Omit<RecommendationFields, 'organisationId' | 'codeIds'> & { organisationId: string; codeIds: string };
export type RecommendationFieldName = keyof RecommendationFormValues;

export const recommendationFormSchema = z.object({ ...recommendationFieldsSchema.shape, organisationId: z.string(), codeIds: z.string() }).strict();

export function recommendationValues(recommendation: Recommendation): RecommendationFormValues {
  return {
    text: recommendation.text,
    addressedTo: recommendation.addressedTo,
    organisationId: recommendation.organisationId ?? '',
    priority: recommendation.priority,
    codeIds: joinIds(recommendation.codeIds),
  };
}

/** What may be saved; codes deleted from the codebook since are left out (the file refuses them). */
export function recommendationDraft(values: Partial<Record<RecommendationFieldName, unknown>>, liveCodes: ReadonlySet<string>): Draft<RecommendationFormValues> {
  return draftByField<RecommendationFormValues>(
    {
      ...recommendationFieldsSchema.shape,
      organisationId: z.string(),
      codeIds: z.string().transform((joined) => joinIds(splitIds(joined).filter((id) => liveCodes.has(id)))),
    },
    values,
  );
}

export function toRecommendationPatch(patch: Partial<RecommendationFormValues>): Partial<RecommendationFields> {
  const { organisationId, codeIds, ...rest } = patch;
  return {
    ...rest,
    ...(organisationId !== undefined && { organisationId: organisationId || null }),
    ...(codeIds !== undefined && { codeIds: splitIds(codeIds) }),
  };
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
