// The `inventaris` program: language first (it shapes even --help), then commander parses, then one command runs.
// Returns the exit code instead of exiting, so the entry point alone decides how the process ends.
import { Command, CommanderError, Option } from 'commander';
import { isLanguage, languageFromLocale, languages, type Language } from '../../shared/i18n/languages';
import { appVersion } from '../core/version';
import { commands } from './commands';
import { createContext, EXIT_OK, EXIT_USAGE, type CliContext, type CliIo } from './context';
import type { MessageKey } from './messages';

/** --lang from the arguments (either `--lang en` or `--lang=en`), else the locale; an invalid value is left to commander. */
export function pickLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLanguage(value)) return value;
  }
  return languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

const helpTitles = ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'Global Options:'] as const;

/** Commander's own error, in the CLI's language, naming the quoted word commander named. */
function usageDetail(ctx: CliContext, error: CommanderError): string {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
  const name = quoted[0] ?? '';
  const value = quoted[1] ?? '';
  const keys: Readonly<Record<string, MessageKey>> = {
    'commander.missingArgument': 'usage.missingArgument',
    'commander.optionMissingArgument': 'usage.optionMissingArgument',
    'commander.missingMandatoryOptionValue': 'usage.missingMandatoryOptionValue',
    'commander.unknownOption': 'usage.unknownOption',
    'commander.unknownCommand': 'usage.unknownCommand',
    'commander.excessArguments': 'usage.excessArguments',
    'commander.invalidArgument': 'usage.invalidArgument',
  };
  const key = keys[error.code];
  // Commander's text already is English, and keeps its "did you mean" hints; an unlisted code is shown as commander wrote it.
  if (ctx.language === 'en' || !key) return error.message.replace(/^error:\s*/, '');
  const choices = /Allowed choices are (.+)\.$/.exec(error.message)?.[1];
  return ctx.t(key, { name, value }) + (choices ? ` (${choices})` : '');
}

/** A description followed by its choices and default, in the CLI's language (commander's own text is English). */
function describeExtras(ctx: CliContext, description: string, choices: readonly string[] | undefined, defaultValue: unknown): string {
  const extras = [
    ...(choices ? [ctx.t('help.choices', { choices: choices.join(', ') })] : []),
    ...(defaultValue !== undefined ? [ctx.t('help.default', { value: String(defaultValue) })] : []),
  ];
  return extras.length ? `${description} (${extras.join('; ')})` : description;
}

function buildProgram(ctx: CliContext, done: (code: number) => void): Command {
  const toLines = (write: (line: string) => void) => (text: string) => write(text.replace(/\n$/, ''));
  const program = new Command('inventaris')
    .description(ctx.t('program.description'))
    .version(appVersion, '-V, --version', ctx.t('help.version'))
    .helpOption('-h, --help', ctx.t('help.help'))
    .helpCommand(`help [${ctx.t('term.command')}]`, ctx.t('help.help'))
    .addOption(new Option(`--lang <${ctx.t('term.language')}>`, ctx.t('help.lang')).choices(languages))
    .addHelpText('afterAll', `\n${ctx.t('help.exitCodes')}`)
    .exitOverride()
    .configureOutput({
      writeOut: toLines(ctx.io.out),
      writeErr: toLines(ctx.io.err),
      // Errors are printed translated by run(), from the CommanderError.
      outputError: () => {},
    })
    .configureHelp({
      styleTitle: (title) => ((helpTitles as readonly string[]).includes(title) ? ctx.t(`help.title.${title}` as MessageKey) : title),
      // Commander's own words in usage lines ("inventaris new [options] <file>"); argument and option value names
      // are translated where each command declares them.
      styleOptionText: (text) => (text === '[options]' ? `[${ctx.t('term.options')}]` : text),
      styleSubcommandText: (text) => (text === '[command]' ? `[${ctx.t('term.command')}]` : text),
      optionDescription: (option) => describeExtras(ctx, option.description, option.argChoices, option.required || option.optional ? option.defaultValue : undefined),
      argumentDescription: (argument) => describeExtras(ctx, argument.description, argument.argChoices, argument.defaultValue),
    });
  for (const command of commands) command.register(program, ctx, done);
  return program;
}

export async function run(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const ctx = createContext(pickLanguage(argv, env), io);
  let exitCode: number | null = null;
  const program = buildProgram(ctx, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) return EXIT_OK;
    // Help shown because no command was given is a usage error too.
    if (error.code !== 'commander.help' && error.code !== 'commander.helpDisplayed') {
      io.err(ctx.t('usage.error', { detail: usageDetail(ctx, error) }));
      io.err(ctx.t('help.hint'));
    }
    return EXIT_USAGE;
  }
  if (exitCode === null) throw new Error('no command ran and commander reported nothing');
  return exitCode;
}
