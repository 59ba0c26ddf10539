// The codebook as every coded-text view needs it (code, label, colour), loaded once per page and shared by all of
// them, and loaded again when the guide changes.
import { useEffect, useState } from 'react';
import type { Code } from '../../../../shared/contract/fieldwork';
import { client } from '../../bridge';

let codes: readonly Code[] | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<(codes: readonly Code[] | null) => void>();
let unsubscribe: (() => void) | null = null;

function load(): Promise<void> {
  loading ??= client
    .call('guide.get', {})
    .then((guide) => {
      codes = guide.codes;
      for (const listener of listeners) listener(codes);
    })
    .catch(() => undefined)
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** The codes of the open inventory's codebook; null until the first load answered. */
export function useCodebookOrNull(): readonly Code[] | null {
  const [value, setValue] = useState(codes);
  useEffect(() => {
    listeners.add(setValue);
    if (listeners.size === 1) {
      void load();
      const stopChanged = client.on('db.changed', ({ entities }) => {
        if (entities.includes('guide')) void load();
      });
      // Another file has another codebook.
      const stopFile = client.on('file.changed', () => {
        codes = null;
        for (const listener of listeners) listener(codes);
        void load();
      });
      unsubscribe = () => {
        stopChanged();
        stopFile();
      };
    }
    return () => {
      listeners.delete(setValue);
      if (listeners.size === 0) {
        unsubscribe?.();
        unsubscribe = null;
      }
    };
  }, []);
  return value;
}

const none: readonly Code[] = [];

/** The codes of the open inventory's codebook (empty until loaded). */
export function useCodebook(): readonly Code[] {
  return useCodebookOrNull() ?? none;
}
