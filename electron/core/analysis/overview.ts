// Side by side (one question's answers across organisations, with counts) and completeness (what is still to do per
// organisation before the report can be written).
import { AppError } from '../../../shared/contract/errors';
import type { Completeness, SideBySide } from '../../../shared/contract/analysis';
import type { AnswerValue, Guide } from '../../../shared/contract/fieldwork';
import type { Language } from '../../../shared/i18n/languages';
import { analysisText } from '../../../shared/i18n/features/analysis';
import type { QuestionType, RespondentRole } from '../../../shared/template/types';
import type { ReadableDb } from '../db/file';
import { questionsFor } from '../interviews/interviews';
import { getGuide } from '../guides/guide';
import { interviewRoles, inventoryLanguage, liveOrganisations, pick } from './common';
import { computeHeatmap, liveDimensions } from './scores';

interface QuestionRow {
  id: string;
  code: string;
  type: QuestionType;
  text_nl: string;
  text_en: string;
  options: string;
  choices_from_codebook: string | null;
}

/** The choices a question's answers are counted by, in display order. */
function choicesOf(db: ReadableDb, question: QuestionRow, language: Language): { key: string; label: string }[] {
  switch (question.type) {
    case 'scale':
      return (db.prepare('SELECT level, name_nl, name_en FROM maturity_levels ORDER BY level').all() as { level: number; name_nl: string; name_en: string }[]).map((l) => ({
        key: String(l.level),
        label: `${l.level} ${pick(language, l.name_nl, l.name_en)}`,
      }));
    case 'yesno': {
      const words = analysisText(language).export;
      return [
        { key: 'true', label: words.yes },
        { key: 'false', label: words.no },
      ];
    }
    case 'single':
    case 'multi': {
      if (question.choices_from_codebook) {
        const codes = db
          .prepare("SELECT id, code, label_nl, label_en FROM codebook_codes WHERE deleted_at IS NULL AND polarity IN (?, 'both') ORDER BY position, id")
          .all(question.choices_from_codebook) as { id: string; code: string; label_nl: string; label_en: string }[];
        return codes.map((c) => ({ key: c.id, label: pick(language, c.label_nl, c.label_en) }));
      }
      const options = JSON.parse(question.options) as { key: string; label: { nl: string; en: string } }[];
      return options.map((o) => ({ key: o.key, label: pick(language, o.label.nl, o.label.en) }));
    }
    default:
      return [];
  }
}

/**
 * One question's answers across organisations (interviews that are not planned), with counts per choice for choice,
 * yes/no and scale questions. Example: sideBySide(db, questionId).counts → [{ key: '1', label: '1 Startend', count: 2 }, …]
 */
export function sideBySide(db: ReadableDb, questionId: string, options: { language?: Language } = {}): SideBySide {
  const language = options.language ?? inventoryLanguage(db);
  const question = db.prepare('SELECT * FROM guide_questions WHERE id = ? AND deleted_at IS NULL').get(questionId) as QuestionRow | undefined;
  if (!question) throw new AppError('NOT_FOUND', { what: `question ${questionId}` });
  const roles = interviewRoles(db);
  const rows = db
    .prepare(
      `SELECT a.interview_id AS interviewId, i.organisation_id AS organisationId, a.value, a.no_answer AS noAnswer, a.explanation
       FROM answers a JOIN interviews i ON i.id = a.interview_id AND i.deleted_at IS NULL AND i.status <> 'planned'
       WHERE a.question_id = ? ORDER BY i.scheduled_at, i.id`,
    )
    .all(questionId) as { interviewId: string; organisationId: string | null; value: string | null; noAnswer: 'not_applicable' | 'dont_know' | null; explanation: string }[];
  const choices = choicesOf(db, question, language);
  const counts = new Map(choices.map((c) => [c.key, 0]));
  const noAnswer = { not_applicable: 0, dont_know: 0 };
  const byOrganisation = new Map<string, SideBySide['organisations'][number]['answers']>();
  for (const row of rows) {
    if (!row.organisationId) continue;
    const value = row.value === null ? null : (JSON.parse(row.value) as AnswerValue);
    if (row.noAnswer) noAnswer[row.noAnswer] += 1;
    for (const key of Array.isArray(value) ? value : value === null ? [] : [String(value)]) if (counts.has(key)) counts.set(key, counts.get(key)! + 1);
    let list = byOrganisation.get(row.organisationId);
    if (!list) byOrganisation.set(row.organisationId, (list = []));
    list.push({ interviewId: row.interviewId, respondentRoles: [...(roles.get(row.interviewId) ?? [])] as RespondentRole[], value, noAnswer: row.noAnswer, explanation: row.explanation });
  }
  return {
    question: { id: question.id, code: question.code, text: pick(language, question.text_nl, question.text_en), type: question.type },
    organisations: liveOrganisations(db).map((o) => ({ organisationId: o.id, organisationName: o.name, answers: byOrganisation.get(o.id) ?? [] })),
    counts: choices.map((c) => ({ ...c, count: counts.get(c.key) ?? 0 })),
    noAnswer,
  };
}

