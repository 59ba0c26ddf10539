// Themes: how often each code is mentioned, per organisation and per role. A mention is a coded segment of an answer,
// explanation, note or session text, a note's whole-note code (a segment covering the note), or a code chosen in an
// answer to a question whose choices come from the codebook. Recommendations are the consultant's own words and are
// not counted. Only live rows count: deleted notes, interviews, organisations, segments and codes are left out.
import type { Mention, MentionFilter, ScoreRole, Themes } from '../../../shared/contract/analysis';
import type { Language } from '../../../shared/i18n/languages';
import type { Polarity, RespondentRole } from '../../../shared/template/types';
import type { ReadableDb } from '../db/file';
import { defaultColour } from '../coding/codebook';
import { interviewRoles, inventoryLanguage, liveOrganisations, pick } from './common';

const interviewOfAnswer = "substr(s.source_id, 1, instr(s.source_id, '/') - 1)";

/**
 * One row per (code, organisation, interview, leaning) with the number of mentions; the lean input of the matrix.
 * The leaning is what the context says a mention is: the kind of its note (kans/knelpunt) or the polarity of the
 * codebook-choice question; it decides whether a code of polarity 'both' counts as a kans or a knelpunt.
 */
const mentionCountsSql = `
  SELECT code_id AS codeId, organisation_id AS organisationId, interview_id AS interviewId, lean, count(*) AS n FROM (
    SELECT s.code_id, i.organisation_id, i.id AS interview_id, NULL AS lean FROM coded_segments s
      JOIN interviews i ON i.id = ${interviewOfAnswer} AND i.deleted_at IS NULL
      WHERE s.deleted_at IS NULL AND s.source_kind IN ('answer', 'explanation')
    UNION ALL
    SELECT s.code_id, i.organisation_id, n.interview_id, n.kind FROM coded_segments s
      JOIN notes n ON n.id = s.source_id AND n.deleted_at IS NULL LEFT JOIN interviews i ON i.id = n.interview_id
      WHERE s.deleted_at IS NULL AND s.source_kind = 'note' AND (n.interview_id IS NULL OR i.deleted_at IS NULL)
    UNION ALL
    SELECT s.code_id, NULL, NULL, NULL FROM coded_segments s JOIN knowledge_sessions k ON k.id = s.source_id AND k.deleted_at IS NULL
      WHERE s.deleted_at IS NULL AND s.source_kind = 'session'
    UNION ALL
    SELECT j.value, i.organisation_id, n.interview_id, n.kind FROM notes n JOIN json_each(n.code_ids) j LEFT JOIN interviews i ON i.id = n.interview_id
      WHERE n.deleted_at IS NULL AND n.code_ids <> '[]' AND (n.interview_id IS NULL OR i.deleted_at IS NULL)
    UNION ALL
    SELECT j.value, i.organisation_id, i.id, q.choices_from_codebook FROM guide_questions q JOIN answers a ON a.question_id = q.id AND a.value IS NOT NULL
      JOIN interviews i ON i.id = a.interview_id AND i.deleted_at IS NULL JOIN json_each(a.value) j
      WHERE q.choices_from_codebook IS NOT NULL
  ) GROUP BY code_id, organisation_id, interview_id, lean`;

interface LiveCode {
  readonly id: string;
  readonly code: string;
  readonly label: string;
  readonly polarity: Polarity;
  readonly colour: string;
  readonly parentId: string | null;
  readonly position: number;
}

export function liveCodes(db: ReadableDb, language: Language): LiveCode[] {
  const rows = db
    .prepare('SELECT id, code, label_nl, label_en, polarity, colour, parent_id, position FROM codebook_codes WHERE deleted_at IS NULL ORDER BY position, id')
    .all() as { id: string; code: string; label_nl: string; label_en: string; polarity: Polarity; colour: string; parent_id: string | null; position: number }[];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    label: pick(language, r.label_nl, r.label_en),
    polarity: r.polarity,
    colour: r.colour || defaultColour(r.position),
    parentId: r.parent_id,
    position: r.position,
  }));
}

const TOP = 10;

type Lean = 'kans' | 'knelpunt';

/** Mentions and the organisations behind them, for one code seen one way (all, as kans, as knelpunt). */
class Count {
  segments = 0;
  readonly organisations = new Set<string>();
  add(n: number, organisationId: string | null): void {
    this.segments += n;
    if (organisationId) this.organisations.add(organisationId);
  }
}

interface Tally {
  readonly all: Count;
  readonly as: Record<Lean, Count>;
  readonly byRole: Record<ScoreRole, { readonly all: Count; readonly as: Record<Lean, Count> }>;
}

