// The organisation form's rules, apart from React: its values, which of them may be saved, the label of each
// field (for the save indicator) and the kind of validation message each field gets.
import { organisationFieldsSchema, type Organisation, type OrganisationFields } from '../../../../shared/contract/fieldwork';
import type { Draft } from '../../app/autosave';
import { draftByField } from '../../app/use-autosave-form';
import type { FieldRule } from '../../app/field-message';

export type OrganisationFieldName = keyof OrganisationFields;

export const emptyOrganisation: OrganisationFields = { name: '', kind: 'municipality', notes: '' };

export function organisationValues(organisation: Organisation): OrganisationFields {
  return { name: organisation.name, kind: organisation.kind, notes: organisation.notes };
}

export function organisationDraft(values: Partial<Record<OrganisationFieldName, unknown>>): Draft<OrganisationFields> {
  return draftByField<OrganisationFields>(organisationFieldsSchema.shape, values);
}

export const organisationLabelKeys: Readonly<Record<OrganisationFieldName, string>> = {
  name: 'people:organisations.fields.name',
  kind: 'people:organisations.fields.kind',
  notes: 'people:organisations.fields.notes',
};

export const organisationRules: Readonly<Record<OrganisationFieldName, FieldRule>> = {
  name: { kind: 'name', max: 200 },
  kind: { kind: 'choice' },
  notes: { kind: 'free', max: 50_000 },
};
