// An interview's details, saved as you type: organisation, respondents, interviewer, date and time, location,
// mode, status and summary. Invalid values keep their inline message and stay unsent; data stored elsewhere
// (another tab) flows into every field that is not being edited here.
import { zodResolver } from '@hookform/resolvers/zod';
import { useController, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { interviewFieldsSchema, interviewModes, interviewStatuses, type Interview, type Organisation, type Respondent } from '../../../../shared/contract/fieldwork';
import { z } from '../../../../shared/zod';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { DateTimeField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { TextCounter } from '../../components/TextCounter';
import { useFormat } from '../../i18n';
import { detailsDraft, detailsLabelKeys, detailsOf, detailsPatch, type DetailsField, type DetailsValues } from './details-form';
import { useLabels } from './parts';
import { RespondentCheckList } from './RespondentCheckList';

const shape = interviewFieldsSchema.shape;
const summaryMax = shape.summary.maxLength ?? 50_000;
const detailsSchema = z.object({
  organisationId: z.string(),
  respondentIds: z.array(z.string()),
  interviewer: shape.interviewer,
  scheduledAt: shape.scheduledAt,
  location: shape.location,
  mode: z.string(),
  status: z.string(),
  summary: shape.summary,
});

export function InterviewDetailsForm(props: {
  readonly interview: Interview;
  readonly organisations: readonly Organisation[];
  readonly respondents: readonly Respondent[];
  readonly readOnly: boolean;
  /** Processed or validated: every field is fixed but the status (the way back is to reopen it). */
  readonly locked?: boolean;
}) {
  const { t } = useTranslation('interviews');
  const { t: tUi } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const id = props.interview.id;
  const fixed = props.readOnly || (props.locked ?? false);

  const form = useForm<DetailsValues>({
    resolver: zodResolver(detailsSchema),
    mode: 'onChange',
    defaultValues: detailsOf(props.interview),
  });
  const { register, formState, watch, setValue, getValues } = form;
  const picked = useController({ control: form.control, name: 'respondentIds' });
  const scheduled = useController({ control: form.control, name: 'scheduledAt' });

  // Stored elsewhere (another tab, the status set by interview mode): fields not edited here follow.
  const { flush } = useAutosaveForm<DetailsValues, DetailsValues>({
    form,
    stored: storedRow(props.interview, detailsOf),
    readOnly: props.readOnly,
    // A half-typed date or time is held as typed: the schema refuses it, so it is never saved as "no date".
    toDraft: detailsDraft,
    save: async (patch, base) => storedRow(await client.call('interviews.update', { id, patch: detailsPatch(patch), base: detailsPatch(base) }), detailsOf),
    labelKey: (field) => detailsLabelKeys[field],
  });
  const field = (name: Exclude<DetailsField, 'respondentIds'>) => ({ ...register(name, { onBlur: flush }), readOnly: fixed });

  function errorText(name: DetailsField): string | null {
    const error = formState.errors[name] as FieldError | undefined;
    if (!error) return null;
    if (name === 'scheduledAt') return t('plan.invalidDateTime');
    if (error.type === 'too_big') {
      const value = String(getValues(name) ?? '');
      return t('plan.tooLong', { max: format.number(name === 'summary' ? summaryMax : (shape.location.maxLength ?? 500)), length: format.number(value.length) });
    }
    return tUi('validation.invalid');
  }

  const organisationId = watch('organisationId');
  const candidates = props.respondents.filter((r) => r.organisationId === organisationId || picked.field.value.includes(r.id));
  const selected = new Set(picked.field.value);
  // A respondent who was deleted or belongs elsewhere still shows while linked, so unlinking stays possible.
  const linkedUnknown = picked.field.value.filter((rid) => !props.respondents.some((r) => r.id === rid));
  const sortedOrganisations = [...props.organisations].sort((a, b) => a.name.localeCompare(b.name, format.locale, { sensitivity: 'base', numeric: true }));

  function toggle(respondentId: string, on: boolean) {
    picked.field.onChange(on ? [...picked.field.value, respondentId] : picked.field.value.filter((x) => x !== respondentId));
    // Choices are saved at once, not after the typing pause.
    queueMicrotask(flush);
  }

  return (
    <form className="card" aria-labelledby="interview-details" onSubmit={(event) => event.preventDefault()} noValidate>
      <div className="card-header">
        <h2 id="interview-details" className="card-title">
          {t('interview.details')}
        </h2>
      </div>
      <div className="card-body form-stack">
        <div className="form-row">
          <Field label={t('fields.organisation')} error={errorText('organisationId')}>
            {(control) => (
              <select
                {...control}
                {...register('organisationId', {
                  onBlur: flush,
                  onChange: (event: { target: { value: string } }) => {
                    const next = event.target.value;
                    setValue(
                      'respondentIds',
                      getValues('respondentIds').filter((rid) => props.respondents.find((r) => r.id === rid)?.organisationId === next),
                    );
                    queueMicrotask(flush);
                  },
                })}
                disabled={fixed}
                className="input select interview-select-wide"
              >
                <option value="">{t('common.noOrganisation')}</option>
                {sortedOrganisations.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('fields.status')}>
            {(control) => (
              <select {...control} {...register('status', { onBlur: flush, onChange: () => queueMicrotask(flush) })} disabled={props.readOnly} className="input select">
                {interviewStatuses.map((status) => (
                  <option key={status} value={status}>
                    {labels.status(status)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset className="interview-plan-respondents">
          <legend className="field-label">{t('fields.respondents')}</legend>
          {candidates.length === 0 && linkedUnknown.length === 0 ? (
            <p className="field-hint">{organisationId === '' ? t('plan.respondentsPickOrganisation') : t('plan.respondentsNone')}</p>
          ) : (
            <RespondentCheckList respondents={candidates} selected={selected} onToggle={toggle} onBlur={picked.field.onBlur} unknownIds={linkedUnknown} readOnly={fixed} columns />
          )}
        </fieldset>
        <div className="form-row">
          <Field label={t('fields.interviewer')} error={errorText('interviewer')}>
            {(control) => <input {...control} {...field('interviewer')} className="input" autoComplete="off" dir="auto" />}
          </Field>
          <Field label={t('fields.scheduledAt')} error={errorText('scheduledAt')}>
            {(control) => (
              <DateTimeField
                {...control}
                name={scheduled.field.name}
                value={scheduled.field.value}
                onChange={scheduled.field.onChange}
                onBlur={() => {
                  scheduled.field.onBlur();
                  void flush();
                }}
                readOnly={fixed}
                dateLabel={t('plan.date')}
                timeLabel={t('plan.time')}
                className="interview-input-datetime"
              />
            )}
          </Field>
        </div>
        <div className="form-row">
          <Field label={t('fields.location')} error={errorText('location')}>
            {(control) => <input {...control} {...field('location')} className="input" autoComplete="off" dir="auto" placeholder={t('plan.locationPlaceholder')} />}
          </Field>
          <Field label={t('fields.mode')}>
            {(control) => (
              <select {...control} {...register('mode', { onBlur: flush, onChange: () => queueMicrotask(flush) })} disabled={fixed} className="input select">
                {interviewModes.map((mode) => (
                  <option key={mode} value={mode}>
                    {labels.mode(mode)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label={t('fields.summary')} hint={t('interview.summaryHint')} error={errorText('summary')}>
          {(control) => <textarea {...control} {...field('summary')} className="input textarea interview-textarea-grow" rows={5} dir="auto" />}
        </Field>
        <TextCounter length={(watch('summary') ?? '').length} max={summaryMax} />
      </div>
    </form>
  );
}
