// Notes (observations, kansen, knelpunten, quotes, actions), knowledge sessions and recommendations.
import { AppError } from '../../../shared/contract/errors';
import type {
  KnowledgeSession,
  KnowledgeSessionFields,
  Note,
  NoteFields,
  Recommendation,
  RecommendationFields,
} from '../../../shared/contract/fieldwork';
import { insertEntity, int, json, listEntities, nullableText, requireEntity, rowToEntity, setDeleted, text, updateEntity, type EntitySpec } from '../db/entities';
import type { ReadableDb } from '../db/file';
import type { WriteContext } from '../unit-of-work';
import { reanchorSource } from '../coding/segments';

type NoteRow = NoteFields & { author: string };
export const noteSpec: EntitySpec<NoteRow> = {
  table: 'notes',
  fields: {
    kind: text('kind'),
    text: text('text'),
    interviewId: nullableText('interview_id'),
    questionId: nullableText('question_id'),
    sessionId: nullableText('session_id'),
    codeIds: json('code_ids'),
    author: text('author'),
  },
};

export const sessionSpec: EntitySpec<KnowledgeSessionFields> = {
  table: 'knowledge_sessions',
  fields: {
    title: text('title'),
    heldOn: text('held_on'),
    location: text('location'),
    participantIds: json('participant_ids'),
    otherParticipants: text('other_participants'),
    agenda: text('agenda'),
    outcomes: text('outcomes'),
  },
};

type RecommendationRow = RecommendationFields & { position: number };
export const recommendationSpec: EntitySpec<RecommendationRow> = {
  table: 'recommendations',
  fields: {
    position: int('position'),
    text: text('text'),
    addressedTo: text('addressed_to'),
    organisationId: nullableText('organisation_id'),
    priority: text('priority'),
    codeIds: json('code_ids'),
  },
};

