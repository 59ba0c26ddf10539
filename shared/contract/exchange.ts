// Merging a colleague's copy of the inventory: the summary of a merge, its history, and the conflicts it leaves for
// the user to resolve. Types are inferred from these schemas.
import { z } from '../zod';
import { filePathSchema } from './schemas';

export const mergeKindCountsSchema = z.object({
  entity: z.string(),
  added: z.number().int(),
  changed: z.number().int(),
  deleted: z.number().int(),
  restored: z.number().int(),
  mergedTexts: z.number().int(),
  conflicts: z.number().int(),
});
export type MergeKindCounts = z.infer<typeof mergeKindCountsSchema>;

export const mergeSummarySchema = z.object({
  sourceFile: z.string(),
  /** The file held nothing this one did not have already; nothing was changed. */
  nothingNew: z.boolean(),
  /** Copy of the local file made before merging. */
  backupPath: z.string().nullable(),
  /** Change-log entries taken in. */
  changes: z.number().int(),
  kinds: z.array(mergeKindCountsSchema),
  /** Conflicts open in the file after the merge. */
  openConflicts: z.number().int(),
  historyId: z.string().nullable(),
  sourceAuthors: z.array(z.string()),
  sourceDevices: z.array(z.string()),
});
export type MergeSummary = z.infer<typeof mergeSummarySchema>;

export const mergeHistoryEntrySchema = z.object({
  id: z.string(),
  mergedAt: z.string(),
  deviceId: z.string(),
  author: z.string(),
  sourceFile: z.string(),
  sourceDevices: z.array(z.string()),
  sourceAuthors: z.array(z.string()),
  summary: z.object({ changes: z.number().int(), kinds: z.array(mergeKindCountsSchema) }),
});
export type MergeHistoryEntry = z.infer<typeof mergeHistoryEntrySchema>;

const jsonValue = z.unknown();

export const conflictVersionSchema = z.object({
  hlc: z.string(),
  deviceId: z.string(),
  author: z.string(),
  /** When this version was written (from its clock stamp). */
  at: z.string(),
  value: jsonValue,
});
export type ConflictVersion = z.infer<typeof conflictVersionSchema>;

export const conflictSchema = z.object({
  entity: z.string(),
  rowId: z.string(),
  field: z.string(),
  /** A short description of the row, e.g. the first words of a note or the question code of an answer. */
  rowLabel: z.string(),
  base: jsonValue,
  shown: jsonValue,
  versions: z.array(conflictVersionSchema),
  foundAt: z.string(),
});
export type Conflict = z.infer<typeof conflictSchema>;

const cellSchema = z
  .object({
    entity: z.string().min(1).max(64).regex(/^[a-z_]+$/),
    rowId: z.string().min(1).max(140).regex(/^[0-9A-Za-z/-]+$/),
    field: z.string().min(1).max(64).regex(/^[A-Za-z]+$/),
  })
  .strict();

const resolvedValueSchema = z.union([z.string().max(50_000), z.object({ nl: z.string().max(50_000), en: z.string().max(50_000) }).strict()]);

export const exchangeMethods = {
  /** Merges a colleague's copy of this inventory into the open file, after a backup. */
  'merge.run': {
    input: z.object({ path: filePathSchema, passphrase: z.string().max(1000).optional() }).strict(),
    output: mergeSummarySchema,
  },
  'merge.history': { input: z.object({}).strict(), output: z.array(mergeHistoryEntrySchema) },
  'conflicts.list': { input: z.object({}).strict(), output: z.array(conflictSchema) },
  'conflicts.count': { input: z.object({}).strict(), output: z.object({ count: z.number().int() }) },
  /** Resolves a conflict with the chosen or combined text; an ordinary logged change written on top of every version. */
  'conflicts.resolve': {
    input: cellSchema.extend({ value: resolvedValueSchema }).strict(),
    output: z.object({ count: z.number().int() }),
  },
} as const;
