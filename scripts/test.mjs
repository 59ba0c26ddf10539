// `npm test`: type-check, build, then every vitest suite (unit, core, end-to-end in Chromium).
// Ends with one plain line "N passed, N failed" counted from the results, so a run that tested nothing is visible.
// Fails loudly when the run changed the user's own settings or documents folder (tests must use their own folders).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint, userFolders } from './user-settings-guard.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;

const guarded = userFolders();
const before = fingerprint(guarded);

let passed = 0;
let failed = 0;
let skipped = 0;

console.log('> typecheck');
if (run('npm', ['run', '--silent', 'typecheck']) === 0) passed += 1;
else failed += 1;

console.log('> build');
const buildStatus = run(process.execPath, ['scripts/build.mjs']);
if (buildStatus !== 0) failed += 1;

const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-vitest-')), 'results.json');
console.log('> vitest');
const vitestStatus =
  buildStatus === 0
    ? run(path.join(root, 'node_modules/.bin/vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)])
    : 1;

if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  skipped += results.numPendingTests + results.numTodoTests;
  // A file that fails to load has no tests to count; count it as a failure so it cannot pass unseen.
  failed += results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} else if (buildStatus === 0) {
  failed += 1;
}
if (vitestStatus !== 0 && failed === 0) failed += 1;

if (fingerprint(guarded) !== before) {
  console.error(`\nThe test run changed the user's own Inventaris folders (${guarded.join(', ')}).`);
  console.error('Every test must use its own settings folder (see test/setup/isolate.ts); find the test that does not.');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
