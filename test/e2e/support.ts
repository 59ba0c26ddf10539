// End-to-end support: the real web host as a child process (the built CLI, real core, real SQLite in a temp folder)
// and Debian's Chromium driven by playwright-core. Collects console errors so a test can assert there were none.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const repoRoot = path.resolve(__dirname, '../..');
const cli = path.join(repoRoot, 'bin/inventaris.js');

export function chromiumPath(): string {
  for (const candidate of ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error('Chromium is not installed. Install it with: sudo apt-get install -y chromium');
}

export interface HostProcess {
  readonly url: string;
  readonly origin: string;
  readonly child: ChildProcess;
  readonly home: string;
  readonly documents: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The name the e2e user has given on first start (tests of the welcome itself start without one). */
export const e2eAuthor = { name: 'Eva de Tester', initials: 'ET' } as const;

/**
 * A folder for one test run: settings (INVENTARIS_HOME) and documents (INVENTARIS_DOCUMENTS) live inside it. The
 * settings already hold the user's name, so the first-start welcome does not stand in the way, unless `firstStart`.
 */
export function makeWorkspace(options: { firstStart?: boolean } = {}): { home: string; documents: string; root: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'inventaris-e2e-'));
  const home = path.join(root, 'home');
  const documents = path.join(root, 'documents');
  fs.mkdirSync(home);
  fs.mkdirSync(documents);
  if (!options.firstStart) {
    const identity = { authorName: e2eAuthor.name, authorInitials: e2eAuthor.initials, identityConfirmed: true };
    fs.writeFileSync(path.join(home, 'config.json'), `${JSON.stringify(identity, null, 2)}\n`);
  }
  return { root, home, documents };
}

/** Starts `inventaris web` and resolves with its URL once it listens. */
export function startHost(options: { home: string; documents: string; file?: string; port?: number; lang?: 'nl' | 'en' }): Promise<HostProcess> {
  const args = [cli, 'web', '--no-open', ...(options.file ? [options.file] : []), ...(options.port ? ['--port', String(options.port)] : [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, INVENTARIS_HOME: options.home, INVENTARIS_DOCUMENTS: options.documents, LANG: options.lang === 'en' ? 'en_GB.UTF-8' : 'nl_NL.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const url = match[1]!;
      resolve({
        url,
        origin: new URL(url).origin,
        child,
        home: options.home,
        documents: options.documents,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}: ${output}`));
    });
  });
}

export interface BrowserSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught page errors seen so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

export async function openBrowser(options: { width?: number; height?: number; locale?: string } = {}): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    // --lang makes date inputs show the Dutch day-month-year order a Dutch user's system would.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', `--lang=${options.locale ?? 'nl-NL'}`],
  });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    locale: options.locale ?? 'nl-NL',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { browser, context, page, errors, close: () => browser.close() };
}

/** Runs axe-core (WCAG 2 A and AA) and returns the serious and critical violations, summarised. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Saves a screenshot under test-results/screens for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(repoRoot, 'test-results', 'screens');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Makes an inventory file with the built CLI, with this workspace's settings and documents folders. */
export function createInventoryFile(workspace: { home: string; documents: string }, target: string, title: string): void {
  execFileSync(process.execPath, [path.join(repoRoot, 'bin/inventaris.js'), 'new', target, '--title', title], {
    env: { ...process.env, INVENTARIS_HOME: workspace.home, INVENTARIS_DOCUMENTS: workspace.documents },
  });
}

/** Calls the host's contract directly, as another tab would (data setup only; the UI is what is under test). */
export async function rpc<T>(url: string, method: string, input: unknown = {}): Promise<T> {
  const parsed = new URL(url);
  const response = await fetch(`${parsed.origin}/rpc/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Inventaris-Token': parsed.searchParams.get('token')! },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

/** Runs a query on an .inventaris file opened read-only, as any SQLite tool would. */
export function readFile<T>(target: string, query: (db: Database.Database) => T): T {
  const db = new Database(target, { readonly: true, fileMustExist: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

/** No console errors, a screenshot, and (axe takes over a second, so once per page or dialog) no serious axe findings. */
export async function expectCleanPage(page: Page, errors: readonly string[], shot: string, options: { axe: boolean } = { axe: true }): Promise<void> {
  if (options.axe) expect(await seriousAccessibilityViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await screenshot(page, shot);
}

/** Waits until the top bar says everything is saved. */
export async function savedState(page: Page): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
}
