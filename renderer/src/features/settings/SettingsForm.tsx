// The settings form: your name and initials, the default interviewer, the language and how many automatic backups
// to keep. Saved with one button (settings are not part of the open file); the core announces the new settings,
// so the app (and its language) follow at once.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { settingsLimits, type Settings } from '../../../../shared/contract/schemas';
import { languages } from '../../../../shared/i18n/languages';
import { useApp } from '../../app/AppProvider';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { showToast } from '../../components/Toast';
import { changedFields, formValuesOf, initialsFrom, maxLength, settingsFormSchema, type SettingsFieldName, type SettingsFormInput, type SettingsFormValues } from './settings-form';
import './settings.css';

/** Text for a field's validation code, in the UI language. */
export function useSettingsErrorText(errors: Partial<Record<SettingsFieldName, FieldError | undefined>>) {
  const { t } = useTranslation('settings');
  return (field: SettingsFieldName): string | null => {
    const error = errors[field];
    if (!error) return null;
    // Each schema check names its message code; the number input's "not a number" is a range problem too.
    if (error.message === 'nameRequired') return t('settings.validation.nameRequired');
    if (error.message === 'tooLong') return t('settings.validation.tooLong', { max: maxLength(field) });
    return t('settings.validation.backupsRange', { ...settingsLimits.backupsToKeep });
  };
}

/**
 * Keeps the initials in step with the name while the user has not typed initials of their own.
 * Returns the onChange handler for the initials field.
 */
export function useSuggestedInitials(form: ReturnType<typeof useForm<SettingsFormInput, unknown, SettingsFormValues>>): () => void {
  const own = useRef(false);
  const name = form.watch('authorName');
  const previous = useRef(name);
  useEffect(() => {
    const initials = form.getValues('authorInitials');
    if (!own.current && (initials === '' || initials === initialsFrom(previous.current))) {
      form.setValue('authorInitials', initialsFrom(name), { shouldDirty: true, shouldValidate: true });
    }
    previous.current = name;
  }, [name, form]);
  return () => {
    own.current = true;
  };
}

export function SettingsForm(props: { readonly idPrefix: string; readonly onSaved?: (settings: Settings) => void; readonly layout?: 'page' | 'dialog' }) {
  const { t } = useTranslation('settings');
  const { t: tUi } = useTranslation();
  const app = useApp();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const stored = useRef(app.settings);
  const form = useForm<SettingsFormInput, unknown, SettingsFormValues>({
    resolver: zodResolver(settingsFormSchema),
    mode: 'onTouched',
    defaultValues: formValuesOf(app.settings),
  });
  const { register, handleSubmit, formState, reset } = form;
  const errorText = useSettingsErrorText(formState.errors);
  const onInitialsTyped = useSuggestedInitials(form);

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const patch = changedFields(values, stored.current);
    if (Object.keys(patch).length === 0) {
      showToast(t('settings.unchanged'));
      return;
    }
    try {
      const saved = await client.call('settings.update', patch);
      stored.current = saved;
      reset(formValuesOf(saved));
      showToast(t('settings.saved'));
      props.onSaved?.(saved);
    } catch (failure) {
      setError(toErrorInfo(failure));
    }
  });

  const id = (name: string) => `${props.idPrefix}-${name}`;
  const sections = props.layout === 'dialog' ? 'settings-sections settings-sections-dialog' : 'settings-sections';

  return (
    <form id={id('form')} className="settings-form" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="settings-form">
      {error ? <ErrorAlert error={error} onDismiss={() => setError(null)} /> : null}
      <div className={sections}>
        <section className="card" aria-labelledby={id('identity')}>
          <div className="card-header">
            <h2 id={id('identity')} className="card-title">
              {t('settings.identityHeading')}
            </h2>
          </div>
          <div className="card-body form-stack">
            <p className="settings-lead">{t('settings.identityLead')}</p>
            <div className="settings-name-row">
              <Field label={t('settings.fields.authorName')} hint={t('settings.fields.authorNameHint')} required error={errorText('authorName')}>
                {(control) => <input {...control} {...register('authorName')} className="input" autoComplete="name" maxLength={settingsLimits.authorName} />}
              </Field>
              <Field label={t('settings.fields.authorInitials')} hint={t('settings.fields.authorInitialsHint')} error={errorText('authorInitials')}>
                {(control) => (
                  <input {...control} {...register('authorInitials', { onChange: onInitialsTyped })} className="input settings-initials" autoComplete="off" maxLength={settingsLimits.authorInitials} />
                )}
              </Field>
            </div>
          </div>
        </section>
        <section className="card" aria-labelledby={id('work')}>
          <div className="card-header">
            <h2 id={id('work')} className="card-title">
              {t('settings.workHeading')}
            </h2>
          </div>
          <div className="card-body form-stack">
            <Field label={t('settings.fields.defaultInterviewer')} hint={t('settings.fields.defaultInterviewerHint')} error={errorText('defaultInterviewer')}>
              {(control) => (
                <input {...control} {...register('defaultInterviewer')} className="input" autoComplete="off" placeholder={form.watch('authorName')} maxLength={settingsLimits.defaultInterviewer} />
              )}
            </Field>
            <Field label={t('settings.fields.language')}>
              {(control) => (
                <select {...control} {...register('language')} className="input select">
                  {languages.map((language) => (
                    <option key={language} value={language} lang={language}>
                      {tUi(`language.${language}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </section>
        <section className="card" aria-labelledby={id('backups')}>
          <div className="card-header">
            <h2 id={id('backups')} className="card-title">
              {t('settings.backupsHeading')}
            </h2>
          </div>
          <div className="card-body form-stack">
            <p className="settings-lead">{t('settings.backupsLead')}</p>
            <Field label={t('settings.fields.backupsToKeep')} hint={t('settings.fields.backupsToKeepHint', { ...settingsLimits.backupsToKeep })} error={errorText('backupsToKeep')}>
              {(control) => (
                <input
                  {...control}
                  {...register('backupsToKeep', { valueAsNumber: true })}
                  type="number"
                  inputMode="numeric"
                  min={settingsLimits.backupsToKeep.min}
                  max={settingsLimits.backupsToKeep.max}
                  step={1}
                  className="input settings-number"
                />
              )}
            </Field>
          </div>
        </section>
      </div>
      <div className="settings-actions">
        <Button variant="primary" type="submit" busy={formState.isSubmitting} data-testid="settings-save">
          {formState.isSubmitting ? t('settings.saving') : t('settings.save')}
        </Button>
      </div>
    </form>
  );
}
