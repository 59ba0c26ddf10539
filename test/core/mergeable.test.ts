// The merge registry covers every user-editable table and agrees with the entity gateway's field specs, so a table
// or field another change adds is never silently left out of merging.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/core/db/migrations';
import type { EntitySpec, FieldSpec } from '../../electron/core/db/entities';
import { mergeableOf, mergeables } from '../../electron/core/exchange/mergeable';
import { organisationSpec } from '../../electron/core/organisations/organisations';
import { respondentSpec } from '../../electron/core/people/respondents';
import { interviewSpec } from '../../electron/core/interviews/interviews';
import { noteSpec, recommendationSpec, sessionSpec } from '../../electron/core/notes/notes';
import { codeSpec, dimensionSpec, questionSpec, sectionSpec } from '../../electron/core/guides/guide';
import { segmentSpec } from '../../electron/core/coding/segments';
import { overrideSpec } from '../../electron/core/analysis/scores';
import { narrativeSpec, reportOptionsSpec } from '../../electron/core/report/store';

const specs: EntitySpec<unknown>[] = [organisationSpec, respondentSpec, interviewSpec, noteSpec, recommendationSpec, sessionSpec, codeSpec, dimensionSpec, questionSpec, sectionSpec, segmentSpec, overrideSpec, reportOptionsSpec, narrativeSpec] as EntitySpec<unknown>[];

describe('the mergeable registry', () => {
  it('knows every field of every entity spec, in the same column', () => {
    for (const spec of specs) {
      const entry = mergeableOf(spec.table);
      expect(entry, spec.table).toBeDefined();
      for (const [name, field] of Object.entries(spec.fields as Record<string, FieldSpec>)) {
        expect(entry!.fields[name]?.column, `${spec.table}.${name}`).toBe(field.column);
      }
    }
  });

  it('covers every table with soft deletes, and only columns that exist', () => {
    const db = new Database(':memory:');
    for (const step of migrations) step.up(db);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    const columns = (table: string) => (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
    for (const table of tables) if (columns(table).includes('deleted_at')) expect(mergeables.some((m) => m.table === table), table).toBe(true);
    for (const m of mergeables) {
      const have = columns(m.table);
      for (const field of Object.values(m.fields)) {
        const needed = field.codec === 'bilingual' ? [`${field.column}_nl`, `${field.column}_en`] : [field.column];
        for (const column of needed) expect(have, `${m.table}.${column}`).toContain(column);
      }
    }
    db.close();
  });
});
