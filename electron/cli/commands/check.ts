// `inventaris check <file>`: classifies a file and checks its integrity through a read-only handle; never changes it.
// Exit 0: a sound inventory; 1: not an inventory, damaged or too new; 2: usage (including a path that names nothing).
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { AppError } from '../../../shared/contract/errors';
import { errorMessage } from '../../../shared/i18n/errors';
import { APPLICATION_ID, inspectHeader } from '../../core/db/file';
import { latestSchemaVersion } from '../../core/db/migrations';
import { CliFailure, EXIT_OK, exitCodeFor, parsePath, type CliContext } from '../context';
import { runAction, type CliCommand, type Done } from './command';

const MAX_DETAILS = 5;

export type CheckResult = { readonly schemaVersion: number };

/** A refusal with the lines SQLite gave as the reason, when it gave any. */
export class CheckFailure extends AppError {
  constructor(
    code: AppError['code'],
    params: AppError['params'],
    readonly details: readonly string[] = [],
  ) {
    super(code, params);
  }
}

function sqliteFailure(file: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (code === 'SQLITE_NOTADB') return new AppError('NOT_SQLITE', { path: file });
  if (code.startsWith('SQLITE_CORRUPT')) return new CheckFailure('CORRUPT', { path: file }, [message]);
  return new AppError('IO_ERROR', { detail: message });
}

/** Checks `file`; throws an AppError (CheckFailure with details for damage) when it is not a sound inventory. */
export function checkFile(file: string): CheckResult {
  const absolute = path.resolve(file);
  const header = inspectHeader(absolute);
  // Version 0 with our application id can only be a creation that never finished.
  if (header.userVersion < 1) throw new CheckFailure('CORRUPT', { path: absolute }, ['user_version = 0']);
  let db: Database.Database | null = null;
  try {
    db = new Database(absolute, { readonly: true, fileMustExist: true });
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw new CheckFailure('CORRUPT', { path: absolute }, integrity.slice(0, MAX_DETAILS));
    }
    // The header was read raw; ask SQLite too, so a file that fooled the header check is still caught.
    const applicationId = (db.pragma('application_id', { simple: true }) as number) >>> 0;
    if (applicationId !== APPLICATION_ID) throw new AppError('FOREIGN_FILE', { path: absolute });
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > latestSchemaVersion) {
      throw new AppError('TOO_NEW', { path: absolute, found: schemaVersion, supported: latestSchemaVersion });
    }
    const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
    if (orphans.length > 0) {
      throw new CheckFailure(
        'CORRUPT',
        { path: absolute },
        orphans.slice(0, MAX_DETAILS).map((o) => `foreign_key_check: ${o.table} rowid ${o.rowid ?? '?'} -> ${o.parent}`),
      );
    }
    if (schemaVersion === latestSchemaVersion) {
      const inventories = (db.prepare('SELECT count(*) AS n FROM inventory').get() as { n: number }).n;
      if (inventories !== 1) throw new CheckFailure('CORRUPT', { path: absolute }, [`inventory rows: ${inventories} (expected 1)`]);
    }
    return { schemaVersion };
  } catch (error) {
    throw sqliteFailure(absolute, error);
  } finally {
    db?.close();
  }
}

export function runCheck(ctx: CliContext, rawFile: unknown): number {
  const file = path.resolve(parsePath(ctx, rawFile));
  let result: CheckResult;
  try {
    result = checkFile(file);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const details = error instanceof CheckFailure ? error.details.map((detail) => ctx.t('check.detail', { detail })) : [];
    throw new CliFailure(exitCodeFor(error.code), errorMessage(error.code, ctx.language, error.params), details);
  }
  ctx.io.out(
    result.schemaVersion < latestSchemaVersion
      ? ctx.t('check.okOlder', { path: file, found: result.schemaVersion, supported: latestSchemaVersion })
      : ctx.t('check.ok', { path: file, version: result.schemaVersion }),
  );
  return EXIT_OK;
}

export const checkCommand: CliCommand = {
  name: 'check',
  register(program: Command, ctx: CliContext, done: Done) {
    program
      .command('check')
      .description(ctx.t('check.description'))
      .argument(`<${ctx.t('term.file')}>`, ctx.t('check.file'))
      .action((file: string) => runAction(ctx, done, () => runCheck(ctx, file)));
  },
};
