// A dialog around one form that creates something: Cancel and the submit button in the footer (the submit button
// sits outside the form, so it names it), a spinner while it runs and the core's error at the top of the form.
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/contract/errors';
import { ErrorAlert } from './Alert';
import { Button } from './Button';
import { Dialog } from './Dialog';

export function FormDialog(props: {
  readonly title: string;
  readonly description?: ReactNode;
  readonly size?: 'small' | 'medium' | 'large';
  readonly testId: string;
  /** id of the form element, which the submit button refers to. */
  readonly formId: string;
  readonly formClassName?: string;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly submitDisabled?: boolean;
  readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  readonly onClose: () => void;
  readonly error: ErrorInfo | null;
  readonly onDismissError: () => void;
  /** Placed between the error and the fields, e.g. a notice. */
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={props.title}
      description={props.description}
      onClose={props.onClose}
      size={props.size}
      testId={props.testId}
      footer={
        <>
          <Button variant="secondary" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" type="submit" form={props.formId} busy={props.busy} disabled={props.submitDisabled}>
            {props.submitLabel}
          </Button>
        </>
      }
    >
      <form id={props.formId} className={props.formClassName} onSubmit={props.onSubmit} noValidate>
        {props.error ? <ErrorAlert error={props.error} onDismiss={props.onDismissError} /> : null}
        {props.children}
      </form>
    </Dialog>
  );
}
