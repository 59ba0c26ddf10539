// "Are you sure?" before a destructive action, on the shared Dialog; the safe choice has focus first.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';

export function ConfirmDialog(props: {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly busy?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={props.title}
      onClose={props.onCancel}
      size="small"
      testId="confirm-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={props.onCancel} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" onClick={props.onConfirm} busy={props.busy}>
            {props.confirmLabel}
          </Button>
        </>
      }
    >
      <div className="g-confirm-body">{props.children}</div>
    </Dialog>
  );
}