const newTally = (): Tally => ({
  all: new Count(),
  as: { kans: new Count(), knelpunt: new Count() },
  byRole: {
    procurement: { all: new Count(), as: { kans: new Count(), knelpunt: new Count() } },
    policy: { all: new Count(), as: { kans: new Count(), knelpunt: new Count() } },
  },
});

/** Which lists a mention counts in: a one-sided code always its own; a 'both' code as its context says, else in both. */
function leansOf(polarity: Polarity, context: string | null): readonly Lean[] {
  if (polarity !== 'both') return [polarity];
  if (context === 'kans' || context === 'knelpunt') return [context];
  return ['kans', 'knelpunt'];
}

/**
 * The code × organisation matrix with, per code, its mentions and the number of organisations that mention it, and
 * the top knelpunten and kansen overall and per role, ranked by organisations, then mentions, then codebook order.
 * A code of polarity 'both' counts as a knelpunt where its note is a knelpunt or it was chosen as one, as a kans
 * likewise, and as both where the context does not say. With `role`, only mentions from interviews with a
 * respondent of that role count.
 * Example: computeThemes(db, { role: 'policy' }).top.knelpunten[0] → the code id policy mentions most widely
 */
export function computeThemes(db: ReadableDb, options: { role?: ScoreRole; language?: Language } = {}): Themes {
  const language = options.language ?? inventoryLanguage(db);
  const role = options.role ?? null;
  const codes = liveCodes(db, language);
  const polarity = new Map(codes.map((c) => [c.id, c.polarity]));
  const organisations = liveOrganisations(db);
  const liveOrganisation = new Set(organisations.map((o) => o.id));
  const roles = interviewRoles(db);
  const rows = db.prepare(mentionCountsSql).all() as { codeId: string; organisationId: string | null; interviewId: string | null; lean: string | null; n: number }[];

  const tallies = new Map<string, Tally>(codes.map((c) => [c.id, newTally()]));
  const cells = new Map<string, number>();
  for (const row of rows) {
    const tally = tallies.get(row.codeId);
    if (!tally) continue;
    if (row.organisationId !== null && !liveOrganisation.has(row.organisationId)) continue;
    const rolesOfRow: readonly RespondentRole[] = row.interviewId ? (roles.get(row.interviewId) ?? []) : [];
    if (role && !rolesOfRow.includes(role)) continue;
    const leans = leansOf(polarity.get(row.codeId)!, row.lean);
    tally.all.add(row.n, row.organisationId);
    for (const lean of leans) tally.as[lean].add(row.n, row.organisationId);
    if (row.organisationId) {
      const key = `${row.codeId}|${row.organisationId}`;
      cells.set(key, (cells.get(key) ?? 0) + row.n);
    }
    for (const r of ['procurement', 'policy'] as const) {
      if (!rolesOfRow.includes(r)) continue;
      tally.byRole[r].all.add(row.n, row.organisationId);
      for (const lean of leans) tally.byRole[r].as[lean].add(row.n, row.organisationId);
    }
  }

  const rank = (count: (t: Tally) => Count) =>
    codes
      .map((c) => ({ c, m: count(tallies.get(c.id)!) }))
      .filter(({ m }) => m.segments > 0)
      .sort((a, b) => b.m.organisations.size - a.m.organisations.size || b.m.segments - a.m.segments || a.c.position - b.c.position)
      .slice(0, TOP)
      .map(({ c }) => c.id);

  return {
    role,
    organisations: organisations.map(({ id, name }) => ({ id, name })),
    codes: codes.map((c) => {
      const t = tallies.get(c.id)!;
      return {
        codeId: c.id,
        code: c.code,
        label: c.label,
        polarity: c.polarity,
        colour: c.colour,
        parentId: c.parentId,
        segments: t.all.segments,
        organisations: t.all.organisations.size,
        asKnelpunt: { segments: t.as.knelpunt.segments, organisations: t.as.knelpunt.organisations.size },
        asKans: { segments: t.as.kans.segments, organisations: t.as.kans.organisations.size },
        byRole: { procurement: t.byRole.procurement.all.segments, policy: t.byRole.policy.all.segments },
      };
    }),
    cells: [...cells].map(([key, segments]) => {
      const [codeId, organisationId] = key.split('|') as [string, string];
      return { codeId, organisationId, segments };
    }),
    top: {
      knelpunten: rank((t) => t.as.knelpunt),
      kansen: rank((t) => t.as.kans),
      procurement: { knelpunten: rank((t) => t.byRole.procurement.as.knelpunt), kansen: rank((t) => t.byRole.procurement.as.kans) },
      policy: { knelpunten: rank((t) => t.byRole.policy.as.knelpunt), kansen: rank((t) => t.byRole.policy.as.kans) },
    },
  };
}

// Mentions with their text ------------------------------------------------------------------------------------

