// Writing a new recommendation: text, addressee (and which municipality) and priority, added with "Toevoegen" or
// Ctrl+Enter. It lands at the end of the list; codes are linked on the item afterwards.
import { zodResolver } from '@hookform/resolvers/zod';
import { Plus } from 'lucide-react';
import { forwardRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { priorities, recommendationAddressees, recommendationFieldsSchema, type Organisation, type Recommendation } from '../../../../shared/contract/fieldwork';
import { addresseeLabels, priorityLabels } from '../../../../shared/i18n/domain';
import { z } from '../../../../shared/zod';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { useFormat } from '../../i18n';
import { useFieldMessage } from '../../app/field-message';

const composerSchema = z.object({
  text: recommendationFieldsSchema.shape.text,
  addressedTo: recommendationFieldsSchema.shape.addressedTo,
  organisationId: z.string(),
  priority: recommendationFieldsSchema.shape.priority,
});
type ComposerValues = z.infer<typeof composerSchema>;
const emptyComposer: ComposerValues = { text: '', addressedTo: 'municipality', organisationId: '', priority: 'medium' };

export const RecommendationComposer = forwardRef<HTMLTextAreaElement, { readonly organisations: readonly Organisation[]; readonly onAdded: (recommendation: Recommendation) => void }>(
  function RecommendationComposer(props, textRef) {
    const { t } = useTranslation('sessions');
    const format = useFormat();
    const fieldMessage = useFieldMessage();
    const [error, setError] = useState<ErrorInfo | null>(null);
    const form = useForm<ComposerValues>({ resolver: zodResolver(composerSchema), mode: 'onSubmit', reValidateMode: 'onChange', defaultValues: emptyComposer });
    const { register, formState } = form;
    const addressedTo = form.watch('addressedTo');

    const submit = form.handleSubmit(async (values) => {
      setError(null);
      try {
        const created = await client.call('recommendations.create', {
          fields: { text: values.text, addressedTo: values.addressedTo, priority: values.priority, organisationId: values.addressedTo === 'municipality' ? values.organisationId || null : null },
        });
        // Keep addressee and priority: recommendations are often written in a row for the same audience.
        form.reset({ ...values, text: '' });
        props.onAdded(created);
      } catch (failure) {
        setError(toErrorInfo(failure));
      }
    });

    const textField = register('text');
    return (
      <form
        className="card rec-composer"
        aria-labelledby="rec-composer-heading"
        onSubmit={(event) => void submit(event)}
        noValidate
        data-testid="recommendation-composer"
      >
        <div className="card-header">
          <h2 id="rec-composer-heading" className="card-title">
            <Plus size={16} aria-hidden />
            {t('recommendations.composerHeading')}
          </h2>
          <span className="card-meta">{t('recommendations.composerShortcut')}</span>
        </div>
        <div className="card-body form-stack">
          {error ? <ErrorAlert error={error} /> : null}
          <Field label={t('recommendations.fields.text')} required error={fieldMessage({ kind: 'text', max: 20_000 }, formState.errors.text, form.getValues('text'))}>
            {(control) => (
              <textarea
                {...control}
                {...textField}
                ref={(element) => {
                  textField.ref(element);
                  if (typeof textRef === 'function') textRef(element);
                  else if (textRef) textRef.current = element;
                }}
                className="input textarea rec-text"
                rows={3}
                placeholder={t('recommendations.textPlaceholder')}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                    event.preventDefault();
                    void submit();
                  }
                }}
              />
            )}
          </Field>
          <div className="rec-controls">
            <Field label={t('recommendations.fields.addressedTo')}>
              {(control) => (
                <select {...control} {...register('addressedTo')} className="input select">
                  {recommendationAddressees.map((a) => (
                    <option key={a} value={a}>
                      {addresseeLabels[a][format.language]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {addressedTo === 'municipality' ? (
              <Field label={t('recommendations.fields.organisation')}>
                {(control) => (
                  <select {...control} {...register('organisationId')} className="input select">
                    <option value="">{t('recommendations.fields.anyOrganisation')}</option>
                    {props.organisations.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            <Field label={t('recommendations.fields.priority')}>
              {(control) => (
                <select {...control} {...register('priority')} className="input select rec-select-priority">
                  {priorities.map((p) => (
                    <option key={p} value={p}>
                      {priorityLabels[p][format.language]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <div className="rec-composer-submit">
              <Button variant="primary" type="submit" icon={Plus} busy={formState.isSubmitting}>
                {t('recommendations.add')}
              </Button>
            </div>
          </div>
        </div>
      </form>
    );
  },
);
