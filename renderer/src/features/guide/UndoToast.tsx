// The toast after a soft delete: what was removed, an Undo button, and Ctrl+Z (when no text field has focus) as
// a shortcut. It closes by itself after a while, but not while the pointer or focus is on it. Reusable.
import { Undo2, X } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface UndoOffer {
  readonly id: number;
  readonly message: string;
  readonly undo: () => Promise<void>;
}

export interface UndoToastApi {
  offer(message: string, undo: () => Promise<void>): void;
  readonly current: UndoOffer | null;
  dismiss(): void;
}

export function useUndoToast(): UndoToastApi {
  const [current, setCurrent] = useState<UndoOffer | null>(null);
  const offer = useCallback((message: string, undo: () => Promise<void>) => setCurrent({ id: Date.now(), message, undo }), []);
  const dismiss = useCallback(() => setCurrent(null), []);
  return { offer, current, dismiss };
}

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

const visibleMs = 10_000;

export function UndoToast(props: { readonly api: UndoToastApi; readonly onError: (error: unknown) => void }) {
  const { t } = useTranslation('guide');
  const { current, dismiss } = props.api;
  const [busy, setBusy] = useState(false);
  const [held, setHeld] = useState(false);
  const onError = useRef(props.onError);
  onError.current = props.onError;

  const undo = useCallback(async () => {
    if (!current || busy) return;
    setBusy(true);
    try {
      await current.undo();
      dismiss();
    } catch (error) {
      onError.current(error);
    } finally {
      setBusy(false);
    }
  }, [current, busy, dismiss]);

  useEffect(() => {
    if (!current || held) return;
    const timer = setTimeout(dismiss, visibleMs);
    return () => clearTimeout(timer);
  }, [current, held, dismiss]);

  useEffect(() => {
    if (!current) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !typingInto(event.target)) {
        event.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, undo]);

  return (
    <div className="g-undo-region" role="status" aria-live="polite">
      {current ? (
        <div
          key={current.id}
          className="g-undo-toast"
          data-testid="undo-toast"
          onPointerEnter={() => setHeld(true)}
          onPointerLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
        >
          <span className="g-undo-text">{current.message}</span>
          <button type="button" className="button button-small button-secondary g-undo-button" onClick={() => void undo()} disabled={busy} aria-keyshortcuts="Control+Z">
            <Undo2 size={14} aria-hidden />
            <span>{t('common.undo')}</span>
          </button>
          <button type="button" className="icon-button g-undo-close" onClick={dismiss} aria-label={t('common.dismiss')} title={t('common.dismiss')}>
            <X size={15} aria-hidden />
          </button>
        </div>
      ) : null}
    </div>
  );
}
