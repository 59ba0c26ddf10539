// Plan and hold an interview entirely by keyboard against the real web host, then kill the host mid-typing:
// everything typed up to one second before the kill must be in the file.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, openBrowser, repoRoot, seriousAccessibilityViolations, startHost, type BrowserSession, type HostProcess } from './support';

const cli = path.join(repoRoot, 'bin/inventaris.js');

// The page's own globals for page.evaluate, typed minimally: this file is type-checked without the DOM library.
interface PageElement {
  readonly tagName: string;
  readonly outerHTML: string;
  readonly content: string;
  matches(selector: string): boolean;
  closest(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
}
declare const document: { readonly activeElement: PageElement | null; querySelector(selector: string): PageElement | null };

/** Calls the contract from inside the page, with the token the host put in the page. */
function rpc<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([m, body]) => {
      const token = document.querySelector('meta[name="inventaris-token"]')!.content;
      const response = await fetch(`/rpc/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Inventaris-Token': token }, body: JSON.stringify(body) });
      const envelope = (await response.json()) as { ok: boolean; value: unknown; error: unknown };
      if (!envelope.ok) throw new Error(`${m}: ${JSON.stringify(envelope.error)}`);
      return envelope.value;
    },
    [method, input] as const,
  ) as Promise<T>;
}

/** Presses Tab (or Shift+Tab) until the focused element matches the selector: keyboard only, checked from outside. */
async function tabTo(page: Page, selector: string, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i < (options.max ?? 80); i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`);
}

async function saved(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="save-state"][data-state="saved"]', { timeout: 5000 });
}

/** Questions of the interview's frozen guide by their visible code. */
function questionIds(db: Database.Database, interviewId: string): Map<string, string> {
  const row = db.prepare('SELECT guide_snapshot FROM interviews WHERE id = ?').get(interviewId) as { guide_snapshot: string };
  const guide = JSON.parse(row.guide_snapshot) as { sections: { questions: { id: string; code: string }[] }[] };
  return new Map(guide.sections.flatMap((s) => s.questions.map((q) => [q.code, q.id] as const)));
}

/** Connection errors are expected once the host is killed; everything else is a real error. */
const connectionError = /ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET|Failed to fetch|EventSource|net::ERR_/;

