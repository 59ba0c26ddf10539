// Everything the report is built from, read from the open file in one go: the fieldwork rows, the report's own
// options and narratives, and the analysis (scores, code counts, quotes) computed by the analysis module.
import type { Code, Guide, Interview, KnowledgeSession, Note, Organisation, Recommendation, Respondent } from '../../../shared/contract/fieldwork';
import type { ChapterKey, ReportOptionsFields } from '../../../shared/contract/report';
import type { Inventory } from '../../../shared/contract/schemas';
import type { ReadableDb } from '../db/file';
import { getGuide } from '../guides/guide';
import { getInventory } from '../inventories/inventory';
import { listNotes, listRecommendations, listSessions } from '../notes/notes';
import { listOrganisations } from '../organisations/organisations';
import { listRespondents } from '../people/respondents';
import { reportAnalysis, type ReportAnalysis } from './analysis-adapter';
import { listNarratives, readOptionsRow } from './store';

export interface ReportData {
  readonly inventory: Inventory;
  readonly options: ReportOptionsFields;
  readonly houseStyleXml: string;
  readonly narratives: Readonly<Record<ChapterKey, string>>;
  readonly organisations: readonly Organisation[];
  readonly respondents: readonly Respondent[];
  /** Interviews that took place (held, processed or validated); planned ones are not evidence yet. */
  readonly interviews: readonly ReportInterview[];
  readonly guide: Guide;
  readonly codes: readonly Code[];
  /** Notes taken in a knowledge session (interview notes reach the report through the analysis). */
  readonly notes: readonly Note[];
  readonly sessions: readonly KnowledgeSession[];
  readonly recommendations: readonly Recommendation[];
  readonly analysis: ReportAnalysis;
  /** The date the report is made, for the cover when no date is set (ISO). */
  readonly today: string;
}

/** What the report needs of an interview; read in one query, without the counts the interview list computes. */
export interface ReportInterview {
  readonly id: string;
  readonly organisationId: string | null;
  readonly respondentIds: readonly string[];
  readonly scheduledAt: string;
  readonly status: Interview['status'];
}

function heldInterviews(db: ReadableDb): ReportInterview[] {
  const rows = db
    .prepare("SELECT id, organisation_id, respondent_ids, scheduled_at, status FROM interviews WHERE deleted_at IS NULL AND status <> 'planned' ORDER BY scheduled_at, id")
    .all() as { id: string; organisation_id: string | null; respondent_ids: string; scheduled_at: string; status: Interview['status'] }[];
  return rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, respondentIds: JSON.parse(r.respondent_ids) as string[], scheduledAt: r.scheduled_at, status: r.status }));
}

/** What the charts are drawn from, read before the rest of the file so the export can start drawing them. */
export type ReportCounts = Pick<ReportData, 'options' | 'codes' | 'analysis'>;

export interface CollectOptions {
  /** Options that take the place of the stored ones (the CLI's --lang and --names). Applied before the analysis is
   * read, since its labels ("inkoopadviseur, gemeente B") are in the report's language. */
  readonly overrides?: Partial<ReportOptionsFields>;
  /** Called as soon as the code counts are read, before the rest: the export starts drawing the charts here. */
  readonly onCounts?: (counts: ReportCounts) => void;
}

export function collectReportData(db: ReadableDb, today = new Date().toISOString().slice(0, 10), collect: CollectOptions = {}): ReportData {
  const optionsRow = readOptionsRow(db);
  const { houseStyleXml, houseStyleName: _name, updatedAt: _at, ...stored } = optionsRow;
  const options: ReportOptionsFields = collect.overrides ? { ...stored, ...collect.overrides } : stored;
  const guide = getGuide(db);
  const analysis = reportAnalysis(db, options.language);
  collect.onCounts?.({ options, codes: guide.codes, analysis });
  const interviews = heldInterviews(db);
  const sessions = listSessions(db);
  return {
    inventory: getInventory(db),
    options,
    houseStyleXml,
    narratives: Object.fromEntries(listNarratives(db).map((n) => [n.chapter, n.body])) as Record<ChapterKey, string>,
    organisations: listOrganisations(db),
    respondents: listRespondents(db),
    interviews,
    guide,
    codes: guide.codes,
    notes: sessions.flatMap((session) => listNotes(db, { sessionId: session.id })),
    sessions,
    recommendations: listRecommendations(db),
    analysis,
    today,
  };
}
