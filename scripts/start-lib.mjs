// The steps of `npm start`, apart from the script that wires them to the real machine (scripts/start.mjs), so tests
// can run them with stand-ins. Every message comes in Dutch, then English; a failed step never shows a stack trace:
// one line says why, the full output goes to a log file, and the app starts in the browser instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Runs a command with its output captured rather than shown. */
export function runQuiet(command, args, options = {}) {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`;
  return { status: result.status ?? 1, output };
}

/**
 * The one line of a tool's failure output a person needs: the first error message, without its stack.
 * Example: reasonOf('RequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest…') === 'getaddrinfo ENOTFOUND github.com'
 */
export function reasonOf(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !/^at\s/.test(line) && !/^node:internal/.test(line) && !/^\^+$/.test(line));
  const error = lines.find((line) => /^(\w*Error|Error)(\s*\[[^\]]*\])?:/.test(line)) ?? lines.at(-1) ?? '';
  return error.replace(/^(\w*Error|Error)(\s*\[[^\]]*\])?:\s*/, '').slice(0, 300);
}

/** Keeps a failed step's full output for whoever wants to look, and returns where it went. */
export function keepLog(dir, name, text) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
  return file;
}

/**
 * Runs `npm start`. Steps (all required):
 *   build(): number                 exit status of the build
 *   findElectron(): string | null   the Electron executable once its runtime is present
 *   installElectron(): { status, output }
 *   prepareElectron(electron): string   the better-sqlite3 binding for Electron; throws { nl, en, detail } when it cannot
 *   launchElectron(electron, binding, args): Promise<number>
 *   launchWeb(args): Promise<number>    the local web host, which opens the app in the browser or prints its address
 * options: argv (after `npm start --`), logDir, say(nl, en), warn(nl, en).
 */
export async function start(steps, options) {
  const { say, warn } = options;
  const wantsWeb = options.argv.includes('--web');
  const args = options.argv.filter((arg) => arg !== '--web');

  if (steps.build() !== 0) {
    warn('Bouwen is mislukt (zie hierboven).', 'The build failed (see above).');
    return 1;
  }
  const inBrowser = () => {
    say('Inventaris start nu in de browser.', 'Inventaris now starts in the browser.');
    return steps.launchWeb(args);
  };
  if (wantsWeb) return steps.launchWeb(args);

  let electron = steps.findElectron();
  if (!electron) {
    say('De Electron-runtime wordt eenmalig gedownload…', 'Downloading the Electron runtime (once)…');
    const install = steps.installElectron();
    electron = install.status === 0 ? steps.findElectron() : null;
    if (!electron) {
      const log = keepLog(options.logDir, 'electron-download.log', install.output);
      const reason = reasonOf(install.output) || `exit ${install.status}`;
      warn(
        `De desktop-app (Electron) kon niet worden gedownload: ${reason}. Is er geen internetverbinding? Details: ${log}`,
        `The desktop app (Electron) could not be downloaded: ${reason}. Is there no internet connection? Details: ${log}`,
      );
      return inBrowser();
    }
  }

  let binding;
  try {
    binding = steps.prepareElectron(electron);
  } catch (error) {
    const log = keepLog(options.logDir, 'electron-sqlite.log', String(error?.detail ?? error?.stack ?? error));
    warn(
      `${error?.nl ?? 'De databasemodule (better-sqlite3) kon niet voor Electron worden gemaakt.'} Details: ${log}`,
      `${error?.en ?? 'The database module (better-sqlite3) could not be made for Electron.'} Details: ${log}`,
    );
    return inBrowser();
  }
  return steps.launchElectron(electron, binding, args);
}

/** Runs a child with the terminal, passing Ctrl+C and SIGTERM on; resolves with its exit code. */
export function runAttached(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: options.stdio ?? 'inherit' });
    const forward = (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      console.error(error.message);
      resolve(1);
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
    });
  });
}
