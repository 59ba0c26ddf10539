// What every subcommand gets: the language, translated messages, where to write, and how failures become exit codes.
import { ClientError } from '../../shared/contract/client';
import { AppError, type ErrorCode } from '../../shared/contract/errors';
import { errorMessage } from '../../shared/i18n/errors';
import type { Language } from '../../shared/i18n/languages';
import { z } from '../../shared/zod';
import { filePathSchema } from '../../shared/contract/schemas';
import { cliMessage, type MessageKey, type MessageParams } from './messages';

export const EXIT_OK = 0;
/** The file is unsuitable (not an inventory, damaged, too new) or the command could not do its work. */
export const EXIT_FAILED = 1;
/** The command line itself is wrong: unknown option, missing argument, invalid value, a path that names nothing. */
export const EXIT_USAGE = 2;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliContext {
  readonly language: Language;
  readonly io: CliIo;
  t(key: MessageKey, params?: MessageParams): string;
}

export function createContext(language: Language, io: CliIo): CliContext {
  return { language, io, t: (key, params) => cliMessage(language, key, params) };
}

/** A failure whose message is already translated. */
export class CliFailure extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

export function usageFailure(ctx: CliContext, detail: string): CliFailure {
  return new CliFailure(EXIT_USAGE, ctx.t('usage.error', { detail }));
}

/** Codes that mean the user named the wrong thing on the command line rather than that a file is bad. */
const usageCodes: ReadonlySet<ErrorCode> = new Set(['BAD_INPUT', 'FILE_NOT_FOUND', 'FILE_EXISTS', 'IS_FOLDER', 'SEARCH_EMPTY']);

export function exitCodeFor(code: ErrorCode): number {
  return usageCodes.has(code) ? EXIT_USAGE : EXIT_FAILED;
}

/** Turns anything a command threw into a translated message and an exit code. */
export function describeFailure(ctx: CliContext, error: unknown): CliFailure {
  if (error instanceof CliFailure) return error;
  if (error instanceof AppError) return new CliFailure(exitCodeFor(error.code), errorMessage(error.code, ctx.language, error.params));
  // An envelope's message is in the settings' language; the CLI speaks --lang, so translate the code again.
  if (error instanceof ClientError) return new CliFailure(exitCodeFor(error.info.code), errorMessage(error.info.code, ctx.language, error.info.params));
  const detail = error instanceof Error ? error.message : String(error);
  return new CliFailure(EXIT_FAILED, errorMessage('INTERNAL', ctx.language, { detail }));
}

/** A path argument checked by the contract's own schema. */
export function parsePath(ctx: CliContext, raw: unknown): string {
  const parsed = filePathSchema.safeParse(raw);
  if (!parsed.success) throw usageFailure(ctx, ctx.t('usage.badPath', { detail: parsed.error.issues.map((i) => i.message).join('; ') }));
  return parsed.data;
}

/** Parses command options with a zod schema; problems are usage errors naming the option. */
export function parseOptions<S extends z.ZodType>(ctx: CliContext, schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => (issue.path.length ? `--${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
    throw usageFailure(ctx, detail);
  }
  return parsed.data;
}
