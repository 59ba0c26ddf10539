// A confirmation before something destructive: says what will happen, focuses Cancel (the safe choice), shows a
// spinner while the action runs and the core's error in place if it fails. The caller closes it on success.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/contract/errors';
import { toErrorInfo } from '../app/autosave';
import { ErrorAlert } from './Alert';
import { Button } from './Button';
import { Dialog } from './Dialog';

export function ConfirmDialog(props: {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => Promise<void>;
  readonly onClose: () => void;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
    } catch (failure) {
      setError(toErrorInfo(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      size="small"
      testId={props.testId ?? 'confirm-dialog'}
      footer={
        <>
          <Button variant="secondary" onClick={props.onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" onClick={() => void confirm()} busy={busy}>
            {props.confirmLabel}
          </Button>
        </>
      }
    >
      <div className="confirm-body">
        {props.children}
        {error ? <ErrorAlert error={error} /> : null}
      </div>
    </Dialog>
  );
}
