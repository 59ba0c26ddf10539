// What the analysis views watch and a few helpers they share: labels in the UI language, level names, the
// organisations' order.
import type { Guide } from '../../../../shared/contract/fieldwork';
import type { Language } from '../../../../shared/i18n/languages';

/** Every kind of row an analysis figure depends on: a change to any of them reloads the view. */
export const analysisEntities: readonly string[] = [
  'answers',
  'interviews',
  'notes',
  'guide',
  'organisations',
  'respondents',
  'sessions',
  'recommendations',
  'segments',
  'scores',
  'overrides',
];

/** A bilingual text in the UI language, falling back to Dutch. */
export function inLanguage(text: { readonly nl: string; readonly en: string }, language: Language): string {
  return text[language] || text.nl;
}

/** The name of a maturity level from the guide, e.g. "Toepassend". */
export function levelName(guide: Guide, level: number, language: Language): string {
  const found = guide.levels.find((l) => l.level === level);
  return found ? inLanguage(found.name, language) : String(level);
}

/** Where to open a source in context: the interview for answers and interview notes, else the list it lives in. */
export function sourceHref(kind: 'answer' | 'explanation' | 'note' | 'session' | 'recommendation', interviewId: string | null, routes: { interview: string; notes: string; sessions: string; recommendations: string }): string {
  if (interviewId && (kind === 'answer' || kind === 'explanation' || kind === 'note')) return routes.interview.replace(':id', encodeURIComponent(interviewId));
  if (kind === 'session') return routes.sessions;
  if (kind === 'recommendation') return routes.recommendations;
  return routes.notes;
}
