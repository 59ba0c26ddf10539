// What the save indicator shows, gathered from every autosaving form ("source") on screen, plus the list of
// pending saves to flush before a route change, a file switch or closing the window.
import { useSyncExternalStore } from 'react';
import type { ErrorInfo } from '../../../shared/contract/errors';

export type SaveState =
  | { readonly kind: 'saved' }
  /** Edits wait for the debounce; they are not in the file yet. */
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  /** Some fields hold values that cannot be saved; `labelKeys` are i18n keys of their labels. */
  | { readonly kind: 'invalid'; readonly labelKeys: readonly string[] }
  | { readonly kind: 'failed'; readonly error: ErrorInfo };

export interface SaveSource {
  set(state: SaveState): void;
  dispose(): void;
}

interface Entry {
  state: SaveState;
  readonly flush: () => Promise<void>;
}

const entries = new Set<Entry>();
const listeners = new Set<() => void>();
let snapshot: SaveState = { kind: 'saved' };

// Worst first: the indicator must never claim "saved" while anything is not.
const severity: Readonly<Record<SaveState['kind'], number>> = { failed: 4, invalid: 3, saving: 2, pending: 1, saved: 0 };

function recompute(): void {
  let worst: SaveState = { kind: 'saved' };
  for (const entry of entries) if (severity[entry.state.kind] > severity[worst.kind]) worst = entry.state;
  snapshot = worst;
  for (const listener of listeners) listener();
}

/** Registers an autosaving form; `flush` must send whatever is pending and resolve when it is done. */
export function registerSaveSource(flush: () => Promise<void>): SaveSource {
  const entry: Entry = { state: { kind: 'saved' }, flush };
  entries.add(entry);
  return {
    set(state) {
      entry.state = state;
      recompute();
    },
    dispose() {
      entries.delete(entry);
      recompute();
    },
  };
}

/** Sends every pending edit now; resolves when all have been answered (successfully or not). */
export async function flushPendingSaves(): Promise<void> {
  await Promise.all([...entries].map((entry) => entry.flush()));
}

export function currentSaveState(): SaveState {
  return snapshot;
}

export function useSaveState(): SaveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}
