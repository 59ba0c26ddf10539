// The interview planner's rules: every organisation listed, filters, and what is still missing.
import { describe, expect, it } from 'vitest';
import type { Interview, Organisation, Respondent } from '../../../shared/contract/fieldwork';
import { filterGroups, groupByOrganisation, missingWork, nothingMissing, statusCounts } from '../../../renderer/src/features/interviews/planner';

const organisation = (id: string, name: string) => ({ id, name, kind: 'municipality' }) as Organisation;
const respondent = (id: string, organisationId: string) => ({ id, organisationId, name: id }) as Respondent;
const interview = (id: string, organisationId: string | null, fields: Partial<Interview> = {}) =>
  ({ id, organisationId, respondentIds: [], status: 'planned', scheduledAt: '', answeredCount: 0, questionCount: 40, createdAt: id, ...fields }) as Interview;

const organisations = [organisation('o1', 'Gemeente Wageningen'), organisation('o2', 'Gemeente Ede'), organisation('o3', 'Gemeente Rhenen')];
const respondents = [respondent('r1', 'o1'), respondent('r2', 'o2'), respondent('r3', 'o3')];
const interviews = [
  interview('i1', 'o2', { respondentIds: ['r2'], status: 'held', scheduledAt: '2026-03-03T09:30', answeredCount: 12 }),
  interview('i2', 'o2', { status: 'planned' }),
  interview('i3', 'o1', { respondentIds: ['r1'], status: 'validated', scheduledAt: '2026-02-26T10:00', answeredCount: 40 }),
  interview('i4', null, { status: 'processed', scheduledAt: '2026-03-01T10:00', answeredCount: 40 }),
];

describe('the interview planner', () => {
  it('lists every organisation by name, also those without interviews, and interviews without one last', () => {
    const groups = groupByOrganisation(organisations, respondents, interviews, 'nl-NL');
    expect(groups.map((g) => g.organisation?.name ?? null)).toEqual(['Gemeente Ede', 'Gemeente Rhenen', 'Gemeente Wageningen', null]);
    // Dated interviews first, undated after.
    expect(groups[0]!.interviews.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(groups[1]!.interviews).toEqual([]);
  });

  it('filters by status and organisation; a status filter hides organisations without a match', () => {
    const groups = groupByOrganisation(organisations, respondents, interviews, 'nl-NL');
    expect(filterGroups(groups, { status: 'held', organisationId: null }).map((g) => g.organisation?.id)).toEqual(['o2']);
    expect(filterGroups(groups, { status: null, organisationId: 'o3' }).map((g) => [g.organisation?.id, g.interviews.length])).toEqual([['o3', 0]]);
    expect(statusCounts(interviews)).toEqual({ planned: 1, held: 1, processed: 1, validated: 1 });
  });

  it('says what is still missing', () => {
    const missing = missingWork(organisations, respondents, interviews);
    expect(missing.organisations.map((o) => o.id)).toEqual(['o3']);
    expect(missing.respondents.map((r) => r.id)).toEqual(['r3']);
    expect(missing.undated.map((i) => i.id)).toEqual(['i2']);
    expect(missing.unanswered.map((i) => i.id)).toEqual(['i1']);
    expect(missing.unvalidated.map((i) => i.id)).toEqual(['i1', 'i2', 'i4']);
    expect(nothingMissing(missing)).toBe(false);
    expect(nothingMissing(missingWork([organisations[0]!], [respondents[0]!], [interviews[2]!]))).toBe(true);
  });
});
