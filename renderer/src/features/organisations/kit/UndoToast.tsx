// The Undo toast after a deletion: "Gemeente Ede is verwijderd. [Ongedaan maken]". It stays ~10 s (longer while
// hovered or focused) and Ctrl+Z outside a text field also undoes. The deleted row usually took the focus with it,
// so focus lands on the Undo button, and after an undo on what came back: the keyboard user never starts over.
import { CircleCheck, OctagonExclamationPoint, Undo2, X } from 'lucide-react';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../../../shared/contract/errors';
import { toErrorInfo } from '../../../app/autosave';
import { useFormat } from '../../../i18n';

interface UndoToast {
  readonly id: number;
  readonly message: string;
  /** Carries out the undo (a `<kind>.restore`). */
  readonly undo: () => Promise<void>;
  /** Shown briefly once the undo succeeded. */
  readonly undoneMessage: string;
  /** Where focus goes after the undo, when it was on the toast (e.g. the restored row). */
  readonly focusAfterUndo?: () => void;
}

type ToastState =
  | { readonly phase: 'offer'; readonly toast: UndoToast }
  | { readonly phase: 'undoing'; readonly toast: UndoToast }
  | { readonly phase: 'undone'; readonly toast: UndoToast }
  | { readonly phase: 'failed'; readonly toast: UndoToast; readonly error: ErrorInfo };

let state: ToastState | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function setState(next: ToastState | null): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Offers to undo something that just happened; replaces any earlier offer. */
export function showUndo(toast: Omit<UndoToast, 'id'>): void {
  setState({ phase: 'offer', toast: { ...toast, id: nextId++ } });
}

async function runUndo(toast: UndoToast): Promise<void> {
  if (state?.toast.id !== toast.id || state.phase !== 'offer') return;
  setState({ phase: 'undoing', toast });
  try {
    await toast.undo();
    const focusWasHere = document.activeElement === null || document.activeElement === document.body || document.activeElement.closest('.undo-toast-region') !== null;
    if (state?.toast.id === toast.id) setState({ phase: 'undone', toast });
    if (focusWasHere) toast.focusAfterUndo?.();
  } catch (error) {
    if (state?.toast.id === toast.id) setState({ phase: 'failed', toast, error: toErrorInfo(error) });
  }
}

/** Focuses the element once it is on screen (a restored row appears only after the list reloads). */
export function focusWhenPresent(selector: string): void {
  let frames = 0;
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) element.focus();
    else if (++frames < 90) requestAnimationFrame(attempt);
  };
  attempt();
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

const OFFER_MS = 10_000;
const DONE_MS = 4_000;

export function UndoToastHost() {
  const { t } = useTranslation('people');
  const format = useFormat();
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
  const [held, setHeld] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);

  // A toast belongs to the page that made it.
  useEffect(() => () => setState(null), []);

  useEffect(() => {
    if (!current || held || current.phase === 'undoing') return;
    const timer = setTimeout(() => setState(null), current.phase === 'offer' ? OFFER_MS : DONE_MS);
    return () => clearTimeout(timer);
  }, [current, held]);

  // The deleted thing usually had the focus: put it on Undo, the one useful next step.
  const offered = current?.phase === 'offer' ? current.toast.id : null;
  useEffect(() => {
    if (offered === null) return;
    // After this frame: a closing confirmation dialog first hands focus back to where it came from.
    const frame = requestAnimationFrame(() => undoButton.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [offered]);

  useEffect(() => {
    if (current?.phase !== 'offer') return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !isEditable(event.target)) {
        event.preventDefault();
        void runUndo(current.toast);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current]);

  return (
    <div className="undo-toast-region" role="status" aria-live="polite" onMouseEnter={() => setHeld(true)} onMouseLeave={() => setHeld(false)} onFocus={() => setHeld(true)} onBlur={() => setHeld(false)}>
      {current ? (
        <div className={`undo-toast undo-toast-${current.phase}`} data-testid="undo-toast">
          {current.phase === 'undone' ? <CircleCheck size={18} className="undo-toast-icon" aria-hidden /> : null}
          {current.phase === 'failed' ? <OctagonExclamationPoint size={18} className="undo-toast-icon" aria-hidden /> : null}
          <span className="undo-toast-text">
            {current.phase === 'undone' ? current.toast.undoneMessage : current.phase === 'failed' ? format.error(current.error) : current.toast.message}
          </span>
          {current.phase === 'offer' || current.phase === 'undoing' ? (
            <button ref={undoButton} type="button" className="undo-toast-action" onClick={() => void runUndo(current.toast)} disabled={current.phase === 'undoing'} aria-keyshortcuts="Control+Z">
              <Undo2 size={15} aria-hidden />
              {t('common.undo')}
            </button>
          ) : null}
          <button type="button" className="undo-toast-dismiss" onClick={() => setState(null)} aria-label={t('common.close')} title={t('common.close')}>
            <X size={15} aria-hidden />
          </button>
        </div>
      ) : null}
    </div>
  );
}
