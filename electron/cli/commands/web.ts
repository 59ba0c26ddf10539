// `inventaris web [file] [--port N] [--no-open]`: runs the local web host until Ctrl+C (SIGINT) or SIGTERM.
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { z } from '../../../shared/zod';
import { defaultRendererDir, startWebHost, WebHostStartError, type WebHost } from '../../web';
import { CliFailure, EXIT_FAILED, EXIT_OK, EXIT_USAGE, parseOptions, parsePath, type CliContext } from '../context';
import { runAction, type CliCommand, type Done } from './command';

const optionsSchema = (ctx: CliContext) =>
  z
    .object({
      port: z
        .string()
        .regex(/^\d{1,5}$/, ctx.t('usage.badPort'))
        .transform(Number)
        .refine((port) => port >= 1 && port <= 65535, ctx.t('usage.badPort'))
        .optional(),
      open: z.boolean(),
    })
    .strict();

/** Hands the address to the desktop's browser; the CLI has already printed it, so a failure only costs a click. */
function openBrowser(ctx: CliContext, url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', (error) => ctx.io.err(ctx.t('web.openFailed', { detail: error.message })));
    // xdg-open without a desktop browser tries a few and gives up with a non-zero exit.
    child.on('exit', (code) => {
      if (code !== null && code !== 0) ctx.io.err(ctx.t('web.openFailed', { detail: ctx.t('web.openExit', { command, code }) }));
    });
    child.unref();
  } catch (error) {
    ctx.io.err(ctx.t('web.openFailed', { detail: (error as Error).message }));
  }
}

function startFailure(ctx: CliContext, error: WebHostStartError): CliFailure {
  switch (error.reason) {
    case 'renderer-missing':
      return new CliFailure(EXIT_FAILED, ctx.t('web.rendererMissing', { path: error.detail }));
    case 'port-in-use':
      return new CliFailure(EXIT_USAGE, ctx.t('web.portInUse', { port: error.detail }));
    case 'listen-failed':
      return new CliFailure(EXIT_FAILED, ctx.t('web.listenFailed', { detail: error.detail }));
  }
}

/** Starts the host and returns at once; the open server keeps the process alive until a signal closes it. */
export async function runWeb(ctx: CliContext, rawFile: unknown, rawOptions: unknown): Promise<number> {
  const file = rawFile === undefined ? undefined : parsePath(ctx, rawFile);
  const { port, open } = parseOptions(ctx, optionsSchema(ctx), rawOptions);
  let host: WebHost;
  try {
    host = await startWebHost({ file, port, rendererDir: defaultRendererDir() });
  } catch (error) {
    throw error instanceof WebHostStartError ? startFailure(ctx, error) : error;
  }
  const stop = () => {
    void host.close().then(() => {
      ctx.io.out(ctx.t('web.stopped'));
      process.exit(EXIT_OK);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  ctx.io.out(ctx.t('web.listening', { url: host.url }));
  ctx.io.out(ctx.t('web.stop'));
  if (open) openBrowser(ctx, host.url);
  return EXIT_OK;
}

export const webCommand: CliCommand = {
  name: 'web',
  register(program: Command, ctx: CliContext, done: Done) {
    program
      .command('web')
      .description(ctx.t('web.description'))
      .argument(`[${ctx.t('term.file')}]`, ctx.t('web.file'))
      .option(`--port <${ctx.t('term.port')}>`, ctx.t('web.port'))
      .option('--no-open', ctx.t('web.noOpen'))
      .action((file: string | undefined, options: Record<string, unknown>) => runAction(ctx, done, () => runWeb(ctx, file, options)));
  },
};
