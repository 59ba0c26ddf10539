// Interviews and their answers. Once an interview leaves 'planned' it keeps a snapshot of the guide it used,
// so later edits to the guide never rewrite past interviews.
import { AppError } from '../../../shared/contract/errors';
import { isLockedStatus, type Answer, type AnswerValue, type Guide, type Interview, type InterviewFields, type Question } from '../../../shared/contract/fieldwork';
import type { RespondentRole } from '../../../shared/template/types';
import { recordFieldChanges } from '../db/changes';
import { insertEntity, int, json, nullableText, requireEntity, setDeleted, text, updateEntity, type EntitySpec } from '../db/entities';
import type { ReadableDb } from '../db/file';
import { getGuide } from '../guides/guide';
import { BadInputError } from '../registry';
import type { WriteContext } from '../unit-of-work';
import { needsCombining, saveCombined } from '../exchange/concurrent';
import { redactMentions } from '../exchange/forget';
import { reanchorAnswer } from '../coding/segments';

export const interviewSpec: EntitySpec<InterviewFields> = {
  table: 'interviews',
  fields: {
    organisationId: nullableText('organisation_id'),
    respondentIds: json('respondent_ids'),
    interviewer: text('interviewer'),
    scheduledAt: text('scheduled_at'),
    location: text('location'),
    mode: text('mode'),
    status: text('status'),
    elapsedSeconds: int('elapsed_seconds'),
    summary: text('summary'),
  },
};

/** Fields set by the app itself, not typed by the user; still logged so they merge. */
const lifecycleSpec: EntitySpec<{ startedAt: string | null; guideSnapshot: Guide | null }> = {
  table: 'interviews',
  fields: { startedAt: nullableText('started_at'), guideSnapshot: json('guide_snapshot') },
};

export const interviewDefaults: InterviewFields = {
  organisationId: null,
  respondentIds: [],
  interviewer: '',
  scheduledAt: '',
  location: '',
  mode: 'in_person',
  status: 'planned',
  elapsedSeconds: 0,
  summary: '',
};

/** The questions of a guide that apply to respondents with these roles (a question without roles applies to all). */
export function questionsFor(guide: Guide, roles: readonly RespondentRole[]): Question[] {
  return guide.sections.flatMap((s) => s.questions).filter((q) => q.roles.length === 0 || roles.length === 0 || q.roles.some((r) => roles.includes(r)));
}

interface InterviewRow extends Record<string, unknown> {
  id: string;
  guide_snapshot: string | null;
}

function respondentsOf(db: ReadableDb, ids: readonly string[]): { names: string[]; roles: RespondentRole[] } {
  const names: string[] = [];
  const roles: RespondentRole[] = [];
  const select = db.prepare('SELECT name, role FROM respondents WHERE id = ?');
  for (const id of ids) {
    const row = select.get(id) as { name: string; role: RespondentRole } | undefined;
    if (!row) continue;
    names.push(row.name);
    if (!roles.includes(row.role)) roles.push(row.role);
  }
  return { names, roles };
}

function guideOf(db: ReadableDb, row: InterviewRow, liveGuide: () => Guide): Guide {
  return row.guide_snapshot ? (JSON.parse(row.guide_snapshot) as Guide) : liveGuide();
}

