// Themes: how often each code is mentioned, per organisation and per role. A mention is a coded segment of an answer,
// explanation, note or session text, a note's whole-note code (a segment covering the note), or a code chosen in an
// answer to a question whose choices come from the codebook. Recommendations are the consultant's own words and are
// not counted. Only live rows count: deleted notes, interviews, organisations, segments and codes are left out.
import type { Mention, MentionQuery, ScoreRole, Themes } from '../../../shared/contract/analysis';
import type { Language } from '../../../shared/i18n/languages';
import type { Polarity } from '../../../shared/template/types';
import type { ReadableDb } from '../db/file';
import { defaultColour } from '../coding/codebook';
import { interviewRoles, inventoryLanguage, liveOrganisations, pick } from './common';

const interviewOfAnswer = "substr(s.source_id, 1, instr(s.source_id, '/') - 1)";

/** How mentionFacts counts: resolves ids to array positions (-1: not counted, e.g. deleted) and adds one mention. */
interface MentionCounter {
  /** The slot of an interview (organisation and roles), or of a session for null; -1 when it does not count. */
  slot(interviewId: string | null): number;
  code(codeId: string): number;
  /** The positions of the codes of a JSON list of code ids (cached per distinct list). */
  codes(json: string): readonly number[];
  add(code: number, slot: number, lean: string | null): void;
}

/**
 * Counts every mention as (code, interview or null for a session, leaning), read with few, narrow queries (covering
 * indexes; notes packed into one row per interview, so ids are resolved once per interview and once per distinct
 * code list; code lists parsed here rather than with json_each, which is several times slower on tens of thousands
 * of notes). The leaning is what the context says a mention is: the kind of its note (kans/knelpunt) or the polarity
 * of the codebook-choice question; it decides whether a code of polarity 'both' counts as a kans or a knelpunt.
 */
function mentionFacts(db: ReadableDb, counter: MentionCounter): void {
  const one = (codeId: string, interviewId: string | null, lean: string | null) => {
    const code = counter.code(codeId);
    const slot = counter.slot(interviewId);
    if (code >= 0 && slot >= 0) counter.add(code, slot, lean);
  };
  for (const [codeId, sourceId] of db
    .prepare("SELECT code_id, source_id FROM coded_segments WHERE deleted_at IS NULL AND source_kind IN ('answer', 'explanation')")
    .raw()
    .all() as [string, string][]) {
    one(codeId, sourceId.slice(0, sourceId.indexOf('/')), null);
  }
  for (const [interviewId, packed] of db
    .prepare(
      `SELECT n.interview_id, group_concat(n.kind || char(31) || s.code_id, char(30)) FROM coded_segments s JOIN notes n ON n.id = s.source_id AND n.deleted_at IS NULL
       WHERE s.deleted_at IS NULL AND s.source_kind = 'note' GROUP BY n.interview_id`,
    )
    .raw()
    .all() as [string | null, string][]) {
    const slot = counter.slot(interviewId);
    if (slot < 0) continue;
    eachPair(packed, (lean, codeId) => {
      const code = counter.code(codeId);
      if (code >= 0) counter.add(code, slot, lean);
    });
  }
  for (const [codeId] of db
    .prepare("SELECT s.code_id FROM coded_segments s JOIN knowledge_sessions k ON k.id = s.source_id AND k.deleted_at IS NULL WHERE s.deleted_at IS NULL AND s.source_kind = 'session'")
    .raw()
    .all() as [string][]) {
    one(codeId, null, null);
  }
  for (const [interviewId, packed] of db
    .prepare("SELECT interview_id, group_concat(kind || char(31) || code_ids, char(30)) FROM notes WHERE deleted_at IS NULL AND code_ids <> '[]' GROUP BY interview_id")
    .raw()
    .all() as [string | null, string][]) {
    const slot = counter.slot(interviewId);
    if (slot < 0) continue;
    eachPair(packed, (lean, codeIds) => {
      for (const code of counter.codes(codeIds)) counter.add(code, slot, lean);
    });
  }
  for (const [interviewId, value, lean] of db
    .prepare(
      `SELECT a.interview_id, a.value, q.choices_from_codebook FROM guide_questions q CROSS JOIN answers a ON a.question_id = q.id AND a.value IS NOT NULL
       WHERE q.choices_from_codebook IS NOT NULL`,
    )
    .raw()
    .all() as [string, string, string][]) {
    const chosen = JSON.parse(value) as string | string[];
    for (const codeId of Array.isArray(chosen) ? chosen : [chosen]) one(codeId, interviewId, lean);
  }
}

