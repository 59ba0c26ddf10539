// Maturity scores and the heat map. The rule: per organisation and dimension, the suggested score is the median of
// the answered scale questions of the current guide linked to that dimension, over the organisation's interviews that
// are not planned; "n.v.t." and "weet niet" are excluded; an even count takes the mean of the middle two; the result
// is rounded down to a whole level; no answers means no score. An override (with a mandatory reason) replaces it.
import { AppError } from '../../../shared/contract/errors';
import type { CellEvidence, Heatmap, HeatmapCell, ScoreOverride, ScoreRole, ScoreView } from '../../../shared/contract/analysis';
import type { Language } from '../../../shared/i18n/languages';
import { roleLabels } from '../../../shared/i18n/domain';
import { analysisText, fillAnalysisText } from '../../../shared/i18n/features/analysis';
import type { Level, RespondentRole } from '../../../shared/template/types';
import { insertEntity, int, requireEntity, setDeleted, text, updateEntity, type EntitySpec } from '../db/entities';
import type { ReadableDb } from '../db/file';
import type { WriteContext } from '../unit-of-work';
import { segmentFromRow } from '../coding/segments';
import { interviewRoles, inventoryLanguage, liveOrganisations, pick } from './common';

/** The median of a list of levels (mean of the middle two for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The rule's level: the median rounded down, or null without answers. */
export function suggestedLevel(values: readonly number[]): Level | null {
  const m = median(values);
  return m === null ? null : (Math.floor(m) as Level);
}

const cellKey = (organisationId: string, dimensionId: string) => `${organisationId}|${dimensionId}`;

type OverrideRow = Omit<ScoreOverride, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
export const overrideSpec: EntitySpec<OverrideRow> = {
  table: 'score_overrides',
  fields: { organisationId: text('organisation_id'), dimensionId: text('dimension_id'), level: int('level'), reason: text('reason') },
};

interface ScoredAnswer {
  readonly organisationId: string;
  readonly dimensionId: string;
  readonly interviewId: string;
  readonly questionId: string;
  readonly level: number;
}

/** Roles of each live, non-planned interview as flags; reads interviews through their covering index only. */
const interviewRolesCte = `
  interview_roles AS (
    SELECT i.id AS interview_id, i.organisation_id, max(r.role = 'procurement') AS procurement, max(r.role = 'policy') AS policy
    FROM interviews i LEFT JOIN json_each(i.respondent_ids) j LEFT JOIN respondents r ON r.id = j.value
    WHERE i.deleted_at IS NULL AND i.status <> 'planned'
    GROUP BY i.id
  )`;

/** The linked scale questions of the current guide, then their answers through the partial covering index. */
const linkedAnswers = `
  FROM guide_questions q
  JOIN guide_sections s ON s.id = q.section_id AND s.deleted_at IS NULL
  JOIN maturity_dimensions d ON d.id = q.dimension_id AND d.deleted_at IS NULL
  CROSS JOIN answers a ON a.question_id = q.id AND (a.no_answer IS NOT NULL OR json_type(a.value) = 'integer')
  CROSS JOIN interview_roles ir ON ir.interview_id = a.interview_id
  JOIN organisations o ON o.id = ir.organisation_id AND o.deleted_at IS NULL
  WHERE q.deleted_at IS NULL AND q.type = 'scale'`;

const answersSql = `
  WITH ${interviewRolesCte}
  SELECT ir.organisation_id AS organisationId, q.dimension_id AS dimensionId, ir.interview_id AS interviewId, q.id AS questionId,
         CAST(a.value AS INTEGER) AS level, a.no_answer AS noAnswer
  ${linkedAnswers}`;

/**
 * The counted levels of every cell, aggregated in SQLite (the heat map reads tens of thousands of answers), as
 * comma-separated lists for all respondents and per role.
 */
