// Comparing names and searching lists the way people expect (case, accents and extra spaces do not matter), and
// the calendar days of date inputs: today, and a day as the UI language writes it.

/** "  Gemeente  Ede " and "gemeente ede" are the same name. */
export function sameName(a: string, b: string): boolean {
  const left = nameKey(a);
  return left !== '' && left === nameKey(b);
}

export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** Lower case without diacritics, so "eenheid" finds "één". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

/** True when every word of the query occurs in one of the texts. */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchKey(texts.join('\n'));
  return words.every((word) => haystack.includes(word));
}

/** Today in the user's time zone as yyyy-mm-dd, the format of date inputs. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A yyyy-mm-dd date (or an ISO timestamp) as the UI language writes it, e.g. "12 maart 2026"; "" stays "". */
export function formatDay(iso: string, locale: string, style: 'long' | 'medium' = 'long'): string {
  if (!iso) return '';
  // A bare date is a calendar day, not midnight UTC: read it as local so it never shifts a day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: style }).format(date);
}
