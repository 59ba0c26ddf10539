// The app's one toast, bottom centre: a short notice ("Kopie opgeslagen") or, after a deletion, an offer to undo it
// ("Gemeente Ede is verwijderd. [Ongedaan maken]"). An undo offer takes the focus (the deleted row took it along),
// answers Ctrl+Z outside text fields, stays while hovered or focused, and belongs to the page it was offered on.
import { CircleCheck, OctagonExclamationPoint, Undo2, X } from 'lucide-react';
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ErrorInfo } from '../../../shared/contract/errors';
import { toErrorInfo } from '../app/autosave';
import { isTextEntry } from '../app/focus';
import { useFormat } from '../i18n';

export interface UndoOffer {
  readonly message: string;
  /** Carries out the undo (a `<kind>.restore`). */
  readonly undo: () => Promise<void>;
  /** Shown briefly once the undo succeeded; without it the toast closes at once. */
  readonly undoneMessage?: string;
  /** Where focus goes after the undo when it was on the toast (e.g. the restored row). */
  readonly focusAfterUndo?: () => void;
  /** False when the page has put focus somewhere useful itself (e.g. on the next row); Undo takes it otherwise. */
  readonly takeFocus?: boolean;
}

type Toast =
  | { readonly id: number; readonly phase: 'notice'; readonly message: string }
  | { readonly id: number; readonly phase: 'offer' | 'undoing' | 'undone'; readonly offer: UndoOffer; readonly route: string }
  | { readonly id: number; readonly phase: 'failed'; readonly offer: UndoOffer; readonly route: string; readonly error: ErrorInfo };

let current: Toast | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function set(next: Toast | null): void {
  current = next;
  for (const listener of listeners) listener();
}

/** The route as wouter's hash location names it, e.g. "/interviews". */
function currentRoute(): string {
  return `/${window.location.hash.replace(/^#?\/?/, '')}`;
}

/** Shows a short notice; replaces whatever toast is on screen. */
export function showToast(message: string): void {
  set({ id: nextId++, phase: 'notice', message });
}

/** Offers to undo something that just happened on the current page; replaces whatever toast is on screen. */
export function showUndo(offer: UndoOffer): void {
  set({ id: nextId++, phase: 'offer', offer, route: currentRoute() });
}

export function dismissToast(): void {
  set(null);
}

async function runUndo(toast: Toast): Promise<void> {
  if (toast.phase !== 'offer' || current?.id !== toast.id) return;
  const { offer, route, id } = toast;
  set({ id, phase: 'undoing', offer, route });
  try {
    await offer.undo();
    const focus = document.activeElement;
    const focusWasHere = focus === null || focus === document.body || focus.closest('.toast-region') !== null;
    if (current?.id === id) set(offer.undoneMessage ? { id, phase: 'undone', offer, route } : null);
    if (focusWasHere) offer.focusAfterUndo?.();
  } catch (error) {
    if (current?.id === id) set({ id, phase: 'failed', offer, route, error: toErrorInfo(error) });
  }
}

const visibleMs: Readonly<Record<Toast['phase'], number | null>> = { notice: 8_000, offer: 10_000, undoing: null, undone: 4_000, failed: 8_000 };

export function ToastHost() {
  const { t } = useTranslation();
  const format = useFormat();
  const [location] = useLocation();
  const toast = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  const region = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;

  // A button removed under the keyboard (Undo once used, a replaced toast) fires no blur: look again.
  const toastId = toast?.id ?? null;
  const phase = toast?.phase ?? null;
  useEffect(() => {
    setFocused(region.current?.contains(document.activeElement) ?? false);
  }, [toastId, phase]);

  // An undo offer belongs to the page it was made on: elsewhere Ctrl+Z would bring back something out of sight.
  useEffect(() => {
    if (current && current.phase !== 'notice' && current.route !== location) set(null);
  }, [location]);

  useEffect(() => {
    const ms = toast ? visibleMs[toast.phase] : null;
    if (!toast || held || ms === null) return;
    const timer = setTimeout(() => current?.id === toast.id && set(null), ms);
    return () => clearTimeout(timer);
  }, [toast, held]);

  // The deleted thing usually had the focus: put it on Undo, the one useful next step. After this frame, so a
  // closing confirmation dialog hands focus back first.
  const offered = toast?.phase === 'offer' && toast.offer.takeFocus !== false ? toast.id : null;
  useEffect(() => {
    if (offered === null) return;
    const frame = requestAnimationFrame(() => undoButton.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [offered]);

  useEffect(() => {
    if (toast?.phase !== 'offer') return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z' && !isTextEntry(event.target)) {
        event.preventDefault();
        void runUndo(toast);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toast]);

  function onKeyDown(event: ReactKeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && toast) {
      event.stopPropagation();
      set(null);
    }
  }

  let text = '';
  if (toast?.phase === 'notice') text = toast.message;
  else if (toast?.phase === 'undone') text = toast.offer.undoneMessage ?? '';
  else if (toast?.phase === 'failed') text = format.error(toast.error);
  else if (toast) text = toast.offer.message;

  return (
    <div
      className="toast-region"
      role="status"
      aria-live="polite"
      ref={region}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => setFocused(region.current?.contains(event.relatedTarget as Node | null) ?? false)}
      onKeyDown={onKeyDown}
    >
      {toast ? (
        <div key={toast.id} className={`toast toast-${toast.phase}`} data-testid={toast.phase === 'notice' ? 'toast' : 'undo-toast'}>
          {toast.phase === 'notice' || toast.phase === 'undone' ? <CircleCheck size={18} className="toast-icon" aria-hidden /> : null}
          {toast.phase === 'failed' ? <OctagonExclamationPoint size={18} className="toast-icon" aria-hidden /> : null}
          <span className="toast-text">{text}</span>
          {toast.phase === 'offer' || toast.phase === 'undoing' ? (
            <button ref={undoButton} type="button" className="toast-action" onClick={() => void runUndo(toast)} disabled={toast.phase === 'undoing'} aria-keyshortcuts="Control+Z">
              <Undo2 size={15} aria-hidden />
              {t('components.toast.undo')}
            </button>
          ) : null}
          <button type="button" className="toast-dismiss" onClick={() => set(null)} aria-label={t('common.dismiss')} title={t('common.dismiss')}>
            <X size={15} aria-hidden />
          </button>
        </div>
      ) : null}
    </div>
  );
}