const cellValuesByRoleSql = `
  WITH ${interviewRolesCte}
  SELECT ir.organisation_id AS organisationId, q.dimension_id AS dimensionId,
         group_concat(a.value) FILTER (WHERE a.no_answer IS NULL) AS allValues,
         group_concat(a.value) FILTER (WHERE a.no_answer IS NULL AND ir.procurement) AS procurementValues,
         group_concat(a.value) FILTER (WHERE a.no_answer IS NULL AND ir.policy) AS policyValues
  ${linkedAnswers}
  GROUP BY ir.organisation_id, q.dimension_id`;

/**
 * The same lists for all respondents only (the view 'all', which the overview, the exports and the report use): with
 * no respondent roles to work out it is about a quarter faster on the Large inventory.
 */
const cellValuesAllSql = `
  SELECT i.organisation_id AS organisationId, q.dimension_id AS dimensionId, group_concat(a.value) AS allValues,
         NULL AS procurementValues, NULL AS policyValues
  FROM guide_questions q
  JOIN guide_sections s ON s.id = q.section_id AND s.deleted_at IS NULL
  JOIN maturity_dimensions d ON d.id = q.dimension_id AND d.deleted_at IS NULL
  CROSS JOIN answers a ON a.question_id = q.id AND (a.no_answer IS NOT NULL OR json_type(a.value) = 'integer')
  CROSS JOIN interviews i ON i.id = a.interview_id AND i.deleted_at IS NULL AND i.status <> 'planned'
  JOIN organisations o ON o.id = i.organisation_id AND o.deleted_at IS NULL
  WHERE q.deleted_at IS NULL AND q.type = 'scale' AND a.no_answer IS NULL
  GROUP BY i.organisation_id, q.dimension_id`;

const levelsOf = (list: string | null): number[] => (list ? list.split(',').map(Number).filter((n) => n >= 1 && n <= 5) : []);

/** The counted levels per cell; the role lists only when `view` needs them (they stay empty otherwise). */
function cellValues(db: ReadableDb, view: ScoreView): { all: Map<string, number[]>; procurement: Map<string, number[]>; policy: Map<string, number[]> } {
  const rows = db.prepare(view === 'all' ? cellValuesAllSql : cellValuesByRoleSql).all() as {
    organisationId: string;
    dimensionId: string;
    allValues: string | null;
    procurementValues: string | null;
    policyValues: string | null;
  }[];
  const values = { all: new Map<string, number[]>(), procurement: new Map<string, number[]>(), policy: new Map<string, number[]>() };
  for (const row of rows) {
    const key = cellKey(row.organisationId, row.dimensionId);
    values.all.set(key, levelsOf(row.allValues));
    values.procurement.set(key, levelsOf(row.procurementValues));
    values.policy.set(key, levelsOf(row.policyValues));
  }
  return values;
}

/** Every counted scale answer (and, separately, how many were "n.v.t."/"weet niet"), optionally for one cell. */
function scaleAnswers(db: ReadableDb, cell?: { organisationId: string; dimensionId: string }): { counted: ScoredAnswer[]; excluded: ScoredAnswer[] } {
  const rows = (
    cell
      ? db.prepare(`${answersSql} AND ir.organisation_id = ? AND q.dimension_id = ?`).all(cell.organisationId, cell.dimensionId)
      : db.prepare(answersSql).all()
  ) as (ScoredAnswer & { noAnswer: string | null })[];
  const counted: ScoredAnswer[] = [];
  const excluded: ScoredAnswer[] = [];
  for (const row of rows) {
    if (row.noAnswer !== null) excluded.push(row);
    else if (row.level >= 1 && row.level <= 5) counted.push(row);
  }
  return { counted, excluded };
}

/** The live override of each cell (the most recently changed one, should a merge have brought two). */
export function overridesByCell(db: ReadableDb): Map<string, ScoreOverride> {
  const rows = db
    .prepare(
      `SELECT id, organisation_id AS organisationId, dimension_id AS dimensionId, level, reason, created_at AS createdAt,
              updated_at AS updatedAt, deleted_at AS deletedAt
       FROM score_overrides WHERE deleted_at IS NULL ORDER BY updated_at, id`,
    )
    .all() as ScoreOverride[];
  return new Map(rows.map((row) => [`${row.organisationId}|${row.dimensionId}`, row]));
}


