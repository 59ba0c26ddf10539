// Names of the kinds of rows and fields a merge reports, in the UI language; an unknown one shows as stored.
import type { TFunction } from 'i18next';
import { mergeNl } from '../../../../shared/i18n/features/merge';

type MergeT = TFunction<'merge'>;

export function kindLabel(t: MergeT, entity: string): string {
  return entity in mergeNl.merge.kinds ? t(`merge.kinds.${entity as keyof typeof mergeNl.merge.kinds}`) : entity;
}

export function fieldLabel(t: MergeT, field: string): string {
  return field in mergeNl.conflicts.fields ? t(`conflicts.fields.${field as keyof typeof mergeNl.conflicts.fields}`) : field;
}
