// Picking the text of a Dutch/English pair in the UI language, with the other language as a marked fallback.
// Pure, so it can be tested without a DOM.
import type { Language } from '../../../shared/i18n/languages';

export interface BilingualText {
  readonly nl: string;
  readonly en: string;
}

export interface PickedText {
  readonly text: string;
  /** The language the text is in when it is not the UI language (a fallback), else null. */
  readonly fallbackFrom: Language | null;
}

const other: Readonly<Record<Language, Language>> = { nl: 'en', en: 'nl' };

export function pickText(value: BilingualText, language: Language): PickedText {
  const own = value[language].trim();
  if (own) return { text: value[language], fallbackFrom: null };
  const alternative = value[other[language]];
  return alternative.trim() ? { text: alternative, fallbackFrom: other[language] } : { text: '', fallbackFrom: null };
}

