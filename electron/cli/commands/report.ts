// `inventaris report <file> --out <report.docx> [--lang en] [--names] [--template house.dotx]`: the Word report.
// The inventory is only read; a file of an older schema version is migrated in a temporary copy first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { reportCliMessage } from '../../../shared/i18n/report-cli';
import { z } from '../../../shared/zod';
import { inspectHeader, openInventoryFile } from '../../core/db/file';
import { latestSchemaVersion } from '../../core/db/migrations';
import { exportReport } from '../../core/report/export';
import { readHouseStyle } from '../../core/report/house-style';
import { EXIT_OK, parseOptions, parsePath, type CliContext } from '../context';
import { runAction, type CliCommand, type Done } from './command';

const READ_ONLY_DEVICE = 'inventaris-cli-read-only';

const optionsSchema = z
  .object({
    out: z.string().trim().min(1).max(4096),
    names: z.boolean().optional(),
    template: z.string().trim().min(1).max(4096).optional(),
    lang: z.enum(['nl', 'en']).optional(),
  })
  .strict();

export async function writeReport(ctx: CliContext, rawFile: unknown, rawOptions: unknown): Promise<number> {
  const file = path.resolve(parsePath(ctx, rawFile));
  const options = parseOptions(ctx, optionsSchema, rawOptions);
  const houseStyle = options.template ? readHouseStyle(options.template) : null;
  const header = inspectHeader(file);
  let source = file;
  let scratch: string | null = null;
  if (header.userVersion < latestSchemaVersion) {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-report-'));
    source = path.join(scratch, path.basename(file));
    fs.copyFileSync(file, source);
  }
  try {
    const opened = openInventoryFile(source, { deviceId: READ_ONLY_DEVICE, readOnly: scratch === null });
    try {
      const result = await exportReport(opened.db, options.out, {
        overrides: { ...(options.lang ? { language: options.lang } : {}), ...(options.names ? { quotes: 'names' as const } : {}) },
        ...(houseStyle ? { houseStyleXml: houseStyle.xml } : {}),
      });
      const language = result.model.language;
      ctx.io.out(reportCliMessage(language, 'written', { path: result.path, size: Math.round(result.bytes / 1024), chapters: result.model.chapters.length }));
      if (result.model.missing.length > 0) {
        const places = [...new Set(result.model.missing.map((m) => m.chapter))].join(', ');
        ctx.io.out(reportCliMessage(language, 'missing', { count: result.model.missing.length, places }));
      }
      return EXIT_OK;
    } finally {
      opened.db.close();
    }
  } finally {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
}

export const reportCommand: CliCommand = {
  name: 'report',
  register(program: Command, ctx: CliContext, done: Done) {
    const m = (key: Parameters<typeof reportCliMessage>[1]) => reportCliMessage(ctx.language, key);
    program
      .command('report')
      .description(m('description'))
      .argument(`<${ctx.t('term.file')}>`, m('file'))
      .requiredOption(`--out <${ctx.t('term.path')}>`, m('out'))
      .option('--names', m('names'))
      .option(`--template <${ctx.t('term.template')}>`, m('template'))
      .action((file: string, options: Record<string, unknown>, command: Command) =>
        runAction(ctx, done, () => writeReport(ctx, file, { ...options, ...(command.optsWithGlobals().lang ? { lang: command.optsWithGlobals().lang } : {}) })),
      );
  },
};