/**
 * Calls `each` with the pairs of a `group_concat(a || char(31) || b, char(30))`: one row per interview instead of one
 * per note is several times cheaper to read. Note kinds, code ids and JSON (which escapes control characters) never
 * hold these two separators. A loop over the string, not split() and a generator: tens of thousands of pairs.
 */
function eachPair(packed: string, each: (a: string, b: string) => void): void {
  let start = 0;
  while (start <= packed.length) {
    let end = packed.indexOf('\x1e', start);
    if (end < 0) end = packed.length;
    const cut = packed.indexOf('\x1f', start);
    if (cut >= 0 && cut < end) each(packed.slice(start, cut), packed.slice(cut + 1, end));
    else each(packed.slice(start, end), '');
    start = end + 1;
  }
}

/** A JSON list of ids; ids are letters, digits and dashes, so the common case needs no JSON parser. */
function codeList(json: string): string[] {
  if (json === '[]') return [];
  if (/^\["[0-9A-Za-z-]+(?:","[0-9A-Za-z-]+)*"\]$/.test(json)) return json.slice(2, -2).split('","');
  return JSON.parse(json) as string[];
}

/** Live interviews with their organisation and whether a respondent of each role took part. */
function liveInterviews(db: ReadableDb): Map<string, { organisationId: string | null; procurement: boolean; policy: boolean }> {
  const roleOf = new Map((db.prepare('SELECT id, role FROM respondents').raw().all() as [string, string][]).map(([id, role]) => [id, role]));
  const interviews = new Map<string, { organisationId: string | null; procurement: boolean; policy: boolean }>();
  for (const [id, organisationId, respondentIds] of db
    .prepare('SELECT id, organisation_id, respondent_ids FROM interviews WHERE deleted_at IS NULL')
    .raw()
    .all() as [string, string | null, string][]) {
    const roles = (JSON.parse(respondentIds) as string[]).map((r) => roleOf.get(r));
    interviews.set(id, { organisationId, procurement: roles.includes('procurement'), policy: roles.includes('policy') });
  }
  return interviews;
}

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

/**
 * Mentions and the number of organisations behind them, for one code seen one way (all, as kans, as knelpunt). The
 * counts are added organisation by organisation (see computeThemes), so a new organisation is one unlike the last.
 */
