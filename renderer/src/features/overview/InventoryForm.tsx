// The inventory's fields, saved as you type: each changed valid field goes to inventory.update a moment after
// typing stops and at once on blur. Invalid values get an inline message and stay in the field, unsent.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { inventoryFieldLimits, type OpenFile } from '../../../../shared/contract/schemas';
import { languages } from '../../../../shared/i18n/languages';
import type { z } from '../../../../shared/zod';
import { useApp } from '../../app/AppProvider';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { FormDateField } from '../../components/FormDateField';
import { Field } from '../../components/Field';
import { useFormat } from '../../i18n';
import { draftFrom, fieldLabelKeys, formValuesOf, inventoryFormSchema, validationMessage, type FieldName, type InventoryFormValues } from './inventory-form';
import { useValidationText } from './validation-text';

type FormInput = z.input<typeof inventoryFormSchema>;

export function InventoryForm(props: { readonly file: OpenFile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const app = useApp();
  const validationText = useValidationText();
  const { inventory, readOnly } = props.file;
  const form = useForm<FormInput, unknown, InventoryFormValues>({
    resolver: zodResolver(inventoryFormSchema),
    mode: 'onChange',
    defaultValues: formValuesOf(inventory),
  });
  const { register, formState, watch } = form;
  const { flush } = useAutosaveForm<InventoryFormValues, FormInput>({
    form,
    stored: storedRow(inventory, formValuesOf),
    readOnly,
    toDraft: draftFrom,
    save: async (patch, base) => {
      const stored = await client.call('inventory.update', { patch, base });
      app.inventoryStored(stored);
      return storedRow(stored, formValuesOf);
    },
    labelKey: (field) => fieldLabelKeys[field],
  });
  // Read-only files keep their text inputs focusable and selectable (readOnly), so text can still be copied.
  const field = (name: FieldName, options: { deps?: FieldName[] } = {}) => ({ ...register(name, { onBlur: flush, deps: options.deps }), readOnly });

  function errorText(name: FieldName): string | null {
    const error = formState.errors[name] as FieldError | undefined;
    return error ? validationText(validationMessage(name, error, form.getValues(name))) : null;
  }

  const description = watch('description');

  return (
    <form className="card" aria-labelledby="inventory-details" onSubmit={(event) => event.preventDefault()} noValidate>
      <div className="card-header">
        <h2 id="inventory-details" className="card-title">
          {t('overview.detailsHeading')}
        </h2>
      </div>
      <div className="card-body form-stack">
        <Field label={t('fields.title')} required error={errorText('title')}>
          {(control) => <input {...control} {...field('title')} className="input input-large" autoComplete="off" />}
        </Field>
        <div className="form-row">
          <Field label={t('fields.client')} hint={t('fields.clientHint')} error={errorText('client')}>
            {(control) => <input {...control} {...field('client')} className="input" autoComplete="off" />}
          </Field>
          <Field label={t('fields.region')} error={errorText('region')}>
            {(control) => <input {...control} {...field('region')} className="input" autoComplete="off" />}
          </Field>
        </div>
        <fieldset className="subgroup">
          <legend className="subgroup-legend">{t('overview.periodHeading')}</legend>
          <div className="form-row">
            <Field label={t('fields.periodStart')} error={errorText('periodStart')}>
              {(control) => (
                <FormDateField
                  control={control}
                  form={form.control}
                  name="periodStart"
                  readOnly={readOnly}
                  onLeave={() => {
                    void form.trigger('periodEnd');
                    void flush();
                  }}
                />
              )}
            </Field>
            <Field label={t('fields.periodEnd')} error={errorText('periodEnd')}>
              {(control) => (
                <FormDateField
                  control={control}
                  form={form.control}
                  name="periodEnd"
                  readOnly={readOnly}
                  onLeave={() => {
                    void form.trigger('periodStart');
                    void flush();
                  }}
                />
              )}
            </Field>
          </div>
        </fieldset>
        <Field
          label={t('fields.description')}
          hint={t('fields.descriptionHint')}
          error={errorText('description')}
          aside={t('overview.descriptionCount', { used: format.number(description.length), max: format.number(inventoryFieldLimits.description) })}
        >
          {(control) => <textarea {...control} {...field('description')} className="input textarea" rows={9} />}
        </Field>
        <Field label={t('fields.language')} hint={t('fields.languageHint')} error={errorText('language')} className="field-half">
          {(control) => (
            <select {...control} {...register('language', { onBlur: flush })} disabled={readOnly} className="input select">
              {languages.map((language) => (
                <option key={language} value={language}>
                  {t(`language.${language}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </form>
  );
}
