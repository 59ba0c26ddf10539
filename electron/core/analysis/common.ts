// Small read helpers the analysis functions share: the inventory's language, live organisations, the roles of each
// interview's respondents, and the anonymised labels the report uses.
import type { Language } from '../../../shared/i18n/languages';
import { analysisText } from '../../../shared/i18n/features/analysis';
import type { RespondentRole } from '../../../shared/template/types';
import type { ReadableDb } from '../db/file';

export function inventoryLanguage(db: ReadableDb): Language {
  const row = db.prepare('SELECT language FROM inventory').get() as { language: Language } | undefined;
  return row?.language ?? 'nl';
}

/** A bilingual column pair in one language, falling back to Dutch when the English text is empty. */
export function pick(language: Language, nl: string, en: string): string {
  return language === 'en' && en ? en : nl;
}

export interface LiveOrganisation {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly createdAt: string;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Live organisations, alphabetical by name. */
export function liveOrganisations(db: ReadableDb): LiveOrganisation[] {
  const rows = db
    .prepare('SELECT id, name, kind, created_at AS createdAt FROM organisations WHERE deleted_at IS NULL')
    .all() as LiveOrganisation[];
  return rows.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/** The roles of each interview's respondents (an interview with two respondents may have two roles). */
export function interviewRoles(db: ReadableDb): Map<string, RespondentRole[]> {
  const rows = db
    .prepare(
      `SELECT i.id AS interviewId, r.role AS role FROM interviews i, json_each(i.respondent_ids) j
       JOIN respondents r ON r.id = j.value ORDER BY i.id, j.key`,
    )
    .all() as { interviewId: string; role: RespondentRole }[];
  const roles = new Map<string, RespondentRole[]>();
  for (const { interviewId, role } of rows) {
    const list = roles.get(interviewId);
    if (!list) roles.set(interviewId, [role]);
    else if (!list.includes(role)) list.push(role);
  }
  return roles;
}

/** Spreadsheet-style letters: 0 → A, 25 → Z, 26 → AA. */
export function letterOf(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/**
 * The letter each organisation gets in anonymised labels. Rule: organisations of one kind are lettered A, B, C, …
 * in the order they were added to the inventory (created_at, then id), counting deleted ones too. So a letter never
 * changes once given, adding an organisation only adds a letter, and the letters do not follow the alphabetical order
 * of the names (which would let a reader guess who is who).
 */
export function organisationLetters(db: ReadableDb): Map<string, { kind: string; letter: string }> {
  const rows = db.prepare('SELECT id, kind FROM organisations ORDER BY created_at, id').all() as { id: string; kind: string }[];
  const next = new Map<string, number>();
  const letters = new Map<string, { kind: string; letter: string }>();
  for (const row of rows) {
    const index = next.get(row.kind) ?? 0;
    next.set(row.kind, index + 1);
    letters.set(row.id, { kind: row.kind, letter: letterOf(index) });
  }
  return letters;
}

/**
 * The anonymised label of a respondent, e.g. "inkoopadviseur, gemeente B"; roles of several respondents are joined.
 * Example: anonymisedLabel(['procurement'], { kind: 'municipality', letter: 'B' }, 'nl') → 'inkoopadviseur, gemeente B'
 */
export function anonymisedLabel(
  roles: readonly RespondentRole[],
  organisation: { kind: string; letter: string } | null | undefined,
  language: Language,
): string {
  const words = analysisText(language).anonymous;
  const who = roles.length ? roles.map((role) => words[role]).join(language === 'nl' ? ' en ' : ' and ') : words.other;
  const kinds = words.organisation as Readonly<Record<string, string>>;
  const where = organisation ? `${kinds[organisation.kind] ?? kinds.other} ${organisation.letter}` : words.unknownOrganisation;
  return `${who}, ${where}`;
}
