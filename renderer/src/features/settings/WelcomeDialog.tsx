// First start: before anything can be changed, ask the user's name (and initials), which every change, note and
// interview then records. A modal that cannot be dismissed: the page behind is inert until a name is given. The
// language can be switched here already.
import { zodResolver } from '@hookform/resolvers/zod';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { settingsLimits } from '../../../../shared/contract/schemas';
import { useApp } from '../../app/AppProvider';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { LogoMark } from '../../components/LogoMark';
import { formValuesOf, settingsFormSchema, type SettingsFormInput, type SettingsFormValues } from './settings-form';
import { useSettingsErrorText, useSuggestedInitials } from './SettingsForm';
import './settings.css';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** Shows the welcome until the user has given a name on this installation. */
export function WelcomeGate() {
  const app = useApp();
  const [done, setDone] = useState(false);
  if (app.settings.identityConfirmed || done) return null;
  return <WelcomeDialog onDone={() => setDone(true)} />;
}

function WelcomeDialog(props: { readonly onDone: () => void }) {
  const { t } = useTranslation('settings');
  const app = useApp();
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const form = useForm<SettingsFormInput, unknown, SettingsFormValues>({
    resolver: zodResolver(settingsFormSchema),
    mode: 'onTouched',
    defaultValues: formValuesOf(app.settings),
  });
  const { register, handleSubmit, formState } = form;
  const errorText = useSettingsErrorText(formState.errors);
  const onInitialsTyped = useSuggestedInitials(form);

  useLayoutEffect(() => {
    const dialog = ref.current!;
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('input')?.focus();
    // Escape would close a native modal; this one stays until a name is given.
    const cancel = (event: Event) => event.preventDefault();
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      dialog.close();
    };
  }, []);

  function trapTab(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab') return;
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(focusable)].filter((el) => el.offsetParent !== null);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    try {
      await client.call('settings.update', { authorName: values.authorName, authorInitials: values.authorInitials });
      props.onDone();
    } catch (failure) {
      setError(toErrorInfo(failure));
    }
  });

  return (
    <dialog ref={ref} className="dialog dialog-medium welcome-dialog" aria-labelledby="welcome-title" aria-describedby="welcome-lead" onKeyDown={trapTab} data-testid="welcome-dialog">
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="dialog-header welcome-header">
          <div className="welcome-brand">
            <LogoMark size={32} />
            <h2 id="welcome-title" className="dialog-title">
              {t('welcome.title')}
            </h2>
          </div>
          <LanguageSwitch />
        </div>
        <div className="dialog-body form-stack">
          <p id="welcome-lead" className="settings-lead">
            {t('welcome.lead')}
          </p>
          {error ? <ErrorAlert error={error} onDismiss={() => setError(null)} /> : null}
          <div className="settings-name-row">
            <Field label={t('settings.fields.authorName')} hint={t('settings.fields.authorNameHint')} required error={errorText('authorName')}>
              {(control) => <input {...control} {...register('authorName')} className="input input-large" autoComplete="name" maxLength={settingsLimits.authorName} />}
            </Field>
            <Field label={t('settings.fields.authorInitials')} error={errorText('authorInitials')}>
              {(control) => (
                <input {...control} {...register('authorInitials', { onChange: onInitialsTyped })} className="input input-large settings-initials" autoComplete="off" maxLength={settingsLimits.authorInitials} />
              )}
            </Field>
          </div>
          <p className="welcome-privacy">{t('welcome.privacy')}</p>
        </div>
        <div className="dialog-footer">
          <Button variant="primary" type="submit" busy={formState.isSubmitting} data-testid="welcome-submit">
            {t('welcome.submit')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
