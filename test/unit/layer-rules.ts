// The dependency directions of docs/architecture.md (Layout and layer rules) as data, and a checker that lists every import crossing a forbidden line.
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';

export const repoRoot = path.resolve(__dirname, '../..');

export interface Violation {
  readonly file: string;
  readonly specifier: string;
  readonly rule: string;
}

type Layer = 'shared' | 'core' | 'main' | 'ipc' | 'preload' | 'web' | 'cli' | 'renderer';

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The layer a repository-relative path belongs to, or null for files outside the layered code (tests, scripts). */
export function layerOf(relative: string): Layer | null {
  const p = relative.split(path.sep).join('/');
  if (p.startsWith('shared/')) return 'shared';
  if (p.startsWith('renderer/')) return 'renderer';
  for (const layer of ['core', 'main', 'ipc', 'preload', 'web', 'cli'] as const) {
    if (p.startsWith(`electron/${layer}/`)) return layer;
  }
  return null;
}

/** What a layer must not import: other layers, and named packages or kinds of package. */
const forbidden: Readonly<Record<Layer, { layers: readonly Layer[]; packages: readonly string[]; nodeBuiltins: boolean }>> = {
  shared: { layers: ['core', 'main', 'ipc', 'preload', 'web', 'cli', 'renderer'], packages: ['electron', 'better-sqlite3', 'docx', 'react', 'react-dom'], nodeBuiltins: true },
  core: { layers: ['main', 'ipc', 'preload', 'web', 'cli', 'renderer'], packages: ['electron', 'react', 'react-dom'], nodeBuiltins: false },
  main: { layers: ['renderer', 'web', 'cli', 'preload'], packages: ['react', 'react-dom'], nodeBuiltins: false },
  ipc: { layers: ['renderer', 'web', 'cli', 'preload', 'main'], packages: ['react', 'react-dom'], nodeBuiltins: false },
  preload: { layers: ['core', 'main', 'ipc', 'web', 'cli', 'renderer'], packages: ['better-sqlite3', 'docx', 'react', 'react-dom'], nodeBuiltins: true },
  web: { layers: ['main', 'ipc', 'preload', 'renderer'], packages: ['electron', 'react', 'react-dom'], nodeBuiltins: false },
  cli: { layers: ['main', 'ipc', 'preload', 'renderer'], packages: ['electron', 'react', 'react-dom'], nodeBuiltins: false },
  renderer: { layers: ['core', 'main', 'ipc', 'preload', 'web', 'cli'], packages: ['electron', 'better-sqlite3', 'docx'], nodeBuiltins: true },
};

const importPattern = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(importPattern)) found.push((match[1] ?? match[2])!);
  return found;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Violations in one file, given its repository-relative path and its source text. */
export function checkFile(relative: string, source: string): Violation[] {
  const layer = layerOf(relative);
  if (!layer) return [];
  const rules = forbidden[layer];
  const violations: Violation[] = [];
  for (const specifier of importsOf(source)) {
    if (specifier.startsWith('.')) {
      const target = path.relative(repoRoot, path.resolve(repoRoot, path.dirname(relative), specifier));
      const targetLayer = layerOf(target);
      if (targetLayer && rules.layers.includes(targetLayer)) violations.push({ file: relative, specifier, rule: `${layer} must not import ${targetLayer}` });
      if (layer === 'preload' && targetLayer === 'shared' && !/^shared\/(contract|zod)/.test(target.split(path.sep).join('/'))) {
        violations.push({ file: relative, specifier, rule: 'preload may import only shared/contract' });
      }
      continue;
    }
    if (rules.nodeBuiltins && builtins.has(specifier)) violations.push({ file: relative, specifier, rule: `${layer} must not import Node built-ins` });
    if (rules.packages.includes(packageName(specifier))) violations.push({ file: relative, specifier, rule: `${layer} must not import ${packageName(specifier)}` });
    if (layer === 'preload' && packageName(specifier) !== 'electron' && packageName(specifier) !== 'zod') {
      violations.push({ file: relative, specifier, rule: 'preload may import only electron and shared/contract' });
    }
  }
  if (layer === 'renderer' && !relative.split(path.sep).join('/').startsWith('renderer/src/bridge/') && /inventarisBridge|bridgeGlobalName/.test(source)) {
    violations.push({ file: relative, specifier: 'inventarisBridge', rule: 'only renderer/src/bridge may read the bridge global' });
  }
  return violations;
}

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

export function checkRepository(): Violation[] {
  return ['shared', 'electron', 'renderer']
    .flatMap((dir) => sourceFiles(path.join(repoRoot, dir)))
    .flatMap((file) => checkFile(path.relative(repoRoot, file), fs.readFileSync(file, 'utf8')));
}
