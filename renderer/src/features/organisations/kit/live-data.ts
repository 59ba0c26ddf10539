// Loads data through the client and loads it again whenever the core reports a change to one of the given kinds
// of rows (db.changed): by this page, another tab or window, or a merge. Answers that arrive out of order are
// dropped, so a slow old answer never overwrites a newer one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorInfo } from '../../../../../shared/contract/errors';
import { toErrorInfo } from '../../../app/autosave';
import { client } from '../../../bridge';

export interface LiveData<T> {
  /** null until the first answer arrives. */
  readonly data: T | null;
  readonly error: ErrorInfo | null;
  /** Loads again now; resolves when the answer is in. */
  readonly reload: () => Promise<void>;
  /** Replaces the data locally until the next load (e.g. an optimistic reorder). */
  readonly replace: (data: T) => void;
}

export function useLiveData<T>(load: () => Promise<T>, entities: readonly string[]): LiveData<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const sequence = useRef(0);
  const live = useRef(true);
  const key = entities.join(',');

  const reload = useCallback(async () => {
    const mine = ++sequence.current;
    try {
      const next = await loadRef.current();
      if (live.current && mine === sequence.current) {
        setData(next);
        setError(null);
      }
    } catch (failure) {
      if (live.current && mine === sequence.current) setError(toErrorInfo(failure));
    }
  }, []);

  useEffect(() => {
    live.current = true;
    void reload();
    const watched = new Set(key.split(','));
    const stop = client.on('db.changed', ({ entities: changed }) => {
      if (changed.some((entity) => watched.has(entity))) void reload();
    });
    return () => {
      live.current = false;
      stop();
    };
  }, [key, reload]);

  return { data, error, reload, replace: setData };
}
