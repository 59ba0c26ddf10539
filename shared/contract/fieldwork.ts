// Schemas of the fieldwork: organisations, respondents, the guide (with maturity model and codebook), interviews,
// answers, notes, knowledge sessions and recommendations. Types are inferred from these.
import { z } from '../zod';
import { polarities, questionTypes, respondentRoles } from '../template/types';

const trimmedName = (max: number) => z.string().trim().min(1, 'required').max(max, 'too long');
const longText = z.string().max(50_000, 'too long');
const shortText = z.string().max(500, 'too long');
const isoDate = z.union([z.literal(''), z.iso.date()]);
/** Local date and time as typed in a datetime-local input, e.g. 2026-03-04T09:30, or empty. */
const localDateTime = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'not a date and time')]);
export const idSchema = z.string().min(1).max(64).regex(/^[0-9A-Za-z-]+$/, 'not an id');

const rowMeta = {
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
};

export const bilingualSchema = z.object({ nl: z.string().max(5000), en: z.string().max(5000) }).strict();
export const levelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

// Organisations -----------------------------------------------------------------------------------------------
export const organisationKinds = ['municipality', 'province', 'water_authority', 'region', 'other'] as const;
export const organisationFieldsSchema = z
  .object({ name: trimmedName(200), kind: z.enum(organisationKinds), notes: longText })
  .strict();
export type OrganisationFields = z.infer<typeof organisationFieldsSchema>;
export const organisationSchema = organisationFieldsSchema.extend({
  ...rowMeta,
  respondentCount: z.number().int(),
  interviewCount: z.number().int(),
});
export type Organisation = z.infer<typeof organisationSchema>;

// Respondents -------------------------------------------------------------------------------------------------
export const respondentRoleSchema = z.enum(respondentRoles);
const emailOrEmpty = z.union([z.literal(''), z.email('not an e-mail address').max(320)]);
export const respondentFieldsSchema = z
  .object({
    organisationId: idSchema.nullable(),
    name: trimmedName(200),
    role: respondentRoleSchema,
    jobTitle: shortText,
    department: shortText,
    email: emailOrEmpty,
    phone: z.string().max(50, 'too long').regex(/^[0-9+()\-.\s]*$/, 'not a phone number'),
    consentInterview: z.boolean(),
    consentInterviewOn: isoDate,
    consentRecording: z.boolean(),
    consentRecordingOn: isoDate,
    consentQuoteByName: z.boolean(),
    consentQuoteOn: isoDate,
    notes: longText,
  })
  .strict();
export type RespondentFields = z.infer<typeof respondentFieldsSchema>;
export const respondentSchema = respondentFieldsSchema.extend({
  ...rowMeta,
  name: z.string(),
  forgottenAt: z.string().nullable(),
  organisationName: z.string().nullable(),
  interviewCount: z.number().int(),
});
export type Respondent = z.infer<typeof respondentSchema>;

// Maturity model, codebook, guide ----------------------------------------------------------------------------
export const polaritySchema = z.enum(polarities);
export const questionTypeSchema = z.enum(questionTypes);

export const maturityLevelSchema = z.object({ level: levelSchema, name: bilingualSchema });
export type MaturityLevel = z.infer<typeof maturityLevelSchema>;

const descriptorsSchema = z.object({ 1: bilingualSchema, 2: bilingualSchema, 3: bilingualSchema, 4: bilingualSchema, 5: bilingualSchema }).partial();
export const dimensionFieldsSchema = z
  .object({
    code: z.string().trim().min(1).max(20),
    position: z.number().int(),
    name: bilingualSchema,
    description: bilingualSchema,
    descriptors: descriptorsSchema,
  })
  .strict();
export type DimensionFields = z.infer<typeof dimensionFieldsSchema>;
export const dimensionSchema = dimensionFieldsSchema.extend(rowMeta);
export type Dimension = z.infer<typeof dimensionSchema>;

