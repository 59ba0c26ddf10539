// Builds everything the app runs: the renderer (Vite) and the Node-side bundles (esbuild): Electron main, preload, CLI.
// Runs on `npm install` (prepare), so `npx inventaris` and `npm run web` work straight after installing.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2]; // 'renderer' | 'node' | undefined (both)

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

if (only !== 'node') {
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
}
if (only !== 'renderer') {
  await Promise.all([
    esbuild({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.js', external: ['electron', 'better-sqlite3', '@resvg/resvg-js', 'subset-font'] }),
    // A sandboxed preload may only require('electron'); everything else is bundled in.
    esbuild({ ...common, minify: true, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.js', external: ['electron'] }),
    esbuild({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli/cli.js', external: ['better-sqlite3', 'electron', '@resvg/resvg-js', 'subset-font'] }),
  ]);
}