class Count {
  segments = 0;
  organisations = 0;
  private last: string | null = null;
  add(n: number, organisationId: string | null): void {
    this.segments += n;
    if (organisationId && organisationId !== this.last) {
      this.last = organisationId;
      this.organisations += 1;
    }
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

const sized = (count: Count) => ({ segments: count.segments, organisations: count.organisations });
const leanCounts = (t: Tally, lean: Lean) => ({
  ...sized(t.as[lean]),
  byRole: { procurement: sized(t.byRole.procurement.as[lean]), policy: sized(t.byRole.policy.as[lean]) },
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
  const organisations = liveOrganisations(db);
  // Mentions are counted into a flat array indexed by code, organisation (0: none), role flags and leaning, so the
  // tens of thousands of mentions of a large inventory cost one array increment each; the tallies are built after.
  const codeIndex = new Map(codes.map((c, i) => [c.id, i]));
  const organisationIndex = new Map(organisations.map((o, i) => [o.id, i + 1]));
  const slots = organisations.length + 1;
  const interviewSlot = new Map<string, number>();
  for (const [id, interview] of liveInterviews(db)) {
    const o = interview.organisationId === null ? 0 : organisationIndex.get(interview.organisationId);
    if (o === undefined) continue; // a deleted organisation
    interviewSlot.set(id, o * 4 + (interview.procurement ? 1 : 0) + (interview.policy ? 2 : 0));
  }
  const counts = new Int32Array(codes.length * slots * 4 * 3);
  const lists = new Map<string, readonly number[]>();
  mentionFacts(db, {
    slot: (interviewId) => (interviewId === null ? 0 : (interviewSlot.get(interviewId) ?? -1)), // -1: a deleted interview
    code: (codeId) => codeIndex.get(codeId) ?? -1, // -1: a deleted code
    codes(json) {
      let found = lists.get(json);
      if (!found) lists.set(json, (found = codeList(json).map((id) => codeIndex.get(id) ?? -1).filter((c) => c >= 0)));
      return found;
    },
    add(c, slot, lean) {
      counts[(c * slots * 4 + slot) * 3 + (lean === 'kans' ? 1 : lean === 'knelpunt' ? 2 : 0)]! += 1;
    },
  });

  const tallies = new Map<string, Tally>(codes.map((c) => [c.id, newTally()]));
  // Mentions per code and organisation, for the matrix: a flat array like `counts`, read out in code, then
  // organisation order below.
  const cellCounts = new Int32Array(codes.length * slots);
  const slotRoles = [0, 1, 2, 3].map((flags) => ({ procurement: (flags & 1) === 1, policy: (flags & 2) === 2 }));
  codes.forEach((code, c) => {
    const tally = tallies.get(code.id)!;
    const leansByContext = [leansOf(code.polarity, null), leansOf(code.polarity, 'kans'), leansOf(code.polarity, 'knelpunt')];
    for (let slot = 0; slot < slots * 4; slot += 1) {
      const ofRole = slotRoles[slot & 3]!;
      if (role && !ofRole[role]) continue;
      const o = slot >> 2;
      const organisationId = o === 0 ? null : organisations[o - 1]!.id;
      for (let l = 0; l < 3; l += 1) {
        const n = counts[(c * slots * 4 + slot) * 3 + l]!;
        if (n === 0) continue;
        const leans = leansByContext[l]!;
        tally.all.add(n, organisationId);
        for (const lean of leans) tally.as[lean].add(n, organisationId);
        if (organisationId) cellCounts[c * slots + o]! += n;
        for (const r of ['procurement', 'policy'] as const) {
          if (!ofRole[r]) continue;
          tally.byRole[r].all.add(n, organisationId);
          for (const lean of leans) tally.byRole[r].as[lean].add(n, organisationId);
        }
      }
    }
  });
  const cells: { codeId: string; organisationId: string; segments: number }[] = [];
  codes.forEach((code, c) => {
    for (let o = 1; o < slots; o += 1) {
      const segments = cellCounts[c * slots + o]!;
      if (segments > 0) cells.push({ codeId: code.id, organisationId: organisations[o - 1]!.id, segments });
    }
  });

  const rank = (count: (t: Tally) => Count) =>
    codes
      .map((c) => ({ c, m: count(tallies.get(c.id)!) }))
      .filter(({ m }) => m.segments > 0)
      .sort((a, b) => b.m.organisations - a.m.organisations || b.m.segments - a.m.segments || a.c.position - b.c.position)
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
        organisations: t.all.organisations,
        asKnelpunt: leanCounts(t, 'knelpunt'),
        asKans: leanCounts(t, 'kans'),
        byRole: { procurement: t.byRole.procurement.all.segments, policy: t.byRole.policy.all.segments },
      };
    }),
    cells,
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
  /** What the context says the mention is (note kind, or the polarity of the codebook-choice question). */
  context: string | null;
}

