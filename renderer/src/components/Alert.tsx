// Inline messages: an error alert (translated by error code, so it follows the UI language) and calmer notices.
import { CircleCheck, Info, OctagonExclamationPoint, TriangleExclamationPoint, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/contract/errors';
import { useFormat } from '../i18n';

export function ErrorAlert(props: { readonly error: ErrorInfo; readonly onDismiss?: () => void; readonly testId?: string }) {
  const format = useFormat();
  return (
    <Message tone="error" role="alert" onDismiss={props.onDismiss} testId={props.testId ?? 'error-alert'}>
      {format.error(props.error)}
    </Message>
  );
}

const icons = { error: OctagonExclamationPoint, warning: TriangleExclamationPoint, info: Info, success: CircleCheck } as const;

export function Message(props: {
  readonly tone: keyof typeof icons;
  readonly role?: 'alert' | 'status' | 'note';
  readonly children: ReactNode;
  readonly onDismiss?: () => void;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const Icon = icons[props.tone];
  return (
    <div className={`message message-${props.tone}`} role={props.role} data-testid={props.testId}>
      <Icon className="message-icon" size={18} aria-hidden />
      <div className="message-text">{props.children}</div>
      {props.onDismiss ? (
        <button type="button" className="icon-button message-dismiss" onClick={props.onDismiss} aria-label={t('common.dismiss')} title={t('common.dismiss')}>
          <X size={16} aria-hidden />
        </button>
      ) : null}
    </div>
  );
}
