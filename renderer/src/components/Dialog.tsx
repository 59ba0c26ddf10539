// A modal dialog on the native <dialog> element: the page behind is inert, Escape closes, Tab stays inside,
// and focus returns to whatever had it before. Mount it to open it, unmount it to close it. An autosaving dialog
// passes its form's close guard: closing while a field holds a value that cannot be saved says so and offers to
// go back to it, instead of dropping it without a word.
import { TriangleExclamationPoint, X } from 'lucide-react';
import { createContext, useCallback, useContext, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloseGuard } from '../app/use-autosave-form';
import { useFormat } from '../i18n';
import { Button } from './Button';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Closing from inside the dialog (e.g. a "Sluiten" button in the footer), through the close guard. */
const RequestClose = createContext<(() => void) | null>(null);

/** A button that closes the dialog it is in, asking first when a field could not be saved. */
export function DialogCloseButton(props: { readonly variant?: 'primary' | 'secondary' | 'ghost'; readonly children: ReactNode }) {
  const requestClose = useContext(RequestClose);
  return (
    <Button variant={props.variant ?? 'secondary'} onClick={() => requestClose?.()}>
      {props.children}
    </Button>
  );
}

export function Dialog(props: {
  readonly title: string;
  readonly description?: ReactNode;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly size?: 'small' | 'medium' | 'large';
  readonly testId?: string;
  /** Asked before closing: fields that would be lost (see useAutosaveForm's closeGuard). */
  readonly closeGuard?: CloseGuard;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  const guard = useRef(props.closeGuard);
  guard.current = props.closeGuard;
  /** Label keys of the fields that kept the dialog open, while the question is on screen. */
  const [unsaved, setUnsaved] = useState<readonly string[] | null>(null);
  const warningRef = useRef<HTMLDivElement>(null);
  const unsavedRef = useRef(unsaved);
  unsavedRef.current = unsaved;

  const backToField = useCallback(() => {
    setUnsaved(null);
    ref.current?.querySelector<HTMLElement>('.dialog-body [aria-invalid="true"]')?.focus();
  }, []);

  const requestClose = useCallback(() => {
    const lost = guard.current?.unsavedLabelKeys() ?? [];
    if (lost.length === 0) {
      onClose.current();
      return;
    }
    setUnsaved(lost);
  }, []);

  useEffect(() => {
    if (unsaved) warningRef.current?.querySelector<HTMLElement>('button')?.focus();
  }, [unsaved]);

  useLayoutEffect(() => {
    const dialog = ref.current!;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[autofocus], [data-autofocus]') ?? dialog.querySelector<HTMLElement>(`.dialog-body ${focusable}`);
    first?.focus();
    return () => {
      dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  // Escape fires "cancel"; we close through our own state so React stays the one that decides.
  useEffect(() => {
    const dialog = ref.current!;
    const cancel = (event: Event) => {
      event.preventDefault();
      // Escape while the question is open means "back": the draft stays.
      if (unsavedRef.current) backToField();
      else requestClose();
    };
    dialog.addEventListener('cancel', cancel);
    return () => dialog.removeEventListener('cancel', cancel);
  }, [backToField, requestClose]);

  function trapTab(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab') return;
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(focusable)].filter((el) => el.offsetParent !== null);
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${props.size ?? 'medium'}`}
      aria-labelledby={titleId}
      aria-describedby={props.description ? descriptionId : undefined}
      onKeyDown={trapTab}
      data-testid={props.testId}
    >
      <div className="dialog-header">
        <div>
          <h2 id={titleId} className="dialog-title">
            {props.title}
          </h2>
          {props.description ? (
            <p id={descriptionId} className="dialog-description">
              {props.description}
            </p>
          ) : null}
        </div>
        <button type="button" className="icon-button" onClick={requestClose} aria-label={t('common.closeDialog')} title={t('common.closeDialog')}>
          <X size={18} aria-hidden />
        </button>
      </div>
      <RequestClose.Provider value={requestClose}>
        <div className="dialog-body">{props.children}</div>
        {unsaved ? (
          <div className="dialog-unsaved" role="alert" ref={warningRef} data-testid="dialog-unsaved">
            <TriangleExclamationPoint size={18} aria-hidden className="dialog-unsaved-icon" />
            <p className="dialog-unsaved-text">{t('components.dialog.unsaved', { count: unsaved.length, fields: format.list(unsaved.map((key) => t(key as 'fields.title'))) })}</p>
            <div className="dialog-unsaved-actions">
              <Button variant="ghost" className="button-danger-ghost" onClick={() => onClose.current()}>
                {t('components.dialog.discard')}
              </Button>
              <Button variant="primary" onClick={backToField} data-testid="dialog-unsaved-back">
                {t('components.dialog.back')}
              </Button>
            </div>
          </div>
        ) : null}
        {props.footer ? <div className="dialog-footer">{props.footer}</div> : null}
      </RequestClose.Provider>
    </dialog>
  );
}
