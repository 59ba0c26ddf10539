// Everything the notes overview shows beside the notes themselves: interviews (organisation and respondents),
// knowledge sessions, the guide (question codes, codebook), the notes' coded segments, and the kinds of rows whose change reloads it.
import type { Segment } from '../../../../shared/contract/analysis';
import type { Guide, Interview, KnowledgeSession, Note } from '../../../../shared/contract/fieldwork';
import { client } from '../../bridge';

export interface NotesData {
  readonly notes: readonly Note[];
  readonly interviews: readonly Interview[];
  readonly sessions: readonly KnowledgeSession[];
  readonly guide: Guide;
  /** The live coded segments of notes, by note id, highlighted in the table. */
  readonly segments: ReadonlyMap<string, readonly Segment[]>;
}

export const notesEntities: readonly string[] = ['notes', 'interviews', 'sessions', 'guide', 'organisations', 'respondents', 'segments'];

export async function loadNotesData(): Promise<NotesData> {
  // Deleted interviews are included so their notes still say where they came from.
  const [notes, interviews, sessions, guide, coded] = await Promise.all([
    client.call('notes.list', {}),
    client.call('interviews.list', { includeDeleted: true }),
    client.call('sessions.list', { includeDeleted: true }),
    client.call('guide.get', {}),
    client.call('segments.list', { sourceKind: 'note' }),
  ]);
  const segments = new Map<string, Segment[]>();
  for (const segment of coded) {
    if (segment.deletedAt !== null || segment.field !== 'text') continue;
    let list = segments.get(segment.sourceId);
    if (!list) segments.set(segment.sourceId, (list = []));
    list.push(segment);
  }
  return { notes, interviews, sessions, guide, segments };
}
