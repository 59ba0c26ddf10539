// Asks for the passphrase of an encrypted share file before merging it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { PassphraseInput } from '../../components/PassphraseInput';

export function PassphraseDialog(props: { readonly error: ErrorInfo | null; readonly busy: boolean; readonly onCancel: () => void; readonly onSubmit: (passphrase: string) => void }) {
  const { t } = useTranslation('merge');
  const [passphrase, setPassphrase] = useState('');
  const [dismissed, setDismissed] = useState<ErrorInfo | null>(null);
  return (
    <FormDialog
      title={t('merge.passphraseTitle')}
      description={t('merge.passphraseHint')}
      testId="merge-passphrase"
      formId="merge-passphrase-form"
      formClassName="form-stack"
      size="small"
      submitLabel={t('merge.chooseSubmit')}
      busy={props.busy}
      submitDisabled={passphrase.length === 0}
      onSubmit={(event) => {
        event.preventDefault();
        if (passphrase) props.onSubmit(passphrase);
      }}
      onClose={props.onCancel}
      error={props.error === dismissed ? null : props.error}
      onDismissError={() => setDismissed(props.error)}
    >
      <Field label={t('merge.passphraseLabel')}>{(control) => <PassphraseInput control={control} value={passphrase} onChange={setPassphrase} testId="merge-passphrase-input" />}</Field>
    </FormDialog>
  );
}
