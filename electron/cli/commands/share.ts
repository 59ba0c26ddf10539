// `inventaris share <file> --out <copy> [--passphrase-file F]`, `inventaris backups <file> [--json]` and
// `inventaris restore <file> <backup>`. Share reads the file through a read-only handle and never changes it.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { AppError } from '../../../shared/contract/errors';
import { summaryTables, tableLabel } from '../../../shared/i18n/share';
import { z } from '../../../shared/zod';
import { defaultConfigDir } from '../../core/config';
import { inspectHeader } from '../../core/db/file';
import { backupFolder, listBackups } from '../../core/exchange/backups';
import { createInProcessCore } from '../../core/in-process';
import { CliFailure, EXIT_OK, EXIT_USAGE, parseOptions, parsePath, type CliContext } from '../context';
import type { MessageKey } from '../messages';
import { runAction, type CliCommand, type Done } from './command';

/** The passphrase in the first line of `file` (a trailing newline is not part of it). */
export function readPassphraseFile(ctx: CliContext, rawFile: unknown): string {
  const file = path.resolve(parsePath(ctx, rawFile));
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CliFailure(EXIT_USAGE, ctx.t('passphrase.unreadable', { path: file }));
  }
  const passphrase = text.split(/\r?\n/)[0] ?? '';
  if (passphrase.length === 0) throw new CliFailure(EXIT_USAGE, ctx.t('passphrase.empty', { path: file }));
  return passphrase;
}

function formatSize(ctx: CliContext, bytes: number): string {
  const locale = ctx.language === 'nl' ? 'nl-NL' : 'en-GB';
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
}

const shareOptionsSchema = z.object({ out: z.string(), passphraseFile: z.string().optional() }).strict();

export async function runShare(ctx: CliContext, rawFile: unknown, rawOptions: unknown): Promise<number> {
  const file = parsePath(ctx, rawFile);
  const options = parseOptions(ctx, shareOptionsSchema, rawOptions);
  const out = parsePath(ctx, options.out);
  const passphrase = options.passphraseFile !== undefined ? readPassphraseFile(ctx, options.passphraseFile) : undefined;
  const core = createInProcessCore({ configDir: defaultConfigDir() });
  try {
    core.session.open(file, { readOnly: true });
    const result = await core.client.call('share.create', { path: out, ...(passphrase !== undefined && { passphrase, passphraseRepeat: passphrase }) });
    ctx.io.out(ctx.t(result.encrypted ? 'share.writtenEncrypted' : 'share.written', { path: result.path, size: formatSize(ctx, result.sizeBytes) }));
    return EXIT_OK;
  } finally {
    core.session.close();
  }
}

function inventoryOf(file: string): { id: string; title: string } {
  inspectHeader(file);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT id, title FROM inventory LIMIT 1').get() as { id: string; title: string } | undefined;
    if (!row) throw new AppError('CORRUPT', { path: file });
    return row;
  } catch (error) {
    throw error instanceof AppError ? error : new AppError('CORRUPT', { path: file });
  } finally {
    db.close();
  }
}

export function runBackups(ctx: CliContext, rawFile: unknown, rawOptions: unknown): number {
  const file = path.resolve(parsePath(ctx, rawFile));
  const { json } = parseOptions(ctx, z.object({ json: z.boolean().optional() }).strict(), rawOptions);
  const inventory = inventoryOf(file);
  const configDir = defaultConfigDir();
  const backups = listBackups(configDir, inventory.id);
  if (json) {
    ctx.io.out(JSON.stringify(backups, null, 2));
    return EXIT_OK;
  }
  if (backups.length === 0) {
    ctx.io.out(ctx.t('backups.none', { path: file }));
    return EXIT_OK;
  }
  const locale = ctx.language === 'nl' ? 'nl-NL' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  ctx.io.out(ctx.t('backups.heading', { title: inventory.title, folder: backupFolder(configDir, inventory.id) }));
  for (const backup of backups) {
    const counts = summaryTables
      .filter((table) => backup.counts[table] !== undefined)
      .map((table) => `${backup.counts[table]} ${tableLabel(table, ctx.language)}`)
      .join(', ');
    ctx.io.out(
      ctx.t('backups.line', {
        id: backup.id,
        date: dateFormat.format(new Date(backup.createdAt)),
        reason: ctx.t(`backups.reason.${backup.reason}` as MessageKey),
        counts,
      }),
    );
  }
  return EXIT_OK;
}

export async function runRestore(ctx: CliContext, rawFile: unknown, rawBackup: unknown): Promise<number> {
  const file = parsePath(ctx, rawFile);
  const id = parseOptions(ctx, z.string().min(1).max(120), rawBackup);
  const core = createInProcessCore({ configDir: defaultConfigDir() });
  try {
    await core.client.call('files.open', { path: file });
    const { restored, safety, file: opened } = await core.client.call('backups.restore', { id });
    ctx.io.out(ctx.t('restore.done', { id: restored.id, path: opened.path, safety: safety.id }));
    return EXIT_OK;
  } finally {
    core.session.close();
  }
}

export const shareCommand: CliCommand = {
  name: 'share',
  register(program: Command, ctx: CliContext, done: Done) {
    program
      .command('share')
      .description(ctx.t('share.description'))
      .argument(`<${ctx.t('term.file')}>`, ctx.t('share.file'))
      .requiredOption(`--out <${ctx.t('share.termCopy')}>`, ctx.t('share.out'))
      .option(`--passphrase-file <${ctx.t('term.file')}>`, ctx.t('passphrase.option'))
      .action((file: string, options: Record<string, unknown>) => runAction(ctx, done, () => runShare(ctx, file, options)));
  },
};

export const backupsCommand: CliCommand = {
  name: 'backups',
  register(program: Command, ctx: CliContext, done: Done) {
    program
      .command('backups')
      .description(ctx.t('backups.description'))
      .argument(`<${ctx.t('term.file')}>`, ctx.t('backups.file'))
      .option('--json', ctx.t('backups.json'))
      .action((file: string, options: Record<string, unknown>) => runAction(ctx, done, () => runBackups(ctx, file, options)));
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  register(program: Command, ctx: CliContext, done: Done) {
    program
      .command('restore')
      .description(ctx.t('restore.description'))
      .argument(`<${ctx.t('term.file')}>`, ctx.t('restore.file'))
      .argument(`<${ctx.t('restore.termBackup')}>`, ctx.t('restore.backup'))
      .action((file: string, backup: string) => runAction(ctx, done, () => runRestore(ctx, file, backup)));
  },
};
