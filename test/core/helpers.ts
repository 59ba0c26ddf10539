// Small helpers for core tests: a temp folder per test and an in-process core whose settings live there too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterEach } from 'vitest';
import { createInProcessCore, type InProcessCore } from '../../electron/core/in-process';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-test-'));
  made.push(dir);
  return dir;
}

/** An in-process core with its own settings folder. */
export function makeCore(dir = tempDir()): InProcessCore & { dir: string } {
  const core = createInProcessCore({ configDir: path.join(dir, 'config') });
  // Tests assert Dutch messages by default, whatever the machine's locale.
  core.session.env.config.update({ language: 'nl', authorName: 'Test' });
  return { ...core, dir };
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
