// Adding and editing a respondent in a dialog: every field, the three consents with their dates (a date appears
// once its consent is ticked, today by default), a warning for a duplicate name within the same organisation,
// and for an existing respondent autosave plus "Vergeten (AVG)". A forgotten respondent is shown read-only.
import { zodResolver } from '@hookform/resolvers/zod';
import { Trash2, UserX } from 'lucide-react';
import { useState } from 'react';
import { Controller, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { respondentRoleSchema, type Organisation, type Respondent } from '../../../../shared/contract/fieldwork';
import { roleLabels } from '../../../../shared/i18n/domain';
import { toErrorInfo } from '../../app/autosave';
import { flushPendingSaves } from '../../app/save-state';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { Message } from '../../components/Alert';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Dialog, DialogCloseButton } from '../../components/Dialog';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';
import { useFormat } from '../../i18n';
import { SaveNote } from '../../components/SaveNote';
import { formatDay, sameName, todayIso } from '../../app/text';
import { useFieldMessage } from '../../app/field-message';
import { ForgetDialog } from './ForgetDialog';
import {
  consents,
  emptyRespondent,
  respondentDraft,
  respondentFormSchema,
  respondentLabelKey,
  respondentRules,
  respondentValues,
  toRespondentFields,
  type RespondentFieldName,
  type RespondentFormValues,
} from './respondent-form';

