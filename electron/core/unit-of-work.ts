// Every write goes through `write`: one transaction on the open file's write handle, then one db.changed event.
import type { HybridClock } from './db/clock';
import type { Author } from './db/changes';
import { writable, type ReadableDb, type WritableDb } from './db/file';
import type { Session } from './session';

export interface WriteContext {
  readonly db: WritableDb;
  readonly clock: HybridClock;
  readonly author: Author;
}

/** Runs `work` in one transaction and announces which kinds of rows changed. */
export function write<T>(session: Session, entities: readonly string[], work: (ctx: WriteContext) => T): T {
  const file = session.requireFile();
  const db = writable(file);
  const result = db.transaction(() => work({ db, clock: file.clock, author: session.author }))();
  session.changed(...entities);
  return result;
}

/** The open file's read handle. */
export function read(session: Session): ReadableDb {
  return session.requireFile().db;
}
