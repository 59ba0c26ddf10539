// "Kopie opslaan" without a native save dialog (web host): a suggested path in an editable field.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { useApp } from '../../app/AppProvider';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/Field';

export function SaveCopyDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const app = useApp();
  const [path, setPath] = useState('');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [saving, setSaving] = useState(false);
  const title = app.file?.inventory.title ?? '';

  useEffect(() => {
    let live = true;
    client
      .call('files.suggestPath', { title: `${title} ${t('saveCopy.copySuffix')}`.slice(0, 200) })
      .then((suggested) => live && setPath((current) => current || suggested.path))
      .catch((failure: unknown) => live && setError(toErrorInfo(failure)));
    return () => {
      live = false;
    };
  }, [title, t]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!path.trim()) return;
    setSaving(true);
    setError(null);
    try {
      await app.saveCopy(path.trim());
      props.onClose();
    } catch (failure) {
      setError(toErrorInfo(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <FormDialog
      title={t('saveCopy.title')}
      description={t('saveCopy.description')}
      testId="save-copy-dialog"
      formId="save-copy-form"
      formClassName="form-stack"
      submitLabel={t('saveCopy.submit')}
      busy={saving}
      submitDisabled={!path.trim()}
      onSubmit={(event) => void onSubmit(event)}
      onClose={props.onClose}
      error={error}
      onDismissError={() => setError(null)}
    >
        <Field label={t('saveCopy.pathLabel')} hint={t('newInventory.pathHint')}>
          {(control) => <input {...control} className="input input-mono" value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} autoComplete="off" data-autofocus />}
        </Field>
    </FormDialog>
  );
}
