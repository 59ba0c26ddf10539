// Respondents: the civil servants interviewed, with their consent. `forgetRespondent` is the AVG/GDPR erasure.
import { AppError } from '../../../shared/contract/errors';
import type { Respondent, RespondentFields } from '../../../shared/contract/fieldwork';
import { bool, insertEntity, nullableText, requireEntity, setDeleted, text, updateEntity, type EntitySpec } from '../db/entities';
import type { ReadableDb } from '../db/file';
import type { WriteContext } from '../unit-of-work';
import { forgetNameInSegments, reanchorRewrite } from '../coding/segments';
import { forgetNameEverywhere } from '../exchange/forget';

export const respondentSpec: EntitySpec<RespondentFields> = {
  table: 'respondents',
  fields: {
    organisationId: nullableText('organisation_id'),
    name: text('name'),
    role: text('role'),
    jobTitle: text('job_title'),
    department: text('department'),
    email: text('email'),
    phone: text('phone'),
    consentInterview: bool('consent_interview'),
    consentInterviewOn: text('consent_interview_on'),
    consentRecording: bool('consent_recording'),
    consentRecordingOn: text('consent_recording_on'),
    consentQuoteByName: bool('consent_quote_by_name'),
    consentQuoteOn: text('consent_quote_on'),
    notes: text('notes'),
  },
};

export const respondentDefaults: Omit<RespondentFields, 'name' | 'role'> = {
  organisationId: null,
  jobTitle: '',
  department: '',
  email: '',
  phone: '',
  consentInterview: false,
  consentInterviewOn: '',
  consentRecording: false,
  consentRecordingOn: '',
  consentQuoteByName: false,
  consentQuoteOn: '',
  notes: '',
};

/** Fields that identify or reach the person; forgetting blanks them here and in the change log. */
const personalFields = ['name', 'jobTitle', 'department', 'email', 'phone', 'notes'] as const;
/** The person's consent records: forgetting clears them too, here and in the change log, and they stay cleared. */
const consentFields = ['consentInterview', 'consentInterviewOn', 'consentRecording', 'consentRecordingOn', 'consentQuoteByName', 'consentQuoteOn'] as const;

// The interview counts in one pass over the interviews (grouped), not one pass per respondent.
const select = `
  SELECT r.*, o.name AS organisation_name, coalesce(c.n, 0) AS interview_count
  FROM respondents r LEFT JOIN organisations o ON o.id = r.organisation_id
  LEFT JOIN (SELECT j.value AS respondent_id, count(*) AS n FROM interviews i, json_each(i.respondent_ids) j WHERE i.deleted_at IS NULL GROUP BY j.value) c
    ON c.respondent_id = r.id`;

function fromRow(row: Record<string, unknown>): Respondent {
  return {
    id: row.id as string,
    organisationId: (row.organisation_id as string | null) ?? null,
    organisationName: (row.organisation_name as string | null) ?? null,
    name: row.name as string,
    role: row.role as Respondent['role'],
    jobTitle: row.job_title as string,
    department: row.department as string,
    email: row.email as string,
    phone: row.phone as string,
    consentInterview: row.consent_interview === 1,
    consentInterviewOn: row.consent_interview_on as string,
    consentRecording: row.consent_recording === 1,
    consentRecordingOn: row.consent_recording_on as string,
    consentQuoteByName: row.consent_quote_by_name === 1,
    consentQuoteOn: row.consent_quote_on as string,
    notes: row.notes as string,
    forgottenAt: (row.forgotten_at as string | null) ?? null,
    interviewCount: row.interview_count as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    deletedAt: (row.deleted_at as string | null) ?? null,
  };
}

export function listRespondents(db: ReadableDb, includeDeleted = false): Respondent[] {
  const where = includeDeleted ? '' : 'WHERE r.deleted_at IS NULL';
  return (db.prepare(`${select} ${where} ORDER BY r.name COLLATE NOCASE, r.id`).all() as Record<string, unknown>[]).map(fromRow);
}

export function getRespondent(db: ReadableDb, id: string): Respondent {
  requireEntity(db, respondentSpec, id);
  return fromRow(db.prepare(`${select} WHERE r.id = ?`).get(id) as Record<string, unknown>);
}

function checkOrganisation(db: ReadableDb, organisationId: string | null | undefined): void {
  if (!organisationId) return;
  const row = db.prepare('SELECT deleted_at FROM organisations WHERE id = ?').get(organisationId) as { deleted_at: string | null } | undefined;
  if (!row || row.deleted_at) throw new AppError('NOT_FOUND', { what: `organisation ${organisationId}` });
}

