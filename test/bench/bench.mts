// `npm run bench`: builds synthetic inventories of fixed sizes and seeds in a temp folder and prints ONE JSON object
// of figures on stdout (progress goes to stderr). Run a subset with `tsx test/bench/bench.mts openMs autosave`.
// BENCH_DIR chooses where the files go: fsync cost, and so autosave, depends on that disk.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { figures } from './figures/index.mts';
import type { BenchContext } from './harness.mts';

/** Names of the common Linux file systems by statfs magic, to tell tmpfs (no real fsync) from a disk. */
const fileSystems: Readonly<Record<number, string>> = {
  0x01021994: 'tmpfs',
  0xef53: 'ext2/3/4',
  0x9123683e: 'btrfs',
  0x58465342: 'xfs',
  0x794c7630: 'overlayfs',
  0x65735546: 'fuse',
};

function machineFacts(dir: string) {
  const cpus = os.cpus();
  const db = new Database(':memory:');
  const sqliteVersion = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  const fsType = fs.statfsSync(dir).type;
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    sqlite: sqliteVersion,
    benchDir: dir,
    fileSystem: fileSystems[fsType] ?? `0x${fsType.toString(16)}`,
  };
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((key) => !figures.some((figure) => figure.key === key));
  if (unknown.length > 0) {
    process.stderr.write(`unknown figure(s): ${unknown.join(', ')}; known: ${figures.map((f) => f.key).join(', ')}\n`);
    process.exit(2);
  }
  const selected = wanted.length ? figures.filter((figure) => wanted.includes(figure.key)) : figures;
  const parent = path.resolve(process.env.BENCH_DIR ?? os.tmpdir());
  const root = fs.mkdtempSync(path.join(parent, 'inventaris-bench-'));
  // Whatever a figure forgets to pass, it never reaches the user's own settings or documents.
  process.env.INVENTARIS_HOME = path.join(root, 'settings');
  process.env.INVENTARIS_DOCUMENTS = path.join(root, 'documents');
  const sizes: Record<string, number> = {};
  const result: Record<string, unknown> = { machine: machineFacts(root) };
  const started = Date.now();
  try {
    for (const figure of selected) {
      const dir = fs.mkdtempSync(path.join(root, `${figure.key}-`));
      const ctx: BenchContext = {
        dir,
        configDir: path.join(dir, 'config'),
        log: (message) => process.stderr.write(`[bench] ${message}\n`),
        size: (name, value) => {
          sizes[name] = value;
        },
      };
      ctx.log(`${figure.key} ...`);
      result[figure.key] = await figure.run(ctx);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  result.sizes = sizes;
  result.totalSeconds = Math.round((Date.now() - started) / 100) / 10;
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

await main();
