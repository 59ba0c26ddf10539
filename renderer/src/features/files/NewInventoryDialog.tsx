// "Nieuwe inventarisatie": title (required), client and region, then where to save. In Electron the native
// save dialog picks the path; without one (web host) a suggested path is shown in an editable field.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { filePathSchema, inventoryFieldsSchema } from '../../../../shared/contract/schemas';
import { z } from '../../../../shared/zod';
import { useApp } from '../../app/AppProvider';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { Message } from '../../components/Alert';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { validationMessage } from '../overview/inventory-form';
import { useValidationText } from '../overview/validation-text';
import './files.css';

const newInventorySchema = z.object({
  title: inventoryFieldsSchema.shape.title,
  client: inventoryFieldsSchema.shape.client,
  region: inventoryFieldsSchema.shape.region,
  path: z.string(),
  template: z.enum(['default', 'empty']),
});
type NewInventoryInput = z.input<typeof newInventorySchema>;
type NewInventoryValues = z.output<typeof newInventorySchema>;

export function NewInventoryDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const app = useApp();
  const validationText = useValidationText();
  // Native dialogs exist only in Electron; elsewhere (or if Electron says otherwise) the path is typed here.
  const [showPath, setShowPath] = useState(app.info.transport !== 'electron');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pathEdited = useRef(false);
  const form = useForm<NewInventoryInput, unknown, NewInventoryValues>({
    resolver: zodResolver(newInventorySchema),
    mode: 'onTouched',
    defaultValues: { title: '', client: '', region: '', path: '', template: 'default' },
  });
  const { register, handleSubmit, formState, setValue, setError: setFieldError, watch } = form;
  const title = watch('title');

  // Keep the suggested path in step with the title until the user edits the path.
  useEffect(() => {
    if (!showPath || pathEdited.current) return;
    let live = true;
    const timer = setTimeout(() => {
      client
        .call('files.suggestPath', { title: title.trim() })
        .then(({ path }) => live && !pathEdited.current && setValue('path', path))
        .catch((failure: unknown) => live && setError(toErrorInfo(failure)));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [title, showPath, setValue]);

  async function submit(values: NewInventoryValues) {
    setError(null);
    setNotice(null);
    let path = values.path.trim();
    if (!showPath) {
      const picked = await client.call('dialog.pickSavePath', { suggestedName: values.title });
      if (!picked.native) {
        setShowPath(true);
        return;
      }
      if (!picked.path) {
        setNotice(t('newInventory.pickCancelled'));
        return;
      }
      path = picked.path;
    } else if (!filePathSchema.safeParse(path).success) {
      setFieldError('path', { type: 'too_small', message: 'path is empty' });
      return;
    }
    await app.createFile(path, { title: values.title, client: values.client, region: values.region }, values.template);
    props.onClose();
  }

  const onSubmit = handleSubmit(async (values) => {
    try {
      await submit(values);
    } catch (failure) {
      setError(toErrorInfo(failure));
    }
  });

  const titleError = formState.errors.title ? validationText(validationMessage('title', formState.errors.title, title)) : null;
  const clientError = formState.errors.client ? validationText(validationMessage('client', formState.errors.client, watch('client'))) : null;
  const regionError = formState.errors.region ? validationText(validationMessage('region', formState.errors.region, watch('region'))) : null;

  return (
    <FormDialog
      title={t('newInventory.title')}
      description={t('newInventory.description')}
      testId="new-inventory-dialog"
      formId="new-inventory-form"
      formClassName="form-stack"
      submitLabel={formState.isSubmitting ? t('newInventory.creating') : t('newInventory.submit')}
      busy={formState.isSubmitting}
      onSubmit={(event) => void onSubmit(event)}
      onClose={props.onClose}
      error={error}
      onDismissError={() => setError(null)}
    >
        {notice ? <Message tone="info" role="status">{notice}</Message> : null}
        <Field label={t('newInventory.titleLabel')} required error={titleError}>
          {(control) => <input {...control} {...register('title')} className="input" placeholder={t('newInventory.titlePlaceholder')} autoComplete="off" data-autofocus />}
        </Field>
        <div className="form-row">
          <Field label={t('newInventory.clientLabel')} error={clientError}>
            {(control) => <input {...control} {...register('client')} className="input" placeholder={t('newInventory.clientPlaceholder')} autoComplete="off" />}
          </Field>
          <Field label={t('newInventory.regionLabel')} error={regionError}>
            {(control) => <input {...control} {...register('region')} className="input" placeholder={t('newInventory.regionPlaceholder')} autoComplete="off" />}
          </Field>
        </div>
        <fieldset className="files-template">
          <legend className="field-label">{t('newInventory.templateLegend')}</legend>
          <label className="files-template-option">
            <input type="radio" value="default" {...register('template')} />
            <span>
              <span className="files-template-title">{t('newInventory.templateDefault')}</span>
              <span className="files-template-body">{t('newInventory.templateDefaultBody')}</span>
            </span>
          </label>
          <label className="files-template-option">
            <input type="radio" value="empty" {...register('template')} />
            <span>
              <span className="files-template-title">{t('newInventory.templateEmpty')}</span>
              <span className="files-template-body">{t('newInventory.templateEmptyBody')}</span>
            </span>
          </label>
        </fieldset>
        {showPath ? (
          <Field label={t('newInventory.pathLabel')} hint={t('newInventory.pathHint')} error={formState.errors.path ? t('validation.pathRequired') : null}>
            {(control) => (
              <input
                {...control}
                {...register('path', { onChange: () => (pathEdited.current = true) })}
                className="input input-mono"
                spellCheck={false}
                autoComplete="off"
              />
            )}
          </Field>
        ) : null}
    </FormDialog>
  );
}