export function createRespondent(ctx: WriteContext, fields: Partial<RespondentFields> & Pick<RespondentFields, 'name' | 'role'>): Respondent {
  checkOrganisation(ctx.db, fields.organisationId);
  const id = insertEntity(ctx.db, ctx.clock, ctx.author, respondentSpec, { ...respondentDefaults, ...fields, name: fields.name.trim() });
  return getRespondent(ctx.db, id);
}

export function updateRespondent(ctx: WriteContext, id: string, patch: Partial<RespondentFields>, base: Partial<RespondentFields> = {}): Respondent {
  const current = getRespondent(ctx.db, id);
  if (current.forgottenAt && [...personalFields, ...consentFields].some((f) => patch[f] !== undefined && patch[f] !== '' && patch[f] !== false)) {
    throw new AppError('BAD_INPUT', { detail: 'this respondent was forgotten; their personal details and consents cannot be filled in again' });
  }
  checkOrganisation(ctx.db, patch.organisationId);
  updateEntity(ctx.db, ctx.clock, ctx.author, respondentSpec, id, patch.name === undefined ? patch : { ...patch, name: patch.name.trim() }, base);
  return getRespondent(ctx.db, id);
}

export function deleteRespondent(ctx: WriteContext, id: string, deleted: boolean): Respondent {
  setDeleted(ctx.db, ctx.clock, ctx.author, respondentSpec, id, deleted);
  return getRespondent(ctx.db, id);
}

/**
 * AVG/GDPR erasure: blanks the person's name, contact details and consent records in the row and in every change-log
 * entry about them, replaces their name inside notes and answers with a role label, and marks them forgotten. Answers and notes
 * stay, attributed to role and organisation only.
 */
export function forgetRespondent(ctx: WriteContext, id: string, placeholder: string): Respondent {
  const person = getRespondent(ctx.db, id);
  const name = person.name.trim();
  const now = new Date().toISOString();
  ctx.db
    .prepare(
      `UPDATE respondents SET name = ?, job_title = '', department = '', email = '', phone = '', notes = '',
         consent_interview = 0, consent_interview_on = '', consent_recording = 0, consent_recording_on = '',
         consent_quote_by_name = 0, consent_quote_on = '', forgotten_at = ?, updated_at = ? WHERE id = ?`,
    )
    .run(placeholder, now, now, id);
  const columnsInLog = [...personalFields, ...consentFields].map((f) => `'${f}'`).join(', ');
  ctx.db.prepare(`UPDATE change_log SET value = 'null' WHERE entity = 'respondents' AND row_id = ? AND field IN (${columnsInLog})`).run(id);
  // Names typed into free text: replace whole-word occurrences of the full name (the only form we can be sure of).
  if (name.length >= 3) {
    // JSON columns hold the name JSON-escaped, and the placeholder must be escaped the same way to keep them valid.
    const inJson = (t: string) => JSON.stringify(t).slice(1, -1);
    const replaceIn = (table: string, column: string, isJson = false) => {
      const [from, to] = isJson ? [inJson(name), inJson(placeholder)] : [name, placeholder];
      ctx.db.prepare(`UPDATE ${table} SET ${column} = replace(${column}, ?, ?) WHERE instr(${column}, ?) > 0`).run(from, to, from);
    };
    forgetNameInSegments(ctx, name, placeholder);
    replaceIn('notes', 'text');
    replaceIn('answers', 'explanation');
    replaceIn('answers', 'value', true);
    replaceIn('interviews', 'summary');
    replaceIn('knowledge_sessions', 'outcomes');
    replaceIn('knowledge_sessions', 'other_participants');
    replaceIn('change_log', 'value', true);
  }
  ctx.db.prepare(`UPDATE change_log SET value = ? WHERE entity = 'respondents' AND row_id = ? AND field = 'name'`).run(JSON.stringify(placeholder), id);
  // Keyed hashes of the name, so a colleague's older copy cannot bring it back; parts of the name go too.
  forgetNameEverywhere(ctx.db, id, name, placeholder, (redact) => reanchorRewrite(ctx, redact));
  ctx.db.prepare(`INSERT INTO change_log (hlc, device_id, author, entity, row_id, field, value) VALUES (?, ?, ?, 'respondents', ?, 'forgottenAt', ?)`)
    .run(ctx.clock.tick(), ctx.author.deviceId, ctx.author.name, id, JSON.stringify(now));
  return getRespondent(ctx.db, id);
}
