// `inventaris merge <file> <colleague-file> [--json]`: merges a colleague's copy into an inventory file through the
// contract, like the app's "Merge file…": a backup first, then one transaction; a refused file changes nothing.
import type { Command } from 'commander';
import type { MergeSummary } from '../../../shared/contract/exchange';
import { z } from '../../../shared/zod';
import { createInProcessCore } from '../../core/in-process';
import { EXIT_OK, parseOptions, parsePath, type CliContext } from '../context';
import { runAction, type CliCommand, type Done } from './command';
import { readPassphraseFile } from './share';
import type { MessageKey } from '../messages';

const optionsSchema = z.object({ json: z.boolean().optional(), passphraseFile: z.string().optional() }).strict();

function printSummary(ctx: CliContext, summary: MergeSummary, file: string): void {
  if (summary.nothingNew) {
    ctx.io.out(ctx.t('merge.nothingNew', { source: summary.sourceFile, path: file }));
    return;
  }
  ctx.io.out(ctx.t('merge.done', { source: summary.sourceFile, path: file, changes: summary.changes }));
  for (const kind of summary.kinds) {
    const name = ctx.t(`merge.kind.${kind.entity}` as MessageKey);
    ctx.io.out(ctx.t('merge.kindLine', { kind: name, ...kind }));
  }
  if (summary.openConflicts > 0) ctx.io.out(ctx.t('merge.conflicts', { count: summary.openConflicts }));
  if (summary.backupPath) ctx.io.out(ctx.t('merge.backup', { path: summary.backupPath }));
}

export async function mergeFiles(ctx: CliContext, rawFile: unknown, rawSource: unknown, rawOptions: unknown): Promise<number> {
  const file = parsePath(ctx, rawFile);
  const source = parsePath(ctx, rawSource);
  const { json, passphraseFile } = parseOptions(ctx, optionsSchema, rawOptions);
  // An encrypted share copy is opened with the passphrase in the file's first line.
  const passphrase = passphraseFile !== undefined ? readPassphraseFile(ctx, passphraseFile) : undefined;
  const core = createInProcessCore();
  try {
    const opened = await core.client.call('files.open', { path: file });
    const summary = await core.client.call('merge.run', { path: source, ...(passphrase !== undefined && { passphrase }) });
    if (json) ctx.io.out(JSON.stringify(summary, null, 2));
    else printSummary(ctx, summary, opened.path);
    return EXIT_OK;
  } finally {
    core.session.close();
  }
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  register(program: Command, ctx: CliContext, done: Done) {
    program
      .command('merge')
      .description(ctx.t('merge.description'))
      .argument(`<${ctx.t('term.file')}>`, ctx.t('merge.file'))
      .argument(`<${ctx.t('term.colleagueFile')}>`, ctx.t('merge.source'))
      .option('--json', ctx.t('merge.json'))
      .option(`--passphrase-file <${ctx.t('term.file')}>`, ctx.t('passphrase.option'))
      .action((file: string, source: string, options: Record<string, unknown>) => runAction(ctx, done, () => mergeFiles(ctx, file, source, options)));
  },
};
