// "Interview plannen": organisation, its respondents, interviewer (your own name by default), date and time,
// location and mode. Validated with the contract's own field rules; created with interviews.create.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useController, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { interviewFieldsSchema, interviewModes, type Interview, type Organisation, type Respondent } from '../../../../shared/contract/fieldwork';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { z } from '../../../../shared/zod';
import { useApp } from '../../app/AppProvider';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { FormDialog } from '../../components/FormDialog';
import { DateTimeField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { useFormat } from '../../i18n';
import { useLabels } from './parts';
import { RespondentCheckList } from './RespondentCheckList';

const shape = interviewFieldsSchema.shape;
const planSchema = z.object({
  organisationId: z.string().min(1, 'required'),
  respondentIds: z.array(z.string()),
  interviewer: shape.interviewer,
  scheduledAt: shape.scheduledAt,
  location: shape.location,
  mode: shape.mode,
});
type PlanInput = z.input<typeof planSchema>;
type PlanValues = z.output<typeof planSchema>;

export interface PlanPreset {
  readonly organisationId?: string;
  readonly respondentIds?: readonly string[];
}

export function PlanInterviewDialog(props: {
  readonly organisations: readonly Organisation[];
  readonly respondents: readonly Respondent[];
  readonly preset: PlanPreset;
  readonly onClose: () => void;
  readonly onPlanned: (interview: Interview) => void;
}) {
  const { t } = useTranslation('interviews');
  const { t: tUi } = useTranslation();
  const app = useApp();
  const format = useFormat();
  const labels = useLabels();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const form = useForm<PlanInput, unknown, PlanValues>({
    resolver: zodResolver(planSchema),
    mode: 'onTouched',
    defaultValues: {
      organisationId: props.preset.organisationId ?? '',
      respondentIds: [...(props.preset.respondentIds ?? [])],
      interviewer: app.settings.defaultInterviewer || app.settings.authorName,
      scheduledAt: '',
      location: '',
      mode: 'in_person',
    },
  });
  const { register, handleSubmit, formState, watch, setValue } = form;
  const organisationId = watch('organisationId');
  const picked = useController({ control: form.control, name: 'respondentIds' });
  const scheduled = useController({ control: form.control, name: 'scheduledAt' });
  const candidates = props.respondents.filter((r) => r.organisationId === organisationId);
  const sortedOrganisations = [...props.organisations].sort((a, b) => a.name.localeCompare(b.name, format.locale, { sensitivity: 'base', numeric: true }));

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    try {
      const created = await client.call('interviews.create', {
        fields: {
          organisationId: values.organisationId,
          respondentIds: values.respondentIds.filter((id) => candidates.some((r) => r.id === id)),
          interviewer: values.interviewer,
          scheduledAt: values.scheduledAt,
          location: values.location,
          mode: values.mode,
        },
      });
      props.onPlanned(created);
    } catch (failure) {
      setError(toErrorInfo(failure));
    }
  });

  function message(name: keyof PlanValues, error: FieldError | undefined): string | null {
    if (!error) return null;
    if (name === 'organisationId') return t('plan.organisationRequired');
    if (name === 'scheduledAt') return t('plan.invalidDateTime');
    if (error.type === 'too_big') {
      const value = String(form.getValues(name) ?? '');
      return t('plan.tooLong', { max: format.number(500), length: format.number(value.length) });
    }
    return tUi('validation.invalid');
  }

  const selected = new Set(picked.field.value);
  function toggle(id: string, on: boolean) {
    const next = on ? [...picked.field.value, id] : picked.field.value.filter((x) => x !== id);
    picked.field.onChange(next);
  }

  return (
    <FormDialog
      title={t('plan.title')}
      description={t('plan.description')}
      testId="plan-interview-dialog"
      formId="plan-interview-form"
      formClassName="form-stack"
      submitLabel={t('plan.submit')}
      busy={formState.isSubmitting}
      onSubmit={(event) => void onSubmit(event)}
      onClose={props.onClose}
      error={error}
      onDismissError={() => setError(null)}
    >
        <Field label={t('plan.organisation')} required error={message('organisationId', formState.errors.organisationId)}>
          {(control) => (
            <select
              {...control}
              {...register('organisationId', { onChange: () => setValue('respondentIds', []) })}
              className="input select interview-select-wide"
              data-autofocus
            >
              <option value="">{t('plan.chooseOrganisation')}</option>
              {sortedOrganisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="interview-plan-respondents">
          <legend className="field-label">{t('plan.respondents')}</legend>
          {organisationId === '' ? (
            <p className="field-hint">{t('plan.respondentsPickOrganisation')}</p>
          ) : candidates.length === 0 ? (
            <p className="field-hint">{t('plan.respondentsNone')}</p>
          ) : (
            <>
              <RespondentCheckList respondents={candidates} selected={selected} onToggle={toggle} onBlur={picked.field.onBlur} />
              <p className="field-hint">{t('plan.respondentsHint')}</p>
            </>
          )}
        </fieldset>
        <div className="form-row">
          <Field label={t('plan.interviewer')} hint={t('plan.interviewerHint')} error={message('interviewer', formState.errors.interviewer)}>
            {(control) => <input {...control} {...register('interviewer')} className="input" autoComplete="off" dir="auto" />}
          </Field>
          <Field label={t('plan.scheduledAt')} error={message('scheduledAt', formState.errors.scheduledAt)}>
            {(control) => (
              <DateTimeField
                {...control}
                name={scheduled.field.name}
                value={scheduled.field.value}
                onChange={scheduled.field.onChange}
                onBlur={scheduled.field.onBlur}
                dateLabel={t('plan.date')}
                timeLabel={t('plan.time')}
                className="interview-input-datetime"
              />
            )}
          </Field>
        </div>
        <div className="form-row">
          <Field label={t('plan.location')} error={message('location', formState.errors.location)}>
            {(control) => <input {...control} {...register('location')} className="input" autoComplete="off" dir="auto" placeholder={t('plan.locationPlaceholder')} />}
          </Field>
          <Field label={t('plan.mode')}>
            {(control) => (
              <select {...control} {...register('mode')} className="input select">
                {interviewModes.map((mode) => (
                  <option key={mode} value={mode}>
                    {labels.mode(mode)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
    </FormDialog>
  );
}
