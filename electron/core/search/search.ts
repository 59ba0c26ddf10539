// Full-text search over answers, explanations, notes, session texts and recommendations (the FTS5 index kept by the
// triggers of migration 4). The user's text goes through parseSearchQuery, so SQLite only ever sees quoted terms.
import { AppError } from '../../../shared/contract/errors';
import type { SearchInput, SearchOutput, SearchResult } from '../../../shared/contract/analysis';
import type { ReadableDb } from '../db/file';
import { parseSearchQuery } from './query';

const HIT_START = '\u0002';
const HIT_END = '\u0003';
const DEFAULT_LIMIT = 20;

interface Candidate {
  id: number;
  kind: SearchResult['kind'];
  sourceId: string;
  field: SearchResult['field'];
  snippet: string;
}

/** Splits a snippet with hit markers into parts. */
function snippetParts(snippet: string): SearchResult['snippet'] {
  const parts: { text: string; hit: boolean }[] = [];
  let rest = snippet;
  while (rest.length) {
    const start = rest.indexOf(HIT_START);
    if (start < 0) {
      parts.push({ text: rest, hit: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), hit: false });
    const end = rest.indexOf(HIT_END, start + 1);
    const hit = end < 0 ? rest.slice(start + 1) : rest.slice(start + 1, end);
    parts.push({ text: hit, hit: true });
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return parts.filter((p) => p.text.length > 0).map((p) => ({ text: p.text.replace(/[\u0002\u0003]/g, ''), hit: p.hit }));
}

const rankedSql = `
  SELECT s.id, s.kind, s.source_id AS sourceId, s.field,
         snippet(search_index, 0, char(2), char(3), '…', 14) AS snippet
  FROM search_index JOIN search_sources s ON s.id = search_index.rowid
  WHERE search_index MATCH ? ORDER BY rank LIMIT ?`;

/** Context of a result: its organisation, whether it still counts (not in a deleted interview), and how to open it. */
interface Context {
  organisationId: string | null;
  live: boolean;
  open: SearchResult['open'];
  codeIds: string[];
}

/** Interviews by id (organisation, deleted); read once per search from the covering index, never the wide rows. */
type InterviewFacts = Map<string, { organisationId: string | null; deleted: boolean }>;

function interviewFacts(db: ReadableDb): InterviewFacts {
  const rows = db.prepare('SELECT id, organisation_id, deleted_at FROM interviews').raw().all() as [string, string | null, string | null][];
  return new Map(rows.map(([id, organisationId, deletedAt]) => [id, { organisationId, deleted: deletedAt !== null }]));
}

function contextOf(db: ReadableDb, interviews: () => InterviewFacts, candidate: Candidate): Context {
  const none = { interviewId: null, questionId: null, noteId: null, sessionId: null, recommendationId: null };
  switch (candidate.kind) {
    case 'answer':
    case 'explanation': {
      const [interviewId, questionId] = candidate.sourceId.split('/') as [string, string];
      const row = interviews().get(interviewId);
      return { organisationId: row?.organisationId ?? null, live: !!row && !row.deleted, open: { ...none, view: 'interview', interviewId, questionId }, codeIds: [] };
    }
    case 'note': {
      const row = db.prepare('SELECT interview_id, question_id, session_id, code_ids FROM notes WHERE id = ?').get(candidate.sourceId) as
        | { interview_id: string | null; question_id: string | null; session_id: string | null; code_ids: string }
        | undefined;
      if (!row) return { organisationId: null, live: false, open: { ...none, view: 'notes' }, codeIds: [] };
      const view = row.interview_id ? 'interview' : row.session_id ? 'session' : 'notes';
      const interview = row.interview_id ? interviews().get(row.interview_id) : undefined;
      return {
        organisationId: interview?.organisationId ?? null,
        live: !interview?.deleted,
        open: { ...none, view, interviewId: row.interview_id, questionId: row.question_id, noteId: candidate.sourceId, sessionId: row.session_id },
        codeIds: JSON.parse(row.code_ids) as string[],
      };
    }
    case 'session':
      return { organisationId: null, live: true, open: { ...none, view: 'session', sessionId: candidate.sourceId }, codeIds: [] };
    case 'recommendation': {
      const row = db.prepare('SELECT organisation_id FROM recommendations WHERE id = ?').get(candidate.sourceId) as { organisation_id: string | null } | undefined;
      return { organisationId: row?.organisation_id ?? null, live: true, open: { ...none, view: 'recommendations', recommendationId: candidate.sourceId }, codeIds: [] };
    }
  }
}

/**
 * Ranked search with snippets. Filters: organisation, kinds of source, and a code (sources with a segment of that
 * code, or notes carrying it). Example: search(db, { query: 'circulair*' }).results[0].snippet
 */
export function search(db: ReadableDb, input: SearchInput): SearchOutput {
  const parsed = parseSearchQuery(input.query);
  if (!parsed.expression) throw new AppError('SEARCH_EMPTY');
  const limit = input.limit ?? DEFAULT_LIMIT;
  const kinds = input.kinds?.length ? new Set(input.kinds) : null;
  const filtered = !!(kinds || input.organisationId || input.codeId);
  const organisationName = db.prepare('SELECT name FROM organisations WHERE id = ?');
  let facts: InterviewFacts | undefined;
  const interviews = () => (facts ??= interviewFacts(db));
  const coded = db.prepare('SELECT 1 FROM coded_segments WHERE source_kind = ? AND source_id = ? AND code_id = ? AND deleted_at IS NULL LIMIT 1');
  const ranked = db.prepare(rankedSql);

  const results: SearchResult[] = [];
  // Most queries fill the page from the first candidates; filters and deleted interviews can make more rounds necessary.
  let fetch = filtered ? limit * 10 : limit + 10;
  let seen = 0;
  for (;;) {
    const candidates = ranked.all(parsed.expression, fetch) as Candidate[];
    for (const candidate of candidates.slice(seen)) {
      if (kinds && !kinds.has(candidate.kind)) continue;
      const context = contextOf(db, interviews, candidate);
      if (!context.live) continue;
      if (input.organisationId && context.organisationId !== input.organisationId) continue;
      if (input.codeId && !context.codeIds.includes(input.codeId) && !coded.get(candidate.kind, candidate.sourceId, input.codeId)) continue;
      results.push({
        kind: candidate.kind,
        sourceId: candidate.sourceId,
        field: candidate.field,
        snippet: snippetParts(candidate.snippet),
        organisationId: context.organisationId,
        organisationName: context.organisationId ? ((organisationName.get(context.organisationId) as { name: string } | undefined)?.name ?? null) : null,
        open: context.open,
      });
      if (results.length >= limit) break;
    }
    if (results.length >= limit || candidates.length < fetch) break;
    seen = candidates.length;
    fetch *= 4;
  }
  return { expression: parsed.expression, terms: [...parsed.terms], results };
}