function valuesByCell(answers: readonly ScoredAnswer[], roles: Map<string, readonly RespondentRole[]>, role: ScoreRole | null): Map<string, number[]> {
  const byCell = new Map<string, number[]>();
  for (const answer of answers) {
    if (role && !(roles.get(answer.interviewId) ?? []).includes(role)) continue;
    const key = cellKey(answer.organisationId, answer.dimensionId);
    let list = byCell.get(key);
    if (!list) byCell.set(key, (list = []));
    list.push(answer.level);
  }
  return byCell;
}

export function liveDimensions(db: ReadableDb, language: Language): Heatmap['dimensions'] {
  const rows = db
    .prepare('SELECT id, code, name_nl, name_en, position FROM maturity_dimensions WHERE deleted_at IS NULL ORDER BY position, id')
    .all() as { id: string; code: string; name_nl: string; name_en: string; position: number }[];
  return rows.map((r) => ({ id: r.id, code: r.code, name: pick(language, r.name_nl, r.name_en), position: r.position }));
}

function cellFor(
  view: ScoreView,
  organisationId: string,
  dimensionId: string,
  values: { all: Map<string, number[]>; procurement: Map<string, number[]>; policy: Map<string, number[]> },
  overrides: Map<string, ScoreOverride>,
): HeatmapCell {
  const key = cellKey(organisationId, dimensionId);
  if (view === 'gap') {
    const procurementValues = values.procurement.get(key) ?? [];
    const policyValues = values.policy.get(key) ?? [];
    const procurement = suggestedLevel(procurementValues);
    const policy = suggestedLevel(policyValues);
    return {
      organisationId,
      dimensionId,
      suggested: null,
      override: null,
      reason: null,
      score: procurement !== null && policy !== null ? procurement - policy : null,
      answers: procurementValues.length + policyValues.length,
      procurement,
      policy,
    };
  }
  const list = values[view].get(key) ?? [];
  const suggested = suggestedLevel(list);
  const override = view === 'all' ? overrides.get(key) : undefined;
  return {
    organisationId,
    dimensionId,
    suggested,
    override: (override?.level as Level | undefined) ?? null,
    reason: override?.reason ?? null,
    score: override?.level ?? suggested,
    answers: list.length,
  };
}

/**
 * The heat map: organisations × dimensions, with a regional median row. View 'all' shows overrides; the role views
 * show the rule over interviews with a respondent of that role; 'gap' is procurement minus policy.
 * Example: computeHeatmap(db, { view: 'procurement' })
 */
export function computeHeatmap(db: ReadableDb, options: { view?: ScoreView; language?: Language } = {}): Heatmap {
  const view = options.view ?? 'all';
  const language = options.language ?? inventoryLanguage(db);
  const organisations = liveOrganisations(db);
  const dimensions = liveDimensions(db, language);
  const values = cellValues(db, view);
  const overrides = view === 'all' ? overridesByCell(db) : new Map<string, ScoreOverride>();
  const cells: HeatmapCell[] = [];
  for (const organisation of organisations) {
    for (const dimension of dimensions) cells.push(cellFor(view, organisation.id, dimension.id, values, overrides));
  }
  const regional = dimensions.map((dimension) => {
    const scores = cells.filter((c) => c.dimensionId === dimension.id && c.score !== null).map((c) => c.score!);
    const m = median(scores);
    return { dimensionId: dimension.id, median: m, level: m === null ? null : Math.floor(m), organisations: scores.length };
  });
  return { view, organisations: organisations.map(({ id, name, kind }) => ({ id, name, kind })), dimensions, cells, regional };
}

