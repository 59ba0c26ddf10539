// better-sqlite3 for Electron, next to the build for Node.
//
// `npm install` builds better-sqlite3's native module for Node (ABI 115); the CLI, the web host and the tests need
// exactly that build. Electron 41 has another ABI, and rebuilding node_modules in place for it would break the Node
// side. So `npm start` keeps a second copy of the binary, built for Electron, in the gitignored folder
// .electron-native/electron-<version>-<platform>-<arch>/better_sqlite3.node, and hands its path to the main process
// (INVENTARIS_SQLITE_BINDING), which loads it through better-sqlite3's `nativeBinding` option
// (electron/core/db/native.ts). Packaged apps do not use this: electron-builder rebuilds better-sqlite3 for Electron.
//
// Making the copy needs the internet once: a prebuilt binary from GitHub (prebuild-install), or else the Electron
// headers from electronjs.org to compile against (node-gyp).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NATIVE_DIR = '.electron-native';
export const BINDING_FILE = 'better_sqlite3.node';
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';
/** What of node_modules/better-sqlite3 a build needs (its own build/ folder, made for Node, stays out). */
export const SOURCE_ENTRIES = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The folder of one Electron build, e.g. electron-41.7.1-linux-x64. */
export function electronNativeFolderName(electronVersion, platform = process.platform, arch = process.arch) {
  for (const [name, value] of Object.entries({ electronVersion, platform, arch })) {
    // Part of a path: refuse anything that could climb out of .electron-native.
    if (typeof value !== 'string' || !/^[0-9A-Za-z._-]+$/.test(value) || value.startsWith('.')) {
      throw new Error(`invalid ${name}: ${String(value)}`);
    }
  }
  return `electron-${electronVersion}-${platform}-${arch}`;
}

/** Where the Electron build of better_sqlite3.node lives in a project. */
export function electronNativeBindingPath(root, electronVersion, platform = process.platform, arch = process.arch) {
  return path.join(path.resolve(root), NATIVE_DIR, electronNativeFolderName(electronVersion, platform, arch), BINDING_FILE);
}

/** The installed Electron version (node_modules/electron/package.json). */
export function electronVersionOf(root = projectRoot) {
  const file = path.join(root, 'node_modules', 'electron', 'package.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

export function prebuildInstallArgs(electronVersion, arch = process.arch) {
  return ['--runtime', 'electron', '--target', electronVersion, '--arch', arch];
}

export function nodeGypArgs(electronVersion, arch = process.arch) {
  return [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    '--jobs=max',
  ];
}

/** npm settings that would make node-gyp or prebuild-install build for another runtime than the one asked for. */
const RUNTIME_SETTINGS = new Set(['nodedir', 'target', 'target_arch', 'runtime', 'arch', 'platform', 'dist_url', 'disturl', 'build_from_source']);

/**
 * The environment for the build tools. node-gyp lets npm's settings (npm_config_*) override its command line, and
 * under `npm start` npm passes on e.g. `nodedir=/usr` from the user's .npmrc: node-gyp would then compile against
 * Node's headers and produce a Node build under an Electron name. Those settings are left out; proxies and the like stay.
 */
export function buildEnvironment(env = process.env) {
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const match = /^(?:npm_config_|npm_package_config_node_gyp_)(.+)$/i.exec(key);
    if (match && RUNTIME_SETTINGS.has(match[1].toLowerCase().replaceAll('-', '_'))) continue;
    clean[key] = value;
  }
  return clean;
}

/** Where node-gyp may be, best first: the one npm ships (npm names it when it runs us), then the project's own. */
export function nodeGypCandidates({ env = process.env, execPath = process.execPath, platform = process.platform, root = projectRoot } = {}) {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const dirname = platform === 'win32' ? path.win32.dirname : path.posix.dirname;
  const inNpm = (npmDir) => join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const candidates = [];
  if (env.npm_config_node_gyp) candidates.push(env.npm_config_node_gyp);
  if (env.npm_execpath) candidates.push(inNpm(join(dirname(env.npm_execpath), '..')));
  const nodeDir = dirname(execPath);
  candidates.push(inNpm(platform === 'win32' ? join(nodeDir, 'node_modules', 'npm') : join(nodeDir, '..', 'lib', 'node_modules', 'npm')));
  candidates.push(join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return [...new Set(candidates)];
}

function firstExisting(files) {
  return files.find((file) => fs.existsSync(file)) ?? null;
}

function resolveAll(require, request, paths) {
  try {
    return [require.resolve(request, { paths })];
  } catch {
    return [];
  }
}

function defaultRun(command, args, options) {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true });
  return {
    status: result.status ?? 1,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${String(result.error)}` : ''}`,
  };
}

function tail(text, lines = 25) {
  return text.trim().split(/\r?\n/).slice(-lines).join('\n');
}

/** An Error whose message is Dutch, then English; `nl`, `en` and `detail` (the tools' output) are kept apart too. */
export function nativeBuildError(nl, en, detail = '') {
  return Object.assign(new Error(`${nl}\n${en}`), { nl, en, detail });
}