function RespondentFieldsView(props: {
  readonly form: UseFormReturn<RespondentFormValues>;
  readonly organisations: readonly Organisation[];
  readonly respondents: readonly Respondent[];
  readonly selfId: string | null;
  readonly readOnly: boolean;
  readonly onBlur?: () => void;
}) {
  const { t } = useTranslation('people');
  const format = useFormat();
  const fieldMessage = useFieldMessage();
  const { form, readOnly, onBlur } = props;
  const { register, formState, watch, getValues, setValue } = form;
  const [name, organisationId] = watch(['name', 'organisationId']);
  const duplicate = props.respondents.find(
    (r) => r.id !== props.selfId && !r.forgottenAt && (r.organisationId ?? '') === organisationId && sameName(r.name, name),
  );
  const organisationName = props.organisations.find((o) => o.id === organisationId)?.name;
  const message = (field: RespondentFieldName) => fieldMessage(respondentRules[field], formState.errors[field], getValues(field));
  const text = (field: RespondentFieldName) => ({ ...register(field, { onBlur }), readOnly });
  // The organisation may have been deleted since; keep it selectable so the form shows the truth.
  const organisationOptions = organisationId && !organisationName ? [...props.organisations, null] : props.organisations;

  return (
    <div className="form-stack">
      <Field
        label={t('respondents.fields.name')}
        required
        error={message('name')}
        hint={
          duplicate ? (
            <span className="field-warning" role="status" data-testid="duplicate-warning">
              {organisationName
                ? t('respondents.duplicate', { name: duplicate.name, organisation: organisationName })
                : t('respondents.duplicateNoOrganisation', { name: duplicate.name })}
            </span>
          ) : undefined
        }
      >
        {(control) => <input {...control} {...text('name')} className="input input-large" autoComplete="off" placeholder={readOnly ? undefined : t('respondents.namePlaceholder')} data-autofocus />}
      </Field>
      <div className="form-row">
        <Field label={t('respondents.fields.organisation')} error={message('organisationId')}>
          {(control) => (
            <select {...control} {...register('organisationId', { onBlur })} disabled={readOnly} className="input select select-full">
              <option value="">{t('respondents.noOrganisation')}</option>
              {organisationOptions.map((o) =>
                o ? (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ) : (
                  <option key="missing" value={organisationId}>
                    {t('common.none')}
                  </option>
                ),
              )}
            </select>
          )}
        </Field>
        <Field label={t('respondents.fields.role')} error={message('role')}>
          {(control) => (
            <select {...control} {...register('role', { onBlur })} disabled={readOnly} className="input select select-full">
              {respondentRoleSchema.options.map((role) => (
                <option key={role} value={role}>
                  {roleLabels[role][format.language]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field label={t('respondents.fields.jobTitle')} error={message('jobTitle')}>
          {(control) => <input {...control} {...text('jobTitle')} className="input" autoComplete="off" />}
        </Field>
        <Field label={t('respondents.fields.department')} error={message('department')}>
          {(control) => <input {...control} {...text('department')} className="input" autoComplete="off" />}
        </Field>
      </div>
      <div className="form-row">
        <Field label={t('respondents.fields.email')} error={message('email')}>
          {(control) => <input {...control} {...text('email')} type="email" className="input" autoComplete="off" spellCheck={false} />}
        </Field>
        <Field label={t('respondents.fields.phone')} error={message('phone')}>
          {(control) => <input {...control} {...text('phone')} type="tel" className="input" autoComplete="off" />}
        </Field>
      </div>
      <fieldset className="subgroup respondent-consent-group">
        <legend className="subgroup-legend">{t('respondents.consentHeading')}</legend>
        {readOnly ? null : <p className="field-hint respondent-consent-hint">{t('respondents.consentHint')}</p>}
        <div className="respondent-consent-list">
          {consents.map((consent) => {
            const given = watch(consent.given);
            return (
              <div key={consent.given} className={`respondent-consent-row${given ? ' consent-row-given' : ''}`}>
                <label className="respondent-check">
                  <input
                    type="checkbox"
                    {...register(consent.given, {
                      onBlur,
                      onChange: (event: { target: HTMLInputElement }) => {
                        if (event.target.checked && !getValues(consent.on)) setValue(consent.on, todayIso(), { shouldValidate: true });
                      },
                    })}
                    disabled={readOnly}
                  />
                  <span>{t(`respondents.fields.${consent.given}`)}</span>
                </label>
                {given ? (
                  <div className="respondent-consent-date">
                    <span className="respondent-consent-on" aria-hidden>
                      {t('respondents.consentOn')}
                    </span>
                    <Controller
                      control={form.control}
                      name={consent.on}
                      render={({ field }) => (
                        <DateField
                          name={field.name}
                          value={field.value}
                          onChange={field.onChange}
                          onBlur={() => {
                            field.onBlur();
                            onBlur?.();
                          }}
                          readOnly={readOnly}
                          className="respondent-consent-date-input"
                          aria-label={t(`respondents.fields.${consent.on}`)}
                          aria-invalid={formState.errors[consent.on] ? true : undefined}
                          title={formatDay(field.value, format.locale)}
                        />
                      )}
                    />
                    {formState.errors[consent.on] ? <span className="field-error">{message(consent.on)}</span> : null}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
      <Field label={t('respondents.fields.notes')} error={message('notes')}>
        {(control) => <textarea {...control} {...text('notes')} className="input textarea textarea-small" rows={3} />}
      </Field>
    </div>
  );
}

export function NewRespondentDialog(props: {
  readonly organisations: readonly Organisation[];
  readonly respondents: readonly Respondent[];
  /** Pre-selected organisation (e.g. the one the list is filtered on). */
  readonly organisationId: string;
  readonly onCreated: (respondent: Respondent) => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('people');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const form = useForm<RespondentFormValues>({
    resolver: zodResolver(respondentFormSchema),
    mode: 'onTouched',
    defaultValues: { ...emptyRespondent, organisationId: props.organisationId },
  });

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      props.onCreated(await client.call('respondents.create', { fields: toRespondentFields(values) }));
    } catch (failure) {
      setError(toErrorInfo(failure));
    }
  });

  return (
    <FormDialog
      title={t('respondents.newTitle')}
      description={t('respondents.newDescription')}
      size="large"
      testId="respondent-dialog"
      formId="respondent-form"
      submitLabel={t('common.add')}
      busy={form.formState.isSubmitting}
      onSubmit={(event) => void submit(event)}
      onClose={props.onClose}
      error={error}
      onDismissError={() => setError(null)}
    >
      <RespondentFieldsView form={form} organisations={props.organisations} respondents={props.respondents} selfId={null} readOnly={false} />
    </FormDialog>
  );
}

export function EditRespondentDialog(props: {
  readonly respondent: Respondent;
  readonly organisations: readonly Organisation[];
  readonly respondents: readonly Respondent[];
  readonly readOnly: boolean;
  readonly inventoryLanguage: 'nl' | 'en';
  readonly onDelete: (respondent: Respondent) => void;
  readonly onForgotten: (respondent: Respondent) => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('people');
  const format = useFormat();
  const { respondent } = props;
  const forgotten = respondent.forgottenAt !== null;
  const locked = props.readOnly || forgotten;
  const [forgetting, setForgetting] = useState(false);
  const form = useForm<RespondentFormValues>({ resolver: zodResolver(respondentFormSchema), mode: 'onChange', defaultValues: respondentValues(respondent) });
  const { flush, closeGuard } = useAutosaveForm<RespondentFormValues, RespondentFormValues>({
    form,
    stored: storedRow(respondent, respondentValues),
    readOnly: locked,
    toDraft: respondentDraft,
    save: async (patch, base) => storedRow(await client.call('respondents.update', { id: respondent.id, patch: toRespondentFields(patch), base: toRespondentFields(base) }), respondentValues),
    labelKey: respondentLabelKey,
  });

  return (
    <Dialog
      title={locked ? t('respondents.viewTitle') : t('respondents.editTitle')}
      description={respondent.organisationName ?? undefined}
      onClose={props.onClose}
      closeGuard={closeGuard}
      size="large"
      testId="respondent-dialog"
      footer={
        <>
          {props.readOnly ? null : (
            <Button variant="ghost" className="button-danger-ghost" icon={Trash2} onClick={() => props.onDelete(respondent)}>
              {t('common.delete')}
            </Button>
          )}
          {locked ? null : (
            <Button variant="ghost" className="button-danger-ghost" icon={UserX} onClick={() => setForgetting(true)}>
              {t('respondents.forget')}
            </Button>
          )}
          <span className="dialog-footer-spacer" />
          {locked ? null : <SaveNote />}
          <DialogCloseButton variant="primary">{t('common.close')}</DialogCloseButton>
        </>
      }
    >
      <form onSubmit={(event) => event.preventDefault()} noValidate className="respondent-form">
        {forgotten ? (
          <Message tone="info" role="note" testId="forgotten-notice">
            {t('respondents.forgottenNotice', { date: formatDay(respondent.forgottenAt ?? '', format.locale) })}
          </Message>
        ) : null}
        <RespondentFieldsView form={form} organisations={props.organisations} respondents={props.respondents} selfId={respondent.id} readOnly={locked} onBlur={flush} />
      </form>
      {forgetting ? (
        <ForgetDialog
          respondent={respondent}
          inventoryLanguage={props.inventoryLanguage}
          onClose={() => setForgetting(false)}
          onConfirm={async () => {
            // What was typed a moment ago goes in first, so forgetting also covers it.
            await flushPendingSaves();
            const result = await client.call('respondents.forget', { id: respondent.id });
            setForgetting(false);
            props.onForgotten(result);
          }}
        />
      ) : null}
    </Dialog>
  );
}
