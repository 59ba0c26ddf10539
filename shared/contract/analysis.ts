// Schemas and methods of the analysis: coded segments, maturity scores and the heat map with its evidence, themes,
// quotes, side-by-side answers, completeness, search and exports. Types are inferred from these; the core's plain
// functions (electron/core/analysis, coding, search) return exactly these shapes so the report can call them in-process.
import { z } from '../zod';
import { idSchema, levelSchema, polaritySchema, respondentRoleSchema, questionTypeSchema, noAnswerSchema, answerValueSchema } from './fieldwork';

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output } as const;
}

const byId = z.object({ id: idSchema }).strict();

// Coded segments ----------------------------------------------------------------------------------------------
/** answer: an open question's answer text (field value); explanation: an answer's explanation; the others: their text fields. */
export const segmentSourceKinds = ['answer', 'explanation', 'note', 'session', 'recommendation'] as const;
export const segmentSourceKindSchema = z.enum(segmentSourceKinds);
export type SegmentSourceKind = z.infer<typeof segmentSourceKindSchema>;
export const segmentFields = ['value', 'explanation', 'text', 'agenda', 'outcomes'] as const;
export const segmentFieldSchema = z.enum(segmentFields);
export type SegmentField = z.infer<typeof segmentFieldSchema>;
/** The row a segment's text lives in: a row id, or `interviewId/questionId` for answers and explanations. */
export const sourceIdSchema = z.string().min(1).max(140).regex(/^[0-9A-Za-z-]+(\/[0-9A-Za-z-]+)?$/, 'not a source id');

export const segmentSchema = z.object({
  id: z.string(),
  sourceKind: segmentSourceKindSchema,
  sourceId: z.string(),
  field: segmentFieldSchema,
  /** Character range [start, end) in the source text (UTF-16 code units, as JavaScript strings count). */
  start: z.number().int(),
  end: z.number().int(),
  codedText: z.string(),
  codeId: z.string(),
  /** The coded text was deleted from its source; the segment is kept with its last text. */
  textRemoved: z.boolean(),
  memo: z.string(),
  /** Quote this segment under the respondent's name in the report (needs recorded consent). */
  useByName: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Segment = z.infer<typeof segmentSchema>;

export const segmentCreateSchema = z
  .object({
    sourceKind: segmentSourceKindSchema,
    sourceId: sourceIdSchema,
    field: segmentFieldSchema.optional(),
    start: z.number().int().min(0).max(1_000_000),
    end: z.number().int().min(0).max(1_000_000),
    codeId: idSchema,
    memo: z.string().max(5000, 'too long').optional(),
  })
  .strict();
export type SegmentCreate = z.infer<typeof segmentCreateSchema>;
export const segmentPatchSchema = z
  .object({ codeId: idSchema, memo: z.string().max(5000, 'too long'), useByName: z.boolean() })
  .partial()
  .strict();

// Scores and heat map -----------------------------------------------------------------------------------------
/** all: every respondent; procurement / policy: interviews with a respondent of that role; gap: procurement − policy. */
export const scoreViews = ['all', 'procurement', 'policy', 'gap'] as const;
export const scoreViewSchema = z.enum(scoreViews);
export type ScoreView = z.infer<typeof scoreViewSchema>;
export const scoreRoles = ['procurement', 'policy'] as const;
export const scoreRoleSchema = z.enum(scoreRoles);
export type ScoreRole = z.infer<typeof scoreRoleSchema>;

export const heatmapCellSchema = z.object({
  organisationId: z.string(),
  dimensionId: z.string(),
  /** The rule's level (median of the answered linked scale questions, rounded down), or null without answers. */
  suggested: levelSchema.nullable(),
  /** The consultant's level (view 'all' only), or null. */
  override: levelSchema.nullable(),
  reason: z.string().nullable(),
  /** What the heat map shows: override ?? suggested. For view 'gap': procurement − policy (−4..4), or null. */
  score: z.number().int().nullable(),
  /** The number of answers behind `suggested` (for 'gap': both roles together). */
  answers: z.number().int(),
  /** For view 'gap' only: the two roles' suggested levels. */
  procurement: levelSchema.nullable().optional(),
  policy: levelSchema.nullable().optional(),
});
export type HeatmapCell = z.infer<typeof heatmapCellSchema>;

export const heatmapSchema = z.object({
  view: scoreViewSchema,
  organisations: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  dimensions: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), position: z.number().int() })),
  cells: z.array(heatmapCellSchema),
  /** Per dimension, the median of the organisations' scores (same rule: even count → mean of the middle two). */
  regional: z.array(
    z.object({ dimensionId: z.string(), median: z.number().nullable(), level: z.number().int().nullable(), organisations: z.number().int() }),
  ),
});
export type Heatmap = z.infer<typeof heatmapSchema>;

