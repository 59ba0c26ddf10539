// The passphrase for an encrypted share copy, asked when such a file is opened. The opened inventory is written
// beside the encrypted file; a wrong passphrase or a damaged file shows its message here and changes nothing.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import type { OpenFile } from '../../../../shared/contract/schemas';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { PassphraseInput } from '../../components/PassphraseInput';
import './share.css';

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function UnsealDialog(props: { readonly path: string; readonly onOpened: (file: OpenFile) => void; readonly onCancel: () => void }) {
  const { t } = useTranslation('share');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [opening, setOpening] = useState(false);
  const name = baseName(props.path);
  const openedName = `${name.replace(/\.inventaris$/i, '')} (${t('unseal.openedSuffix')}).inventaris`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) return;
    setOpening(true);
    setError(null);
    try {
      props.onOpened(await client.call('share.openEncrypted', { path: props.path, passphrase }));
    } catch (failure) {
      setError(toErrorInfo(failure));
      setOpening(false);
    }
  }

  return (
    <FormDialog
      title={t('unseal.title')}
      description={t('unseal.description', { name })}
      testId="unseal-dialog"
      formId="unseal-form"
      formClassName="form-stack"
      size="small"
      submitLabel={t('unseal.submit')}
      busy={opening}
      submitDisabled={!passphrase}
      onSubmit={(event) => void onSubmit(event)}
      onClose={props.onCancel}
      error={error}
      onDismissError={() => setError(null)}
    >
      <Field label={t('unseal.passphrase')}>{(control) => <PassphraseInput control={control} value={passphrase} onChange={setPassphrase} testId="unseal-passphrase" />}</Field>
      <p className="share-note">{t('unseal.targetNote', { name: openedName })}</p>
    </FormDialog>
  );
}