/** Everything behind one heat-map cell: each answer counted, the rule with this cell's numbers, and the override. */
export function cellEvidence(
  db: ReadableDb,
  input: { organisationId: string; dimensionId: string; view?: ScoreView; language?: Language },
): CellEvidence {
  const view = input.view ?? 'all';
  const language = input.language ?? inventoryLanguage(db);
  const words = analysisText(language);
  const organisation = db.prepare('SELECT name FROM organisations WHERE id = ? AND deleted_at IS NULL').get(input.organisationId) as { name: string } | undefined;
  if (!organisation) throw new AppError('NOT_FOUND', { what: `organisation ${input.organisationId}` });
  const dimension = liveDimensions(db, language).find((d) => d.id === input.dimensionId);
  if (!dimension) throw new AppError('NOT_FOUND', { what: `dimension ${input.dimensionId}` });
  const roles = interviewRoles(db);
  const role: ScoreRole | null = view === 'procurement' || view === 'policy' ? view : null;
  const { counted, excluded } = scaleAnswers(db, input);
  const ofRole = (a: ScoredAnswer) => (view === 'gap' ? ['procurement', 'policy'].some((r) => (roles.get(a.interviewId) ?? []).includes(r as RespondentRole)) : !role || (roles.get(a.interviewId) ?? []).includes(role));
  const answers = counted.filter(ofRole);
  const values = {
    all: valuesByCell(counted, roles, null),
    procurement: valuesByCell(counted, roles, 'procurement'),
    policy: valuesByCell(counted, roles, 'policy'),
  };
  const cell = cellFor(view, input.organisationId, input.dimensionId, values, view === 'all' ? overridesByCell(db) : new Map());

  const questions = (
    db
      .prepare(
        `SELECT q.id, q.code, q.text_nl, q.text_en FROM guide_questions q JOIN guide_sections s ON s.id = q.section_id AND s.deleted_at IS NULL
         WHERE q.deleted_at IS NULL AND q.type = 'scale' AND q.dimension_id = ? ORDER BY s.position, q.position`,
      )
      .all(input.dimensionId) as { id: string; code: string; text_nl: string; text_en: string }[]
  ).map((q) => ({ id: q.id, code: q.code, text: pick(language, q.text_nl, q.text_en) }));
  const questionById = new Map(questions.map((q) => [q.id, q]));
  const interviewRow = db.prepare('SELECT scheduled_at, started_at, status FROM interviews WHERE id = ?');
  const explanation = db.prepare('SELECT explanation FROM answers WHERE interview_id = ? AND question_id = ?');
  const segmentRows = db.prepare("SELECT * FROM coded_segments WHERE source_id = ? AND source_kind IN ('answer', 'explanation') AND deleted_at IS NULL ORDER BY start_offset");
  const evidence = answers
    .map((a) => {
      const interview = interviewRow.get(a.interviewId) as { scheduled_at: string; started_at: string | null; status: string };
      const question = questionById.get(a.questionId);
      return {
        interviewId: a.interviewId,
        interviewDate: interview.scheduled_at || (interview.started_at ?? '').slice(0, 10),
        interviewStatus: interview.status,
        respondentRoles: [...(roles.get(a.interviewId) ?? [])],
        questionId: a.questionId,
        questionCode: question?.code ?? '',
        questionText: question?.text ?? '',
        level: a.level as Level,
        explanation: (explanation.get(a.interviewId, a.questionId) as { explanation: string }).explanation,
        segments: (segmentRows.all(`${a.interviewId}/${a.questionId}`) as Record<string, unknown>[]).map(segmentFromRow),
      };
    })
    .sort((x, y) => x.interviewDate.localeCompare(y.interviewDate) || x.interviewId.localeCompare(y.interviewId) || x.questionCode.localeCompare(y.questionCode));

  const valueList = answers.map((a) => a.level);
  const m = median(valueList);
  const format = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  const parts = [
    fillAnalysisText(words.rule.base, {
      questions: questions.map((q) => q.code).join(', ') || words.rule.noQuestions,
      organisation: organisation.name,
      role: role ? fillAnalysisText(words.rule.role, { role: roleLabels[role][language].toLowerCase() }) : '',
    }),
  ];
  if (view === 'gap') {
    parts.push(fillAnalysisText(words.rule.gap, { procurement: cell.procurement ?? '–', policy: cell.policy ?? '–' }));
  } else if (m === null) parts.push(words.rule.none);
  else {
    const template = valueList.length % 2 === 0 ? words.rule.even : words.rule.odd;
    parts.push(fillAnalysisText(template, { values: [...valueList].sort((a, b) => a - b).join(', '), count: valueList.length, median: format.format(m), level: Math.floor(m) }));
  }
  const excludedHere = excluded.filter(ofRole).length;
  if (excludedHere > 0) parts.push(fillAnalysisText(words.rule.excluded, { count: excludedHere }));
  if (cell.override !== null) parts.push(fillAnalysisText(words.rule.override, { level: cell.override, reason: cell.reason ?? '' }));

  return {
    organisationId: input.organisationId,
    organisationName: organisation.name,
    dimensionId: dimension.id,
    dimensionCode: dimension.code,
    dimensionName: dimension.name,
    view,
    cell,
    answers: evidence,
    excluded: excludedHere,
    questions,
    rule: parts.join(' '),
    values: valueList,
    median: view === 'gap' ? null : m,
  };
}

