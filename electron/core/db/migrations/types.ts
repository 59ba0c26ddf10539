import type { Database } from 'better-sqlite3';

/** One schema step. `up` runs inside the runner's transaction and must not manage transactions itself. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