export const codeRefSchema = z.object({ codeId: z.string(), code: z.string(), label: z.string(), colour: z.string() });

export const evidenceAnswerSchema = z.object({
  interviewId: z.string(),
  interviewDate: z.string(),
  interviewStatus: z.string(),
  respondentRoles: z.array(respondentRoleSchema),
  questionId: z.string(),
  questionCode: z.string(),
  questionText: z.string(),
  level: levelSchema,
  explanation: z.string(),
  segments: z.array(segmentSchema),
});
export const cellEvidenceSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  dimensionId: z.string(),
  dimensionCode: z.string(),
  dimensionName: z.string(),
  view: scoreViewSchema,
  cell: heatmapCellSchema,
  /** Every answer counted, in interview order. */
  answers: z.array(evidenceAnswerSchema),
  /** Answers left out because they were "n.v.t." or "weet niet". */
  excluded: z.number().int(),
  /** The linked scale questions of the current guide. */
  questions: z.array(z.object({ id: z.string(), code: z.string(), text: z.string() })),
  /** The rule in words, with the numbers of this cell, in the requested language. */
  rule: z.string(),
  values: z.array(z.number().int()),
  median: z.number().nullable(),
});
export type CellEvidence = z.infer<typeof cellEvidenceSchema>;

export const overrideSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  dimensionId: z.string(),
  level: levelSchema,
  reason: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type ScoreOverride = z.infer<typeof overrideSchema>;