// Overrides ---------------------------------------------------------------------------------------------------

function requireLive(db: ReadableDb, table: string, id: string, what: string): void {
  const row = db.prepare(`SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as { deleted_at: string | null } | undefined;
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', { what: `${what} ${id}` });
}

export function getOverride(db: ReadableDb, id: string): ScoreOverride {
  return requireEntity(db, overrideSpec, id) as ScoreOverride;
}

/** Sets a cell's override; the reason is mandatory. Updates the cell's live override if there is one. */
export function setOverride(ctx: WriteContext, input: { organisationId: string; dimensionId: string; level: Level; reason: string }): ScoreOverride {
  const reason = input.reason.trim();
  if (!reason) throw new AppError('REASON_REQUIRED');
  requireLive(ctx.db, 'organisations', input.organisationId, 'organisation');
  requireLive(ctx.db, 'maturity_dimensions', input.dimensionId, 'dimension');
  const existing = overridesByCell(ctx.db).get(cellKey(input.organisationId, input.dimensionId));
  if (existing) {
    updateEntity(ctx.db, ctx.clock, ctx.author, overrideSpec, existing.id, { level: input.level, reason });
    return getOverride(ctx.db, existing.id);
  }
  const id = insertEntity(ctx.db, ctx.clock, ctx.author, overrideSpec, { organisationId: input.organisationId, dimensionId: input.dimensionId, level: input.level, reason });
  return getOverride(ctx.db, id);
}

/** Removes a cell's override (soft delete, so it can be restored); null when the cell had none. */
export function clearOverride(ctx: WriteContext, input: { organisationId: string; dimensionId: string }): ScoreOverride | null {
  const existing = overridesByCell(ctx.db).get(cellKey(input.organisationId, input.dimensionId));
  if (!existing) return null;
  setDeleted(ctx.db, ctx.clock, ctx.author, overrideSpec, existing.id, true);
  return getOverride(ctx.db, existing.id);
}

/** Undoes clearOverride; any override set on the cell since is replaced by the restored one. */
export function restoreOverride(ctx: WriteContext, id: string): ScoreOverride {
  const override = getOverride(ctx.db, id);
  const current = overridesByCell(ctx.db).get(cellKey(override.organisationId, override.dimensionId));
  if (current && current.id !== id) setDeleted(ctx.db, ctx.clock, ctx.author, overrideSpec, current.id, true);
  setDeleted(ctx.db, ctx.clock, ctx.author, overrideSpec, id, false);
  return getOverride(ctx.db, id);
}
