// `npm start`: builds the app, makes sure the Electron runtime is present (downloading it once if needed), and runs
// the desktop app with any files named on the command line. Where the runtime cannot be had (no internet), it says
// so in one line, without a stack trace, and starts the app in the browser instead (the local web host, which opens
// the default browser or prints the address). `npm start -- --web` goes to the browser straight away.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNativeBinding } from './electron-native.mjs';
import { runAttached, runQuiet, start } from './start-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const say = (nl, en) => console.log(`${nl}\n${en}`);
const warn = (nl, en) => console.error(`\n${nl}\n${en}\n`);

/** The Electron executable, or null while the runtime has not been downloaded. */
function findElectron() {
  try {
    // electron's index.js answers with the path only once node_modules/electron/dist is in place (and throws before).
    const executable = require('electron');
    return typeof executable === 'string' && fs.existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

// npm runs scripts in the project folder, so files named relative to where the user typed
// `npm start -- file.inventaris` (INIT_CWD) are made absolute first.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const argv = process.argv.slice(2).map((arg) => (arg.startsWith('-') ? arg : path.resolve(userCwd, arg)));

const code = await start(
  {
    build: () => spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' }).status ?? 1,
    findElectron,
    // package.json keeps npm from downloading the runtime at install time, so it is fetched once here. Asked for
    // explicitly now, so a skip flag meant for `npm install` must not silently skip it.
    installElectron: () => runQuiet(process.execPath, [require.resolve('electron/install.js')], { cwd: root, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } }),
    // better-sqlite3 is built for Node by `npm install` (the CLI, the web host and the tests need that build). Electron
    // gets its own copy, built for its ABI once, outside node_modules (see scripts/electron-native.mjs).
    prepareElectron: (electron) => ensureElectronNativeBinding({ electron, log: say }),
    launchElectron: (electron, binding, args) => {
      const env = { ...process.env, INVENTARIS_SQLITE_BINDING: binding };
      delete env.ELECTRON_RUN_AS_NODE;
      return runAttached(electron, [root, ...args], { cwd: root, env, windowsHide: false });
    },
    // The web host opens one file at most; the first file named, if any.
    launchWeb: (args) => runAttached(process.execPath, [path.join(root, 'bin', 'inventaris.js'), 'web', ...args.filter((arg) => !arg.startsWith('-')).slice(0, 1)], { cwd: root }),
  },
  { argv, logDir: path.join(root, '.electron-native'), say, warn },
);
process.exit(code);
