// `inventaris demo <file> [--language nl|en]`: writes the fictional Regio Foodvalley demo inventory.
import path from 'node:path';
import { Option, type Command } from 'commander';
import { languages } from '../../../shared/i18n/languages';
import { z } from '../../../shared/zod';
import { FILE_EXTENSION, refuseExisting } from '../../core/db/file';
import { createDemoInventory } from '../../core/demo';
import { EXIT_OK, parseOptions, parsePath, type CliContext } from '../context';
import { runAction, type CliCommand, type Done } from './command';

const optionsSchema = z.object({ language: z.enum(languages).optional() }).strict();

export async function writeDemo(ctx: CliContext, rawFile: unknown, rawOptions: unknown): Promise<number> {
  const given = parsePath(ctx, rawFile);
  const file = given.toLowerCase().endsWith(FILE_EXTENSION) ? given : `${given}${FILE_EXTENSION}`;
  const { language } = parseOptions(ctx, optionsSchema, rawOptions);
  // Refused before any work starts, with the same message the app gives.
  refuseExisting(path.resolve(file));
  await createDemoInventory(file, { language: language ?? ctx.language });
  ctx.io.out(ctx.t('demo.created', { path: file }));
  return EXIT_OK;
}

export const demoCommand: CliCommand = {
  name: 'demo',
  register(program: Command, ctx: CliContext, done: Done) {
    program
      .command('demo')
      .description(ctx.t('demo.description'))
      .argument(`<${ctx.t('term.file')}>`, ctx.t('demo.file'))
      .addOption(new Option(`--language <${ctx.t('term.language')}>`, ctx.t('demo.language')).choices(languages))
      .action((file: string, options: Record<string, unknown>) => runAction(ctx, done, () => writeDemo(ctx, file, options)));
  },
};
