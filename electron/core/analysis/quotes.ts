// Quotes: quote notes and coded segments, with the respondents' consent and the anonymised label the report uses.
// A quote may be used by name only when every respondent of its interview consented to being quoted by name.
import type { MentionFilter, Quote } from '../../../shared/contract/analysis';
import type { Language } from '../../../shared/i18n/languages';
import { analysisText } from '../../../shared/i18n/features/analysis';
import type { RespondentRole } from '../../../shared/template/types';
import type { ReadableDb } from '../db/file';
import { anonymisedLabel, inventoryLanguage, liveOrganisations, organisationLetters } from './common';
import { listMentions } from './themes';

interface Person {
  readonly name: string;
  readonly role: RespondentRole;
  readonly jobTitle: string;
  readonly consent: boolean;
}

function interviewPeople(db: ReadableDb): Map<string, { ids: string[]; people: Person[] }> {
  const rows = db
    .prepare(
      `SELECT i.id AS interviewId, r.id AS respondentId, r.name, r.role, r.job_title AS jobTitle,
              r.consent_quote_by_name = 1 AND r.forgotten_at IS NULL AS consent
       FROM interviews i JOIN json_each(i.respondent_ids) j JOIN respondents r ON r.id = j.value ORDER BY i.id, j.key`,
    )
    .all() as { interviewId: string; respondentId: string; name: string; role: RespondentRole; jobTitle: string; consent: number }[];
  const map = new Map<string, { ids: string[]; people: Person[] }>();
  for (const row of rows) {
    let entry = map.get(row.interviewId);
    if (!entry) map.set(row.interviewId, (entry = { ids: [], people: [] }));
    entry.ids.push(row.respondentId);
    entry.people.push({ name: row.name, role: row.role, jobTitle: row.jobTitle, consent: row.consent === 1 });
  }
  return map;
}

/**
 * Quote notes (with their whole-note codes) and every coded segment, filterable by code, organisation and role.
 * Example: listQuotes(db, { codeId }) → the quotes the report can show for one code
 */