/** The parts of the mention listing, one per origin; `code` is the SQL of the code id, for pushing a code filter down. */
const mentionParts: readonly { origin: Mention['origin']; code: string; prefilter?: string; sql: string }[] = [
  {
    origin: 'segment',
    code: 's.code_id',
    sql: `SELECT s.id, 'segment' AS origin, s.code_id AS codeId, s.source_kind AS sourceKind, s.source_id AS sourceId, s.field,
         s.coded_text AS text, s.text_removed AS textRemoved, i.organisation_id AS organisationId, i.id AS interviewId, NULL AS noteKind,
         NULL AS context
    FROM coded_segments s JOIN interviews i ON i.id = ${interviewOfAnswer} AND i.deleted_at IS NULL
    WHERE s.deleted_at IS NULL AND s.source_kind IN ('answer', 'explanation')`,
  },
  {
    origin: 'segment',
    code: 's.code_id',
    sql: `SELECT s.id, 'segment', s.code_id, s.source_kind, s.source_id, s.field, s.coded_text, s.text_removed, i.organisation_id, n.interview_id, n.kind, n.kind
    FROM coded_segments s JOIN notes n ON n.id = s.source_id AND n.deleted_at IS NULL LEFT JOIN interviews i ON i.id = n.interview_id
    WHERE s.deleted_at IS NULL AND s.source_kind = 'note' AND (n.interview_id IS NULL OR i.deleted_at IS NULL)`,
  },
  {
    origin: 'segment',
    code: 's.code_id',
    sql: `SELECT s.id, 'segment', s.code_id, s.source_kind, s.source_id, s.field, s.coded_text, s.text_removed, NULL, NULL, NULL, NULL
    FROM coded_segments s JOIN knowledge_sessions k ON k.id = s.source_id AND k.deleted_at IS NULL
    WHERE s.deleted_at IS NULL AND s.source_kind = 'session'`,
  },
  {
    origin: 'note',
    code: 'j.value',
    // A cheap text test first, so json_each only runs on notes that can carry the code.
    prefilter: "instr(n.code_ids, ?) > 0",
    sql: `SELECT 'note:' || n.id || ':' || j.value, 'note', j.value, 'note', n.id, 'text', n.text, 0, i.organisation_id, n.interview_id, n.kind, n.kind
    FROM notes n JOIN json_each(n.code_ids) j LEFT JOIN interviews i ON i.id = n.interview_id
    WHERE n.deleted_at IS NULL AND n.code_ids <> '[]' AND (n.interview_id IS NULL OR i.deleted_at IS NULL)`,
  },
  {
    origin: 'choice',
    code: 'j.value',
    prefilter: 'instr(a.value, ?) > 0',
    sql: `SELECT 'choice:' || a.interview_id || '/' || a.question_id || ':' || j.value, 'choice', j.value, 'answer', a.interview_id || '/' || a.question_id,
         'value', CASE WHEN a.explanation <> '' THEN a.explanation ELSE q.text_nl END, 0, i.organisation_id, i.id, NULL, q.choices_from_codebook
    FROM guide_questions q CROSS JOIN answers a ON a.question_id = q.id AND a.value IS NOT NULL
    JOIN interviews i ON i.id = a.interview_id AND i.deleted_at IS NULL JOIN json_each(a.value) j
    WHERE q.choices_from_codebook IS NOT NULL`,
  },
];

/**
 * The mentions behind a count of the theme matrix, with their text, organisation and respondent roles; with `lean`,
 * only those counted as a knelpunt (or a kans), as behind a count of the top lists.
 * Example: listMentions(db, { codeId, organisationId }) → the mentions in one matrix cell
 */
export function listMentions(
  db: ReadableDb,
  filter: MentionQuery & { sourceId?: string; origins?: readonly Mention['origin'][] } = {},
): Mention[] {
  const parts: string[] = [];
  const params: string[] = [];
  for (const part of mentionParts) {
    if (filter.origins && !filter.origins.includes(part.origin)) continue;
    if (!filter.codeId) {
      parts.push(part.sql);
      continue;
    }
    parts.push(`${part.sql} AND ${part.code} = ?${part.prefilter ? ` AND ${part.prefilter}` : ''}`);
    params.push(filter.codeId, ...(part.prefilter ? [filter.codeId] : []));
  }
  const where: string[] = [];
  if (filter.organisationId) (where.push('organisationId = ?'), params.push(filter.organisationId));
  if (filter.sourceId) (where.push('sourceId = ?'), params.push(filter.sourceId));
  if (parts.length === 0) return [];
  const sql = `SELECT * FROM (${parts.join('\n  UNION ALL\n  ')}) ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const rows = db.prepare(sql).all(...params) as MentionRow[];
  const liveCode = new Map((db.prepare('SELECT id, polarity FROM codebook_codes WHERE deleted_at IS NULL').all() as { id: string; polarity: Polarity }[]).map((r) => [r.id, r.polarity]));
  const { lean } = filter;
  const organisations = new Map(liveOrganisations(db).map((o) => [o.id, o.name]));
  const roles = interviewRoles(db);
  return rows
    .filter((row) => liveCode.has(row.codeId) && (row.organisationId === null || organisations.has(row.organisationId)))
    // Counted as a knelpunt or a kans exactly as computeThemes counts it.
    .filter((row) => !lean || leansOf(liveCode.get(row.codeId)!, row.context).includes(lean))
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
