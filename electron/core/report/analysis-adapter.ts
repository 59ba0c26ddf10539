// The analysis as the report needs it: final maturity scores per organisation and theme, code counts by role, and
// the quotes that may appear with their anonymised and named labels. The numbers and labels come from the analysis
// module (electron/core/analysis); this adapter only reshapes them, so the report never scores or counts on its own.
import type { Language } from '../../../shared/i18n/languages';
import type { RespondentRole } from '../../../shared/template/types';
import { listQuotes } from '../analysis/quotes';
import { computeHeatmap } from '../analysis/scores';
import { computeThemes } from '../analysis/themes';
import type { ReadableDb } from '../db/file';

export interface CodeCount {
  readonly codeId: string;
  readonly byRole: Readonly<Partial<Record<RespondentRole, number>>>;
  /** Per role, the mentions counted as a kans and as a knelpunt (a code that can be both is split by how it was used). */
  readonly lean?: { readonly kans: Readonly<Partial<Record<RespondentRole, number>>>; readonly knelpunt: Readonly<Partial<Record<RespondentRole, number>>> };
  readonly total: number;
}

export interface ReportQuote {
  readonly id: string;
  readonly text: string;
  readonly organisationId: string | null;
  /** Roles of the respondents the quote is from. */
  readonly roles: readonly RespondentRole[];
  readonly codeIds: readonly string[];
  readonly dimensionIds: readonly string[];
  /** E.g. "inkoopadviseur, gemeente B". */
  readonly anonymousLabel: string;
  /** The label with names, only when every respondent of the quote consented to be quoted by name. */
  readonly namedLabel: string | null;
}

export interface ReportAnalysis {
  /** The final score (override or suggested) of an organisation on a theme; null when there is no data. */
  score(organisationId: string, dimensionId: string): number | null;
  /** The regional median of a theme over the organisations with a score (2.5 for 2 and 3), as the app shows it; null when none has one. */
  median(dimensionId: string): number | null;
  /** The level that median falls in (rounded down); null when none has a score. */
  medianLevel(dimensionId: string): number | null;
  /** How often each code was mentioned, by the role of who mentioned it; most mentioned first. */
  codeCounts(filter?: { readonly organisationId?: string }): readonly CodeCount[];
  readonly quotes: readonly ReportQuote[];
}

export const emptyAnalysis: ReportAnalysis = {
  score: () => null,
  median: () => null,
  medianLevel: () => null,
  codeCounts: () => [],
  quotes: [],
};

/** Whether a quote has any text to show (tested without copying thousands of texts, as trim() would). */
const hasText = (q: { readonly text: string }) => /\S/.test(q.text);

/** `compute` run once, on first use. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/**
 * The report's analysis. The code counts are computed at once; the scores and the quotes on first use, which the
 * export uses to start drawing the charts (they need only the counts) before the rest is read. Everything is read
 * within one synchronous run of collect and model, so all of it comes from the same state of the file.
 */
export function reportAnalysis(db: ReadableDb, language: Language): ReportAnalysis {
  const themes = computeThemes(db, { language });
  const order = new Map(themes.codes.map((c, i) => [c.codeId, i]));
  const byMentions = (a: CodeCount, b: CodeCount) => b.total - a.total || (order.get(a.codeId) ?? 0) - (order.get(b.codeId) ?? 0);
  const overall: CodeCount[] = themes.codes
    .filter((c) => c.segments > 0)
    .map((c) => ({
      codeId: c.codeId,
      byRole: { procurement: c.byRole.procurement, policy: c.byRole.policy },
      lean: {
        kans: { procurement: c.asKans.byRole.procurement.segments, policy: c.asKans.byRole.policy.segments },
        knelpunt: { procurement: c.asKnelpunt.byRole.procurement.segments, policy: c.asKnelpunt.byRole.policy.segments },
      },
      total: c.segments,
    }))
    .sort(byMentions);
  // Per organisation, computed once for all profile pages.
  const byOrganisation = new Map<string, CodeCount[]>();
  for (const cell of themes.cells) {
    if (cell.segments === 0) continue;
    let list = byOrganisation.get(cell.organisationId);
    if (!list) byOrganisation.set(cell.organisationId, (list = []));
    list.push({ codeId: cell.codeId, byRole: {}, total: cell.segments });
  }
  for (const list of byOrganisation.values()) list.sort(byMentions);

  const heatmap = once(() => {
    const computed = computeHeatmap(db, { view: 'all', language });
    return {
      scores: new Map(computed.cells.map((c) => [`${c.organisationId}/${c.dimensionId}`, c.score])),
      regional: new Map(computed.regional.map((r) => [r.dimensionId, r])),
    };
  });
  const quotes = once((): ReportQuote[] => {
    const dimensionOfCode = new Map(
      (db.prepare('SELECT id, dimension_id FROM codebook_codes WHERE deleted_at IS NULL').all() as { id: string; dimension_id: string | null }[]).map((r) => [r.id, r.dimension_id]),
    );
    // The quote notes: what the consultant marked as quotable. Only without any, coded passages stand in for them.
    const marked = listQuotes(db, {}, { language, origins: ['note'] }).filter(hasText);
    // Quotes with the same code list share one array (see listQuotes), so its themes are worked out once.
    const dimensionsOf = new Map<readonly string[], string[]>();
    const themesOf = (codeIds: readonly string[]) => {
      let found = dimensionsOf.get(codeIds);
      if (!found) dimensionsOf.set(codeIds, (found = [...new Set(codeIds.map((c) => dimensionOfCode.get(c)).filter((d): d is string => !!d))]));
      return found;
    };
    return (marked.length > 0 ? marked : listQuotes(db, {}, { language }).filter(hasText)).map((q) => ({
      id: q.id,
      text: q.text,
      organisationId: q.organisationId,
      roles: q.respondentRoles,
      codeIds: q.codeIds,
      dimensionIds: themesOf(q.codeIds),
      anonymousLabel: q.anonymisedLabel,
      namedLabel: q.namedLabel,
    }));
  });
  return {
    score: (organisationId, dimensionId) => heatmap().scores.get(`${organisationId}/${dimensionId}`) ?? null,
    median: (dimensionId) => heatmap().regional.get(dimensionId)?.median ?? null,
    medianLevel: (dimensionId) => heatmap().regional.get(dimensionId)?.level ?? null,
    codeCounts: (filter = {}) => (filter.organisationId ? (byOrganisation.get(filter.organisationId) ?? []) : overall),
    get quotes() {
      return quotes();
    },
  };
}
