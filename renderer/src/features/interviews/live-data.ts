// Loads data for a page and loads it again whenever the file reports a change to the entities it shows (this
// window, another tab or a merge), so every page follows the file. Only the newest answer is kept.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';

export type Live<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: ErrorInfo }
  | { readonly kind: 'ready'; readonly data: T };

/** Entities whose change reloads the data; `key` changes (e.g. an id) start over. */
export function useLiveData<T>(load: () => Promise<T>, entities: readonly string[], key: string): { readonly live: Live<T>; readonly reload: () => void } {
  const [live, setLive] = useState<Live<T>>({ kind: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const sequence = useRef(0);
  const watched = entities.join(',');

  const reload = useCallback(() => {
    const ticket = ++sequence.current;
    loadRef.current().then(
      (data) => {
        if (ticket === sequence.current) setLive({ kind: 'ready', data });
      },
      (error: unknown) => {
        if (ticket === sequence.current) setLive({ kind: 'failed', error: toErrorInfo(error) });
      },
    );
  }, []);

  useEffect(() => {
    setLive({ kind: 'loading' });
    reload();
    const names = watched.split(',');
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Typing saves several times a second; one reload per burst is enough.
    const stop = client.on('db.changed', ({ entities: changed }) => {
      if (!changed.some((entity) => names.includes(entity))) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        reload();
      }, 150);
    });
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
      sequence.current++;
    };
  }, [key, watched, reload]);

  return { live, reload };
}
