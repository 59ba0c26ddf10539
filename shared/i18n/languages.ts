// Languages the UI and the report speak. Dutch first.
export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'nl';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Picks nl or en from a locale string such as `en-GB` or `nl_NL.UTF-8`; Dutch when unsure. */
export function languageFromLocale(locale: string | undefined): Language {
  const lower = (locale ?? '').toLowerCase();
  return lower.startsWith('en') ? 'en' : defaultLanguage;
}