describe('interview mode by keyboard', () => {
  const workspace = makeWorkspace();
  const file = path.join(workspace.documents, 'rhenen.inventaris');
  let host: HostProcess;
  let browser: BrowserSession;
  let interviewId = '';

  beforeAll(async () => {
    execFileSync(process.execPath, [cli, 'new', file, '--title', 'Circulair inkopen Rhenen']);
    host = await startHost({ home: workspace.home, documents: workspace.documents, file });
    browser = await openBrowser({ width: 1280, height: 720 });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('plans, starts and holds an interview without the mouse, and every answer and the knelpunt reach the file', async () => {
    const { page } = browser;
    await page.goto(host.url);
    await page.waitForSelector('[data-testid="file-name"]');
    const organisation = await rpc<{ id: string }>(page, 'organisations.create', { fields: { name: 'Gemeente Rhenen', kind: 'municipality' } });
    await rpc(page, 'respondents.create', { fields: { name: 'Sanne Bakker', role: 'procurement', organisationId: organisation.id, jobTitle: 'Inkoopadviseur' } });
    await rpc(page, 'settings.update', { authorName: 'Robin de Wit' });

    // Sidebar → planner → "Interview plannen".
    await tabTo(page, 'nav a[href$="/interviews"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.planner-table');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await tabTo(page, '.page-header button.button-primary');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="plan-interview-dialog"]');

    // The form: organisation by arrow key, the respondent by Space, the interviewer is filled in, a location, the mode.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '.check-list input[type="checkbox"]');
    await page.keyboard.press('Space');
    expect(await page.inputValue('[data-testid="plan-interview-dialog"] input[name="interviewer"]')).toBe('Robin de Wit');
    await tabTo(page, '[data-testid="plan-interview-dialog"] select[name="mode"]');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '[data-testid="plan-interview-dialog"] input[name="location"]', { backwards: true });
    await page.keyboard.type('Stadhuis Rhenen, kamer 1.04');
    await page.keyboard.press('Enter');

    // The interview page: start with its shortcut.
    await page.waitForSelector('[data-testid="start-interview"]');
    interviewId = decodeURIComponent(/#\/interviews\/([^/]+)$/.exec(page.url())![1]!);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Alt+S');
    await page.waitForSelector('[data-testid="conduct"]');
    await page.waitForFunction(() => document.activeElement?.matches('[data-question-code="1.1"] textarea[data-field="value"]'));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Section 1: an open answer with an explanation, a choice, a scale by keyboard, a single choice.
    await page.keyboard.type('Het coalitieakkoord noemt circulair inkopen; een streefcijfer ontbreekt.');
    await tabTo(page, '[data-question-code="1.1"] textarea[data-field="explanation"]');
    await page.keyboard.type('Bron: inkoopbeleid 2024 — “we zijn er nog niet” 🌱');
    await tabTo(page, '[data-question-code="1.2"] input[type="checkbox"]');
    await page.keyboard.press('Space');
    await tabTo(page, '[data-question-code="1.3"] input[type="radio"]');
    await page.keyboard.press('2');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, '[data-question-code="1.4"] input[type="radio"]');
    await page.keyboard.press('Space');
    await saved(page);

    // Next section by shortcut; n.v.t. on 2.1; a knelpunt at 2.2 with Alt+B, saved with Enter.
    await page.keyboard.press('Alt+PageDown');
    await page.waitForFunction(() => document.activeElement?.closest('[data-question-code="2.1"]') !== null);
    // N.v.t. is out of the Tab order (Tab goes between answer fields): its own shortcut sets it.
    await page.keyboard.press('Alt+N');
    await page.waitForSelector('[data-question-code="2.1"] [data-action="not_applicable"][aria-pressed="true"]');
    await tabTo(page, '[data-question-code="2.2"] input[type="radio"]');
    await page.keyboard.press('4');
    await page.keyboard.press('Alt+B');
    await page.waitForFunction(() => document.activeElement?.matches('[data-testid="note-composer"] textarea') ?? false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.keyboard.type('Inkoop wordt pas betrokken als het bestek klaar is.');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-question-code="2.2"] [data-testid="note-item"][data-kind="knelpunt"]');
    // Focus is back where it was: on the scale of 2.2.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-question-code]')?.getAttribute('data-question-code'))).toBe('2.2');
    await saved(page);

    // Afronden: keep it as held, back on the interview page.
    await tabTo(page, '.conduct-finish', { backwards: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="finish-dialog"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="start-interview"]');
    await saved(page);
    expect(browser.errors).toEqual([]);

    await host.stop();
    const db = new Database(file, { readonly: true });
    const ids = questionIds(db, interviewId);
    const answer = (code: string) =>
      db.prepare('SELECT value, no_answer, explanation FROM answers WHERE interview_id = ? AND question_id = ?').get(interviewId, ids.get(code)) as
        | { value: string | null; no_answer: string | null; explanation: string }
        | undefined;
    expect(answer('1.1')).toEqual({
      value: JSON.stringify('Het coalitieakkoord noemt circulair inkopen; een streefcijfer ontbreekt.'),
      no_answer: null,
      explanation: 'Bron: inkoopbeleid 2024 — “we zijn er nog niet” 🌱',
    });
    expect(JSON.parse(answer('1.2')!.value!)).toEqual(['coalitieakkoord']);
    expect(JSON.parse(answer('1.3')!.value!)).toBe(3);
    expect(JSON.parse(answer('1.4')!.value!)).toBe('ondertekend-actieplan');
    expect(answer('2.1')).toEqual({ value: null, no_answer: 'not_applicable', explanation: '' });
    expect(JSON.parse(answer('2.2')!.value!)).toBe(4);
    const notes = db.prepare('SELECT kind, text, question_id, author FROM notes WHERE interview_id = ?').all(interviewId);
    expect(notes).toEqual([{ kind: 'knelpunt', text: 'Inkoop wordt pas betrokken als het bestek klaar is.', question_id: ids.get('2.2'), author: 'Robin de Wit' }]);
    const interview = db.prepare('SELECT status, location, mode, interviewer, respondent_ids FROM interviews WHERE id = ?').get(interviewId);
    expect(interview).toMatchObject({ status: 'held', location: 'Stadhuis Rhenen, kamer 1.04', mode: 'video', interviewer: 'Robin de Wit' });
    db.close();
  });

  it('keeps everything typed up to one second before the host is killed', async () => {
    expect(interviewId).not.toBe('');
    host = await startHost({ home: workspace.home, documents: workspace.documents, file });
    await browser.close();
    browser = await openBrowser({ width: 1280, height: 720 });
    const { page } = browser;
    await page.goto(host.url);
    await page.waitForSelector('[data-testid="file-name"]');
    await tabTo(page, 'nav a[href$="/interviews"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.planner-table');
    await tabTo(page, '.interview-row-link');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="start-interview"]');
    await page.keyboard.press('Alt+S');
    await page.waitForFunction(() => document.activeElement?.matches('[data-question-code="1.1"] textarea[data-field="value"]'));
    await page.keyboard.press('Control+End');

    // Type, pause a second, then type steadily and kill the host right after the last key.
    const typed: { at: number; text: string }[] = [];
    let text = (await page.inputValue('[data-question-code="1.1"] textarea[data-field="value"]')) as string;
    // About 40 keys a second, like fast typing: without a save during steady typing the test fails.
    const type = async (chunk: string) => {
      for (const char of chunk) {
        await page.keyboard.type(char);
        text += char;
        typed.push({ at: Date.now(), text });
        await page.waitForTimeout(25);
      }
    };
    await type(' Eerst dit.');
    await page.waitForTimeout(1000);
    await type(' Daarna typ ik gestaag door, zonder pauze, tot de host wordt gestopt met SIGKILL.');
    const killedAt = Date.now();
    await host.stop('SIGKILL');

    const expected = typed.filter((t) => t.at <= killedAt - 1000).at(-1)!.text;
    expect(expected).toContain('Eerst dit. Daarna');
    host = await startHost({ home: workspace.home, documents: workspace.documents, file });
    await host.stop();
    const db = new Database(file, { readonly: true });
    const ids = questionIds(db, interviewId);
    const row = db.prepare('SELECT value FROM answers WHERE interview_id = ? AND question_id = ?').get(interviewId, ids.get('1.1')) as { value: string };
    db.close();
    const stored = JSON.parse(row.value) as string;
    expect(stored.startsWith(expected), `stored "${stored}" should start with "${expected}"`).toBe(true);
    expect(text.startsWith(stored)).toBe(true);

    const unexpected = browser.errors.filter((message) => !connectionError.test(message));
    expect(unexpected).toEqual([]);
  });
});
