// Search on real files: diacritics folded, prefixes, phrases, highlighted snippets, filters, and any typed text safe.
import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../electron/core/search/query';
import { analysisInventory, failure } from './analysis-helpers';

async function searchable() {
  const inv = await analysisInventory();
  const { client, ede, wageningen, people, code } = inv;
  const edeInterview = await inv.interview(ede.id, [people.edeInkoop.id]);
  const wagInterview = await inv.interview(wageningen.id, [people.wagBeleid.id]);
  await inv.answer(edeInterview, '2.5', 'In het café gebruiken we gereviseerd meubilair.');
  await inv.answer(edeInterview, '1.3', 3, { explanation: 'Het coalitieakkoord noemt circulaire ambities.' });
  const note = await client.call('notes.create', { fields: { kind: 'knelpunt', text: 'Circulair inkopen staat nog in de kinderschoenen.', interviewId: wagInterview, codeIds: [code('KENNIS').id] } });
  const session = await client.call('sessions.create', { fields: { title: 'Sessie', outcomes: 'Regionale afspraken over circulariteit en ketensamenwerking.' } });
  const rec = await client.call('recommendations.create', { fields: { text: 'Maak circulair inkopen onderdeel van elk inkoopplan.', addressedTo: 'procurement', organisationId: ede.id } });
  return { ...inv, edeInterview, wagInterview, note, session, rec };
}

describe('search', () => {
  it('folds diacritics both ways and finds prefixes and phrases', async () => {
    const { client, edeInterview, note, rec, session } = await searchable();
    const ids = async (query: string) => (await client.call('search.query', { query })).results.map((r) => r.sourceId).sort();
    expect(await ids('cafe')).toEqual([`${edeInterview}/${(await client.call('guide.get')).sections.flatMap((s) => s.questions).find((q) => q.code === '2.5')!.id}`]);
    expect(await ids('CAFÉ')).toHaveLength(1);
    expect(await ids('circul*')).toHaveLength(4);
    expect(await ids('"circulair inkopen"')).toEqual([note.id, rec.id].sort());
    expect(await ids('"inkopen circulair"')).toEqual([]);
    expect(await ids('ketensamen*')).toEqual([session.id]);
  });

  it('returns snippets with the hits marked and says how to open each source', async () => {
    const { client, edeInterview, note, wagInterview, ede, wageningen, session, rec } = await searchable();
    const { results } = await client.call('search.query', { query: 'circulair' });
    const noteHit = results.find((r) => r.sourceId === note.id)!;
    expect(noteHit.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Circulair']);
    expect(noteHit.snippet.map((p) => p.text).join('')).toContain('inkopen staat nog');
    expect(noteHit).toMatchObject({ kind: 'note', organisationId: wageningen.id, organisationName: 'Gemeente Wageningen', open: { view: 'interview', interviewId: wagInterview, noteId: note.id } });
    const recHit = results.find((r) => r.sourceId === rec.id)!;
    expect(recHit).toMatchObject({ organisationId: ede.id, open: { view: 'recommendations', recommendationId: rec.id } });
    const sessionHit = (await client.call('search.query', { query: 'regionale' })).results[0]!;
    expect(sessionHit).toMatchObject({ kind: 'session', field: 'outcomes', open: { view: 'session', sessionId: session.id } });
    const explanation = (await client.call('search.query', { query: 'coalitieakkoord' })).results[0]!;
    expect(explanation).toMatchObject({ kind: 'explanation', open: { view: 'interview', interviewId: edeInterview } });
  });

  it('filters by organisation, kind and code, and leaves out deleted rows', async () => {
    const { client, ede, wageningen, note, rec, code, wagInterview } = await searchable();
    const ids = async (input: Record<string, unknown>) => (await client.call('search.query', { query: 'circul*', ...input })).results.map((r) => r.sourceId).sort();
    expect(await ids({ organisationId: wageningen.id })).toEqual([note.id]);
    expect((await ids({ organisationId: ede.id })).length).toBe(2);
    expect(await ids({ kinds: ['recommendation'] })).toEqual([rec.id]);
    expect(await ids({ codeId: code('KENNIS').id })).toEqual([note.id]);
    await client.call('notes.delete', { id: note.id });
    expect(await ids({ organisationId: wageningen.id })).toEqual([]);
    await client.call('notes.restore', { id: note.id });
    await client.call('interviews.delete', { id: wagInterview });
    expect(await ids({ organisationId: wageningen.id })).toEqual([]);
  });

  it('turns hostile or malformed query text into quoted terms or a clear message, never an SQLite error', async () => {
    const { client } = await searchable();
    const hostile = [
      '"', '""', '"circulair', 'circulair"', '(circulair', 'circulair)', 'NEAR(circulair inkopen, 2)', 'circulair NEAR inkopen', 'AND OR NOT',
      '*', '**', 'circ**', '-circulair', '+circulair', 'body:circulair', '^circulair', "'; DROP TABLE notes; --", 'circulair) OR (1=1',
      'x'.repeat(10_000), 'circulair '.repeat(1_000), '\u0000\u0002\u0003', '{body} : circulair', 'circulair AND', '😀 circulair',
    ];
    for (const query of hostile) {
      const envelope = await client.call('search.query', { query }).then(
        (value) => ({ ok: true as const, value }),
        (error: { info?: { code: string; message: string } }) => ({ ok: false as const, error: error.info! }),
      );
      if (envelope.ok) {
        expect(envelope.value.expression, query.slice(0, 40)).toMatch(/^("[\p{L}\p{N} ]+"\*? ?)+$/u);
      } else {
        expect(envelope.error.code, query.slice(0, 40)).toBe('SEARCH_EMPTY');
        expect(envelope.error.message).toMatch(/Typ een of meer woorden/);
      }
    }
    expect((await client.call('search.query', { query: 'circulair)) OR ((( NEAR' })).results.length).toBeGreaterThan(0);
    expect((await failure(client.call('search.query', { query: '*' }))).code).toBe('SEARCH_EMPTY');
    expect((await failure(client.call('search.query', { query: 'x'.repeat(10_001) }))).code).toBe('BAD_INPUT');
    expect((await client.call('notes.list', {})).length).toBe(1);
  });
});

describe('the query parser', () => {
  it('quotes words, keeps phrases and prefixes, and drops operators and syntax', () => {
    expect(parseSearchQuery('circulair inkopen')).toEqual({ expression: '"circulair" "inkopen"', terms: ['circulair', 'inkopen'] });
    expect(parseSearchQuery('"circulair inkopen" kost* AND (NEAR')).toEqual({ expression: '"circulair inkopen" "kost"*', terms: ['circulair', 'inkopen', 'kost'] });
    expect(parseSearchQuery('CO2-prestatieladder').expression).toBe('"CO2 prestatieladder"');
    expect(parseSearchQuery('"open phrase').expression).toBe('"open phrase"');
    expect(parseSearchQuery('* ( ) : ^').expression).toBe('');
    expect(parseSearchQuery('w '.repeat(100)).terms).toHaveLength(32);
  });
});
