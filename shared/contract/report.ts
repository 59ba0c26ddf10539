// Contract of the Word report: its options and narratives (stored in the file), the report model the preview and
// the docx writer both render, and export with progress and cancel. Types are inferred from these schemas.
import { z } from '../zod';

/** Chapters of the report in the order of a Dutch inventory report; each can be switched off and has a narrative. */
export const chapterKeys = [
  'summary',
  'introduction',
  'method',
  'context',
  'findings',
  'heatmap',
  'opportunities',
  'session',
  'conclusions',
  'recommendations',
] as const;
export type ChapterKey = (typeof chapterKeys)[number];

/** Chapters that need the consultant's judgement: they start with a placeholder until text is written. */
export const judgementChapters: readonly ChapterKey[] = ['summary', 'introduction', 'context', 'conclusions'];

export const appendixKeys = ['respondents', 'guide', 'maturity', 'codebook', 'profiles'] as const;
export type AppendixKey = (typeof appendixKeys)[number];

export const quoteModes = ['anonymous', 'names'] as const;
export type QuoteMode = (typeof quoteModes)[number];

const isoDate = z.union([z.literal(''), z.iso.date()]);
const line = (max: number) => z.string().max(max, 'too long');

export const reportOptionsFieldsSchema = z
  .object({
    title: line(300),
    subtitle: line(300),
    author: line(200),
    client: line(200),
    reportDate: isoDate,
    version: line(50),
    language: z.enum(['nl', 'en']),
    /** anonymous: every quote by role and organisation type; names: by name where consent to quote by name is recorded. */
    quotes: z.enum(quoteModes),
    chaptersOff: z.array(z.enum(chapterKeys)).max(chapterKeys.length),
    appendicesOff: z.array(z.enum(appendixKeys)).max(appendixKeys.length),
  })
  .strict();
export type ReportOptionsFields = z.infer<typeof reportOptionsFieldsSchema>;

export const reportOptionsSchema = reportOptionsFieldsSchema.extend({
  /** File name of the house-style template whose styles the report uses; empty for the default style. */
  houseStyleName: z.string(),
  updatedAt: z.string(),
});
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

export const narrativeSchema = z.object({
  chapter: z.enum(chapterKeys),
  body: z.string(),
  updatedAt: z.string(),
});
export type Narrative = z.infer<typeof narrativeSchema>;

// The report model ------------------------------------------------------------------------------------------------

export const runSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** An external link (http, https or mailto only). */
  link: z.string().optional(),
});
export type Run = z.infer<typeof runSchema>;

export const blockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), runs: z.array(runSchema), tone: z.enum(['normal', 'muted']).optional() }),
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), text: z.string(), pageBreakBefore: z.boolean().optional() }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(runSchema)) }),
  /** Text the consultant still has to write: shown marked in the preview and the document. */
  z.object({ kind: z.literal('missing'), text: z.string() }),
  z.object({ kind: z.literal('quote'), text: z.string(), source: z.string() }),
  z.object({
    kind: z.literal('table'),
    caption: z.string(),
    header: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    /** Relative column widths. */
    widths: z.array(z.number()),
    /** Columns whose cells are numbers, set right-aligned. */
    numeric: z.array(z.number().int()).optional(),
    /** Shades cell `shadeColumn` of each row by the maturity level in `rowLevels` (null: no data). */
    shadeColumn: z.number().int().optional(),
    rowLevels: z.array(z.number().int().min(1).max(5).nullable()).optional(),
  }),
  z.object({
    kind: z.literal('heatmap'),
    caption: z.string(),
    corner: z.string(),
    columns: z.array(z.object({ code: z.string(), name: z.string() })),
    rows: z.array(
      z.object({
        label: z.string(),
        /** The level each cell is shaded by (null: no data). */
        levels: z.array(z.number().int().min(1).max(5).nullable()),
        /** What each cell says where that is not the level itself, e.g. the regional median "2,5". */
        texts: z.array(z.string()).optional(),
        summary: z.boolean().optional(),
      }),
    ),
    legend: z.array(z.object({ level: z.number().int(), name: z.string() })),
    noData: z.string(),
  }),
  z.object({
    kind: z.literal('figure'),
    caption: z.string(),
    alt: z.string(),
    svg: z.string(),
    /** Size of the SVG drawing in CSS pixels; the figure is scaled to the text width keeping this ratio. */
    width: z.number().positive(),
    height: z.number().positive(),
  }),
]);
export type Block = z.infer<typeof blockSchema>;