function describe(db: ReadableDb, row: InterviewRow, liveGuide: () => Guide): Interview {
  const respondentIds = JSON.parse(row.respondent_ids as string) as string[];
  const { names, roles } = respondentsOf(db, respondentIds);
  const questions = questionsFor(guideOf(db, row, liveGuide), roles);
  const ids = new Set(questions.map((q) => q.id));
  const answered = (db.prepare('SELECT question_id FROM answers WHERE interview_id = ? AND (value IS NOT NULL OR no_answer IS NOT NULL)').all(row.id) as { question_id: string }[]).filter(
    (a) => ids.has(a.question_id),
  ).length;
  const noteCount = (db.prepare('SELECT count(*) AS n FROM notes WHERE interview_id = ? AND deleted_at IS NULL').get(row.id) as { n: number }).n;
  const organisation = row.organisation_id
    ? (db.prepare('SELECT name FROM organisations WHERE id = ?').get(row.organisation_id) as { name: string } | undefined)
    : undefined;
  return {
    id: row.id,
    organisationId: (row.organisation_id as string | null) ?? null,
    organisationName: organisation?.name ?? null,
    respondentIds,
    respondentNames: names,
    respondentRoles: roles,
    interviewer: row.interviewer as string,
    scheduledAt: row.scheduled_at as string,
    location: row.location as string,
    mode: row.mode as Interview['mode'],
    status: row.status as Interview['status'],
    elapsedSeconds: row.elapsed_seconds as number,
    summary: row.summary as string,
    startedAt: (row.started_at as string | null) ?? null,
    answeredCount: answered,
    questionCount: questions.length,
    noteCount,
    usesSnapshot: row.guide_snapshot !== null,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    deletedAt: (row.deleted_at as string | null) ?? null,
  };
}

function cachedGuide(db: ReadableDb): () => Guide {
  let guide: Guide | undefined;
  return () => (guide ??= getGuide(db));
}

export function listInterviews(db: ReadableDb, includeDeleted = false): Interview[] {
  const where = includeDeleted ? '' : 'WHERE deleted_at IS NULL';
  const rows = db.prepare(`SELECT * FROM interviews ${where} ORDER BY scheduled_at = '', scheduled_at, created_at, id`).all() as InterviewRow[];
  const guide = cachedGuide(db);
  return rows.map((row) => describe(db, row, guide));
}

export function getInterview(db: ReadableDb, id: string): Interview {
  const row = db.prepare('SELECT * FROM interviews WHERE id = ?').get(id) as InterviewRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: `interview ${id}` });
  return describe(db, row, cachedGuide(db));
}

function checkReferences(db: ReadableDb, fields: Partial<InterviewFields>): void {
  if (fields.organisationId) {
    const org = db.prepare('SELECT deleted_at FROM organisations WHERE id = ?').get(fields.organisationId) as { deleted_at: string | null } | undefined;
    if (!org || org.deleted_at) throw new AppError('NOT_FOUND', { what: `organisation ${fields.organisationId}` });
  }
  for (const id of fields.respondentIds ?? []) {
    const person = db.prepare('SELECT deleted_at FROM respondents WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
    if (!person || person.deleted_at) throw new AppError('NOT_FOUND', { what: `respondent ${id}` });
  }
}

function freezeGuide(ctx: WriteContext, id: string): void {
  const row = ctx.db.prepare('SELECT guide_snapshot, started_at FROM interviews WHERE id = ?').get(id) as { guide_snapshot: string | null; started_at: string | null };
  if (row.guide_snapshot) return;
  updateEntity(ctx.db, ctx.clock, ctx.author, lifecycleSpec, id, { guideSnapshot: getGuide(ctx.db), startedAt: row.started_at ?? new Date().toISOString() });
}

export function createInterview(ctx: WriteContext, fields: Partial<InterviewFields>): Interview {
  checkReferences(ctx.db, fields);
  const values = { ...interviewDefaults, ...fields, respondentIds: [...new Set(fields.respondentIds ?? [])] };
  const id = insertEntity(ctx.db, ctx.clock, ctx.author, interviewSpec, values);
  if (values.status !== 'planned') freezeGuide(ctx, id);
  return getInterview(ctx.db, id);
}

/**
 * Refuses a change to a processed or validated interview. Its status may still change (validated back to processed,
 * or reopened to held), and a patch that reopens it may carry other fields along.
 */
function assertChangeable(interview: Interview, patch: Partial<InterviewFields> | 'answers'): void {
  if (!isLockedStatus(interview.status)) return;
  if (patch !== 'answers') {
    if (patch.status !== undefined && !isLockedStatus(patch.status)) return;
    const others = (Object.keys(patch) as (keyof InterviewFields)[]).filter((key) => key !== 'status' && JSON.stringify(patch[key]) !== JSON.stringify(interview[key]));
    if (others.length === 0) return;
  }
  throw new AppError('INTERVIEW_LOCKED', { status: interview.status });
}

export function updateInterview(ctx: WriteContext, id: string, patch: Partial<InterviewFields>, base: Partial<InterviewFields> = {}): Interview {
  requireEntity(ctx.db, interviewSpec, id);
  assertChangeable(getInterview(ctx.db, id), patch);
  checkReferences(ctx.db, patch);
  const next = patch.respondentIds ? { ...patch, respondentIds: [...new Set(patch.respondentIds)] } : patch;
  updateEntity(ctx.db, ctx.clock, ctx.author, interviewSpec, id, next, base);
  if (next.status && next.status !== 'planned') freezeGuide(ctx, id);
  return getInterview(ctx.db, id);
}

export function deleteInterview(ctx: WriteContext, id: string, deleted: boolean): Interview {
  setDeleted(ctx.db, ctx.clock, ctx.author, interviewSpec, id, deleted);
  return getInterview(ctx.db, id);
}

/** Starts (or resumes) holding an interview: status becomes held and the guide is frozen. */
export function startInterview(ctx: WriteContext, id: string): Interview {
  const interview = getInterview(ctx.db, id);
  if (interview.deletedAt) throw new AppError('NOT_FOUND', { what: `interview ${id}` });
  if (interview.status === 'planned') updateEntity(ctx.db, ctx.clock, ctx.author, interviewSpec, id, { status: 'held' });
  freezeGuide(ctx, id);
  return getInterview(ctx.db, id);
}

export function interviewGuide(db: ReadableDb, id: string): Guide {
  const row = db.prepare('SELECT * FROM interviews WHERE id = ?').get(id) as InterviewRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: `interview ${id}` });
  return guideOf(db, row, () => getGuide(db));
}

