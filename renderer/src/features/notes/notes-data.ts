// Everything the notes overview shows beside the notes themselves: interviews (organisation and respondents),
// knowledge sessions, and the guide (question codes, codebook), and the kinds of rows whose change reloads it.
import type { Guide, Interview, KnowledgeSession, Note } from '../../../../shared/contract/fieldwork';
import { client } from '../../bridge';

export interface NotesData {
  readonly notes: readonly Note[];
  readonly interviews: readonly Interview[];
  readonly sessions: readonly KnowledgeSession[];
  readonly guide: Guide;
}

export const notesEntities: readonly string[] = ['notes', 'interviews', 'sessions', 'guide', 'organisations', 'respondents'];

export async function loadNotesData(): Promise<NotesData> {
  // Deleted interviews are included so their notes still say where they came from.
  const [notes, interviews, sessions, guide] = await Promise.all([
    client.call('notes.list', {}),
    client.call('interviews.list', { includeDeleted: true }),
    client.call('sessions.list', { includeDeleted: true }),
    client.call('guide.get', {}),
  ]);
  return { notes, interviews, sessions, guide };
}
