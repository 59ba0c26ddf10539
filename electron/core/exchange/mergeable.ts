// The registry of everything a merge folds together: per kind of row, its table, how a change-log row id finds the
// row, and per logged field its column(s), how the value is stored, how concurrent edits combine, and the schema an
// incoming value must satisfy. A new user-editable table is merged by adding one entry here.
//
// How concurrent edits combine (see merge.ts):
//   lww     the newest edit by hybrid clock wins (enums, dates, references, numbers, structured JSON)
//   text    free text: edits since the last common value are combined with diff3; overlaps become conflicts
//   set     a JSON list of ids: additions on every side survive; a removal wins over what the remover had seen
//   textOrLww  text when every version is a string (open answers), otherwise lww (scale, choices, numbers)
//   sticky  once set never unset again (a respondent's forgottenAt)
import { z } from '../../../shared/zod';
import * as fw from '../../../shared/contract/fieldwork';
import { inventoryFieldsSchema } from '../../../shared/contract/schemas';
import * as an from '../../../shared/contract/analysis';
import * as rp from '../../../shared/contract/report';

export type Codec = 'text' | 'nullableText' | 'int' | 'nullableInt' | 'bool' | 'json' | 'bilingual';
export type MergeKind = 'lww' | 'text' | 'set' | 'textOrLww' | 'sticky';

export interface MergeField {
  /** Column, or for bilingual fields the column stem (`<stem>_nl`, `<stem>_en`). */
  readonly column: string;
  readonly codec: Codec;
  readonly merge: MergeKind;
  /** What an incoming value must satisfy. */
  readonly schema: z.ZodType;
  /** Identifies or reaches a person: never taken from a colleague's copy once the person is forgotten. */
  readonly personal?: boolean;
}

export interface MergeableEntity {
  /** Name in the change log. */
  readonly entity: string;
  readonly table: string;
  /** Row key: an `id` column, or key columns filled from the change-log row id split at '/'. */
  readonly key: { readonly kind: 'id' } | { readonly kind: 'composite'; readonly columns: readonly string[] } | { readonly kind: 'int'; readonly column: string };
  readonly fields: Readonly<Record<string, MergeField>>;
  /** The table has created_at (answers and levels have only updated_at or nothing). */
  readonly timestamps: 'all' | 'updated' | 'none';
  /** Ordered lists: readers sort by (position, id), so equal positions after a merge still give one order. */
  readonly ordered?: string;
}

const f = (column: string, codec: Codec, merge: MergeKind, schema: z.ZodType, personal = false): MergeField => ({ column, codec, merge, schema, personal });
const deletedAt = f('deleted_at', 'nullableText', 'lww', z.string().max(40).nullable());
const id = fw.idSchema.nullable();
const bi = fw.bilingualSchema;

