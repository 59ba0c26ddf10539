// A modal dialog on the native <dialog> element: the page behind is inert, Escape closes, Tab stays inside,
// and focus returns to whatever had it before. Mount it to open it, unmount it to close it.
import { X } from 'lucide-react';
import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog(props: {
  readonly title: string;
  readonly description?: ReactNode;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly size?: 'small' | 'medium' | 'large';
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;

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
      onClose.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => dialog.removeEventListener('cancel', cancel);
  }, []);

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
        <button type="button" className="icon-button" onClick={() => props.onClose()} aria-label={t('common.closeDialog')} title={t('common.closeDialog')}>
          <X size={18} aria-hidden />
        </button>
      </div>
      <div className="dialog-body">{props.children}</div>
      {props.footer ? <div className="dialog-footer">{props.footer}</div> : null}
    </dialog>
  );
}
