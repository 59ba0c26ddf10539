// Exports of the analysis as CSV (UTF-8 with a byte-order mark, so Excel and Calc read Dutch characters) and XLSX
// (numbers stay numbers): the answers (one row per interview, one column per question), the coded mentions, and
// the scores. A table is built once as plain data and then written in the chosen format.
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import writeXlsxFile from 'write-excel-file/node';
import { AppError } from '../../../shared/contract/errors';
import type { AnswerValue } from '../../../shared/contract/fieldwork';
import { interviewStatusLabels, polarityLabels, roleLabels } from '../../../shared/i18n/domain';
import { analysisText } from '../../../shared/i18n/features/analysis';
import type { Language } from '../../../shared/i18n/languages';
import type { RespondentRole } from '../../../shared/template/types';
import type { ReadableDb } from '../db/file';
import { interviewRoles, inventoryLanguage, liveOrganisations, pick } from './common';
import { computeHeatmap } from './scores';
import { listMentions, liveCodes } from './themes';

export type ExportWhat = 'answers' | 'segments' | 'scores';
export type ExportFormat = 'csv' | 'xlsx';
export type Cell = string | number | null;

export interface ExportTable {
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

interface QuestionRow {
  id: string;
  code: string;
  type: string;
  text_nl: string;
  text_en: string;
  options: string;
  choices_from_codebook: string | null;
}

/** One row per interview that is not deleted, one column per question of the current guide. */
export function answersTable(db: ReadableDb, language: Language): ExportTable {
  const words = analysisText(language).export;
  const questions = db
    .prepare(
      `SELECT q.id, q.code, q.type, q.text_nl, q.text_en, q.options, q.choices_from_codebook FROM guide_questions q
       JOIN guide_sections s ON s.id = q.section_id AND s.deleted_at IS NULL WHERE q.deleted_at IS NULL ORDER BY s.position, q.position`,
    )
    .all() as QuestionRow[];
  const codeLabels = new Map(liveCodes(db, language).map((c) => [c.id, c.code]));
  const optionLabels = new Map(
    questions.map((q) => [q.id, new Map((JSON.parse(q.options) as { key: string; label: { nl: string; en: string } }[]).map((o) => [o.key, pick(language, o.label.nl, o.label.en)]))]),
  );
  const organisations = new Map(liveOrganisations(db).map((o) => [o.id, o.name]));
  const roles = interviewRoles(db);
  const interviews = db
    .prepare("SELECT id, organisation_id, scheduled_at, status FROM interviews WHERE deleted_at IS NULL ORDER BY scheduled_at = '', scheduled_at, created_at, id")
    .all() as { id: string; organisation_id: string | null; scheduled_at: string; status: keyof typeof interviewStatusLabels }[];
  const answers = db.prepare('SELECT question_id, value, no_answer FROM answers WHERE interview_id = ?');
  const cellOf = (question: QuestionRow, value: AnswerValue, noAnswer: string | null): Cell => {
    if (noAnswer === 'not_applicable') return words.notApplicable;
    if (noAnswer === 'dont_know') return words.dontKnow;
    if (value === null) return null;
    if (typeof value === 'number') return value;
    if (typeof value === 'boolean') return value ? words.yes : words.no;
    const label = (key: string) => (question.choices_from_codebook ? (codeLabels.get(key) ?? key) : (optionLabels.get(question.id)?.get(key) ?? key));
    if (Array.isArray(value)) return value.map(label).join('; ');
    return question.type === 'single' ? label(value) : value;
  };
  const rows = interviews.map((interview) => {
    const byQuestion = new Map(
      (answers.all(interview.id) as { question_id: string; value: string | null; no_answer: string | null }[]).map((a) => [a.question_id, a]),
    );
    return [
      interview.organisation_id ? (organisations.get(interview.organisation_id) ?? '') : '',
      interview.id,
      interview.scheduled_at.slice(0, 10),
      interviewStatusLabels[interview.status][language],
      (roles.get(interview.id) ?? []).map((r: RespondentRole) => roleLabels[r][language]).join('; '),
      ...questions.map((q) => {
        const answer = byQuestion.get(q.id);
        return answer ? cellOf(q, answer.value === null ? null : (JSON.parse(answer.value) as AnswerValue), answer.no_answer) : null;
      }),
    ];
  });
  return {
    sheet: 'Antwoorden',
    headers: [words.organisation, words.interview, words.date, words.status, words.roles, ...questions.map((q) => `${q.code} ${pick(language, q.text_nl, q.text_en)}`.trim())],
    rows,
  };
}

/** Every mention: coded segments, whole-note codes and codebook choices, with organisation and roles. */
export function segmentsTable(db: ReadableDb, language: Language): ExportTable {
  const words = analysisText(language);
  const codes = new Map(liveCodes(db, language).map((c) => [c.id, c]));
  const ranges = db.prepare('SELECT start_offset, end_offset, memo FROM coded_segments WHERE id = ?');
  const rows = listMentions(db).map((m) => {
    const code = codes.get(m.codeId);
    const range = m.origin === 'segment' ? (ranges.get(m.id) as { start_offset: number; end_offset: number; memo: string }) : null;
    return [
      code?.code ?? '',
      code?.label ?? '',
      code ? polarityLabels[code.polarity][language] : '',
      m.organisationName ?? '',
      m.respondentRoles.map((r) => roleLabels[r][language]).join('; '),
      words.sourceKinds[m.sourceKind],
      m.sourceId,
      range ? range.start_offset : null,
      range ? range.end_offset : null,
      m.text,
      m.textRemoved ? words.export.yes : words.export.no,
      range?.memo ?? '',
    ];
  });
  const e = words.export;
  return {
    sheet: 'Segmenten',
    headers: [e.code, e.codeLabel, e.polarity, e.organisation, e.roles, e.source, e.field, e.start, e.end, e.text, e.textRemoved, e.memo],
    rows,
  };
}

/** One row per organisation and dimension: suggested score, override, reason, score and the count of answers. */
export function scoresTable(db: ReadableDb, language: Language): ExportTable {
  const e = analysisText(language).export;
  const heatmap = computeHeatmap(db, { language });
  const organisations = new Map(heatmap.organisations.map((o) => [o.id, o.name]));
  const dimensions = new Map(heatmap.dimensions.map((d) => [d.id, d]));
  return {
    sheet: 'Scores',
    headers: [e.organisation, e.dimensionCode, e.dimension, e.suggested, e.override, e.reason, e.score, e.answers],
    rows: heatmap.cells.map((c) => [
      organisations.get(c.organisationId) ?? '',
      dimensions.get(c.dimensionId)?.code ?? '',
      dimensions.get(c.dimensionId)?.name ?? '',
      c.suggested,
      c.override,
      c.reason ?? '',
      c.score,
      c.answers,
    ]),
  };
}

export function exportTable(db: ReadableDb, what: ExportWhat, language: Language = inventoryLanguage(db)): ExportTable {
  switch (what) {
    case 'answers':
      return answersTable(db, language);
    case 'segments':
      return segmentsTable(db, language);
    case 'scores':
      return scoresTable(db, language);
  }
}

/**
 * CSV text with a byte-order mark. Dutch spreadsheets expect ';' between fields (the comma is the decimal sign), so
 * Dutch exports use ';' and English ones ','.
 */
export function toCsv(table: ExportTable, language: Language): string {
  return `\ufeff${stringify([table.headers, ...table.rows.map((row) => row.map((c) => (c === null ? '' : c)))], { delimiter: language === 'nl' ? ';' : ',', record_delimiter: 'windows' })}`;
}

export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const header = table.headers.map((value) => ({ value, fontWeight: 'bold' as const }));
  const body = table.rows.map((row) => row.map((value) => (value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String })));
  return writeXlsxFile([header, ...body], { sheet: table.sheet, stickyRowsCount: 1 }).toBuffer();
}

/** Writes an export to `target` (via a temporary file, so a failed export leaves nothing half-written); returns its path and row count. */
export async function writeExport(
  db: ReadableDb,
  input: { what: ExportWhat; format: ExportFormat; path: string; language?: Language },
): Promise<{ path: string; rows: number }> {
  const language = input.language ?? inventoryLanguage(db);
  const table = exportTable(db, input.what, language);
  const extension = `.${input.format}`;
  const target = path.resolve(input.path.toLowerCase().endsWith(extension) ? input.path : `${input.path}${extension}`);
  const content = input.format === 'csv' ? Buffer.from(toCsv(table, language), 'utf8') : await toXlsx(table);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new AppError('IO_ERROR', { detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
  return { path: target, rows: table.rows.length };
}
