// Pure rules of the interview planner: interviews grouped per organisation (every organisation, also those
// without interviews), counts per status, the filters, and "what is still missing".
import type { Interview, Organisation, Respondent } from '../../../../shared/contract/fieldwork';
import { interviewStatuses } from '../../../../shared/contract/fieldwork';

export type InterviewStatus = (typeof interviewStatuses)[number];

export interface OrganisationGroup {
  /** null: interviews whose organisation is not set (or was deleted). */
  readonly organisation: Organisation | null;
  readonly respondents: readonly Respondent[];
  readonly interviews: readonly Interview[];
}

export interface PlannerFilter {
  readonly status: InterviewStatus | null;
  readonly organisationId: string | null;
}

function byScheduledAt(a: Interview, b: Interview): number {
  // Undated interviews last; otherwise by date, then by when they were planned.
  if ((a.scheduledAt === '') !== (b.scheduledAt === '')) return a.scheduledAt === '' ? 1 : -1;
  return a.scheduledAt.localeCompare(b.scheduledAt) || a.createdAt.localeCompare(b.createdAt);
}

export function groupByOrganisation(
  organisations: readonly Organisation[],
  respondents: readonly Respondent[],
  interviews: readonly Interview[],
  locale: string,
): OrganisationGroup[] {
  const known = new Set(organisations.map((o) => o.id));
  const groups: OrganisationGroup[] = [...organisations]
    .sort((a, b) => a.name.localeCompare(b.name, locale, { sensitivity: 'base', numeric: true }))
    .map((organisation) => ({
      organisation,
      respondents: respondents.filter((r) => r.organisationId === organisation.id),
      interviews: interviews.filter((i) => i.organisationId === organisation.id).sort(byScheduledAt),
    }));
  const loose = interviews.filter((i) => i.organisationId === null || !known.has(i.organisationId)).sort(byScheduledAt);
  if (loose.length > 0) groups.push({ organisation: null, respondents: [], interviews: loose });
  return groups;
}

export function matchesFilter(interview: Interview, filter: PlannerFilter): boolean {
  return filter.status === null || interview.status === filter.status;
}

/** The groups to show: an organisation filter keeps one group; a status filter hides groups without a match. */
export function filterGroups(groups: readonly OrganisationGroup[], filter: PlannerFilter): OrganisationGroup[] {
  return groups
    .filter((g) => filter.organisationId === null || g.organisation?.id === filter.organisationId)
    .map((g) => ({ ...g, interviews: g.interviews.filter((i) => matchesFilter(i, filter)) }))
    .filter((g) => filter.status === null || g.interviews.length > 0);
}

export function statusCounts(interviews: readonly Interview[]): Readonly<Record<InterviewStatus, number>> {
  const counts = { planned: 0, held: 0, processed: 0, validated: 0 };
  for (const interview of interviews) counts[interview.status] += 1;
  return counts;
}

export interface MissingWork {
  readonly organisations: readonly Organisation[];
  readonly respondents: readonly Respondent[];
  readonly undated: readonly Interview[];
  /** Held or processed, with questions that have neither an answer nor "n.v.t. / weet niet". */
  readonly unanswered: readonly Interview[];
  /** Every interview not yet validated with the respondent. */
  readonly unvalidated: readonly Interview[];
}

export function missingWork(organisations: readonly Organisation[], respondents: readonly Respondent[], interviews: readonly Interview[]): MissingWork {
  const interviewed = new Set(interviews.flatMap((i) => i.respondentIds));
  const withInterview = new Set(interviews.map((i) => i.organisationId));
  const afterHeld = interviews.filter((i) => i.status === 'held' || i.status === 'processed');
  return {
    organisations: organisations.filter((o) => !withInterview.has(o.id)),
    respondents: respondents.filter((r) => !interviewed.has(r.id)),
    undated: interviews.filter((i) => i.scheduledAt === ''),
    unanswered: afterHeld.filter((i) => i.answeredCount < i.questionCount),
    unvalidated: interviews.filter((i) => i.status !== 'validated'),
  };
}

export function nothingMissing(missing: MissingWork): boolean {
  return Object.values(missing).every((list: readonly unknown[]) => list.length === 0);
}
