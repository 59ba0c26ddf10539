// `inventaris new <file> --title ...`: creates an inventory file through the contract, like the app's "New" does.
import { Option, type Command } from 'commander';
import { languages } from '../../../shared/i18n/languages';
import { z } from '../../../shared/zod';
import { createInProcessCore } from '../../core/in-process';
import { EXIT_OK, parseOptions, parsePath, type CliContext } from '../context';
import { runAction, type CliCommand, type Done } from './command';

const optionsSchema = z
  .object({
    title: z.string(),
    client: z.string().optional(),
    region: z.string().optional(),
    language: z.enum(languages).optional(),
    template: z.enum(['default', 'empty']).optional(),
  })
  .strict();

export async function createFile(ctx: CliContext, rawFile: unknown, rawOptions: unknown): Promise<number> {
  const file = parsePath(ctx, rawFile);
  const { title, client, region, language, template } = parseOptions(ctx, optionsSchema, rawOptions);
  const core = createInProcessCore();
  try {
    // The contract's own schema checks the fields (title length and the like), as it does for the app.
    const created = await core.client.call('files.create', {
      path: file,
      fields: { title, ...(client !== undefined && { client }), ...(region !== undefined && { region }), ...(language !== undefined && { language }) },
      template: template ?? 'default',
    });
    ctx.io.out(ctx.t('new.created', { path: created.path, title: created.inventory.title }));
    return EXIT_OK;
  } finally {
    core.session.close();
  }
}

export const newCommand: CliCommand = {
  name: 'new',
  register(program: Command, ctx: CliContext, done: Done) {
    program
      .command('new')
      .description(ctx.t('new.description'))
      .argument(`<${ctx.t('term.file')}>`, ctx.t('new.file'))
      .requiredOption(`--title <${ctx.t('term.title')}>`, ctx.t('new.title'))
      .option(`--client <${ctx.t('term.client')}>`, ctx.t('new.client'))
      .option(`--region <${ctx.t('term.region')}>`, ctx.t('new.region'))
      .addOption(new Option(`--language <${ctx.t('term.language')}>`, ctx.t('new.language')).choices(languages))
      .addOption(new Option(`--template <${ctx.t('term.template')}>`, ctx.t('new.template')).choices(['default', 'empty']))
      .action((file: string, options: Record<string, unknown>) => runAction(ctx, done, () => createFile(ctx, file, options)));
  },
};