export function listQuotes(
  db: ReadableDb,
  filter: MentionFilter = {},
  options: { language?: Language; /** Only quotes of these origins (the report takes quote notes first). */ origins?: readonly Quote['origin'][] } = {},
): Quote[] {
  const language = options.language ?? inventoryLanguage(db);
  const letters = organisationLetters(db);
  const organisations = new Map(liveOrganisations(db).map((o) => [o.id, o.name]));
  const people = interviewPeople(db);
  const segmentUseByName = db.prepare('SELECT use_by_name FROM coded_segments WHERE id = ?');

  type QuoteFields = Omit<Quote, 'consent' | 'anonymisedLabel' | 'namedLabel' | 'consentWarning' | 'respondentIds' | 'respondentRoles' | 'organisationName'>;
  /** One literal with every field in a fixed order (not spreads), so all quotes share one object shape. */
  const quoteOf = (q: QuoteFields, facts: SourceFacts): Quote => ({
    id: q.id,
    origin: q.origin,
    text: q.text,
    codeIds: q.codeIds,
    sourceKind: q.sourceKind,
    sourceId: q.sourceId,
    organisationId: q.organisationId,
    organisationName: facts.organisationName,
    interviewId: q.interviewId,
    respondentIds: facts.respondentIds,
    respondentRoles: facts.respondentRoles,
    consent: facts.consent,
    anonymisedLabel: facts.anonymisedLabel,
    namedLabel: facts.namedLabel,
    useByName: q.useByName,
    consentWarning: q.useByName && facts.consent !== 'by_name',
  });
  // Coded segments can give the same passage twice (one per code): they are merged into one quote with both codes.
  const segmentQuotes = new Map<string, Quote>();
  const addSegment = (q: QuoteFields) => {
    const existing = segmentQuotes.get(q.id);
    if (existing) {
      if (!existing.codeIds.some((c) => q.codeIds.includes(c))) segmentQuotes.set(q.id, { ...existing, codeIds: [...existing.codeIds, ...q.codeIds] });
      return;
    }
    segmentQuotes.set(q.id, quoteOf(q, sourceFacts(q)));
  };
  // What a quote's source gives it (roles, consent, labels) depends only on its interview, organisation and kind, so
  // it is worked out once per source rather than once per quote (thousands of quote notes share a thousand interviews).
  type SourceFacts = Pick<Quote, 'organisationName' | 'respondentIds' | 'respondentRoles' | 'consent' | 'anonymisedLabel' | 'namedLabel'>;
  const factsBySource = new Map<string, SourceFacts>();
  const sourceFacts = (q: Pick<Quote, 'interviewId' | 'organisationId' | 'sourceKind'>): SourceFacts => {
    const sessionLike = q.sourceKind === 'session' || (!q.interviewId && q.sourceKind === 'note');
    const key = `${q.interviewId ?? ''}|${q.organisationId ?? ''}|${sessionLike ? 's' : ''}`;
    const known = factsBySource.get(key);
    if (known) return known;
    const who = q.interviewId ? people.get(q.interviewId) : undefined;
    const roles = [...new Set((who?.people ?? []).map((p) => p.role))];
    const consent: Quote['consent'] = !who || who.people.length === 0 ? 'unknown' : who.people.every((p) => p.consent) ? 'by_name' : 'anonymous';
    const organisationName = q.organisationId ? (organisations.get(q.organisationId) ?? null) : null;
    const label = sessionLike
      ? analysisText(language).anonymous.session
      : anonymisedLabel(roles, q.organisationId ? letters.get(q.organisationId) : null, language);
    const namedLabel =
      consent === 'by_name' && who
        ? `${who.people.map((p) => (p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name)).join(', ')}${organisationName ? `, ${organisationName}` : ''}`
        : null;
    const facts: SourceFacts = { organisationName, respondentIds: who?.ids ?? [], respondentRoles: roles, consent, anonymisedLabel: label, namedLabel };
    factsBySource.set(key, facts);
    return facts;
  };

  // Quote notes, coded or not.
  const wantNotes = !options.origins || options.origins.includes('note');
  // Read as arrays rather than row objects: a large inventory has thousands of quote notes.
  const noteRows = !wantNotes ? [] : db
    .prepare(
      `SELECT n.id, n.text, n.code_ids, n.interview_id, n.use_by_name, i.organisation_id FROM notes n LEFT JOIN interviews i ON i.id = n.interview_id
       WHERE n.kind = 'quote' AND n.deleted_at IS NULL AND (n.interview_id IS NULL OR i.deleted_at IS NULL) ORDER BY n.created_at, n.id`,
    )
    .raw()
    .all() as [id: string, text: string, codeIds: string, interviewId: string | null, useByName: number, organisationId: string | null][];
  const liveCode = new Set((db.prepare('SELECT id FROM codebook_codes WHERE deleted_at IS NULL').all() as { id: string }[]).map((r) => r.id));
  // Note ids are unique, so each quote note is a new quote (no merging as for segments); the code lists of thousands
  // of notes repeat a few hundred distinct ones, so each is parsed and checked once; and what a note's source gives
  // it depends on its interview alone (the organisation is the interview's), so that is looked up by interview.
  const liveCodesOf = new Map<string, string[]>();
  const factsOfInterview = new Map<string, SourceFacts>();
  const noteQuotes: Quote[] = [];
  for (const [id, text, codeIds, interviewId, useByName, organisationId] of noteRows) {
    if (organisationId && !organisations.has(organisationId)) continue;
    let codes = liveCodesOf.get(codeIds);
    if (!codes) liveCodesOf.set(codeIds, (codes = (JSON.parse(codeIds) as string[]).filter((c) => liveCode.has(c))));
    const q: QuoteFields = {
      id: `note:${id}`,
      origin: 'note',
      text,
      codeIds: codes,
      sourceKind: 'note',
      sourceId: id,
      organisationId,
      interviewId,
      useByName: useByName === 1,
    };
    let facts = interviewId ? factsOfInterview.get(interviewId) : undefined;
    if (!facts) {
      facts = sourceFacts(q);
      if (interviewId) factsOfInterview.set(interviewId, facts);
    }
    noteQuotes.push(quoteOf(q, facts));
  }
  // Coded segments.
  const wantSegments = !options.origins || options.origins.includes('segment');
  const segments = wantSegments ? listMentions(db, { codeId: filter.codeId, organisationId: filter.organisationId, role: filter.role, origins: ['segment'] }) : [];
  for (const mention of segments) {
    if (mention.origin !== 'segment' || mention.textRemoved) continue;
    addSegment({
      id: `segment:${mention.id}`,
      origin: 'segment',
      text: mention.text,
      codeIds: [mention.codeId],
      sourceKind: mention.sourceKind,
      sourceId: mention.sourceId,
      organisationId: mention.organisationId,
      interviewId: mention.interviewId,
      useByName: (segmentUseByName.get(mention.id) as { use_by_name: number }).use_by_name === 1,
    });
  }
  const all = segmentQuotes.size > 0 ? [...noteQuotes, ...segmentQuotes.values()] : noteQuotes;
  if (!filter.codeId && !filter.organisationId && !filter.role) return all;
  return all.filter(
    (q) =>
      (!filter.codeId || q.codeIds.includes(filter.codeId)) &&
      (!filter.organisationId || q.organisationId === filter.organisationId) &&
      (!filter.role || q.respondentRoles.includes(filter.role)),
  );
}
