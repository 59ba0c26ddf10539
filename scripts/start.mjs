// `npm start`: builds the app, makes sure the Electron runtime is present (downloading it once if needed), and runs
// the desktop app with any files named on the command line. Where the runtime cannot be had, it says so plainly and
// points to `npm run web`, which needs no download.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

// 3. better-sqlite3 is a native module: it must be built for Electron's ABI, not only for Node's. Checked here so a
//    mismatch is a clear message instead of a crash on the first window.
const probe = spawnSync(electron, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
});
if (probe.status !== 0) {
  stop(
    'De databasemodule (better-sqlite3) is niet gebouwd voor Electron. Bouw haar opnieuw met (internet nodig):\n' +
      '  npx electron-rebuild --only better-sqlite3 --force\n' +
      'Daarna werken de tests, de CLI en `npm run web` pas weer na: npm rebuild better-sqlite3\n' +
      'Of gebruik Inventaris in de browser met: npm run web',
    'The database module (better-sqlite3) is not built for Electron. Rebuild it with (needs internet):\n' +
      '  npx electron-rebuild --only better-sqlite3 --force\n' +
      'Afterwards the tests, the CLI and `npm run web` only work again after: npm rebuild better-sqlite3\n' +
      'Or use Inventaris in the browser with: npm run web',
    `${probe.stderr ?? ''}${probe.error ? String(probe.error) : ''}`,
  );
}

// 4. Run the app. npm runs scripts in the project folder, so files named relative to where the user typed
//    `npm start -- file.inventaris` (INIT_CWD) are made absolute first.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2).map((arg) => (arg.startsWith('-') ? arg : path.resolve(userCwd, arg)));
const env = { ...process.env };
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
