// Every method of the app: name, input schema, output schema. Channel names are derived from these keys.
import { z } from '../zod';
import {
  appInfoSchema,
  browseEntrySchema,
  filePathSchema,
  inventoryFieldsSchema,
  inventoryPatchSchema,
  inventorySchema,
  languageSchema,
  openFileSchema,
  pickedPathSchema,
  recentFileSchema,
  settingsPatchSchema,
  settingsSchema,
} from './schemas';
import { fieldworkMethods } from './fieldwork-methods';
import { reportMethods } from './report';
import { exchangeMethods } from './exchange';
import { shareMethods } from './share';
import { analysisMethods } from './analysis';

const none = z.object({}).strict();

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output } as const;
}

export const methods = {
  'app.info': method(none, appInfoSchema),

  'settings.get': method(none, settingsSchema),
  'settings.update': method(settingsPatchSchema, settingsSchema),

  'files.current': method(none, openFileSchema.nullable()),
  'files.recent': method(none, z.array(recentFileSchema)),
  'files.forgetRecent': method(z.object({ path: filePathSchema }).strict(), z.array(recentFileSchema)),
  'files.create': method(
    z
      .object({
        path: filePathSchema,
        fields: inventoryFieldsSchema.partial().extend({ title: inventoryFieldsSchema.shape.title }).strict(),
        /** 'default': the circular-procurement guide, maturity model and codebook; 'empty': start from scratch. */
        template: z.enum(['default', 'empty']).optional(),
      })
      .strict(),
    openFileSchema,
  ),
  'files.open': method(z.object({ path: filePathSchema }).strict(), openFileSchema),
  /** Writes the fictional demo inventory at `path` (which must not exist) and opens it. */
  'files.createDemo': method(z.object({ path: filePathSchema }).strict(), openFileSchema),
  'files.close': method(none, z.null()),
  'files.saveCopy': method(z.object({ path: filePathSchema }).strict(), z.object({ path: z.string() })),
  'files.browse': method(
    /** files: which files to list besides folders, inventories (default) or Word documents and templates. */
    z.object({ dir: filePathSchema.optional(), files: z.enum(['inventory', 'word']).optional() }).strict(),
    z.object({ dir: z.string(), parent: z.string().nullable(), entries: z.array(browseEntrySchema) }),
  ),
  'files.suggestPath': method(
    z.object({ title: z.string().max(200) }).strict(),
    z.object({ path: z.string() }),
  ),

  'dialog.pickOpenPath': method(none, pickedPathSchema),
  'dialog.pickSavePath': method(z.object({ suggestedName: z.string().max(200) }).strict(), pickedPathSchema),
  /** A .docx or .dotx for the report's house style (native dialog; `native: false` on the web host). */
  'dialog.pickWordPath': method(none, pickedPathSchema),

  'inventory.get': method(none, inventorySchema),
  'inventory.update': method(z.object({ patch: inventoryPatchSchema, base: inventoryFieldsSchema.partial().strict().optional() }).strict(), inventorySchema),

  ...fieldworkMethods,
  ...reportMethods,
  ...exchangeMethods,
  ...shareMethods,
  ...analysisMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const methodNames = Object.keys(methods) as readonly MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(methods, value);
}

export { languageSchema };
