// One knowledge session, saved as it is typed: details (title, date, location), participants (respondents picked
// in a searchable multi-select grouped by organisation, plus others as free text), agenda, and outcomes with
// their notes.
import { SegmentList } from '../coding/SegmentList';
import { CodedTextarea } from '../coding/CodedTextarea';
import { zodResolver } from '@hookform/resolvers/zod';
import { CalendarDays, ClipboardList, Trash2, Users, Target } from 'lucide-react';
import { useMemo } from 'react';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { KnowledgeSession, Respondent } from '../../../../shared/contract/fieldwork';
import { roleLabels } from '../../../../shared/i18n/domain';
import { storedRow, useAutosaveForm } from '../../app/use-autosave-form';
import { client } from '../../bridge';
import { Button } from '../../components/Button';
import { FormDateField } from '../../components/FormDateField';
import { Field } from '../../components/Field';
import { useFormat } from '../../i18n';
import { MultiSelect, type MultiOption } from '../../components/MultiSelect';
import { useFieldMessage } from '../../app/field-message';
import { OutcomeNotes } from './OutcomeNotes';
import { sessionDraft, sessionFormSchema, sessionLabelKey, sessionRules, sessionValues, type SessionFieldName, type SessionFormValues } from './session-form';

export function SessionForm(props: {
  readonly session: KnowledgeSession;
  /** All respondents, deleted ones included (so a chip can still be named). */
  readonly respondents: readonly Respondent[];
  readonly readOnly: boolean;
  readonly onDelete: (session: KnowledgeSession) => void;
}) {
  const { t } = useTranslation('sessions');
  const format = useFormat();
  const fieldMessage = useFieldMessage();
  const { session, readOnly } = props;
  const form = useForm<SessionFormValues>({ resolver: zodResolver(sessionFormSchema), mode: 'onChange', defaultValues: sessionValues(session) });
  const live = useMemo(() => new Set(props.respondents.filter((r) => r.deletedAt === null).map((r) => r.id)), [props.respondents]);
  const { flush } = useAutosaveForm<SessionFormValues, SessionFormValues>({
    form,
    stored: storedRow(session, sessionValues),
    readOnly,
    toDraft: (values) => sessionDraft(values, live),
    save: async (patch, base) => storedRow(await client.call('sessions.update', { id: session.id, patch, base }), sessionValues),
    labelKey: sessionLabelKey,
  });
  const { register, formState, getValues } = form;
  const message = (field: SessionFieldName) => fieldMessage(sessionRules[field], formState.errors[field] as FieldError | undefined, getValues(field));
  const text = (field: SessionFieldName) => ({ ...register(field, { onBlur: flush }), readOnly });

  const options = useMemo<MultiOption[]>(() => {
    const noOrganisation = t('sessions.noOrganisation');
    const collator = new Intl.Collator(format.locale, { sensitivity: 'base', numeric: true });
    return props.respondents
      .map((r) => ({
        id: r.id,
        label: r.name,
        detail: [roleLabels[r.role][format.language], r.jobTitle].filter(Boolean).join(' · '),
        group: r.organisationName ?? noOrganisation,
        chipDetail: r.organisationName ?? '',
        unavailable: r.deletedAt !== null,
      }))
      .sort((a, b) => (a.group === noOrganisation ? 1 : 0) - (b.group === noOrganisation ? 1 : 0) || collator.compare(a.group, b.group) || collator.compare(a.label, b.label));
  }, [props.respondents, format.locale, format.language, t]);

  const participantIds = form.watch('participantIds');
  const [agenda, outcomes] = form.watch(['agenda', 'outcomes']);
  const participantCount = participantIds.filter((id) => live.has(id)).length;

  return (
    <form className="session-grid" onSubmit={(event) => event.preventDefault()} noValidate data-testid="session-form">
      <div className="session-column">
        <section className="card" aria-labelledby={`details-${session.id}`}>
          <div className="card-header">
            <h2 id={`details-${session.id}`} className="card-title">
              <CalendarDays size={16} aria-hidden />
              {t('sessions.detailsHeading')}
            </h2>
            {readOnly ? null : (
              <Button variant="ghost" className="button-small button-danger-ghost" icon={Trash2} onClick={() => props.onDelete(session)}>
                {t('sessions.delete')}
              </Button>
            )}
          </div>
          <div className="card-body form-stack">
            <Field label={t('sessions.fields.title')} required error={message('title')}>
              {(control) => <input {...control} {...text('title')} className="input input-large" autoComplete="off" />}
            </Field>
            <div className="form-row">
              <Field label={t('sessions.fields.heldOn')} error={message('heldOn')}>
                {(control) => <FormDateField control={control} form={form.control} name="heldOn" readOnly={readOnly} onLeave={() => void flush()} />}
              </Field>
              <Field label={t('sessions.fields.location')} error={message('location')}>
                {(control) => <input {...control} {...text('location')} className="input" autoComplete="off" placeholder={readOnly ? undefined : t('sessions.locationPlaceholder')} />}
              </Field>
            </div>
          </div>
        </section>

        <section className="card" aria-labelledby={`participants-${session.id}`}>
          <div className="card-header">
            <h2 id={`participants-${session.id}`} className="card-title">
              <Users size={16} aria-hidden />
              {t('sessions.participantsHeading')}
            </h2>
            <span className="card-meta">{t('sessions.participantCount', { count: participantCount })}</span>
          </div>
          <div className="card-body form-stack">
            {props.respondents.length === 0 ? <p className="field-hint">{t('sessions.noRespondents')}</p> : null}
            <Field label={t('sessions.fields.participants')} hint={readOnly ? undefined : t('sessions.fields.participantsHint')}>
              {(control) => (
                <Controller
                  control={form.control}
                  name="participantIds"
                  render={({ field }) => (
                    <MultiSelect
                      control={control}
                      label={t('sessions.fields.participants')}
                      options={options}
                      // Chosen respondents deleted since are not participants any more (see sessionDraft).
                      selected={field.value.filter((id) => live.has(id))}
                      onChange={(ids) => field.onChange(ids)}
                      onBlur={() => {
                        field.onBlur();
                        void flush();
                      }}
                      readOnly={readOnly}
                      testId="participants"
                    />
                  )}
                />
              )}
            </Field>
            <Field label={t('sessions.fields.otherParticipants')} hint={readOnly ? undefined : t('sessions.fields.otherParticipantsHint')} error={message('otherParticipants')}>
              {(control) => <textarea {...control} {...text('otherParticipants')} className="input textarea textarea-small" rows={3} />}
            </Field>
          </div>
        </section>

        <section className="card" aria-labelledby={`agenda-${session.id}`}>
          <div className="card-header">
            <h2 id={`agenda-${session.id}`} className="card-title">
              <ClipboardList size={16} aria-hidden />
              {t('sessions.agendaHeading')}
            </h2>
          </div>
          <div className="card-body form-stack">
            <Field label={t('sessions.fields.agenda')} hint={readOnly ? undefined : t('sessions.fields.agendaHint')} error={message('agenda')}>
              {(control) => (
                <CodedTextarea kind="session" sourceId={session.id} field="agenda" value={agenda ?? ''} readOnly={readOnly} listed={false}>
                  <textarea {...control} {...text('agenda')} className="input textarea textarea-medium" rows={6} data-coding-source="session" data-coding-id={session.id} data-coding-field="agenda" />
                </CodedTextarea>
              )}
            </Field>
            <SegmentList kind="session" sourceId={session.id} field="agenda" readOnly={readOnly} />
          </div>
        </section>
      </div>

      <div className="session-column">
        <section className="card" aria-labelledby={`outcomes-${session.id}`}>
          <div className="card-header">
            <h2 id={`outcomes-${session.id}`} className="card-title">
              <Target size={16} aria-hidden />
              {t('sessions.outcomesHeading')}
            </h2>
          </div>
          <div className="card-body form-stack">
            <Field label={t('sessions.fields.outcomes')} hint={readOnly ? undefined : t('sessions.fields.outcomesHint')} error={message('outcomes')}>
              {(control) => (
                <CodedTextarea kind="session" sourceId={session.id} field="outcomes" value={outcomes ?? ''} readOnly={readOnly} listed={false}>
                  <textarea {...control} {...text('outcomes')} className="input textarea textarea-medium" rows={6} data-coding-source="session" data-coding-id={session.id} data-coding-field="outcomes" />
                </CodedTextarea>
              )}
            </Field>
            <SegmentList kind="session" sourceId={session.id} field="outcomes" readOnly={readOnly} />
            <OutcomeNotes sessionId={session.id} readOnly={readOnly} />
          </div>
        </section>
      </div>
    </form>
  );
}
