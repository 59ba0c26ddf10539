// A non-modal editing panel beside a list: the list stays visible and usable, Escape closes the panel and focus
// returns to whatever opened it. Reusable for any "click a row, edit it on the right" page.
import { X } from 'lucide-react';
import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function SidePanel(props: {
  readonly title: ReactNode;
  readonly subtitle?: ReactNode;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly testId?: string;
  /** Element to focus when the panel opens (a CSS selector inside the panel); the first field otherwise. */
  readonly initialFocus?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  const opener = useRef<HTMLElement | null>(null);
  const initialFocus = useRef(props.initialFocus);

  useLayoutEffect(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = ref.current!;
    const target =
      (initialFocus.current ? panel.querySelector<HTMLElement>(initialFocus.current) : null) ??
      panel.querySelector<HTMLElement>('.side-panel-body input, .side-panel-body textarea, .side-panel-body select');
    target?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    return () => {
      // Give focus back to the row that opened the panel, if it is still there and nothing else took focus.
      const back = opener.current;
      const active = document.activeElement;
      if (back?.isConnected && (!active || active === document.body || !active.isConnected)) back.focus({ preventScroll: true });
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      const back = opener.current;
      props.onClose();
      if (back?.isConnected) back.focus({ preventScroll: true });
    }
  }

  return (
    <aside ref={ref} className="side-panel" aria-labelledby={titleId} onKeyDown={onKeyDown} data-testid={props.testId}>
      <div className="side-panel-header">
        <div className="side-panel-heading">
          <h2 id={titleId} className="side-panel-title">
            {props.title}
          </h2>
          {props.subtitle ? <p className="side-panel-subtitle">{props.subtitle}</p> : null}
        </div>
        <button type="button" className="icon-button" onClick={props.onClose} aria-label={t('components.sidePanel.close')} title={t('components.sidePanel.close')}>
          <X size={18} aria-hidden />
        </button>
      </div>
      <div className="side-panel-body">{props.children}</div>
      {props.footer ? <div className="side-panel-footer">{props.footer}</div> : null}
    </aside>
  );
}