// Themes ------------------------------------------------------------------------------------------------------
/** Where a mention comes from: a coded segment, a note's whole-note code, or a code chosen in a codebook-choice answer. */
export const mentionOrigins = ['segment', 'note', 'choice'] as const;
export const mentionSchema = z.object({
  /** Segment id; for whole-note codes `note:<noteId>:<codeId>`, for choices `choice:<interviewId>/<questionId>:<codeId>`. */
  id: z.string(),
  origin: z.enum(mentionOrigins),
  codeId: z.string(),
  sourceKind: segmentSourceKindSchema,
  sourceId: z.string(),
  field: segmentFieldSchema,
  text: z.string(),
  textRemoved: z.boolean(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  interviewId: z.string().nullable(),
  respondentRoles: z.array(respondentRoleSchema),
  noteKind: z.string().nullable(),
});
export type Mention = z.infer<typeof mentionSchema>;

/** Mentions and organisations counted one way (as a knelpunt or as a kans) for one role. */
const leanCountSchema = z.object({ segments: z.number().int(), organisations: z.number().int() });

export const themeSchema = z.object({
  codeId: z.string(),
  code: z.string(),
  label: z.string(),
  polarity: polaritySchema,
  colour: z.string(),
  parentId: z.string().nullable(),
  /** Mentions of this code (segments, whole-note codes, codebook choices). */
  segments: z.number().int(),
  /** Organisations with at least one mention. */
  organisations: z.number().int(),
  /** Mentions counted as a knelpunt / as a kans (a 'both' code by its note kind or choice question; unclear ones in both). */
  asKnelpunt: z.object({ segments: z.number().int(), organisations: z.number().int(), byRole: z.object({ procurement: leanCountSchema, policy: leanCountSchema }) }),
  asKans: z.object({ segments: z.number().int(), organisations: z.number().int(), byRole: z.object({ procurement: leanCountSchema, policy: leanCountSchema }) }),
  byRole: z.object({ procurement: z.number().int(), policy: z.number().int() }),
});
export type Theme = z.infer<typeof themeSchema>;
export const themesSchema = z.object({
  role: scoreRoleSchema.nullable(),
  organisations: z.array(z.object({ id: z.string(), name: z.string() })),
  codes: z.array(themeSchema),
  /** Mentions per code and organisation; only non-empty cells. */
  cells: z.array(z.object({ codeId: z.string(), organisationId: z.string(), segments: z.number().int() })),
  /** Code ids ranked by organisations, then mentions (at most 10 each); see computeThemes for codes of polarity 'both'. */
  top: z.object({
    knelpunten: z.array(z.string()),
    kansen: z.array(z.string()),
    procurement: z.object({ knelpunten: z.array(z.string()), kansen: z.array(z.string()) }),
    policy: z.object({ knelpunten: z.array(z.string()), kansen: z.array(z.string()) }),
  }),
});
export type Themes = z.infer<typeof themesSchema>;

export const mentionFilterSchema = z
  .object({ codeId: idSchema.optional(), organisationId: idSchema.optional(), role: scoreRoleSchema.optional() })
  .strict();
export type MentionFilter = z.infer<typeof mentionFilterSchema>;
/** Which way a mention is counted: the top knelpunten and kansen open only the mentions counted that way. */
export const leans = ['knelpunt', 'kans'] as const;
export type Lean = (typeof leans)[number];
export const mentionQuerySchema = z
  .object({ codeId: idSchema.optional(), organisationId: idSchema.optional(), role: scoreRoleSchema.optional(), lean: z.enum(leans).optional() })
  .strict();
export type MentionQuery = z.infer<typeof mentionQuerySchema>;

// Quotes ------------------------------------------------------------------------------------------------------
export const consentStatuses = ['by_name', 'anonymous', 'unknown'] as const;
export const quoteSchema = z.object({
  id: z.string(),
  origin: z.enum(['note', 'segment']),
  text: z.string(),
  codeIds: z.array(z.string()),
  sourceKind: segmentSourceKindSchema,
  sourceId: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  interviewId: z.string().nullable(),
  respondentIds: z.array(z.string()),
  respondentRoles: z.array(respondentRoleSchema),
  /** by_name: every respondent of the interview consented to be quoted by name; anonymous: not all did; unknown: no respondent. */
  consent: z.enum(consentStatuses),
  /** The label the report uses, e.g. "inkoopadviseur, gemeente B". */
  anonymisedLabel: z.string(),
  /** The label with names when quoting by name is allowed, else null. */
  namedLabel: z.string().nullable(),
  useByName: z.boolean(),
  /** Marked for use by name without recorded consent. */
  consentWarning: z.boolean(),
});
export type Quote = z.infer<typeof quoteSchema>;

// Side by side ------------------------------------------------------------------------------------------------
export const sideBySideSchema = z.object({
  question: z.object({ id: z.string(), code: z.string(), text: z.string(), type: questionTypeSchema }),
  organisations: z.array(
    z.object({
      organisationId: z.string(),
      organisationName: z.string(),
      answers: z.array(
        z.object({
          interviewId: z.string(),
          respondentRoles: z.array(respondentRoleSchema),
          value: answerValueSchema,
          noAnswer: noAnswerSchema,
          explanation: z.string(),
        }),
      ),
    }),
  ),
  /** For choice, yes/no and scale questions: answers per choice (key, level or yes/no), in display order. */
  counts: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })),
  noAnswer: z.object({ not_applicable: z.number().int(), dont_know: z.number().int() }),
});
export type SideBySide = z.infer<typeof sideBySideSchema>;

// Completeness ------------------------------------------------------------------------------------------------
export const completenessSchema = z.array(
  z.object({
    organisationId: z.string(),
    organisationName: z.string(),
    interviews: z.object({ planned: z.number().int(), held: z.number().int(), processed: z.number().int(), validated: z.number().int() }),
    /** Questions of held (and later) interviews that have neither an answer nor "n.v.t."/"weet niet". */
    unansweredQuestions: z.number().int(),
    /** Notes of the organisation's interviews with neither a whole-note code nor a coded segment. */
    uncodedNotes: z.number().int(),
    /** Dimensions with neither a suggested score nor an override. */
    missingScores: z.array(z.string()),
  }),
);
export type Completeness = z.infer<typeof completenessSchema>;

// Search ------------------------------------------------------------------------------------------------------
export const searchKinds = segmentSourceKinds;
export const searchInputSchema = z
  .object({
    /** Whatever the user typed: words, "phrases", prefix*; any other syntax is dropped, never passed to SQLite. */
    query: z.string().max(10_000, 'too long'),
    organisationId: idSchema.optional(),
    kinds: z.array(segmentSourceKindSchema).max(5).optional(),
    codeId: idSchema.optional(),
    limit: z.number().int().min(1).max(100).optional(),
  })
  .strict();
