// Asks for the passphrase of an encrypted share file before merging it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { ErrorAlert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';

export function PassphraseDialog(props: { readonly error: ErrorInfo | null; readonly busy: boolean; readonly onCancel: () => void; readonly onSubmit: (passphrase: string) => void }) {
  const { t } = useTranslation('merge');
  const { t: tUi } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  return (
    <Dialog
      title={t('merge.passphraseTitle')}
      description={t('merge.passphraseHint')}
      onClose={props.onCancel}
      size="small"
      testId="merge-passphrase"
      footer={
        <>
          <Button variant="ghost" onClick={props.onCancel}>
            {tUi('common.cancel')}
          </Button>
          <Button variant="primary" type="submit" form="merge-passphrase-form" busy={props.busy} disabled={passphrase.length === 0}>
            {t('merge.chooseSubmit')}
          </Button>
        </>
      }
    >
      {props.error ? <ErrorAlert error={props.error} /> : null}
      <form
        id="merge-passphrase-form"
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit(passphrase);
        }}
      >
        <Field label={t('merge.passphraseLabel')}>
          {(control) => <input {...control} type="password" className="input" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} autoComplete="off" data-autofocus />}
        </Field>
      </form>
    </Dialog>
  );
}