export const mergeables: readonly MergeableEntity[] = [
  {
    entity: 'inventory',
    table: 'inventory',
    key: { kind: 'id' },
    timestamps: 'all',
    fields: {
      title: f('title', 'text', 'text', inventoryFieldsSchema.shape.title),
      client: f('client', 'text', 'text', inventoryFieldsSchema.shape.client),
      region: f('region', 'text', 'text', inventoryFieldsSchema.shape.region),
      periodStart: f('period_start', 'text', 'lww', inventoryFieldsSchema.shape.periodStart),
      periodEnd: f('period_end', 'text', 'lww', inventoryFieldsSchema.shape.periodEnd),
      description: f('description', 'text', 'text', inventoryFieldsSchema.shape.description),
      language: f('language', 'text', 'lww', inventoryFieldsSchema.shape.language),
    },
  },
  {
    entity: 'organisations',
    table: 'organisations',
    key: { kind: 'id' },
    timestamps: 'all',
    fields: {
      name: f('name', 'text', 'text', fw.organisationFieldsSchema.shape.name),
      kind: f('kind', 'text', 'lww', fw.organisationFieldsSchema.shape.kind),
      notes: f('notes', 'text', 'text', fw.organisationFieldsSchema.shape.notes),
      deletedAt,
    },
  },
  {
    entity: 'respondents',
    table: 'respondents',
    key: { kind: 'id' },
    timestamps: 'all',
    fields: {
      organisationId: f('organisation_id', 'nullableText', 'lww', id),
      // Forgetting blanks these in the log too (stored as null), so null is a valid value of each.
      name: f('name', 'text', 'text', z.string().max(200).nullable(), true),
      role: f('role', 'text', 'lww', fw.respondentRoleSchema),
      jobTitle: f('job_title', 'text', 'text', fw.respondentFieldsSchema.shape.jobTitle.nullable(), true),
      department: f('department', 'text', 'text', fw.respondentFieldsSchema.shape.department.nullable(), true),
      email: f('email', 'text', 'lww', fw.respondentFieldsSchema.shape.email.nullable(), true),
      phone: f('phone', 'text', 'lww', fw.respondentFieldsSchema.shape.phone.nullable(), true),
      consentInterview: f('consent_interview', 'bool', 'lww', z.boolean(), true),
      consentInterviewOn: f('consent_interview_on', 'text', 'lww', fw.respondentFieldsSchema.shape.consentInterviewOn, true),
      consentRecording: f('consent_recording', 'bool', 'lww', z.boolean(), true),
      consentRecordingOn: f('consent_recording_on', 'text', 'lww', fw.respondentFieldsSchema.shape.consentRecordingOn, true),
      consentQuoteByName: f('consent_quote_by_name', 'bool', 'lww', z.boolean(), true),
      consentQuoteOn: f('consent_quote_on', 'text', 'lww', fw.respondentFieldsSchema.shape.consentQuoteOn, true),
      notes: f('notes', 'text', 'text', fw.respondentFieldsSchema.shape.notes.nullable(), true),
      forgottenAt: f('forgotten_at', 'nullableText', 'sticky', z.string().max(40).nullable()),
      deletedAt,
    },
  },
  {
    entity: 'maturity_levels',
    table: 'maturity_levels',
    key: { kind: 'int', column: 'level' },
    timestamps: 'none',
    fields: { name: f('name', 'bilingual', 'text', bi) },
  },
  {
    entity: 'maturity_dimensions',
    table: 'maturity_dimensions',
    key: { kind: 'id' },
    timestamps: 'all',
    ordered: 'position',
    fields: {
      code: f('code', 'text', 'lww', fw.dimensionFieldsSchema.shape.code),
      position: f('position', 'int', 'lww', z.number().int()),
      name: f('name', 'bilingual', 'text', bi),
      description: f('description', 'bilingual', 'text', bi),
      descriptors: f('descriptors', 'json', 'lww', fw.dimensionFieldsSchema.shape.descriptors),
      deletedAt,
    },
  },
  {
    entity: 'codebook_codes',
    table: 'codebook_codes',
    key: { kind: 'id' },
    timestamps: 'all',
    ordered: 'position',
    fields: {
      code: f('code', 'text', 'lww', fw.codeFieldsSchema.shape.code),
      position: f('position', 'int', 'lww', z.number().int()),
      label: f('label', 'bilingual', 'text', bi),
      polarity: f('polarity', 'text', 'lww', fw.polaritySchema),
      definition: f('definition', 'bilingual', 'text', bi),
      dimensionId: f('dimension_id', 'nullableText', 'lww', id),
      parentId: f('parent_id', 'nullableText', 'lww', id),
      colour: f('colour', 'text', 'lww', fw.codeFieldsSchema.shape.colour),
      deletedAt,
    },
  },
  {
    entity: 'guide_sections',
    table: 'guide_sections',
    key: { kind: 'id' },
    timestamps: 'all',
    ordered: 'position',
    fields: {
      position: f('position', 'int', 'lww', z.number().int()),
      title: f('title', 'bilingual', 'text', bi),
      intro: f('intro', 'bilingual', 'text', bi),
      deletedAt,
    },
  },
  {
    entity: 'guide_questions',
    table: 'guide_questions',
    key: { kind: 'id' },
    timestamps: 'all',
    ordered: 'position',
    fields: {
      sectionId: f('section_id', 'text', 'lww', fw.idSchema),
      position: f('position', 'int', 'lww', z.number().int()),
      code: f('code', 'text', 'lww', fw.questionFieldsSchema.shape.code),
      type: f('type', 'text', 'lww', fw.questionTypeSchema),
      text: f('text', 'bilingual', 'text', bi),
      help: f('help', 'bilingual', 'text', bi),
      roles: f('roles', 'json', 'set', fw.questionFieldsSchema.shape.roles),
      dimensionId: f('dimension_id', 'nullableText', 'lww', id),
      options: f('options', 'json', 'lww', fw.questionFieldsSchema.shape.options),
      scale: f('scale', 'json', 'lww', fw.questionFieldsSchema.shape.scale),
      maxChoices: f('max_choices', 'nullableInt', 'lww', fw.questionFieldsSchema.shape.maxChoices),
      choicesFromCodebook: f('choices_from_codebook', 'nullableText', 'lww', fw.questionFieldsSchema.shape.choicesFromCodebook),
      unit: f('unit', 'bilingual', 'text', bi),
      deletedAt,
    },
  },
  {
    entity: 'interviews',
    table: 'interviews',
    key: { kind: 'id' },
    timestamps: 'all',
    fields: {
      organisationId: f('organisation_id', 'nullableText', 'lww', id),
      respondentIds: f('respondent_ids', 'json', 'set', z.array(fw.idSchema).max(200)),
      interviewer: f('interviewer', 'text', 'text', fw.interviewFieldsSchema.shape.interviewer),
      scheduledAt: f('scheduled_at', 'text', 'lww', fw.interviewFieldsSchema.shape.scheduledAt),
      location: f('location', 'text', 'text', fw.interviewFieldsSchema.shape.location),
      mode: f('mode', 'text', 'lww', fw.interviewFieldsSchema.shape.mode),
      status: f('status', 'text', 'lww', fw.interviewFieldsSchema.shape.status),
      elapsedSeconds: f('elapsed_seconds', 'int', 'lww', fw.interviewFieldsSchema.shape.elapsedSeconds),
      summary: f('summary', 'text', 'text', fw.interviewFieldsSchema.shape.summary),
      startedAt: f('started_at', 'nullableText', 'lww', z.string().max(40).nullable()),
      guideSnapshot: f('guide_snapshot', 'json', 'lww', fw.guideSchema.nullable()),
      deletedAt,
    },
  },
  {
    entity: 'answers',
    table: 'answers',
    key: { kind: 'composite', columns: ['interview_id', 'question_id'] },
    timestamps: 'updated',
    fields: {
      value: f('value', 'json', 'textOrLww', fw.answerValueSchema),
      noAnswer: f('no_answer', 'nullableText', 'lww', fw.noAnswerSchema),
      explanation: f('explanation', 'text', 'text', z.string().max(50_000)),
    },
  },
  {
    entity: 'knowledge_sessions',
    table: 'knowledge_sessions',
    key: { kind: 'id' },
    timestamps: 'all',
    fields: {
      title: f('title', 'text', 'text', fw.sessionFieldsSchema.shape.title),
      heldOn: f('held_on', 'text', 'lww', fw.sessionFieldsSchema.shape.heldOn),
      location: f('location', 'text', 'text', fw.sessionFieldsSchema.shape.location),
      participantIds: f('participant_ids', 'json', 'set', fw.sessionFieldsSchema.shape.participantIds),
      otherParticipants: f('other_participants', 'text', 'text', fw.sessionFieldsSchema.shape.otherParticipants),
      agenda: f('agenda', 'text', 'text', fw.sessionFieldsSchema.shape.agenda),
      outcomes: f('outcomes', 'text', 'text', fw.sessionFieldsSchema.shape.outcomes),
      deletedAt,
    },
  },
  {
    entity: 'notes',
    table: 'notes',
    key: { kind: 'id' },
    timestamps: 'all',
    fields: {
      kind: f('kind', 'text', 'lww', fw.noteFieldsSchema.shape.kind),
      text: f('text', 'text', 'text', fw.noteFieldsSchema.shape.text),
      interviewId: f('interview_id', 'nullableText', 'lww', id),
      questionId: f('question_id', 'nullableText', 'lww', id),
      sessionId: f('session_id', 'nullableText', 'lww', id),
      codeIds: f('code_ids', 'json', 'set', fw.noteFieldsSchema.shape.codeIds),
      author: f('author', 'text', 'lww', z.string().max(200)),
      useByName: f('use_by_name', 'bool', 'lww', z.boolean()),
      deletedAt,
    },
  },
  {
    entity: 'recommendations',
    table: 'recommendations',
    key: { kind: 'id' },
    timestamps: 'all',
    ordered: 'position',
    fields: {
      position: f('position', 'int', 'lww', z.number().int()),
      text: f('text', 'text', 'text', fw.recommendationFieldsSchema.shape.text),
      addressedTo: f('addressed_to', 'text', 'lww', fw.recommendationFieldsSchema.shape.addressedTo),
      organisationId: f('organisation_id', 'nullableText', 'lww', id),
      priority: f('priority', 'text', 'lww', fw.recommendationFieldsSchema.shape.priority),
      codeIds: f('code_ids', 'json', 'set', fw.recommendationFieldsSchema.shape.codeIds),
      deletedAt,
    },
  },
  {
    entity: 'coded_segments',
    table: 'coded_segments',
    key: { kind: 'id' },
    timestamps: 'all',
    fields: {
      sourceKind: f('source_kind', 'text', 'lww', an.segmentSourceKindSchema),
      sourceId: f('source_id', 'text', 'lww', an.sourceIdSchema),
      field: f('field', 'text', 'lww', an.segmentFieldSchema),
      start: f('start_offset', 'int', 'lww', z.number().int().min(0)),
      end: f('end_offset', 'int', 'lww', z.number().int().min(0)),
      codedText: f('coded_text', 'text', 'lww', z.string().max(50_000)),
      codeId: f('code_id', 'text', 'lww', fw.idSchema),
      textRemoved: f('text_removed', 'bool', 'lww', z.boolean()),
      memo: f('memo', 'text', 'text', z.string().max(5000)),
      useByName: f('use_by_name', 'bool', 'lww', z.boolean()),
      deletedAt,
    },
  },
  {
    entity: 'score_overrides',
    table: 'score_overrides',
    key: { kind: 'id' },
    timestamps: 'all',
    fields: {
      organisationId: f('organisation_id', 'text', 'lww', fw.idSchema),
      dimensionId: f('dimension_id', 'text', 'lww', fw.idSchema),
      level: f('level', 'int', 'lww', fw.levelSchema),
      reason: f('reason', 'text', 'text', z.string().trim().min(1).max(5000)),
      deletedAt,
    },
  },
  {
    entity: 'report_options',
    table: 'report_options',
    key: { kind: 'id' },
    timestamps: 'all',
    fields: {
      title: f('title', 'text', 'text', rp.reportOptionsFieldsSchema.shape.title),
      subtitle: f('subtitle', 'text', 'text', rp.reportOptionsFieldsSchema.shape.subtitle),
      author: f('author', 'text', 'text', rp.reportOptionsFieldsSchema.shape.author),
      client: f('client', 'text', 'text', rp.reportOptionsFieldsSchema.shape.client),
      reportDate: f('report_date', 'text', 'lww', rp.reportOptionsFieldsSchema.shape.reportDate),
      version: f('version', 'text', 'lww', rp.reportOptionsFieldsSchema.shape.version),
      language: f('language', 'text', 'lww', rp.reportOptionsFieldsSchema.shape.language),
      quotes: f('quotes', 'text', 'lww', rp.reportOptionsFieldsSchema.shape.quotes),
      chaptersOff: f('chapters_off', 'json', 'lww', rp.reportOptionsFieldsSchema.shape.chaptersOff),
      appendicesOff: f('appendices_off', 'json', 'lww', rp.reportOptionsFieldsSchema.shape.appendicesOff),
      houseStyleName: f('house_style_name', 'text', 'lww', z.string().max(300)),
      houseStyleXml: f('house_style_xml', 'text', 'lww', z.string().max(20_000_000)),
      deletedAt,
    },
  },
  {
    entity: 'report_narratives',
    table: 'report_narratives',
    key: { kind: 'id' },
    timestamps: 'all',
    fields: {
      chapter: f('chapter', 'text', 'lww', z.enum(rp.chapterKeys)),
      body: f('body', 'text', 'text', z.string().max(100_000)),
      deletedAt,
    },
  },
];

const byEntity = new Map(mergeables.map((m) => [m.entity, m]));

export function mergeableOf(entity: string): MergeableEntity | undefined {
  return byEntity.get(entity);
}

/** The free-text fields of an entity (merged with diff3, and whose saves carry the value they started from). */
export function isTextField(entity: string, field: string): boolean {
  const spec = byEntity.get(entity)?.fields[field];
  return spec !== undefined && (spec.merge === 'text' || spec.merge === 'textOrLww');
}

/** Free text in which people may be named: where a forgotten respondent's name is redacted (entity → fields). */
export const mentionFields: Readonly<Record<string, readonly string[]>> = {
  notes: ['text'],
  answers: ['value', 'explanation'],
  interviews: ['summary'],
  knowledge_sessions: ['outcomes', 'otherParticipants', 'agenda'],
  recommendations: ['text'],
  organisations: ['notes'],
  respondents: ['notes'],
  report_narratives: ['body'],
  coded_segments: ['codedText', 'memo'],
};

export function mentionsPeople(entity: string, field: string): boolean {
  return mentionFields[entity]?.includes(field) ?? false;
}
