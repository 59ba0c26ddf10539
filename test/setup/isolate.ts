// Runs before every test file (vitest setupFiles): points every settings and documents folder at a temp folder of
// this file's own, so nothing a test does (in process, or in a CLI, web host or LibreOffice it starts) reaches the
// user's settings, recent files or documents, and no temporary file outlives it. Child processes inherit these variables.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-run-'));
const folders = {
  INVENTARIS_HOME: path.join(root, 'config', 'inventaris'),
  INVENTARIS_DOCUMENTS: path.join(root, 'documents'),
  // The platform folders the app (or a tool it runs) would fall back to when INVENTARIS_HOME is ignored.
  XDG_CONFIG_HOME: path.join(root, 'config'),
  APPDATA: path.join(root, 'appdata'),
  // Temporary files too (os.tmpdir(), e.g. the chart worker's cut-down fonts), so none outlives the test file.
  TMPDIR: path.join(root, 'tmp'),
};
for (const [name, dir] of Object.entries(folders)) {
  fs.mkdirSync(dir, { recursive: true });
  process.env[name] = dir;
}
process.env.INVENTARIS_TEST_ROOT = root;

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});
