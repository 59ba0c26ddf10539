// The settings form's schema and helpers, shared by the settings page and the first-start welcome. Messages are
// codes the form turns into text in the UI language (see SettingsForm's errorText).
import { settingsLimits, type Settings, type SettingsPatch } from '../../../../shared/contract/schemas';
import { languageSchema } from '../../../../shared/contract/schemas';
import { z } from '../../../../shared/zod';

export const settingsFormSchema = z.object({
  authorName: z.string().trim().min(1, 'nameRequired').max(settingsLimits.authorName, 'tooLong'),
  authorInitials: z.string().trim().max(settingsLimits.authorInitials, 'tooLong'),
  defaultInterviewer: z.string().trim().max(settingsLimits.defaultInterviewer, 'tooLong'),
  language: languageSchema,
  backupsToKeep: z
    .number('backupsRange')
    .int('backupsRange')
    .min(settingsLimits.backupsToKeep.min, 'backupsRange')
    .max(settingsLimits.backupsToKeep.max, 'backupsRange'),
});
export type SettingsFormInput = z.input<typeof settingsFormSchema>;
export type SettingsFormValues = z.output<typeof settingsFormSchema>;
export type SettingsFieldName = keyof SettingsFormValues;

export function formValuesOf(settings: Settings): SettingsFormInput {
  const { authorName, authorInitials, defaultInterviewer, language, backupsToKeep } = settings;
  return { authorName, authorInitials, defaultInterviewer, language, backupsToKeep };
}

/** Only what differs from the stored settings, so saving an untouched form sends nothing. */
export function changedFields(values: SettingsFormValues, stored: Settings): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(values) as SettingsFieldName[]) {
    if (values[key] !== stored[key]) patch[key] = values[key];
  }
  return patch as SettingsPatch;
}

/**
 * Initials from a name: the first letter of each part, skipping Dutch name particles (van, de, der, ten, ...)
 * unless they are all there is. Example: initialsFrom('Sanne van der Berg') === 'SB'.
 */
export function initialsFrom(name: string): string {
  const particles = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', "'t", 'in', 'op', 'la', 'le', 'du', 'von', 'zu']);
  const parts = name.trim().split(/[\s-]+/).filter(Boolean);
  const main = parts.filter((part) => !particles.has(part.toLowerCase()));
  const chosen = main.length > 0 ? main : parts;
  return chosen
    .map((part) => [...part][0]!.toLocaleUpperCase('nl'))
    .join('')
    .slice(0, settingsLimits.authorInitials);
}

/** The longest text a field takes, for its "at most N characters" message. */
export function maxLength(field: SettingsFieldName): number {
  if (field === 'authorName' || field === 'authorInitials' || field === 'defaultInterviewer') return settingsLimits[field];
  throw new Error(`${field} has no length limit`);
}