interface AnswerRow {
  interview_id: string;
  question_id: string;
  value: string | null;
  no_answer: Answer['noAnswer'];
  explanation: string;
  updated_at: string;
}

function answerFromRow(row: AnswerRow): Answer {
  return {
    interviewId: row.interview_id,
    questionId: row.question_id,
    value: row.value === null ? null : (JSON.parse(row.value) as AnswerValue),
    noAnswer: row.no_answer,
    explanation: row.explanation,
    updatedAt: row.updated_at,
  };
}

export function listAnswers(db: ReadableDb, interviewId: string): Answer[] {
  return (db.prepare('SELECT * FROM answers WHERE interview_id = ? ORDER BY question_id').all(interviewId) as AnswerRow[]).map(answerFromRow);
}

/** Checks that a value fits the question's type; null (no answer) always fits. */
export function checkAnswerValue(question: Question, value: AnswerValue, codeIds: ReadonlySet<string>): void {
  if (value === null) return;
  const fail = (hint: string, limit?: number) => {
    throw new BadInputError([{ issue: 'custom', field: 'value', hint, question: question.code || question.id, ...(limit !== undefined ? { limit } : {}) }]);
  };
  const choices = question.choicesFromCodebook ? codeIds : new Set(question.options.map((o) => o.key));
  switch (question.type) {
    case 'open':
      if (typeof value !== 'string') fail('answerText');
      break;
    case 'scale':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) fail('answerScale');
      break;
    case 'yesno':
      if (typeof value !== 'boolean') fail('answerYesNo');
      break;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail('answerNumber');
      break;
    case 'single':
      if (typeof value !== 'string' || !choices.has(value)) fail('answerChoice');
      break;
    case 'multi':
      if (!Array.isArray(value) || value.some((v) => !choices.has(v))) fail('answerChoice');
      else if (new Set(value).size !== value.length) fail('answerRepeated');
      else if (question.maxChoices !== null && value.length > question.maxChoices) fail('answerTooMany', question.maxChoices);
      break;
  }
}

