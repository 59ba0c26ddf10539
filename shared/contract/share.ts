// Contract methods for sharing a copy, backups, shared folders (presence, sync clients' conflicted copies) and reusing
// a guide from another inventory file.
import { z } from '../zod';
import { filePathSchema, openFileSchema } from './schemas';

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output } as const;
}

const none = z.object({}).strict();
/** Passphrases are never stored; the limit only keeps a pasted novel from reaching scrypt. */
const passphraseSchema = z.string().max(1024);

export const backupReasonSchema = z.enum(['open', 'migration', 'merge', 'restore', 'import', 'manual']);

export const backupSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: backupReasonSchema,
  sourcePath: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  inventoryTitle: z.string(),
  counts: z.record(z.string(), z.number().int()),
  sizeBytes: z.number().int(),
});
export type Backup = z.infer<typeof backupSchema>;

export const presenceSchema = z.object({
  author: z.string(),
  device: z.string(),
  since: z.string(),
  heartbeat: z.string(),
  readOnly: z.boolean(),
  /** This installation (another window, or an earlier run of the app). */
  sameDevice: z.boolean(),
});
export type Presence = z.infer<typeof presenceSchema>;

export const conflictedCopySchema = z.object({
  path: z.string(),
  fileName: z.string(),
  modifiedAt: z.string(),
  /** Which sync client's naming it matches. */
  pattern: z.enum(['dropbox', 'onedrive', 'google-drive', 'nextcloud', 'syncthing']),
});
export type ConflictedCopy = z.infer<typeof conflictedCopySchema>;

export const reusePartSchema = z.enum(['guide', 'maturity', 'codebook']);
export type ReusePart = z.infer<typeof reusePartSchema>;

const bilingualText = z.object({ nl: z.string(), en: z.string() });

export const reusePreviewSchema = z.object({
  path: z.string(),
  inventoryTitle: z.string(),
  sameInventory: z.boolean(),
  guide: z.array(z.object({ title: bilingualText, questions: z.array(bilingualText) })),
  maturity: z.object({ levels: z.array(bilingualText), dimensions: z.array(z.object({ code: z.string(), name: bilingualText })) }),
  codebook: z.array(z.object({ code: z.string(), label: bilingualText, polarity: z.string() })),
});
export type ReusePreview = z.infer<typeof reusePreviewSchema>;

export const reuseResultSchema = z.object({
  sections: z.number().int(),
  questions: z.number().int(),
  dimensions: z.number().int(),
  levels: z.number().int(),
  codes: z.number().int(),
  backupId: z.string(),
});
export type ReuseResult = z.infer<typeof reuseResultSchema>;

export const shareMethods = {
  /** Writes a clean copy of the open inventory at `path`, sealed when a passphrase is given (typed twice). */
  'share.create': method(
    z
      .object({
        path: filePathSchema,
        passphrase: passphraseSchema.optional(),
        passphraseRepeat: passphraseSchema.optional(),
      })
      .strict(),
    z.object({ path: z.string(), encrypted: z.boolean(), sizeBytes: z.number().int() }),
  ),
  /** A default name for the share copy beside the open file. */
  'share.suggestPath': method(none, z.object({ path: z.string() })),
  /** Whether a file is a sealed share copy (the open flow then asks for the passphrase). */
  'share.inspect': method(z.object({ path: filePathSchema }).strict(), z.object({ encrypted: z.boolean() })),
  /** Opens a sealed copy with its passphrase: writes the plain inventory beside it (or at `target`) and opens that. */
  'share.openEncrypted': method(
    z.object({ path: filePathSchema, passphrase: passphraseSchema, target: filePathSchema.optional() }).strict(),
    openFileSchema,
  ),

  'backups.list': method(
    none,
    z.object({
      backups: z.array(backupSchema),
      folder: z.string(),
      keep: z.number().int(),
      /** Why the automatic backup on open failed, in the user's language; null when it worked. */
      problem: z.string().nullable(),
    }),
  ),
  'backups.create': method(none, backupSchema),
  /** Restores a backup into the open file, after backing up its current state; reopens the file. */
  'backups.restore': method(
    z.object({ id: z.string().min(1).max(120) }).strict(),
    z.object({ restored: backupSchema, safety: backupSchema, file: openFileSchema }),
  ),

  /** Who else has the open file open, unreadable markers, and sync clients' conflicted copies beside it. */
  'presence.status': method(
    none,
    z.object({
      others: z.array(presenceSchema),
      /** Markers that could not be read (garbage in them); ignored, and left alone. */
      unreadable: z.array(z.string()),
      conflictedCopies: z.array(conflictedCopySchema),
    }),
  ),
  /** Reopens the open file read-only (someone else is writing it). */
  'presence.reopenReadOnly': method(none, openFileSchema),
  /** Makes a personal copy of the open file beside it and opens that instead (to merge back later). */
  'presence.personalCopy': method(none, openFileSchema),

  /** What another inventory file's guide, maturity model and codebook hold. Only those parts are read. */
  'reuse.preview': method(
    z.object({ path: filePathSchema, passphrase: passphraseSchema.optional() }).strict(),
    reusePreviewSchema,
  ),
  /** Imports the chosen parts as copies with new ids, after a backup; 'replace' first removes (soft-deletes) the current ones. */
  'reuse.import': method(
    z
      .object({
        path: filePathSchema,
        passphrase: passphraseSchema.optional(),
        parts: z.array(reusePartSchema).min(1),
        mode: z.enum(['append', 'replace']),
      })
      .strict(),
    reuseResultSchema,
  ),
} as const;