export type SearchInput = z.infer<typeof searchInputSchema>;
export const searchResultSchema = z.object({
  kind: segmentSourceKindSchema,
  sourceId: z.string(),
  field: segmentFieldSchema,
  /** The snippet in parts; `hit` parts matched the query. */
  snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  /** How to open the source: the interview (with question) for answers and interview notes, else the session or recommendation. */
  open: z.object({
    view: z.enum(['interview', 'notes', 'session', 'recommendations']),
    interviewId: z.string().nullable(),
    questionId: z.string().nullable(),
    noteId: z.string().nullable(),
    sessionId: z.string().nullable(),
    recommendationId: z.string().nullable(),
  }),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
export const searchOutputSchema = z.object({
  /** The FTS5 expression actually run (every term quoted), for display; empty when nothing searchable was typed. */
  expression: z.string(),
  terms: z.array(z.string()),
  results: z.array(searchResultSchema),
});
export type SearchOutput = z.infer<typeof searchOutputSchema>;

// Exports -----------------------------------------------------------------------------------------------------
export const exportWhats = ['answers', 'segments', 'scores'] as const;
export const exportFormats = ['csv', 'xlsx'] as const;
export const exportInputSchema = z
  .object({
    what: z.enum(exportWhats),
    format: z.enum(exportFormats),
    path: z.string().trim().min(1).max(4096),
  })
  .strict();

// Methods -----------------------------------------------------------------------------------------------------
export const analysisMethods = {
  'segments.list': method(
    z
      .object({ sourceKind: segmentSourceKindSchema.optional(), sourceId: sourceIdSchema.optional(), codeId: idSchema.optional(), includeDeleted: z.boolean().optional() })
      .strict(),
    z.array(segmentSchema),
  ),
  /** Codes a range of a source text; refused (nothing changes) when the range is outside the text, the source is deleted or the code unknown. */
  'segments.create': method(segmentCreateSchema, segmentSchema),
  'segments.update': method(z.object({ id: idSchema, patch: segmentPatchSchema }).strict(), segmentSchema),
  'segments.delete': method(byId, segmentSchema),
  'segments.restore': method(byId, segmentSchema),

  /** Moves every use of `fromId` (segments, note and recommendation codes, codebook-choice answers) to `intoId`, then deletes `fromId`. */
  'codebook.merge': method(z.object({ fromId: idSchema, intoId: idSchema }).strict(), z.object({ moved: z.number().int() })),
  /** Deletes a code; its uses move to `reassignTo`, or are removed when it is null. */
  'codebook.deleteReassign': method(z.object({ id: idSchema, reassignTo: idSchema.nullable() }).strict(), z.object({ moved: z.number().int() })),

  'analysis.heatmap': method(z.object({ view: scoreViewSchema.optional() }).strict(), heatmapSchema),
  'analysis.cellEvidence': method(
    z.object({ organisationId: idSchema, dimensionId: idSchema, view: scoreViewSchema.optional() }).strict(),
    cellEvidenceSchema,
  ),
  /** Overrides the suggested score of a cell; the reason is mandatory. */
  'analysis.setOverride': method(
    z.object({ organisationId: idSchema, dimensionId: idSchema, level: levelSchema, reason: z.string().max(5000, 'too long') }).strict(),
    overrideSchema,
  ),
  /** Removes a cell's override (soft delete); `analysis.restoreOverride` undoes it. */
  'analysis.clearOverride': method(z.object({ organisationId: idSchema, dimensionId: idSchema }).strict(), overrideSchema.nullable()),
  'analysis.restoreOverride': method(byId, overrideSchema),
  'analysis.themes': method(z.object({ role: scoreRoleSchema.optional() }).strict(), themesSchema),
  /** The mentions behind a count of the theme matrix. */
  'analysis.mentions': method(mentionQuerySchema, z.array(mentionSchema)),
  'analysis.quotes': method(mentionFilterSchema, z.array(quoteSchema)),
  'analysis.sideBySide': method(z.object({ questionId: idSchema }).strict(), sideBySideSchema),
  'analysis.completeness': method(z.object({}).strict(), completenessSchema),
  'analysis.export': method(exportInputSchema, z.object({ path: z.string(), rows: z.number().int() })),
  /** Marks a quote (a note or a coded segment) for use under the respondent's name; listQuotes warns without consent. */
  'quotes.setUseByName': method(
    z.object({ origin: z.enum(['note', 'segment']), id: idSchema, useByName: z.boolean() }).strict(),
    z.object({ origin: z.enum(['note', 'segment']), id: z.string(), useByName: z.boolean() }),
  ),

  'search.query': method(searchInputSchema, searchOutputSchema),
} as const;
