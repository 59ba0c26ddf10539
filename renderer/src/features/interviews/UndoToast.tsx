// "Deleted. [Undo]": a toast that outlives the page that deleted something (e.g. the interview page goes back to
// the planner), so the undo stays one keystroke away. Reusable by any feature: showUndo(message, undo).
import { CircleCheck, Undo2, X } from 'lucide-react';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/AppProvider';

interface UndoToastState {
  readonly id: number;
  readonly message: string;
  readonly undo: () => Promise<void>;
  /** Move focus to the Undo button (the element that had focus is gone, e.g. after leaving the page). */
  readonly takeFocus: boolean;
}

let current: UndoToastState | null = null;
let counter = 0;
const listeners = new Set<() => void>();

function set(next: UndoToastState | null): void {
  current = next;
  for (const listener of listeners) listener();
}

export function showUndo(message: string, undo: () => Promise<void>, options: { readonly takeFocus?: boolean } = {}): void {
  set({ id: ++counter, message, undo, takeFocus: options.takeFocus ?? false });
}

export function dismissUndo(): void {
  set(null);
}

function useUndoToast(): UndoToastState | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

const visibleMs = 10_000;

export function UndoToastHost() {
  const { t } = useTranslation('interviews');
  const { t: tUi } = useTranslation();
  const app = useApp();
  const toast = useUndoToast();
  const button = useRef<HTMLButtonElement>(null);
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!toast) return;
    if (toast.takeFocus) button.current?.focus();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const arm = () => {
      if (timer !== null) clearTimeout(timer);
      // Never vanish under the keyboard: the timer waits while focus is inside the toast.
      if (!region.current?.contains(document.activeElement)) timer = setTimeout(() => toast.id === current?.id && dismissUndo(), visibleMs);
    };
    arm();
    const node = region.current;
    node?.addEventListener('focusout', arm);
    node?.addEventListener('focusin', arm);
    return () => {
      if (timer !== null) clearTimeout(timer);
      node?.removeEventListener('focusout', arm);
      node?.removeEventListener('focusin', arm);
    };
  }, [toast]);

  async function undo() {
    if (!toast) return;
    dismissUndo();
    try {
      await toast.undo();
    } catch (error) {
      app.showAlert(error);
    }
  }

  return (
    <div
      ref={region}
      className="toast-region undo-toast-region"
      role="status"
      aria-live="polite"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && toast) {
          event.stopPropagation();
          dismissUndo();
        }
      }}
    >
      {toast ? (
        <div className="message message-success undo-toast" key={toast.id} data-testid="undo-toast">
          <CircleCheck className="message-icon" size={18} aria-hidden />
          <div className="message-text">{toast.message}</div>
          <button ref={button} type="button" className="button button-small button-secondary" onClick={() => void undo()}>
            <Undo2 size={14} aria-hidden />
            <span>{t('common.undo')}</span>
          </button>
          <button type="button" className="icon-button message-dismiss" onClick={dismissUndo} aria-label={tUi('common.dismiss')} title={tUi('common.dismiss')}>
            <X size={16} aria-hidden />
          </button>
        </div>
      ) : null}
    </div>
  );
}
