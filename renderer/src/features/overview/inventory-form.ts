// The inventory form's rules, kept apart from React so they can be tested: the zod schema the form validates
// with (the contract's fields plus "the period does not end before it starts"), which values may be saved,
// and the translated message for each kind of problem.
import type { FieldError } from 'react-hook-form';
import { inventoryFieldLimits, inventoryFieldsSchema, type Inventory, type InventoryFields } from '../../../../shared/contract/schemas';
import type { Draft } from '../../app/autosave';

export type FieldName = keyof InventoryFields;

export const fieldNames: readonly FieldName[] = ['title', 'client', 'region', 'periodStart', 'periodEnd', 'description', 'language'];

export function endsBeforeStart(values: { readonly periodStart?: string; readonly periodEnd?: string }): boolean {
  return Boolean(values.periodStart && values.periodEnd && values.periodStart > values.periodEnd);
}

export const inventoryFormSchema = inventoryFieldsSchema.superRefine((values, ctx) => {
  if (endsBeforeStart(values)) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'period ends before it starts' });
});

export type InventoryFormValues = InventoryFields;

export function formValuesOf(inventory: Inventory): InventoryFormValues {
  return Object.fromEntries(fieldNames.map((name) => [name, inventory[name]])) as unknown as InventoryFormValues;
}

/**
 * Splits what the form holds into values that may be saved (parsed, e.g. a trimmed title) and fields that may not.
 * Both dates are held back while the period ends before it starts, since the file refuses either half alone.
 */
export function draftFrom(values: Partial<Record<FieldName, unknown>>): Draft<InventoryFormValues> {
  const valid: Partial<Record<FieldName, unknown>> = {};
  const invalid: FieldName[] = [];
  for (const name of fieldNames) {
    const parsed = inventoryFieldsSchema.shape[name].safeParse(values[name]);
    if (parsed.success) valid[name] = parsed.data;
    else invalid.push(name);
  }
  if (endsBeforeStart(valid as Partial<InventoryFields>)) {
    delete valid.periodStart;
    delete valid.periodEnd;
    invalid.push('periodEnd');
  }
  return { valid: valid as Partial<InventoryFormValues>, invalid };
}

export const fieldLabelKeys = {
  title: 'fields.title',
  client: 'fields.client',
  region: 'fields.region',
  periodStart: 'fields.periodStart',
  periodEnd: 'fields.periodEnd',
  description: 'fields.description',
  language: 'fields.language',
} as const satisfies Readonly<Record<FieldName, string>>;

export type ValidationMessage =
  | { readonly key: 'validation.titleRequired' }
  | { readonly key: 'validation.tooLong'; readonly max: number; readonly count: number }
  | { readonly key: 'validation.invalidDate' }
  | { readonly key: 'validation.endBeforeStart' }
  | { readonly key: 'validation.invalid' };

/** Maps a zod issue (as react-hook-form reports it: `type` is the zod issue code) to our own message. */
export function validationMessage(field: FieldName, error: FieldError, value: unknown): ValidationMessage {
  if (field === 'periodEnd' && error.type === 'custom') return { key: 'validation.endBeforeStart' };
  if (field === 'periodStart' || field === 'periodEnd') return { key: 'validation.invalidDate' };
  if (field === 'title' && error.type === 'too_small') return { key: 'validation.titleRequired' };
  if (error.type === 'too_big' && field in inventoryFieldLimits) {
    const max = inventoryFieldLimits[field as keyof typeof inventoryFieldLimits];
    return { key: 'validation.tooLong', max, count: typeof value === 'string' ? value.length : 0 };
  }
  return { key: 'validation.invalid' };
}
