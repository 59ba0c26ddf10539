// Adding and editing an organisation in a dialog. A new one is created with "Toevoegen"; an existing one saves
// each change as it is typed (the autosave engine), so its dialog only has "Sluiten". Both warn, without
// blocking, when another organisation already has the same name.
import { zodResolver } from '@hookform/resolvers/zod';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { organisationFieldsSchema, organisationKinds, type Organisation, type OrganisationFields } from '../../../../shared/contract/fieldwork';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { organisationKindLabels } from '../../../../shared/i18n/domain';
import { toErrorInfo } from '../../app/autosave';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import { Dialog, DialogCloseButton } from '../../components/Dialog';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { useFormat } from '../../i18n';
import { SaveNote } from '../../components/SaveNote';
import { sameName } from '../../app/text';
import { useFieldMessage } from '../../app/field-message';
import { emptyOrganisation, organisationDraft, organisationLabelKeys, organisationRules, organisationValues, type OrganisationFieldName } from './organisation-form';

function OrganisationFieldsView(props: {
  readonly form: UseFormReturn<OrganisationFields>;
  readonly organisations: readonly Organisation[];
  readonly selfId: string | null;
  readonly readOnly: boolean;
  readonly onBlur?: () => void;
}) {
  const { t } = useTranslation('people');
  const format = useFormat();
  const fieldMessage = useFieldMessage();
  const { form, readOnly } = props;
  const { register, formState, watch } = form;
  const name = watch('name');
  const duplicate = props.organisations.find((o) => o.id !== props.selfId && sameName(o.name, name));
  const message = (field: OrganisationFieldName) => fieldMessage(organisationRules[field], formState.errors[field], form.getValues(field));
  const field = (name: OrganisationFieldName) => ({ ...register(name, { onBlur: props.onBlur }), readOnly });

  return (
    <div className="form-stack">
      <Field
        label={t('organisations.fields.name')}
        required
        error={message('name')}
        hint={
          duplicate ? (
            <span className="field-warning" role="status" data-testid="duplicate-warning">
              {t('organisations.duplicate', { name: duplicate.name })}
            </span>
          ) : undefined
        }
      >
        {(control) => <input {...control} {...field('name')} className="input input-large" autoComplete="off" placeholder={t('organisations.namePlaceholder')} data-autofocus />}
      </Field>
      <Field label={t('organisations.fields.kind')} error={message('kind')} className="field-half">
        {(control) => (
          <select {...control} {...register('kind', { onBlur: props.onBlur })} disabled={readOnly} className="input select">
            {organisationKinds.map((kind) => (
              <option key={kind} value={kind}>
                {organisationKindLabels[kind][format.language]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('organisations.fields.notes')} hint={t('organisations.fields.notesHint')} error={message('notes')}>
        {(control) => <textarea {...control} {...field('notes')} className="input textarea textarea-medium" rows={5} />}
      </Field>
    </div>
  );
}

export function NewOrganisationDialog(props: { readonly organisations: readonly Organisation[]; readonly onCreated: (organisation: Organisation) => void; readonly onClose: () => void }) {
  const { t } = useTranslation('people');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const form = useForm<OrganisationFields>({ resolver: zodResolver(organisationFieldsSchema), mode: 'onTouched', defaultValues: emptyOrganisation });

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      props.onCreated(await client.call('organisations.create', { fields: values }));
    } catch (failure) {
      setError(toErrorInfo(failure));
    }
  });

  return (
    <FormDialog
      title={t('organisations.newTitle')}
      description={t('organisations.newDescription')}
      testId="organisation-dialog"
      formId="organisation-form"
      submitLabel={t('common.add')}
      busy={form.formState.isSubmitting}
      onSubmit={(event) => void submit(event)}
      onClose={props.onClose}
      error={error}
      onDismissError={() => setError(null)}
    >
      <OrganisationFieldsView form={form} organisations={props.organisations} selfId={null} readOnly={false} />
    </FormDialog>
  );
}

export function EditOrganisationDialog(props: {
  readonly organisation: Organisation;
  readonly organisations: readonly Organisation[];
  readonly readOnly: boolean;
  readonly onDelete: (organisation: Organisation) => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('people');
  const { organisation } = props;
  const form = useForm<OrganisationFields>({ resolver: zodResolver(organisationFieldsSchema), mode: 'onChange', defaultValues: organisationValues(organisation) });
  const { flush, closeGuard } = useAutosaveForm<OrganisationFields, OrganisationFields>({
    form,
    stored: storedRow(organisation, organisationValues),
    readOnly: props.readOnly,
    toDraft: organisationDraft,
    save: async (patch) => storedRow(await client.call('organisations.update', { id: organisation.id, patch }), organisationValues),
    labelKey: (field) => organisationLabelKeys[field],
  });

  return (
    <Dialog
      title={props.readOnly ? t('organisations.viewTitle') : t('organisations.editTitle')}
      description={`${t('organisations.respondentCount', { count: organisation.respondentCount })} · ${t('organisations.interviewCount', { count: organisation.interviewCount })}`}
      onClose={props.onClose}
      closeGuard={closeGuard}
      testId="organisation-dialog"
      footer={
        <>
          {props.readOnly ? null : (
            <Button variant="ghost" className="button-danger-ghost" icon={Trash2} onClick={() => props.onDelete(organisation)}>
              {t('common.delete')}
            </Button>
          )}
          <span className="dialog-footer-spacer" />
          {props.readOnly ? null : <SaveNote />}
          <DialogCloseButton variant="primary">{t('common.close')}</DialogCloseButton>
        </>
      }
    >
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        <OrganisationFieldsView form={form} organisations={props.organisations} selfId={organisation.id} readOnly={props.readOnly} onBlur={flush} />
      </form>
    </Dialog>
  );
}