/** Whether Electron (run as Node) can open a database with this binary. */
export function loadsInElectron(electron, binding, { root = projectRoot, env = process.env, run = defaultRun } = {}) {
  const requireFromRoot = createRequire(path.join(root, 'package.json'));
  const module = path.dirname(requireFromRoot.resolve('better-sqlite3/package.json'));
  const script = `new (require(${JSON.stringify(module)}))(':memory:', { nativeBinding: ${JSON.stringify(binding)} }).close()`;
  return run(electron, ['-e', script], { cwd: root, env: { ...env, ELECTRON_RUN_AS_NODE: '1' } });
}

/**
 * The absolute path of better_sqlite3.node built for the installed Electron, made once when missing.
 * Throws (message in Dutch, then English) when it cannot be made, which needs the internet.
 *
 * options.electron: the Electron executable; when given, the binary must load in it (a stale or broken copy is rebuilt).
 * The other options exist for tests: root, electronVersion, platform, arch, env, run, log.
 */
export function ensureElectronNativeBinding(options = {}) {
  const root = path.resolve(options.root ?? projectRoot);
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const env = options.env ?? process.env;
  const run = options.run ?? defaultRun;
  const log = options.log ?? ((nl, en) => console.log(`${nl}\n${en}`));
  const electronVersion = options.electronVersion ?? electronVersionOf(root);
  const target = electronNativeBindingPath(root, electronVersion, platform, arch);
  const verify = (file) => (options.electron ? loadsInElectron(options.electron, file, { root, env, run }) : { status: 0, output: '' });

  if (fs.existsSync(target)) {
    if (verify(target).status === 0) return target;
    log('De databasemodule voor Electron laadt niet meer en wordt opnieuw gemaakt.', 'The database module for Electron no longer loads and is made again.');
    fs.rmSync(target, { force: true });
  }

  const requireFromRoot = createRequire(path.join(root, 'package.json'));
  const source = path.dirname(requireFromRoot.resolve('better-sqlite3/package.json'));
  const nativeDir = path.join(root, NATIVE_DIR);
  fs.mkdirSync(nativeDir, { recursive: true });
  // Inside .electron-native, so the finished file is moved into place by a rename on the same disk.
  const work = fs.mkdtempSync(path.join(nativeDir, `.build-${electronNativeFolderName(electronVersion, platform, arch)}-`));
  const failure = (nl, en, detail) =>
    nativeBuildError(
      `De databasemodule (better-sqlite3) kon niet voor Electron ${electronVersion} worden gemaakt. ${nl}`,
      `The database module (better-sqlite3) could not be made for Electron ${electronVersion}. ${en}`,
      detail,
    );
  try {
    for (const entry of SOURCE_ENTRIES) fs.cpSync(path.join(source, entry), path.join(work, entry), { recursive: true });
    const built = path.join(work, 'build', 'Release', BINDING_FILE);
    const toolEnv = buildEnvironment(env);
    const attempts = [];

    log(
      `De databasemodule wordt eenmalig voor Electron ${electronVersion} klaargemaakt (internet nodig)…`,
      `Preparing the database module for Electron ${electronVersion}, once (needs internet)…`,
    );
    // prebuild-install is better-sqlite3's own dependency.
    const prebuildInstall = firstExisting(resolveAll(requireFromRoot, 'prebuild-install/bin.js', [source]));
    const prebuilt = prebuildInstall
      ? run(process.execPath, [prebuildInstall, ...prebuildInstallArgs(electronVersion, arch)], { cwd: work, env: toolEnv })
      : { status: 1, output: 'not found' };
    attempts.push(`prebuild-install (${prebuilt.status}):\n${tail(prebuilt.output)}`);

    if (prebuilt.status !== 0 || !fs.existsSync(built)) {
      fs.rmSync(path.join(work, 'build'), { recursive: true, force: true });
      const nodeGyp = firstExisting(nodeGypCandidates({ env, platform, root }));
      if (nodeGyp) {
        log('Geen kant-en-klare module; compileren (duurt ongeveer een minuut)…', 'No prebuilt module; compiling (takes about a minute)…');
        const compiled = run(process.execPath, [nodeGyp, ...nodeGypArgs(electronVersion, arch)], { cwd: work, env: toolEnv });
        attempts.push(`node-gyp (${compiled.status}):\n${tail(compiled.output)}`);
        if (compiled.status !== 0) fs.rmSync(built, { force: true });
      } else {
        attempts.push('node-gyp: not found');
      }
    }

    if (!fs.existsSync(built)) {
      throw failure(
        'Daarvoor is eenmalig een internetverbinding nodig (een kant-en-klare module van GitHub of de Electron-headers van electronjs.org).',
        'This needs an internet connection once (a prebuilt module from GitHub or the Electron headers from electronjs.org).',
        attempts.join('\n\n'),
      );
    }
    const check = verify(built);
    if (check.status !== 0) {
      throw failure('De gemaakte module laadt niet in Electron.', 'The module that was made does not load in Electron.', `${attempts.join('\n\n')}\n\n${tail(check.output)}`);
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(built, target);
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