const heldInterviews = "deleted_at IS NULL AND status <> 'planned'";

/**
 * The guide snapshot of each interview that is not planned (null: it has none and follows the live guide), each
 * distinct snapshot read and parsed once. Snapshots are large (the whole guide) and nearly always identical, so no
 * snapshot text is read per interview: SQLite finds the distinct texts, and each interview is matched to its text by
 * its byte length, which SQLite knows without reading the text; only where two distinct snapshots have the same
 * length are texts compared, in SQL.
 */
function snapshotsOfHeld(db: ReadableDb): { organisationId: string | null; id: string; guide: Guide | null }[] {
  const distinct = db
    .prepare(`SELECT DISTINCT guide_snapshot, octet_length(guide_snapshot) FROM interviews WHERE ${heldInterviews} AND guide_snapshot IS NOT NULL`)
    .raw()
    .all() as [string, number][];
  const byLength = new Map<number, Guide>();
  const sameLength = new Set<number>();
  for (const [, length] of distinct) if (byLength.has(length)) sameLength.add(length);
  else byLength.set(length, null as unknown as Guide);
  const exact = new Map<string, Guide>();
  for (const [text, length] of distinct) {
    const guide = JSON.parse(text) as Guide;
    if (!sameLength.has(length)) byLength.set(length, guide);
    else for (const id of db.prepare(`SELECT id FROM interviews WHERE ${heldInterviews} AND guide_snapshot = ?`).pluck().all(text) as string[]) exact.set(id, guide);
  }
  return (db.prepare(`SELECT id, organisation_id, octet_length(guide_snapshot) FROM interviews WHERE ${heldInterviews}`).raw().all() as [string, string | null, number | null][]).map(
    ([id, organisationId, length]) => {
      if (length === null) return { id, organisationId, guide: null };
      let guide = exact.get(id) ?? (sameLength.has(length) ? undefined : byLength.get(length));
      // Written between the two reads: read this one's own.
      guide ??= JSON.parse(db.prepare('SELECT guide_snapshot FROM interviews WHERE id = ?').pluck().get(id) as string) as Guide;
      return { id, organisationId, guide };
    },
  );
}

/**
 * Per interview that is not planned: how many of the questions of its guide (its snapshot, for its respondents'
 * roles) have neither an answer nor "n.v.t."/"weet niet". Counted in SQL: the answered questions per interview, and,
 * listed, only those outside the questions every interview is asked (role questions, questions of another guide
 * version, answers to questions no longer in any guide), which are checked against the interview's own questions.
 */
