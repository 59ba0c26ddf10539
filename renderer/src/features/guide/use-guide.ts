// Loads the guide (sections with questions, maturity model, codebook) and reloads it whenever the file says guide
// data changed, here or in another tab. Answers of requests overtaken by a newer one are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Guide } from '../../../../shared/contract/fieldwork';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';

export interface GuideState {
  readonly guide: Guide | null;
  readonly error: ErrorInfo | null;
  reload(): void;
  /** Takes in a guide a write returned (e.g. after a move), so the screen follows at once. */
  adopt(guide: Guide): void;
}

export function useGuide(): GuideState {
  const [guide, setGuide] = useState<Guide | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const sequence = useRef(0);

  const reload = useCallback(() => {
    const request = ++sequence.current;
    client.call('guide.get', {}).then(
      (next) => {
        if (request !== sequence.current) return;
        setGuide(next);
        setError(null);
      },
      (failure: unknown) => {
        if (request === sequence.current) setError(toErrorInfo(failure));
      },
    );
  }, []);

  const adopt = useCallback((next: Guide) => {
    // Anything still in flight was asked before this write: its answer is older.
    sequence.current++;
    setGuide(next);
  }, []);

  useEffect(() => {
    reload();
    return client.on('db.changed', ({ entities }) => {
      if (entities.includes('guide')) reload();
    });
  }, [reload]);

  return { guide, error, reload, adopt };
}

/** Section and question counts of the guide. */
export function guideCounts(guide: Guide): { sections: number; questions: number } {
  return { sections: guide.sections.length, questions: guide.sections.reduce((sum, section) => sum + section.questions.length, 0) };
}