interface MentionRow {
  id: string;
  origin: Mention['origin'];
  codeId: string;
  sourceKind: Mention['sourceKind'];
  sourceId: string;
  field: Mention['field'];
  text: string;
  textRemoved: number;
  organisationId: string | null;
  interviewId: string | null;
  noteKind: string | null;
}

const mentionsSql = `
  SELECT s.id, 'segment' AS origin, s.code_id AS codeId, s.source_kind AS sourceKind, s.source_id AS sourceId, s.field,
         s.coded_text AS text, s.text_removed AS textRemoved, i.organisation_id AS organisationId, i.id AS interviewId, NULL AS noteKind
    FROM coded_segments s JOIN interviews i ON i.id = ${interviewOfAnswer} AND i.deleted_at IS NULL
    WHERE s.deleted_at IS NULL AND s.source_kind IN ('answer', 'explanation')
  UNION ALL
  SELECT s.id, 'segment', s.code_id, s.source_kind, s.source_id, s.field, s.coded_text, s.text_removed, i.organisation_id, n.interview_id, n.kind
    FROM coded_segments s JOIN notes n ON n.id = s.source_id AND n.deleted_at IS NULL LEFT JOIN interviews i ON i.id = n.interview_id
    WHERE s.deleted_at IS NULL AND s.source_kind = 'note' AND (n.interview_id IS NULL OR i.deleted_at IS NULL)
  UNION ALL
  SELECT s.id, 'segment', s.code_id, s.source_kind, s.source_id, s.field, s.coded_text, s.text_removed, NULL, NULL, NULL
    FROM coded_segments s JOIN knowledge_sessions k ON k.id = s.source_id AND k.deleted_at IS NULL
    WHERE s.deleted_at IS NULL AND s.source_kind = 'session'
  UNION ALL
  SELECT 'note:' || n.id || ':' || j.value, 'note', j.value, 'note', n.id, 'text', n.text, 0, i.organisation_id, n.interview_id, n.kind
    FROM notes n JOIN json_each(n.code_ids) j LEFT JOIN interviews i ON i.id = n.interview_id
    WHERE n.deleted_at IS NULL AND n.code_ids <> '[]' AND (n.interview_id IS NULL OR i.deleted_at IS NULL)
  UNION ALL
  SELECT 'choice:' || a.interview_id || '/' || a.question_id || ':' || j.value, 'choice', j.value, 'answer', a.interview_id || '/' || a.question_id,
         'value', CASE WHEN a.explanation <> '' THEN a.explanation ELSE q.text_nl END, 0, i.organisation_id, i.id, NULL
    FROM guide_questions q JOIN answers a ON a.question_id = q.id AND a.value IS NOT NULL
    JOIN interviews i ON i.id = a.interview_id AND i.deleted_at IS NULL JOIN json_each(a.value) j
    WHERE q.choices_from_codebook IS NOT NULL`;

/**
 * The mentions behind a count of the theme matrix, with their text, organisation and respondent roles.
 * Example: listMentions(db, { codeId, organisationId }) → the mentions in one matrix cell
 */
export function listMentions(db: ReadableDb, filter: MentionFilter & { sourceId?: string } = {}): Mention[] {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.codeId) (where.push('codeId = ?'), params.push(filter.codeId));
  if (filter.organisationId) (where.push('organisationId = ?'), params.push(filter.organisationId));
  if (filter.sourceId) (where.push('sourceId = ?'), params.push(filter.sourceId));
  const sql = `SELECT * FROM (${mentionsSql}) ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const rows = db.prepare(sql).all(...params) as MentionRow[];
  const liveCode = new Set((db.prepare('SELECT id FROM codebook_codes WHERE deleted_at IS NULL').all() as { id: string }[]).map((r) => r.id));
  const organisations = new Map(liveOrganisations(db).map((o) => [o.id, o.name]));
  const roles = interviewRoles(db);
  return rows
    .filter((row) => liveCode.has(row.codeId) && (row.organisationId === null || organisations.has(row.organisationId)))
    .map((row) => ({
      id: row.id,
      origin: row.origin,
      codeId: row.codeId,
      sourceKind: row.sourceKind,
      sourceId: row.sourceId,
      field: row.field,
      text: row.text,
      textRemoved: row.textRemoved === 1,
      organisationId: row.organisationId,
      organisationName: row.organisationId ? (organisations.get(row.organisationId) ?? null) : null,
      interviewId: row.interviewId,
      respondentRoles: row.interviewId ? [...(roles.get(row.interviewId) ?? [])] : [],
      noteKind: row.noteKind,
    }))
    .filter((m) => !filter.role || m.respondentRoles.includes(filter.role))
    .sort((a, b) => (a.organisationName ?? '\uffff').localeCompare(b.organisationName ?? '\uffff', 'nl') || a.sourceId.localeCompare(b.sourceId) || a.id.localeCompare(b.id));
}