/** Saves part of an answer (value, no-answer reason, explanation), keeping what is not given. */
export function saveAnswer(
  ctx: WriteContext,
  input: {
    interviewId: string;
    questionId: string;
    value?: AnswerValue;
    noAnswer?: Answer['noAnswer'];
    explanation?: string;
    base?: { value?: AnswerValue; explanation?: string };
  },
): Answer {
  const interview = getInterview(ctx.db, input.interviewId);
  if (interview.deletedAt) throw new AppError('NOT_FOUND', { what: `interview ${input.interviewId}` });
  assertChangeable(interview, 'answers');
  // Answering means the interview is being held: freeze its guide first, so the answer refers to a stable question.
  if (!interview.usesSnapshot) startInterview(ctx, input.interviewId);
  const guide = interviewGuide(ctx.db, input.interviewId);
  const question = guide.sections.flatMap((s) => s.questions).find((q) => q.id === input.questionId);
  if (!question) throw new AppError('NOT_FOUND', { what: `question ${input.questionId}` });
  const existing = ctx.db.prepare('SELECT * FROM answers WHERE interview_id = ? AND question_id = ?').get(input.interviewId, input.questionId) as AnswerRow | undefined;
  const current = existing ? answerFromRow(existing) : { value: null, noAnswer: null, explanation: '' };
  let value = input.value !== undefined ? input.value : current.value;
  let noAnswer = input.noAnswer !== undefined ? input.noAnswer : current.noAnswer;
  // "Not applicable / don't know" is stored as no value; giving a value clears it, and choosing it clears the value.
  if (input.noAnswer) value = null;
  else if (input.value !== undefined && input.value !== null) noAnswer = null;
  if (typeof value === 'string' && question.type !== 'open' && question.type !== 'single') value = value.trim() === '' ? null : value;
  if (question.type === 'open' && value === '') value = null;
  if (Array.isArray(value) && value.length === 0) value = null;
  const polarity = question.choicesFromCodebook;
  const codeIds = new Set(
    polarity
      ? (ctx.db.prepare("SELECT id FROM codebook_codes WHERE polarity IN (?, 'both')").all(polarity) as { id: string }[]).map((r) => r.id)
      : [],
  );
  checkAnswerValue(question, value, codeIds);
  let explanation = input.explanation !== undefined ? input.explanation : current.explanation;
  // A forgotten respondent's name typed again is replaced, as it would be in a colleague's copy.
  ({ value, explanation } = redactMentions(ctx.db, 'answers', { value, explanation }));
  const next = { value, noAnswer, explanation };
  const changed: Record<string, unknown> = Object.fromEntries(
    (Object.keys(next) as (keyof typeof next)[])
      .filter((k) => !existing || JSON.stringify(next[k]) !== JSON.stringify(current[k]))
      .map((k) => [k, next[k]]),
  );
  if (Object.keys(changed).length === 0 && existing) return answerFromRow(existing);
  // Another window saved this answer since this editor loaded it: combine the texts instead of overwriting.
  const rowId = `${input.interviewId}/${input.questionId}`;
  const base = input.base ?? {};
  if (existing && 'value' in changed && typeof value === 'string' && needsCombining('answers', 'value', base.value, current.value)) {
    value = saveCombined(ctx.db, ctx.clock, ctx.author, 'answers', rowId, 'value', value, base.value) as AnswerValue;
    delete changed.value;
  }
  if (existing && 'explanation' in changed && needsCombining('answers', 'explanation', base.explanation, current.explanation)) {
    explanation = String(saveCombined(ctx.db, ctx.clock, ctx.author, 'answers', rowId, 'explanation', explanation, base.explanation) ?? '');
    delete changed.explanation;
  }
  const now = new Date().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO answers (interview_id, question_id, value, no_answer, explanation, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (interview_id, question_id) DO UPDATE SET value = excluded.value, no_answer = excluded.no_answer,
         explanation = excluded.explanation, updated_at = excluded.updated_at`,
    )
    .run(input.interviewId, input.questionId, value === null ? null : JSON.stringify(value), noAnswer, explanation, now);
  if (Object.keys(changed).length > 0) recordFieldChanges(ctx.db, ctx.clock, ctx.author, 'answers', rowId, changed);
  reanchorAnswer(ctx, input.interviewId, input.questionId, current, next);
  return answerFromRow(ctx.db.prepare('SELECT * FROM answers WHERE interview_id = ? AND question_id = ?').get(input.interviewId, input.questionId) as AnswerRow);
}
