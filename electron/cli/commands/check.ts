// `inventaris check <file>`: classifies a file and checks its integrity through a read-only handle; never changes it.
// Exit 0: a sound inventory; 1: not an inventory, damaged or too new; 2: usage (including a path that names nothing).
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { AppError } from '../../../shared/contract/errors';
import { errorMessage } from '../../../shared/i18n/errors';
import { APPLICATION_ID, inspectHeader } from '../../core/db/file';
import { latestSchemaVersion } from '../../core/db/migrations';
import { schemaDifference } from '../../core/exchange/incoming';
import { z } from '../../../shared/zod';
import { decryptToTempFile, isEncryptedContainer } from '../../core/exchange/container';
import { CliFailure, EXIT_OK, exitCodeFor, parseOptions, parsePath, type CliContext } from '../context';
import { readPassphraseFile } from './share';
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
    // A table or index dropped or altered makes a file that opens but loses work later.
    const difference = schemaDifference(db, schemaVersion);
    if (difference) throw new CheckFailure('INVALID_FILE', { path: absolute, detail: difference }, difference.split('; '));
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

/** Checks a plain file, or a sealed share copy opened with its passphrase in a private temporary file. */
function checkPlainOrSealed(file: string, passphrase: string | undefined): CheckResult {
  if (!isEncryptedContainer(file)) return checkFile(file);
  if (passphrase === undefined) throw new AppError('PASSPHRASE_REQUIRED', { path: file });
  const plain = decryptToTempFile(file, passphrase);
  try {
    return checkFile(plain.path);
  } catch (error) {
    // Name the file the user gave, not the temporary one.
    if (error instanceof CheckFailure) throw new CheckFailure(error.code, { ...error.params, path: file }, error.details);
    if (error instanceof AppError) throw new AppError(error.code, { ...error.params, ...('path' in error.params ? { path: file } : {}) });
    throw error;
  } finally {
    plain.cleanup();
  }
}

export function runCheck(ctx: CliContext, rawFile: unknown, rawOptions: unknown = {}): number {
  const file = path.resolve(parsePath(ctx, rawFile));
  const { passphraseFile } = parseOptions(ctx, z.object({ passphraseFile: z.string().optional() }).strict(), rawOptions);
  const passphrase = passphraseFile !== undefined ? readPassphraseFile(ctx, passphraseFile) : undefined;
  let result: CheckResult;
  try {
    result = checkPlainOrSealed(file, passphrase);
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
      .option(`--passphrase-file <${ctx.t('term.file')}>`, ctx.t('passphrase.option'))
      .action((file: string, options: Record<string, unknown>) => runAction(ctx, done, () => runCheck(ctx, file, options)));
  },
};
