// Soft hyphens (U+00AD) in long words of narrow labels (scale cards, choice labels), so "verantwoordelijkheden"
// breaks as "verantwoordelijk-heden" instead of mid-syllable without a hyphen. Chromium and Electron on Linux have no
// hyphenation dictionaries offline, so the patterns come with the app (the `hyphen` package); CSS `hyphens: manual`
// then uses them, and `overflow-wrap: anywhere` stays the last resort.
import { hyphenateSync as hyphenateDutch } from 'hyphen/nl';
import { hyphenateSync as hyphenateEnglish } from 'hyphen/en-gb';
import type { Language } from '../../../shared/i18n/languages';

/** Words shorter than this never need breaking in our narrowest columns. */
const minWordLength = 10;
const cache = new Map<string, string>();
const cacheLimit = 5000;

/** The text with soft hyphens in its long words, by the rules of its language. */
export function hyphenate(text: string, language: Language): string {
  if (!/\p{L}{10}/u.test(text)) return text;
  const key = `${language}\u0000${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const result = (language === 'nl' ? hyphenateDutch : hyphenateEnglish)(text, { minWordLength });
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, result);
  return result;
}
