// Hostile and broken colleague files: each is refused with a clear, translated message (or merged harmlessly), and
// the local file stays byte-identical whenever the merge is refused.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ClientError } from '../../shared/contract/client';
import { APPLICATION_ID } from '../../electron/core/db/file';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import { mergeables } from '../../electron/core/exchange/mergeable';
import { sha256, tempDir } from './helpers';
import { contentOf, copiesOf, type Core } from './merge-helpers';

async function refusal(core: Core, file: string) {
  const before = sha256(core.file);
  try {
    await core.client.call('merge.run', { path: file });
  } catch (error) {
    expect(sha256(core.file)).toBe(before);
    if (error instanceof ClientError) return error.info;
    throw error;
  }
  throw new Error('expected the merge to be refused');
}

/** A's file and a colleague copy B that has real work in it, closed so the test can tamper with it. */
async function localAndColleague() {
  const [a, b] = await copiesOf(2);
  const org = await b.client.call('organisations.create', { fields: { name: 'Gemeente Renswoude', kind: 'municipality' } });
  const person = await b.client.call('respondents.create', { fields: { name: 'Mila Jansen', role: 'procurement', organisationId: org.id } });
  const interview = await b.client.call('interviews.create', { fields: { organisationId: org.id, respondentIds: [person.id] } });
  await b.client.call('notes.create', { fields: { kind: 'kans', text: 'Samen inkopen met de buurgemeenten.', interviewId: interview.id } });
  await b.client.call('files.close');
  return { a, colleague: b.file, ids: { org: org.id, person: person.id, interview: interview.id } };
}

function tamper(file: string, work: (db: Database.Database) => void): string {
  const copy = path.join(tempDir(), 'tampered.inventaris');
  fs.copyFileSync(file, copy);
  const db = new Database(copy);
  db.pragma('foreign_keys = OFF');
  try {
    work(db);
  } finally {
    db.close();
  }
  return copy;
}

function logEntry(db: Database.Database, entity: string, rowId: string, field: string, value: unknown, wall = Date.now()): void {
  const hlc = `${String(wall).padStart(15, '0')}-0000-hostile-device`;
  db.prepare("INSERT INTO change_log (hlc, device_id, author, entity, row_id, field, value, parents) VALUES (?, 'hostile-device', 'X', ?, ?, ?, ?, '[]')").run(
    hlc,
    entity,
    rowId,
    field,
    JSON.stringify(value),
  );
}