function unansweredByInterview(db: ReadableDb, rolesOf: Map<string, RespondentRole[]>): Map<string, { organisationId: string | null; unanswered: number }> {
  let live: Guide | undefined;
  const questionSets = new Map<Guide, Map<string, Set<string>>>();
  const interviews = snapshotsOfHeld(db).map(({ id, organisationId, guide: snapshot }) => {
    const guide = snapshot ?? (live ??= getGuide(db));
    const roles = rolesOf.get(id) ?? [];
    const roleKey = [...roles].sort().join(',');
    let byRoles = questionSets.get(guide);
    if (!byRoles) questionSets.set(guide, (byRoles = new Map()));
    let questions = byRoles.get(roleKey);
    if (!questions) byRoles.set(roleKey, (questions = new Set(questionsFor(guide, roles).map((q) => q.id))));
    return { id, organisationId, questions };
  });
  // The questions every interview is asked.
  const sets = [...questionSets.values()].flatMap((byRoles) => [...byRoles.values()]);
  const common = (sets[0] ? [...sets[0]] : []).filter((q) => sets.every((questions) => questions.has(q)));
  const answered = new Map<string, { count: number; others: string }>();
  for (const [interviewId, count, others] of db
    .prepare(
      `SELECT interview_id, count(*), json_group_array(question_id) FILTER (WHERE question_id NOT IN (SELECT value FROM json_each(?)))
       FROM answers WHERE value IS NOT NULL OR no_answer IS NOT NULL GROUP BY interview_id`,
    )
    .raw()
      .all(JSON.stringify(common)) as [string, number, string][]) {
    answered.set(interviewId, { count, others });
  }
  const result = new Map<string, { organisationId: string | null; unanswered: number }>();
  for (const { id, organisationId, questions } of interviews) {
    const done = answered.get(id);
    let asked = 0;
    if (done) {
      const others = done.others === '[]' ? [] : (JSON.parse(done.others) as string[]);
      asked = done.count - others.length + others.filter((q) => questions.has(q)).length;
    }
    result.set(id, { organisationId, unanswered: questions.size - asked });
  }
  return result;
}

/** Per organisation: interviews by status, unanswered questions of held interviews, uncoded notes, dimensions without a score. */
export function completeness(db: ReadableDb): Completeness {
  const heatmap = computeHeatmap(db);
  const dimensionCode = new Map(liveDimensions(db, 'nl').map((d) => [d.id, d.code]));
  const statuses = db
    .prepare('SELECT organisation_id AS organisationId, status, count(*) AS n FROM interviews WHERE deleted_at IS NULL GROUP BY organisation_id, status')
    .all() as { organisationId: string | null; status: 'planned' | 'held' | 'processed' | 'validated'; n: number }[];
  const unanswered = unansweredByInterview(db, interviewRoles(db));
  const uncoded = db
    .prepare(
      `SELECT i.organisation_id AS organisationId, count(*) AS n FROM notes n JOIN interviews i ON i.id = n.interview_id AND i.deleted_at IS NULL
       WHERE n.deleted_at IS NULL AND n.code_ids = '[]'
         AND NOT EXISTS (SELECT 1 FROM coded_segments s WHERE s.source_kind = 'note' AND s.source_id = n.id AND s.deleted_at IS NULL)
       GROUP BY i.organisation_id`,
    )
    .all() as { organisationId: string; n: number }[];
  const uncodedBy = new Map(uncoded.map((r) => [r.organisationId, r.n]));
  return liveOrganisations(db).map((organisation) => {
    const byStatus = { planned: 0, held: 0, processed: 0, validated: 0 };
    for (const row of statuses) if (row.organisationId === organisation.id) byStatus[row.status] += row.n;
    let unansweredQuestions = 0;
    for (const interview of unanswered.values()) if (interview.organisationId === organisation.id) unansweredQuestions += interview.unanswered;
    return {
      organisationId: organisation.id,
      organisationName: organisation.name,
      interviews: byStatus,
      unansweredQuestions,
      uncodedNotes: uncodedBy.get(organisation.id) ?? 0,
      missingScores: heatmap.cells.filter((c) => c.organisationId === organisation.id && c.score === null).map((c) => dimensionCode.get(c.dimensionId) ?? c.dimensionId),
    };
  });
}
