// Helpers for merge tests: copies of one inventory, each opened by its own core (own settings, so its own device),
// and the content of a file as merging must preserve it (every mergeable table and the open conflicts).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { mergeables } from '../../electron/core/exchange/mergeable';
import { makeCore, tempDir } from './helpers';

export type Core = ReturnType<typeof makeCore> & { file: string };

/** A new inventory (default template) and `count` copies of it, each open in its own core (index only what you asked for). */
export async function copiesOf(count: number, template: 'default' | 'empty' = 'default'): Promise<[Core, Core, Core, ...Core[]]> {
  const dir = tempDir();
  const origin = makeCore(path.join(dir, 'origin'));
  const originFile = path.join(dir, 'origin.inventaris');
  await origin.client.call('files.create', { path: originFile, fields: { title: 'Regio Foodvalley' }, template });
  await origin.client.call('files.close');
  const cores: Core[] = [];
  for (let i = 0; i < count; i += 1) {
    const file = path.join(dir, `copy-${String.fromCharCode(65 + i)}.inventaris`);
    fs.copyFileSync(originFile, file);
    const core = makeCore(path.join(dir, `core-${i}`));
    core.session.env.config.update({ authorName: `Collega ${String.fromCharCode(65 + i)}` });
    await core.client.call('files.open', { path: file });
    cores.push({ ...core, file });
  }
  return cores as [Core, Core, Core, ...Core[]];
}

/** Everything a merge must make equal: every mergeable table (without updated_at) and the open conflicts. */
export function contentOf(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const content: Record<string, unknown[]> = {};
    for (const spec of mergeables) {
      const rows = db.prepare(`SELECT * FROM ${spec.table}`).all() as Record<string, unknown>[];
      content[spec.table] = rows
        .map((row) => {
          const { updated_at: _updated, ...rest } = row;
          return rest;
        })
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    }
    content.merge_conflicts = (db.prepare('SELECT entity, row_id, field, base, versions, shown FROM merge_conflicts ORDER BY entity, row_id, field').all() as unknown[]);
    return content;
  } finally {
    db.close();
  }
}

/** All text in a file, as one string: every text column of every table, and the change log. */
export function allText(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    return tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t}`).all())).join('\n');
  } finally {
    db.close();
  }
}