describe('a hostile colleague file', () => {
  it('random bytes, an empty file and a truncated copy are refused as not an inventory or damaged', async () => {
    const { a, colleague } = await localAndColleague();
    const dir = tempDir();
    const random = path.join(dir, 'random.inventaris');
    fs.writeFileSync(random, crypto.randomBytes(8192));
    expect((await refusal(a, random)).code).toBe('NOT_SQLITE');
    const empty = path.join(dir, 'empty.inventaris');
    fs.writeFileSync(empty, '');
    expect((await refusal(a, empty)).code).toBe('NOT_SQLITE');
    const truncated = path.join(dir, 'truncated.inventaris');
    const bytes = fs.readFileSync(colleague);
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2) + 100));
    const error = await refusal(a, truncated);
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toMatch(/beschadigd/);
    // A SQLite header followed by garbage.
    const garbage = path.join(dir, 'garbage.inventaris');
    fs.writeFileSync(garbage, Buffer.concat([bytes.subarray(0, 100), crypto.randomBytes(bytes.length - 100)]));
    expect(['CORRUPT', 'NOT_SQLITE', 'INVALID_FILE']).toContain((await refusal(a, garbage)).code);
  });

  it('another application database, a newer schema and another inventory are refused with messages that say so', async () => {
    const { a, colleague } = await localAndColleague();
    const foreign = path.join(tempDir(), 'other-app.sqlite');
    const db = new Database(foreign);
    db.exec('CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    expect((await refusal(a, foreign)).code).toBe('FOREIGN_FILE');

    const newer = tamper(colleague, (d) => d.pragma(`user_version = ${latestSchemaVersion + 1}`));
    const tooNew = await refusal(a, newer);
    expect(tooNew.code).toBe('TOO_NEW');
    expect(tooNew.message).toMatch(/nieuwere versie van Inventaris/);

    const [other] = await copiesOf(1);
    await other.client.call('files.close');
    const another = await refusal(a, other.file);
    expect(another.code).toBe('OTHER_INVENTORY');
    expect(another.message).toContain('Regio Foodvalley');
  });

  it('a file with a table missing or an altered schema is refused', async () => {
    const { a, colleague } = await localAndColleague();
    const dropped = tamper(colleague, (d) => d.exec('DROP TABLE recommendations'));
    const error = await refusal(a, dropped);
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toContain('recommendations missing');
    const trigger = tamper(colleague, (d) => d.exec("CREATE TRIGGER evil AFTER INSERT ON notes BEGIN DELETE FROM notes; END"));
    expect((await refusal(a, trigger)).code).toBe('INVALID_FILE');
  });

  it('rows or changes that violate the domain schemas are refused', async () => {
    const { a, colleague, ids } = await localAndColleague();
    const blankName = tamper(colleague, (d) => d.prepare("UPDATE organisations SET name = '   ' WHERE id = ?").run(ids.org));
    expect((await refusal(a, blankName)).code).toBe('INVALID_FILE');
    const badEmail = tamper(colleague, (d) => logEntry(d, 'respondents', ids.person, 'email', 'not an e-mail address'));
    expect((await refusal(a, badEmail)).code).toBe('INVALID_FILE');
    const badKind = tamper(colleague, (d) => logEntry(d, 'notes', ids.org, 'kind', 'gossip'));
    expect((await refusal(a, badKind)).code).toBe('INVALID_FILE');
    const badClock = tamper(colleague, (d) => d.prepare("INSERT INTO change_log (hlc, device_id, author, entity, row_id, field, value, parents) VALUES ('yesterday', 'd', 'a', 'notes', 'x', 'text', '\"t\"', '[]')").run());
    expect((await refusal(a, badClock)).code).toBe('INVALID_FILE');
    const badParents = tamper(colleague, (d) => d.prepare("UPDATE change_log SET parents = '[\"999999999999999-zzzz-x\"]' WHERE seq = (SELECT max(seq) FROM change_log)").run());
    expect((await refusal(a, badParents)).code).toBe('INVALID_FILE');
  });

  it('dangling references, in a row or only in the change log, are refused', async () => {
    const { a, colleague, ids } = await localAndColleague();
    const row = tamper(colleague, (d) => d.prepare("UPDATE respondents SET organisation_id = 'no-such-organisation' WHERE id = ?").run(ids.person));
    expect((await refusal(a, row)).code).toBe('INVALID_FILE');
    const logged = tamper(colleague, (d) => logEntry(d, 'respondents', ids.person, 'organisationId', 'no-such-organisation', Date.now() + 1000));
    const error = await refusal(a, logged);
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toMatch(/bestaat niet|does not exist/);
  });

  it('a 50 MB text field is refused as too large', async () => {
    const { a, colleague, ids } = await localAndColleague();
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const inRow = tamper(colleague, (d) => d.prepare('UPDATE organisations SET notes = ? WHERE id = ?').run(huge, ids.org));
    expect((await refusal(a, inRow)).code).toBe('TOO_LARGE');
    const inLog = tamper(colleague, (d) => logEntry(d, 'organisations', ids.org, 'notes', huge));
    expect((await refusal(a, inLog)).code).toBe('TOO_LARGE');
  });

  it('clock stamps far in the future are refused, so they cannot win every later edit', async () => {
    const { a, colleague, ids } = await localAndColleague();
    const future = tamper(colleague, (d) => logEntry(d, 'organisations', ids.org, 'name', 'Gemeente Toekomst', Date.now() + 30 * 24 * 3600 * 1000));
    const error = await refusal(a, future);
    expect(error.code).toBe('CLOCK_AHEAD');
    expect(error.message).toMatch(/toekomst/);
  });

  it('SQL-looking text in every text column is merged as plain text and changes nothing else', async () => {
    const { a, colleague } = await localAndColleague();
    const evil = "'); DROP TABLE notes; -- \" OR 1=1; /* */ SELECT * FROM inventory WHERE ''='";
    const tampered = tamper(colleague, (d) => {
      for (const spec of mergeables) {
        for (const [name, field] of Object.entries(spec.fields)) {
          if (field.merge !== 'text' || field.codec !== 'text') continue;
          const rows = d.prepare(`SELECT * FROM ${spec.table}`).all() as Record<string, unknown>[];
          for (const row of rows) {
            if (spec.key.kind !== 'id' || row.forgotten_at) continue;
            const value = `${evil} ${name}`;
            d.prepare(`UPDATE ${spec.table} SET ${field.column} = ? WHERE id = ?`).run(value, row.id);
            logEntry(d, spec.entity, String(row.id), name, value);
          }
        }
      }
    });
    const summary = await a.client.call('merge.run', { path: tampered });
    expect(summary.nothingNew).toBe(false);
    const content = contentOf(a.file);
    expect(content.notes!).toHaveLength(1);
    expect((content.notes![0] as { text: string }).text).toBe(`${evil} text`);
    expect((content.inventory![0] as { title: string }).title).toBe(`${evil} title`);
    const check = new Database(a.file, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(check.pragma('application_id', { simple: true })).toBe(APPLICATION_ID | 0);
    check.close();
  });
});

describe('a colleague file from an older version', () => {
  it('is migrated in a private copy first, merged, and left as it was', async () => {
    const [a] = await copiesOf(1);
    const inventory = await a.client.call('inventory.get');
    // A file as version 4 of the schema made it: the same inventory, one organisation added there.
    const older = path.join(tempDir(), 'older.inventaris');
    const db = new Database(older);
    db.pragma('journal_mode = DELETE');
    db.pragma(`application_id = ${APPLICATION_ID | 0}`);
    const { migrate } = await import('../../electron/core/db/file');
    migrate(db, null, 4);
    const now = new Date().toISOString();
    db.prepare("INSERT INTO inventory (id, title, created_at, updated_at) VALUES (?, 'Regio Foodvalley', ?, ?)").run(inventory.id, now, now);
    db.prepare("INSERT INTO organisations (id, name, kind, notes, created_at, updated_at) VALUES ('01a2aaaa-0000-7000-8000-000000000001', 'Gemeente Veenendaal', 'municipality', '', ?, ?)").run(now, now);
    const hlc = `${String(Date.now()).padStart(15, '0')}-0000-older-device`;
    for (const [field, value] of [['name', 'Gemeente Veenendaal'], ['kind', 'municipality'], ['notes', '']] as const) {
      db.prepare("INSERT INTO change_log (hlc, device_id, author, entity, row_id, field, value) VALUES (?, 'older-device', 'Oud', 'organisations', '01a2aaaa-0000-7000-8000-000000000001', ?, ?)").run(hlc, field, JSON.stringify(value));
    }
    db.close();
    const before = sha256(older);
    const summary = await a.client.call('merge.run', { path: older });
    expect(summary.kinds.find((k) => k.entity === 'organisations')).toMatchObject({ added: 1 });
    expect((await a.client.call('organisations.list')).map((o) => o.name)).toContain('Gemeente Veenendaal');
    expect(sha256(older)).toBe(before);
  });
});