export const chapterSchema = z.object({
  key: z.string(),
  /** '1', '2', … for chapters, 'A', 'B', … for appendices, '' for the unnumbered management summary. */
  number: z.string(),
  title: z.string(),
  appendix: z.boolean(),
  blocks: z.array(blockSchema),
});
export type Chapter = z.infer<typeof chapterSchema>;

export const reportModelSchema = z.object({
  language: z.enum(['nl', 'en']),
  meta: z.object({
    title: z.string(),
    subtitle: z.string(),
    client: z.string(),
    region: z.string(),
    author: z.string(),
    /** Formatted for the report's language. */
    date: z.string(),
    version: z.string(),
  }),
  chapters: z.array(chapterSchema),
  /** Where text or data is still missing, one line each, in chapter order. */
  missing: z.array(z.object({ chapter: z.string(), text: z.string() })),
});
export type ReportModel = z.infer<typeof reportModelSchema>;

// Export ------------------------------------------------------------------------------------------------------------

export const exportStages = ['collect', 'charts', 'document', 'pack', 'write', 'done'] as const;
export const exportProgressSchema = z.object({
  jobId: z.string(),
  stage: z.enum(exportStages),
  /** 0..1 */
  fraction: z.number().min(0).max(1),
});
export type ExportProgress = z.infer<typeof exportProgressSchema>;

export const exportResultSchema = z.object({
  path: z.string(),
  bytes: z.number().int(),
  /** Where it was written, for the web host to show. */
  folder: z.string(),
  /** Whether the app can open the document or its folder here (Electron). */
  canOpen: z.boolean(),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

const pathSchema = z.string().trim().min(1, 'required').max(4096, 'too long');
const jobIdSchema = z.string().min(1).max(64).regex(/^[0-9A-Za-z-]+$/, 'not an id');

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output } as const;
}

const none = z.object({}).strict();

export const reportMethods = {
  'report.getOptions': method(none, reportOptionsSchema),
  /** base: the values the form started from; a text edited elsewhere meanwhile is combined (or kept as a conflict), not overwritten. */
  'report.updateOptions': method(z.object({ patch: reportOptionsFieldsSchema.partial().strict(), base: reportOptionsFieldsSchema.partial().strict().optional() }).strict(), reportOptionsSchema),
  /** Reads the styles of a .docx or .dotx and keeps them in the file; a file that is not a Word document is refused. */
  'report.setHouseStyle': method(z.object({ path: pathSchema }).strict(), reportOptionsSchema),
  'report.clearHouseStyle': method(none, reportOptionsSchema),
  /** Undoes clearHouseStyle: the house style used last before it (from the change log); nothing when there was none. */
  'report.restoreHouseStyle': method(none, reportOptionsSchema),
  'report.getNarratives': method(none, z.array(narrativeSchema)),
  /** base: the text the editor started from, as for updateOptions. */
  'report.updateNarrative': method(
    z.object({ chapter: z.enum(chapterKeys), body: z.string().max(100_000, 'too long'), base: z.string().max(100_000, 'too long').optional() }).strict(),
    narrativeSchema,
  ),
  'report.preview': method(none, reportModelSchema),
  /** A free file name for the report next to the inventory (or in the documents folder). */
  'report.suggestPath': method(none, z.object({ path: z.string() })),
  'report.export': method(z.object({ path: pathSchema, jobId: jobIdSchema }).strict(), exportResultSchema),
  'report.cancelExport': method(z.object({ jobId: jobIdSchema }).strict(), z.object({ cancelled: z.boolean() })),
  /** Opens the exported document, or the folder it is in (Electron only). */
  'report.open': method(z.object({ path: pathSchema, what: z.enum(['document', 'folder']) }).strict(), z.object({ opened: z.boolean() })),
} as const;