export const codeFieldsSchema = z
  .object({
    code: z.string().trim().min(1, 'required').max(20, 'too long'),
    position: z.number().int(),
    label: bilingualSchema,
    polarity: polaritySchema,
    definition: bilingualSchema,
    dimensionId: idSchema.nullable(),
    /** The code this one is nested under, or null for a top-level code. */
    parentId: idSchema.nullable(),
    /** '#rrggbb', or '' for the default palette colour of the code's position. */
    colour: z.union([z.literal(''), z.string().regex(/^#[0-9a-fA-F]{6}$/, 'not a colour')]),
  })
  .strict();
export type CodeFields = z.infer<typeof codeFieldsSchema>;
// Guide snapshots frozen before codes had a parent or colour lack them; they read as top-level with the default colour.
export const codeSchema = codeFieldsSchema.extend({
  ...rowMeta,
  parentId: z.string().nullable().default(null),
  /** The colour to show: the chosen one, or the default palette colour for the code's position. */
  colour: z.string().default(''),
});
export type Code = z.infer<typeof codeSchema>;

export const questionOptionSchema = z.object({ key: z.string().trim().min(1).max(80), label: bilingualSchema }).strict();
export type QuestionOption = z.infer<typeof questionOptionSchema>;

export const sectionFieldsSchema = z.object({ title: bilingualSchema, intro: bilingualSchema }).strict();
export type SectionFields = z.infer<typeof sectionFieldsSchema>;
export const sectionSchema = sectionFieldsSchema.extend({ ...rowMeta, position: z.number().int() });
export type Section = z.infer<typeof sectionSchema>;

export const questionFieldsSchema = z
  .object({
    code: z.string().max(20),
    type: questionTypeSchema,
    text: bilingualSchema,
    help: bilingualSchema,
    roles: z.array(respondentRoleSchema).max(4),
    dimensionId: idSchema.nullable(),
    options: z.array(questionOptionSchema).max(50),
    scale: descriptorsSchema,
    maxChoices: z.number().int().min(1).max(50).nullable(),
    choicesFromCodebook: polaritySchema.nullable(),
    unit: bilingualSchema,
  })
  .strict();
export type QuestionFields = z.infer<typeof questionFieldsSchema>;
export const questionSchema = questionFieldsSchema.extend({ ...rowMeta, sectionId: z.string(), position: z.number().int() });
export type Question = z.infer<typeof questionSchema>;

export const guideSchema = z.object({
  levels: z.array(maturityLevelSchema),
  dimensions: z.array(dimensionSchema),
  codes: z.array(codeSchema),
  sections: z.array(sectionSchema.extend({ questions: z.array(questionSchema) })),
});
export type Guide = z.infer<typeof guideSchema>;

// Interviews and answers --------------------------------------------------------------------------------------
export const interviewModes = ['in_person', 'video', 'phone'] as const;
export const interviewStatuses = ['planned', 'held', 'processed', 'validated'] as const;
/** Processed and validated interviews are fixed: answers, clock and details change only after reopening. */
export const lockedInterviewStatuses: readonly (typeof interviewStatuses)[number][] = ['processed', 'validated'];
export const isLockedStatus = (status: string): boolean => (lockedInterviewStatuses as readonly string[]).includes(status);
export const interviewFieldsSchema = z
  .object({
    organisationId: idSchema.nullable(),
    respondentIds: z.array(idSchema).max(20),
    interviewer: shortText,
    scheduledAt: localDateTime,
    location: shortText,
    mode: z.enum(interviewModes),
    status: z.enum(interviewStatuses),
    elapsedSeconds: z.number().int().min(0).max(24 * 3600),
    summary: longText,
  })
  .strict();
export type InterviewFields = z.infer<typeof interviewFieldsSchema>;
export const interviewSchema = interviewFieldsSchema.extend({
  ...rowMeta,
  startedAt: z.string().nullable(),
  organisationName: z.string().nullable(),
  respondentNames: z.array(z.string()),
  respondentRoles: z.array(respondentRoleSchema),
  answeredCount: z.number().int(),
  questionCount: z.number().int(),
  noteCount: z.number().int(),
  usesSnapshot: z.boolean(),
});
export type Interview = z.infer<typeof interviewSchema>;

export const answerValueSchema = z.union([z.string().max(50_000), z.number().finite(), z.boolean(), z.array(z.string().max(80)).max(50)]).nullable();
export type AnswerValue = z.infer<typeof answerValueSchema>;
export const noAnswerSchema = z.enum(['not_applicable', 'dont_know']).nullable();
export const answerSchema = z.object({
  interviewId: z.string(),
  questionId: z.string(),
  value: answerValueSchema,
  noAnswer: noAnswerSchema,
  explanation: z.string(),
  updatedAt: z.string(),
});
export type Answer = z.infer<typeof answerSchema>;
export const answerInputSchema = z
  .object({
    interviewId: idSchema,
    questionId: idSchema,
    value: answerValueSchema.optional(),
    noAnswer: noAnswerSchema.optional(),
    explanation: z.string().max(50_000, 'too long').optional(),
    /** The value and explanation the editor started from; an edit made elsewhere meanwhile is combined, not overwritten. */
    base: z.object({ value: answerValueSchema.optional(), explanation: z.string().max(50_000).optional() }).strict().optional(),
  })
  .strict();

// Notes, knowledge sessions, recommendations ------------------------------------------------------------------
export const noteKinds = ['observation', 'kans', 'knelpunt', 'quote', 'action'] as const;
export const noteFieldsSchema = z
  .object({
    kind: z.enum(noteKinds),
    text: z.string().trim().min(1, 'required').max(50_000, 'too long'),
    interviewId: idSchema.nullable(),
    questionId: idSchema.nullable(),
    sessionId: idSchema.nullable(),
    codeIds: z.array(idSchema).max(30),
  })
  .strict();
export type NoteFields = z.infer<typeof noteFieldsSchema>;
export const noteSchema = noteFieldsSchema.extend({ ...rowMeta, author: z.string() });
export type Note = z.infer<typeof noteSchema>;

export const sessionFieldsSchema = z
  .object({
    title: trimmedName(200),
    heldOn: isoDate,
    location: shortText,
    participantIds: z.array(idSchema).max(200),
    otherParticipants: longText,
    agenda: longText,
    outcomes: longText,
  })
  .strict();
export type KnowledgeSessionFields = z.infer<typeof sessionFieldsSchema>;
export const knowledgeSessionSchema = sessionFieldsSchema.extend(rowMeta);
export type KnowledgeSession = z.infer<typeof knowledgeSessionSchema>;

export const recommendationAddressees = ['municipality', 'region', 'procurement', 'policy'] as const;
export const priorities = ['high', 'medium', 'low'] as const;
export const recommendationFieldsSchema = z
  .object({
    text: z.string().trim().min(1, 'required').max(20_000, 'too long'),
    addressedTo: z.enum(recommendationAddressees),
    organisationId: idSchema.nullable(),
    priority: z.enum(priorities),
    codeIds: z.array(idSchema).max(30),
  })
  .strict();
export type RecommendationFields = z.infer<typeof recommendationFieldsSchema>;
export const recommendationSchema = recommendationFieldsSchema.extend({ ...rowMeta, position: z.number().int() });
export type Recommendation = z.infer<typeof recommendationSchema>;
