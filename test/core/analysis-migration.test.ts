// Migration 4 (analysis): an existing version-3 file gets the new tables and columns and a search index of the texts
// it already holds; from then on triggers keep the index in step with every write.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/file';
import { search } from '../../electron/core/search/search';
import type { ReadableDb } from '../../electron/core/db/file';
import { columnsOf, createDbAt, tableNames } from './db-helpers';

function fillVersion3(db: ReturnType<typeof createDbAt>['db']): void {
  const now = '2026-03-01T10:00:00.000Z';
  db.prepare("INSERT INTO inventory (id, title, language, created_at, updated_at) VALUES ('inv', 'Oud', 'nl', ?, ?)").run(now, now);
  db.prepare("INSERT INTO organisations (id, name, kind, created_at, updated_at) VALUES ('org', 'Gemeente Renswoude', 'municipality', ?, ?)").run(now, now);
  db.prepare("INSERT INTO guide_sections (id, position, title_nl, created_at, updated_at) VALUES ('sec', 0, 'Sectie', ?, ?)").run(now, now);
  db.prepare("INSERT INTO guide_questions (id, section_id, position, code, type, text_nl, created_at, updated_at) VALUES ('qopen', 'sec', 0, '1.1', 'open', 'Vraag', ?, ?)").run(now, now);
  db.prepare("INSERT INTO guide_questions (id, section_id, position, code, type, text_nl, options, created_at, updated_at) VALUES ('qchoice', 'sec', 1, '1.2', 'single', 'Keuze', '[]', ?, ?)").run(now, now);
  db.prepare("INSERT INTO interviews (id, organisation_id, status, created_at, updated_at) VALUES ('int', 'org', 'held', ?, ?)").run(now, now);
  db.prepare(`INSERT INTO answers (interview_id, question_id, value, explanation, updated_at) VALUES ('int', 'qopen', '"Wij werken met café-meubilair uit de kringloop."', '', ?)`).run(now);
  db.prepare(`INSERT INTO answers (interview_id, question_id, value, explanation, updated_at) VALUES ('int', 'qchoice', '"structureel"', 'Toelichting over ketensamenwerking', ?)`).run(now);
  db.prepare("INSERT INTO notes (id, kind, text, interview_id, created_at, updated_at) VALUES ('n1', 'knelpunt', 'Geen budget voor circulariteit', 'int', ?, ?)").run(now, now);
  db.prepare("INSERT INTO notes (id, kind, text, interview_id, created_at, updated_at, deleted_at) VALUES ('n2', 'knelpunt', 'Verwijderde circulariteit', 'int', ?, ?, ?)").run(now, now, now);
  db.prepare("INSERT INTO knowledge_sessions (id, title, agenda, outcomes, created_at, updated_at) VALUES ('ks', 'Sessie', 'Agenda', 'Regionale inkoopsamenwerking afgesproken', ?, ?)").run(now, now);
  db.prepare("INSERT INTO recommendations (id, position, text, addressed_to, created_at, updated_at) VALUES ('rec', 0, 'Stel circulaire doelen vast', 'policy', ?, ?)").run(now, now);
}

describe('migration 4: analysis', () => {
  it('adds segments, overrides, code nesting and colour, and indexes the texts an existing file holds', () => {
    const { db } = createDbAt(3);
    fillVersion3(db);
    migrate(db, null, 4);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['coded_segments', 'score_overrides', 'search_sources', 'search_index']));
    expect(columnsOf(db, 'codebook_codes')).toEqual(expect.arrayContaining(['parent_id', 'colour']));
    expect(columnsOf(db, 'notes')).toContain('use_by_name');
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const indexed = db.prepare('SELECT kind, source_id, field FROM search_sources ORDER BY kind, field').all();
    // The open answer and the explanation are indexed; the choice key and the deleted note are not.
    expect(indexed).toEqual([
      { kind: 'answer', source_id: 'int/qopen', field: 'value' },
      { kind: 'explanation', source_id: 'int/qchoice', field: 'explanation' },
      { kind: 'note', source_id: 'n1', field: 'text' },
      { kind: 'recommendation', source_id: 'rec', field: 'text' },
      { kind: 'session', source_id: 'ks', field: 'agenda' },
      { kind: 'session', source_id: 'ks', field: 'outcomes' },
    ]);
    const rdb = db as unknown as ReadableDb;
    expect(search(rdb, { query: 'cafe' }).results.map((r) => r.sourceId)).toEqual(['int/qopen']);
    expect(search(rdb, { query: 'circula*' }).results.map((r) => r.sourceId).sort()).toEqual(['n1', 'rec']);
    expect(() => db.prepare("INSERT INTO score_overrides (id, organisation_id, dimension_id, level, reason, created_at, updated_at) VALUES ('o', 'org', 'd', 3, ' ', '', '')").run()).toThrow(/CHECK|FOREIGN/);
  });

  it('keeps the index in step with inserts, updates, soft deletes and deletes through its triggers', () => {
    const { db } = createDbAt(3);
    fillVersion3(db);
    migrate(db, null, 4);
    const rdb = db as unknown as ReadableDb;
    const hits = (query: string) => search(rdb, { query }).results.map((r) => r.sourceId);
    db.prepare("UPDATE notes SET text = 'Geen capaciteit' WHERE id = 'n1'").run();
    expect(hits('budget')).toEqual([]);
    expect(hits('capaciteit')).toEqual(['n1']);
    db.prepare("UPDATE notes SET deleted_at = 'x' WHERE id = 'n1'").run();
    expect(hits('capaciteit')).toEqual([]);
    db.prepare("UPDATE notes SET deleted_at = NULL WHERE id = 'n1'").run();
    expect(hits('capaciteit')).toEqual(['n1']);
    db.prepare("DELETE FROM notes WHERE id = 'n1'").run();
    expect(hits('capaciteit')).toEqual([]);
    db.prepare(`UPDATE answers SET value = '"Hergebruik van kantoormeubilair"' WHERE question_id = 'qopen'`).run();
    expect(hits('kantoormeubilair')).toEqual(['int/qopen']);
    expect(hits('cafe')).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM search_sources').get() as { n: number }).n).toBe(
      (db.prepare('SELECT count(*) AS n FROM search_index').get() as { n: number }).n,
    );
    db.exec("INSERT INTO search_index(search_index) VALUES ('integrity-check')");
  });
});
