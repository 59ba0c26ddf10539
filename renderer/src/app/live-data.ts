// Loads a page's data through the client and loads it again whenever the core reports a change to one of the given
// kinds of rows (db.changed): by this page, another tab or window, or a merge. Only the newest answer counts, so a
// slow old answer never overwrites a newer one, and a burst of changes (typing saves) brings one reload.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorInfo } from '../../../shared/contract/errors';
import { client } from '../bridge';
import { toErrorInfo } from './autosave';

export interface LiveData<T> {
  /** null until the first answer arrives (and again after `key` changed). */
  readonly data: T | null;
  /** The last load's failure; the data loaded before it stays. null once a load succeeds. */
  readonly error: ErrorInfo | null;
  /** Loads again now; resolves when the answer is in. */
  readonly reload: () => Promise<void>;
  /** Takes in data a write returned (e.g. an optimistic reorder); answers to loads asked before it are dropped. */
  readonly replace: (data: T) => void;
}

const burstMs = 150;

/** `key` names what is loaded (e.g. the file and an id): when it changes, the page starts over from "loading". */
export function useLiveData<T>(load: () => Promise<T>, entities: readonly string[], key = ''): LiveData<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const sequence = useRef(0);
  const watched = entities.join(',');

  const reload = useCallback(async () => {
    const mine = ++sequence.current;
    try {
      const next = await loadRef.current();
      if (mine === sequence.current) {
        setData(next);
        setError(null);
      }
    } catch (failure) {
      if (mine === sequence.current) setError(toErrorInfo(failure));
    }
  }, []);

  const replace = useCallback((next: T) => {
    sequence.current++;
    setData(next);
  }, []);

  useEffect(() => {
    setData(null);
    setError(null);
    void reload();
    const names = new Set(watched.split(','));
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = client.on('db.changed', ({ entities: changed }) => {
      if (!changed.some((entity) => names.has(entity))) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void reload();
      }, burstMs);
    });
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
      // Answers still on their way belong to what was shown before.
      sequence.current++;
    };
  }, [key, watched, reload]);

  return { data, error, reload, replace };
}
