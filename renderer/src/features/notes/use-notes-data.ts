// Everything the notes overview shows beside the notes themselves: interviews (organisation and respondents),
// knowledge sessions, and the guide (question codes, codebook). Reloads when any of them changes elsewhere.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Guide, Interview, KnowledgeSession, Note } from '../../../../shared/contract/fieldwork';
import type { ErrorInfo } from '../../../../shared/contract/errors';
import { toErrorInfo } from '../../app/autosave';
import { client } from '../../bridge';

export interface NotesData {
  readonly notes: readonly Note[];
  readonly interviews: readonly Interview[];
  readonly sessions: readonly KnowledgeSession[];
  readonly guide: Guide;
}

const watched = new Set(['notes', 'interviews', 'sessions', 'guide', 'organisations', 'respondents']);

export function useNotesData(): { readonly data: NotesData | null; readonly error: ErrorInfo | null; reload(): void } {
  const [data, setData] = useState<NotesData | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const sequence = useRef(0);

  const reload = useCallback(() => {
    const request = ++sequence.current;
    // Deleted interviews are included so their notes still say where they came from.
    Promise.all([client.call('notes.list', {}), client.call('interviews.list', { includeDeleted: true }), client.call('sessions.list', { includeDeleted: true }), client.call('guide.get', {})]).then(
      ([notes, interviews, sessions, guide]) => {
        if (request !== sequence.current) return;
        setData({ notes, interviews, sessions, guide });
        setError(null);
      },
      (failure: unknown) => {
        if (request === sequence.current) setError(toErrorInfo(failure));
      },
    );
  }, []);

  useEffect(() => {
    reload();
    return client.on('db.changed', ({ entities }) => {
      if (entities.some((entity) => watched.has(entity))) reload();
    });
  }, [reload]);

  return { data, error, reload };
}
