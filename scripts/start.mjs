// `npm start`: builds the app, makes sure the Electron runtime is present (downloading it once if needed), and runs
// the desktop app with any files named on the command line. Where the runtime cannot be had, it says so plainly and
// points to `npm run web`, which needs no download.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNativeBinding } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

function say(nl, en) {
  console.log(`${nl}\n${en}`);
}

function stop(nl, en, detail) {
  console.error(`\n${nl}\n${en}`);
  if (detail) console.error(`\n${detail.trim()}`);
  process.exit(1);
}

/** The Electron executable, or null while the runtime has not been downloaded. */
function electronExecutable() {
  try {
    // electron's index.js answers with the path only once node_modules/electron/dist is in place (and throws before).
    const executable = require('electron');
    return typeof executable === 'string' && fs.existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

// 1. Build the renderer and the main, preload and CLI bundles.
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) stop('Bouwen is mislukt (zie hierboven).', 'The build failed (see above).');

// 2. The Electron runtime: package.json keeps npm from downloading it at install time, so fetch it once here.
let electron = electronExecutable();
if (!electron) {
  say('De Electron-runtime wordt eenmalig gedownload…', 'Downloading the Electron runtime (once)…');
  const install = spawnSync(process.execPath, [require.resolve('electron/install.js')], {
    cwd: root,
    stdio: 'inherit',
    // Asked for explicitly now, so a skip flag meant for `npm install` must not silently skip it.
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  });
  electron = install.status === 0 ? electronExecutable() : null;
  if (!electron) {
    stop(
      'De desktop-runtime (Electron) kon niet worden gedownload. Is er geen internetverbinding?\n' +
        'Gebruik Inventaris in de browser met: npm run web',
      'The desktop runtime (Electron) could not be downloaded. Is there no internet connection?\n' +
        'Use Inventaris in the browser instead with: npm run web',
    );
  }
}

// 3. better-sqlite3 is a native module built for Node by `npm install` (the CLI, the web host and the tests need that
//    build). Electron gets its own copy, built for its ABI once, outside node_modules; the main process loads it through
//    better-sqlite3's `nativeBinding` option (electron/core/db/native.ts). Made and checked here, so a missing copy is
//    a clear message instead of an error on the first file opened.
let sqliteBinding;
try {
  sqliteBinding = ensureElectronNativeBinding({ electron, log: say });
} catch (error) {
  stop(
    `${error.nl ?? 'De databasemodule (better-sqlite3) kon niet voor Electron worden gemaakt.'}\n` +
      'Gebruik Inventaris in de browser met: npm run web',
    `${error.en ?? 'The database module (better-sqlite3) could not be made for Electron.'}\n` +
      'Use Inventaris in the browser instead with: npm run web',
    error.detail ?? String(error?.stack ?? error),
  );
}

// 4. Run the app. npm runs scripts in the project folder, so files named relative to where the user typed
//    `npm start -- file.inventaris` (INIT_CWD) are made absolute first.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2).map((arg) => (arg.startsWith('-') ? arg : path.resolve(userCwd, arg)));
const env = { ...process.env, INVENTARIS_SQLITE_BINDING: sqliteBinding };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, [root, ...args], { cwd: root, stdio: 'inherit', env, windowsHide: false });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal);
  });
}
child.on('error', (error) => stop('Electron kon niet worden gestart.', 'Electron could not be started.', String(error)));
child.on('close', (code, signal) => {
  if (code === null) {
    console.error(`Electron stopte door signaal ${signal} / Electron exited with signal ${signal}`);
    process.exit(1);
  }
  process.exit(code);
});
