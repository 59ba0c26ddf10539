// Data shapes that cross the process boundary. Types are inferred from these schemas, never written twice.
import { z } from '../zod';
import { languages } from '../i18n/languages';

export const languageSchema = z.enum(languages);

/** An absolute path to a file on the user's machine; the core checks existence and kind. */
export const filePathSchema = z
  .string()
  .trim()
  .min(1, 'path is empty')
  .max(4096, 'path is too long')
  .refine((p) => !p.includes('\0'), 'path contains a NUL character');

const isoDate = z.union([z.literal(''), z.iso.date()]);

export const inventoryFieldLimits = {
  title: 200,
  client: 200,
  region: 200,
  description: 20_000,
} as const;

/** The editable fields of an inventory (one engagement, one file). */
export const inventoryFieldsSchema = z
  .object({
    title: z.string().trim().min(1, 'title is required').max(inventoryFieldLimits.title),
    client: z.string().max(inventoryFieldLimits.client),
    region: z.string().max(inventoryFieldLimits.region),
    periodStart: isoDate,
    periodEnd: isoDate,
    description: z.string().max(inventoryFieldLimits.description),
    language: languageSchema,
  })
  .strict();
export type InventoryFields = z.infer<typeof inventoryFieldsSchema>;
export const inventoryFieldNames = Object.keys(inventoryFieldsSchema.shape) as readonly (keyof InventoryFields)[];

export const inventorySchema = inventoryFieldsSchema.extend({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Inventory = z.infer<typeof inventorySchema>;

export const inventoryPatchSchema = inventoryFieldsSchema
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'patch has no fields')
  .refine((p) => !(p.periodStart && p.periodEnd && p.periodStart > p.periodEnd), {
    message: 'period ends before it starts',
    path: ['periodEnd'],
  });
export type InventoryPatch = z.infer<typeof inventoryPatchSchema>;

export const openFileSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  readOnly: z.boolean(),
  schemaVersion: z.number().int(),
  /** Set when the file was migrated on open: where the pre-migration copy was written. */
  backupPath: z.string().nullable(),
  inventory: inventorySchema,
});
export type OpenFile = z.infer<typeof openFileSchema>;

export const recentFileSchema = z.object({
  path: z.string(),
  title: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentFile = z.infer<typeof recentFileSchema>;

export const settingsLimits = {
  authorName: 120,
  authorInitials: 8,
  defaultInterviewer: 120,
  backupsToKeep: { min: 0, max: 100 },
} as const;

/** Per-installation settings. The author name is recorded with every change made from this installation. */
export const settingsSchema = z.object({
  language: languageSchema,
  /** The user's own name; '' until the user gives it (the app then asks on first start). */
  authorName: z.string().max(settingsLimits.authorName),
  authorInitials: z.string().max(settingsLimits.authorInitials),
  /** Interviewer filled in for a new interview; '' means the author name. */
  defaultInterviewer: z.string().max(settingsLimits.defaultInterviewer),
  /** How many automatic backups of a file are kept; 0 turns them off. */
  backupsToKeep: z.number().int().min(settingsLimits.backupsToKeep.min).max(settingsLimits.backupsToKeep.max),
  /** False until the user has confirmed their name (the first-start welcome dialog). */
  identityConfirmed: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What `settings.update` accepts: any editable field; `identityConfirmed` follows from giving a name. */
export const settingsPatchSchema = z
  .object({
    language: languageSchema,
    authorName: z.string().trim().min(1).max(settingsLimits.authorName),
    authorInitials: z.string().trim().max(settingsLimits.authorInitials),
    defaultInterviewer: z.string().trim().max(settingsLimits.defaultInterviewer),
    backupsToKeep: settingsSchema.shape.backupsToKeep,
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  transport: z.enum(['electron', 'web', 'in-process']),
  /** Folder the in-app file chooser starts in (web host), or the last folder used. */
  documentsDir: z.string(),
  deviceId: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const browseEntrySchema = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['dir', 'inventory', 'word']),
  modifiedAt: z.string(),
});
export type BrowseEntry = z.infer<typeof browseEntrySchema>;

export const pickedPathSchema = z.object({
  /** null: the user cancelled. */
  path: z.string().nullable(),
  /** false: this transport has no native dialog; the renderer offers its own chooser. */
  native: z.boolean(),
});
export type PickedPath = z.infer<typeof pickedPathSchema>;

export const inventoryCountsSchema = z.record(z.string(), z.number().int());