function requireLiveRow(db: ReadableDb, table: string, id: string | null | undefined): void {
  if (!id) return;
  const row = db.prepare(`SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as { deleted_at: string | null } | undefined;
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', { what: `${table} ${id}` });
}

/** New links must point at live codes; links the row already had may stay even if that code was deleted since. */
function checkCodes(db: ReadableDb, codeIds: readonly string[] | undefined, alreadyLinked: readonly string[] = []): void {
  for (const id of codeIds ?? []) if (!alreadyLinked.includes(id)) requireLiveRow(db, 'codebook_codes', id);
}

// Notes ---------------------------------------------------------------------------------------------------------

export function listNotes(db: ReadableDb, filter: { interviewId?: string; sessionId?: string; includeDeleted?: boolean } = {}): Note[] {
  const where: string[] = [];
  const params: string[] = [];
  if (!filter.includeDeleted) where.push('deleted_at IS NULL');
  if (filter.interviewId) (where.push('interview_id = ?'), params.push(filter.interviewId));
  if (filter.sessionId) (where.push('session_id = ?'), params.push(filter.sessionId));
  const sql = `SELECT * FROM notes ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`;
  return (db.prepare(sql).all(...params) as Record<string, unknown>[]).map((row) => rowToEntity(noteSpec, row) as Note);
}

export function createNote(ctx: WriteContext, fields: Partial<NoteFields> & Pick<NoteFields, 'kind' | 'text'>): Note {
  requireLiveRow(ctx.db, 'interviews', fields.interviewId);
  requireLiveRow(ctx.db, 'knowledge_sessions', fields.sessionId);
  checkCodes(ctx.db, fields.codeIds);
  const id = insertEntity(ctx.db, ctx.clock, ctx.author, noteSpec, {
    interviewId: null,
    questionId: null,
    sessionId: null,
    codeIds: [],
    ...fields,
    text: fields.text.trim(),
    author: ctx.author.name,
  });
  return requireEntity(ctx.db, noteSpec, id) as Note;
}

export function updateNote(ctx: WriteContext, id: string, patch: Partial<NoteFields>, base: Partial<NoteFields> = {}): Note {
  const current = requireEntity(ctx.db, noteSpec, id);
  if (patch.interviewId !== current.interviewId) requireLiveRow(ctx.db, 'interviews', patch.interviewId);
  if (patch.sessionId !== current.sessionId) requireLiveRow(ctx.db, 'knowledge_sessions', patch.sessionId);
  checkCodes(ctx.db, patch.codeIds, current.codeIds);
  updateEntity(ctx.db, ctx.clock, ctx.author, noteSpec, id, patch.text === undefined ? patch : { ...patch, text: patch.text.trim() }, base);
  reanchorSource(ctx, 'note', id, 'text', current.text, requireEntity(ctx.db, noteSpec, id).text);
  return requireEntity(ctx.db, noteSpec, id) as Note;
}

export function deleteNote(ctx: WriteContext, id: string, deleted: boolean): Note {
  setDeleted(ctx.db, ctx.clock, ctx.author, noteSpec, id, deleted);
  return requireEntity(ctx.db, noteSpec, id) as Note;
}

// Knowledge sessions ------------------------------------------------------------------------------------------

export const sessionDefaults: Omit<KnowledgeSessionFields, 'title'> = {
  heldOn: '',
  location: '',
  participantIds: [],
  otherParticipants: '',
  agenda: '',
  outcomes: '',
};

export function listSessions(db: ReadableDb, includeDeleted = false): KnowledgeSession[] {
  return listEntities(db, sessionSpec, { includeDeleted, orderBy: "held_on = '', held_on, created_at, id" }) as KnowledgeSession[];
}

function checkParticipants(db: ReadableDb, ids: readonly string[] | undefined, alreadyListed: readonly string[] = []): void {
  for (const id of ids ?? []) if (!alreadyListed.includes(id)) requireLiveRow(db, 'respondents', id);
}

export function createSession(ctx: WriteContext, fields: Partial<KnowledgeSessionFields> & Pick<KnowledgeSessionFields, 'title'>): KnowledgeSession {
  checkParticipants(ctx.db, fields.participantIds);
  const id = insertEntity(ctx.db, ctx.clock, ctx.author, sessionSpec, { ...sessionDefaults, ...fields, title: fields.title.trim() });
  return requireEntity(ctx.db, sessionSpec, id) as KnowledgeSession;
}

export function updateSession(ctx: WriteContext, id: string, patch: Partial<KnowledgeSessionFields>, base: Partial<KnowledgeSessionFields> = {}): KnowledgeSession {
  const current = requireEntity(ctx.db, sessionSpec, id);
  checkParticipants(ctx.db, patch.participantIds, current.participantIds);
  updateEntity(ctx.db, ctx.clock, ctx.author, sessionSpec, id, patch, base);
  const stored = requireEntity(ctx.db, sessionSpec, id);
  for (const field of ['agenda', 'outcomes'] as const) reanchorSource(ctx, 'session', id, field, current[field], stored[field]);
  return requireEntity(ctx.db, sessionSpec, id) as KnowledgeSession;
}

export function deleteSession(ctx: WriteContext, id: string, deleted: boolean): KnowledgeSession {
  setDeleted(ctx.db, ctx.clock, ctx.author, sessionSpec, id, deleted);
  return requireEntity(ctx.db, sessionSpec, id) as KnowledgeSession;
}

// Recommendations ---------------------------------------------------------------------------------------------

export function listRecommendations(db: ReadableDb, includeDeleted = false): Recommendation[] {
  return listEntities(db, recommendationSpec, { includeDeleted, orderBy: 'position, id' }) as Recommendation[];
}

export function createRecommendation(
  ctx: WriteContext,
  fields: Partial<RecommendationFields> & Pick<RecommendationFields, 'text' | 'addressedTo'>,
): Recommendation {
  requireLiveRow(ctx.db, 'organisations', fields.organisationId);
  checkCodes(ctx.db, fields.codeIds);
  const position = listRecommendations(ctx.db).length;
  const id = insertEntity(ctx.db, ctx.clock, ctx.author, recommendationSpec, {
    organisationId: null,
    priority: 'medium',
    codeIds: [],
    ...fields,
    text: fields.text.trim(),
    position,
  });
  return requireEntity(ctx.db, recommendationSpec, id) as Recommendation;
}

export function updateRecommendation(ctx: WriteContext, id: string, patch: Partial<RecommendationFields>, base: Partial<RecommendationFields> = {}): Recommendation {
  const current = requireEntity(ctx.db, recommendationSpec, id);
  if (patch.organisationId !== current.organisationId) requireLiveRow(ctx.db, 'organisations', patch.organisationId);
  checkCodes(ctx.db, patch.codeIds, current.codeIds);
  updateEntity(ctx.db, ctx.clock, ctx.author, recommendationSpec, id, patch, base);
  reanchorSource(ctx, 'recommendation', id, 'text', current.text, requireEntity(ctx.db, recommendationSpec, id).text);
  return requireEntity(ctx.db, recommendationSpec, id) as Recommendation;
}

export function deleteRecommendation(ctx: WriteContext, id: string, deleted: boolean): Recommendation {
  setDeleted(ctx.db, ctx.clock, ctx.author, recommendationSpec, id, deleted);
  return requireEntity(ctx.db, recommendationSpec, id) as Recommendation;
}

export function moveRecommendation(ctx: WriteContext, id: string, toIndex: number): Recommendation[] {
  const list = listRecommendations(ctx.db);
  const from = list.findIndex((r) => r.id === id);
  if (from < 0) throw new AppError('NOT_FOUND', { what: `recommendation ${id}` });
  const [moved] = list.splice(from, 1);
  list.splice(Math.min(toIndex, list.length), 0, moved!);
  list.forEach((r, index) => {
    if (r.position !== index) updateEntity(ctx.db, ctx.clock, ctx.author, recommendationSpec, r.id, { position: index });
  });
  return listRecommendations(ctx.db);
}
