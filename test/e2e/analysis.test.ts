// The analysis in Chromium against the real web host and the demo inventory made by the CLI: a heat-map cell opens
// its evidence and takes an override with a reason (undoable); text coded in interview mode is counted in the theme
// matrix and opens as a mention; search from the keyboard lands on the source. axe-core finds no serious or critical
// violations on the new pages, and every view is photographed at 1280×720 and 1920×1080.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, openBrowser, readFile, repoRoot, rpc, screenshot, seriousAccessibilityViolations, startHost, type BrowserSession, type HostProcess } from './support';

let workspace: ReturnType<typeof makeWorkspace>;
let file: string;
let host: HostProcess;
let browser: BrowserSession;

const views = ['heatmap', 'themes', 'quotes', 'compare', 'completeness'] as const;

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = h;
  }, hash);
}

async function openView(page: Page, view: (typeof views)[number]): Promise<void> {
  await go(page, `#/analysis/${view}`);
  await page.locator(`[data-testid="${view === 'compare' ? 'compare' : view}-view"]`).waitFor();
  await page.locator('.loading-line').waitFor({ state: 'detached' }).catch(() => undefined);
}

beforeAll(async () => {
  workspace = makeWorkspace();
  file = path.join(workspace.documents, 'demo.inventaris');
  execFileSync(process.execPath, [path.join(repoRoot, 'bin/inventaris.js'), 'demo', file], {
    env: { ...process.env, INVENTARIS_HOME: workspace.home, INVENTARIS_DOCUMENTS: workspace.documents },
  });
  host = await startHost({ home: workspace.home, documents: workspace.documents, file });
  browser = await openBrowser({ width: 1280, height: 720 });
  await browser.page.goto(host.url);
  await browser.page.locator('[data-testid="sidebar-title"]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('the analysis views', () => {
  it('opens a heat-map cell by keyboard and shows the evidence behind its number', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Analyse', exact: true }).click();
    await page.locator('[data-testid="heatmap"]').waitFor();
    const rows = await page.locator('[data-testid="heatmap-row"]').count();
    expect(rows).toBeGreaterThanOrEqual(8);

    // Keyboard: Tab into the grid lands on the first cell; arrows move; Enter opens.
    await page.locator('[data-testid="heatmap"] .heatmap-cell').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => {
      const active = (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement;
      return [active?.getAttribute('data-row'), active?.getAttribute('data-column'), active?.getAttribute('data-organisation')];
    });
    expect(focused.slice(0, 2)).toEqual(['1', '1']);
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-testid="cell-evidence"]');
    await panel.locator('[data-testid="evidence-body"]').waitFor();
    await expect.poll(() => panel.locator('[data-testid="evidence-rule"]').innerText()).toMatch(/mediaan/i);
    const answers = await panel.locator('[data-testid="evidence-answer"]').count();
    const label = await page.locator(`[data-row="1"][data-column="1"]`).getAttribute('aria-label');
    // The cell says how many answers are behind it, and the panel lists exactly those.
    const counted = /(\d+) antwoord/.exec(label ?? '');
    if (counted) expect(answers).toBe(Number(counted[1]));
    else expect(label).toMatch(/geen gegevens/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'analysis-evidence-1280');
  });

  it('overrides a score with a mandatory reason, shows it as such, and undoes the removal', async () => {
    const { page } = browser;
    const panel = page.locator('[data-testid="cell-evidence"]');
    await panel.locator('[data-testid="override-start"]').click();
    await panel.locator('[data-testid="override-level"]').selectOption('5');
    await panel.locator('[data-testid="override-save"]').click();
    // No reason: refused in the form, nothing saved.
    await panel.getByText('Geef een reden voor de aanpassing.').waitFor();
    await panel.locator('[data-testid="override-reason-input"]').fill('Beleid is na de interviews vastgesteld & ondertekend.');
    await panel.locator('[data-testid="override-save"]').click();
    await panel.locator('[data-testid="override-reason"]').waitFor();
    expect(await panel.locator('[data-testid="override-reason"]').innerText()).toContain('vastgesteld & ondertekend');
    await page.locator('.heatmap-cell-overridden[data-row="1"][data-column="1"]').waitFor();
    expect(readFile(file, (db) => db.prepare('SELECT level, reason FROM score_overrides WHERE deleted_at IS NULL').all())).toEqual([
      { level: 5, reason: 'Beleid is na de interviews vastgesteld & ondertekend.' },
    ]);

    await panel.locator('[data-testid="override-clear"]').click();
    await page.locator('.heatmap-cell-overridden').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.locator('.heatmap-cell-overridden[data-row="1"][data-column="1"]').waitFor();
    await page.keyboard.press('Escape');
  });

  it('codes a knelpunt in interview mode with Alt+C and counts it in the theme matrix, where it opens as a mention', async () => {
    const { page } = browser;
    const interviews = await rpc<{ id: string; status: string; organisationId: string | null; organisationName: string | null }[]>(host.url, 'interviews.list', {});
    const held = interviews.find((i) => i.status === 'held' && i.organisationId)!;
    const themesBefore = await rpc<{ codes: { codeId: string; code: string }[]; cells: { codeId: string; organisationId: string; segments: number }[] }>(host.url, 'analysis.themes', {});
    const kosten = themesBefore.codes.find((c) => c.code === 'KOSTEN')!;
    const before = themesBefore.cells.find((c) => c.codeId === kosten.codeId && c.organisationId === held.organisationId)?.segments ?? 0;

    await go(page, `#/interviews/${held.id}/conduct`);
    const explanation = page.locator('textarea[data-field="explanation"]').first();
    await explanation.waitFor();
    const sentence = 'Het budget voor circulaire meerkosten ontbreekt bij de afdelingen.';
    await explanation.fill(sentence);
    // Select "budget voor circulaire meerkosten" by keyboard: Home, then word by word.
    await explanation.press('Home');
    await explanation.press('Control+ArrowRight');
    for (let i = 0; i < 4; i++) await explanation.press('Control+Shift+ArrowRight');
    await page.keyboard.press('Alt+KeyC');
    const picker = page.locator('[data-testid="code-picker"]');
    await picker.waitFor();
    await page.keyboard.type('KOSTEN');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    const chip = page.locator('[data-testid="segment-chip"][data-code="KOSTEN"]');
    await chip.waitFor();
    expect((await chip.innerText()).trim()).toMatch(/budget voor circulaire meerkosten/);
    const stored = readFile(file, (db) =>
      db.prepare("SELECT s.coded_text AS text, s.field FROM coded_segments s JOIN codebook_codes c ON c.id = s.code_id WHERE c.code = 'KOSTEN' AND s.source_id LIKE ? AND s.deleted_at IS NULL").all(`${held.id}/%`),
    );
    expect(stored).toEqual([{ text: expect.stringMatching(/^budget voor circulaire meerkosten ?$/), field: 'explanation' }]);

    // The coded words are highlighted in the field itself: a mark in the code's colour in the mirror behind the
    // textarea, lying inside the textarea's box, and following the text while more is typed before it.
    const card = explanation.locator('xpath=ancestor::*[@data-question-id][1]');
    const behind = card.locator('.coded-textarea-backdrop mark[data-codes="KOSTEN"]');
    await behind.waitFor();
    expect(await behind.textContent()).toBe('budget voor circulaire meerkosten');
    const [markBox, fieldBox] = [await behind.boundingBox(), await explanation.boundingBox()];
    expect(markBox!.x).toBeGreaterThan(fieldBox!.x);
    expect(markBox!.y).toBeGreaterThan(fieldBox!.y);
    expect(markBox!.x + markBox!.width).toBeLessThan(fieldBox!.x + fieldBox!.width);
    expect(markBox!.y + markBox!.height).toBeLessThan(fieldBox!.y + fieldBox!.height);
    expect(await behind.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { boxShadow: string } }).getComputedStyle(el).boxShadow)).toMatch(/inset/);
    await explanation.press('Home');
    await page.keyboard.type('Kortom: ');
    expect(await explanation.inputValue()).toBe(`Kortom: ${sentence}`);
    const moved = await behind.boundingBox();
    expect(moved!.x).toBeGreaterThan(markBox!.x);
    expect(await behind.textContent()).toBe('budget voor circulaire meerkosten');
    // Once saved, the file agrees with what the highlight showed.
    await expect
      .poll(() =>
        readFile(file, (db) =>
          db.prepare("SELECT s.start_offset AS start FROM coded_segments s JOIN codebook_codes c ON c.id = s.code_id WHERE c.code = 'KOSTEN' AND s.source_id LIKE ? AND s.deleted_at IS NULL").all(`${held.id}/%`),
        ),
      )
      .toEqual([{ start: 'Kortom: Het '.length }]);
    await explanation.press('Control+Home');
    for (let i = 0; i < 'Kortom: '.length; i++) await page.keyboard.press('Delete');
    expect(await explanation.inputValue()).toBe(sentence);
    expect(await behind.textContent()).toBe('budget voor circulaire meerkosten');
    await expect
      .poll(() =>
        readFile(file, (db) =>
          db.prepare("SELECT s.start_offset AS start FROM coded_segments s JOIN codebook_codes c ON c.id = s.code_id WHERE c.code = 'KOSTEN' AND s.source_id LIKE ? AND s.deleted_at IS NULL").all(`${held.id}/%`),
        ),
      )
      .toEqual([{ start: 'Het '.length }]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'analysis-coding-conduct-1280');

    // The read view of the interview highlights the coded words in the code's colour.
    await go(page, `#/interviews/${held.id}`);
    const mark = page.locator('mark.coded-mark[data-codes="KOSTEN"]');
    await mark.waitFor();
    expect((await mark.innerText()).startsWith('budget voor circulaire meerkosten')).toBe(true);

    // Coding in the read view: select "de afdelingen" after the highlight and press Alt+C; the offsets skip the
    // highlight's hidden code names, so the stored range is exact.
    await page.evaluate((words) => {
      const g = globalThis as unknown as { document: any; getSelection: () => any };
      const source = g.document.querySelector('mark.coded-mark[data-codes="KOSTEN"]').closest('[data-coding-source]');
      const walker = g.document.createTreeWalker(source, 4);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const at = node.textContent.indexOf(words);
        if (at >= 0 && !node.parentElement.closest('[data-coding-ignore]')) {
          const range = g.document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + words.length);
          g.getSelection().removeAllRanges();
          g.getSelection().addRange(range);
          return;
        }
      }
      throw new Error('text not found');
    }, 'de afdelingen');
    await page.locator('[data-testid="coding-toolbar"]').waitFor();
    await page.keyboard.press('Alt+KeyC');
    await picker.waitFor();
    await page.keyboard.type('EIGEN');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await page.locator('mark.coded-mark[data-codes="EIGEN"]').waitFor();
    expect(
      readFile(file, (db) =>
        db.prepare("SELECT s.coded_text AS text, s.start_offset AS start FROM coded_segments s JOIN codebook_codes c ON c.id = s.code_id WHERE c.code = 'EIGEN' AND s.source_id LIKE ? AND s.deleted_at IS NULL").all(`${held.id}/%`),
      ),
    ).toEqual([{ text: 'de afdelingen', start: sentence.indexOf('de afdelingen') }]);

    await go(page, '#/analysis/themes');
    const row = page.locator('[data-testid="themes-row"][data-code="KOSTEN"]');
    await row.waitFor();
    const cell = row.locator(`td[data-organisation="${held.organisationName}"]`);
    await expect.poll(() => cell.innerText()).toBe(String(before + 1));
    await cell.locator('button').click();
    const panel = page.locator('[data-testid="mentions-panel"]');
    await panel.locator('[data-testid="mention"]').first().waitFor();
    expect(await panel.locator('[data-testid="mention"]').count()).toBe(before + 1);
    await expect.poll(() => panel.innerText()).toMatch(/budget voor circulaire meerkosten/);
    await page.keyboard.press('Escape');
  });

  it('nests, recolours and merges codes in the codebook manager; the merged code’s segments move to the survivor', async () => {
    const { page } = browser;
    await go(page, '#/guide');
    await page.getByRole('tab', { name: /Codeboek/ }).click();
    const row = (code: string) => page.locator(`[data-testid="code-row"][data-code="${code}"]`);
    await row('MONI').waitFor();

    // Nest MONI under DOEL: it is listed indented right after its parent.
    await row('MONI').getByRole('button', { name: /Acties|Actions/ }).click();
    await page.getByRole('menuitem', { name: 'Onder een andere code hangen…' }).click();
    const dialog = page.locator('[data-testid="codebook-action-dialog"]');
    const doel = readFile(file, (db) => db.prepare("SELECT id FROM codebook_codes WHERE code = 'DOEL'").get() as { id: string });
    await dialog.locator('[data-testid="codebook-action-target"]').selectOption(doel.id);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row('MONI').locator('[data-depth="1"]').waitFor();

    // Recolour it.
    await row('MONI').getByRole('button', { name: /Acties|Actions/ }).click();
    await page.getByRole('menuitem', { name: 'Kleur kiezen…' }).click();
    await dialog.locator('[data-testid="colour-swatch"]').nth(2).check();
    await screenshot(page, 'analysis-codebook-colour-1280');
    await dialog.getByRole('button', { name: 'Kleur opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(readFile(file, (db) => db.prepare("SELECT parent_id AS parent, colour FROM codebook_codes WHERE code = 'MONI'").get())).toEqual({ parent: doel.id, colour: expect.stringMatching(/^#[0-9a-f]{6}$/) });

    // Merge KOSTEN (coded in interview mode above) into BUDGET's neighbour CAP: the segment follows.
    const ids = readFile(file, (db) => db.prepare("SELECT code, id FROM codebook_codes WHERE code IN ('KOSTEN', 'CAP')").all() as { code: string; id: string }[]);
    const cap = ids.find((c) => c.code === 'CAP')!.id;
    await row('KOSTEN').getByRole('button', { name: /Acties|Actions/ }).click();
    await page.getByRole('menuitem', { name: 'Samenvoegen met…' }).click();
    await expect.poll(() => dialog.locator('[data-testid="codebook-action-target"] option').allInnerTexts()).not.toContain(expect.stringMatching(/^KOSTEN/));
    await dialog.locator('[data-testid="codebook-action-target"]').selectOption(cap);
    await dialog.getByRole('button', { name: 'Samenvoegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row('KOSTEN').waitFor({ state: 'detached' });
    const segments = readFile(file, (db) =>
      db.prepare("SELECT c.code FROM coded_segments s JOIN codebook_codes c ON c.id = s.code_id WHERE s.coded_text LIKE 'budget voor circulaire meerkosten%' AND s.deleted_at IS NULL").all(),
    );
    expect(segments).toEqual([{ code: 'CAP' }]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'analysis-codebook-1280');
  });

  it('searches from the keyboard and lands on the source', async () => {
    const { page } = browser;
    await go(page, '#/analysis/heatmap');
    await page.locator('[data-testid="heatmap"]').waitFor();
    await page.locator('body').press('Control+KeyK');
    const dialog = page.locator('[data-testid="search-dialog"]');
    await dialog.waitFor();
    // Query syntax it cannot search gets a clear, translated message, never an SQLite error.
    await page.keyboard.type('*');
    await dialog.locator('[data-testid="search-error"]').waitFor();
    expect(await dialog.locator('[data-testid="search-error"]').innerText()).toMatch(/Typ een of meer woorden/);
    await page.locator('[data-testid="search-input"]').fill('"budget AND (');
    await dialog.locator('[data-testid="search-error"]').waitFor({ state: 'detached' });
    expect(await dialog.innerText()).not.toMatch(/fts5|syntax error|SQLITE/i);
    await page.locator('[data-testid="search-input"]').fill('meerkost*');
    await dialog.locator('[data-testid="search-result"]').first().waitFor();
    expect(await dialog.locator('[data-testid="search-result"] mark').count()).toBeGreaterThan(0);
    expect((await dialog.locator('[data-testid="search-result"] mark').first().innerText()).toLowerCase()).toMatch(/^meerkost/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'analysis-search-1280');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[data-search-target="true"]').waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toMatch(/^#\/(interviews|notes|sessions|recommendations)/);
  });

  it('codes part of a note in its editor with Alt+C; the mark shows behind the text and in the notes table', async () => {
    const { page } = browser;
    await go(page, '#/notes');
    const row = page.locator('[data-testid="note-row"]').first();
    await row.waitFor();
    const noteId = (await row.getAttribute('data-note-id'))!;
    await row.locator('.notes-note-open').click();
    const text = page.locator(`textarea[data-coding-source="note"][data-coding-id="${noteId}"]`);
    await text.waitFor();
    const value = await text.inputValue();
    const words = value.split(' ').slice(1, 4).join(' ');
    const start = value.indexOf(words);
    await text.focus();
    await text.evaluate((el, range) => (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(range[0]!, range[1]!), [start, start + words.length]);
    await page.keyboard.press('Alt+KeyC');
    const picker = page.locator('[data-testid="code-picker"]');
    await picker.waitFor();
    await page.keyboard.type('MARKT');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    const behind = page.locator('[data-testid="note-editor"] .coded-textarea-backdrop mark[data-codes="MARKT"]');
    await behind.waitFor();
    expect(await behind.textContent()).toBe(words);
    const inTable = page.locator(`[data-testid="note-row"][data-note-id="${noteId}"] mark.coded-mark[data-codes="MARKT"]`);
    await inTable.waitFor();
    expect((await inTable.innerText()).startsWith(words)).toBe(true);
    await screenshot(page, 'analysis-coding-notes-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'analysis-coding-notes-1920');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('Escape');
  });

  it('codes part of a recommendation with Alt+C and lists it under the text', async () => {
    const { page } = browser;
    await go(page, '#/recommendations');
    const text = page.locator('textarea[data-coding-source="recommendation"]').first();
    await text.waitFor();
    const value = await text.inputValue();
    const words = value.split(' ').slice(0, 3).join(' ');
    await text.focus();
    await text.evaluate((el, end) => (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(0, end), words.length);
    await page.keyboard.press('Alt+KeyC');
    const picker = page.locator('[data-testid="code-picker"]');
    await picker.waitFor();
    await page.keyboard.type('VERB');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    const chip = page.locator('[data-testid="segment-chip"][data-code="VERB"]').first();
    await chip.waitFor();
    expect((await chip.innerText()).includes(words.trim())).toBe(true);
  });

  it('exports the scores as CSV from the analysis page', async () => {
    const { page } = browser;
    await openView(page, 'heatmap');
    await page.locator('[data-testid="analysis-export"]').click();
    const dialog = page.locator('[data-testid="export-dialog"]');
    await dialog.waitFor();
    await dialog.locator('[data-testid="export-what-scores"]').check();
    await dialog.locator('[data-testid="export-format-csv"]').click();
    await expect.poll(() => dialog.locator('[data-testid="export-path"]').inputValue()).toMatch(/scores\.csv$/);
    const target = path.join(workspace.documents, 'scores-export.csv');
    await dialog.locator('[data-testid="export-path"]').fill(target);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'analysis-export-1280');
    await dialog.getByRole('button', { name: 'Exporteren' }).click();
    await dialog.waitFor({ state: 'detached' });
    const csv = fs.readFileSync(target, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/Organisatie/);
    // 8 organisations × 8 dimensions, one row each, plus the header.
    expect(lines.length).toBe(65);
  });

  it('photographs every view at 1280×720 and 1920×1080 with no serious accessibility findings', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await browser.page.setViewportSize({ width, height });
      for (const view of views) {
        await openView(browser.page, view);
        await browser.page.waitForTimeout(300);
        if (width === 1280) expect(await seriousAccessibilityViolations(browser.page), view).toEqual([]);
        await screenshot(browser.page, `analysis-${view}-${width}`);
      }
      // The heat map's gap view, and the same map as the report's figure.
      await openView(browser.page, 'heatmap');
      await browser.page.locator('[data-testid="heatmap-view-gap"]').click();
      await browser.page.locator('[data-testid="heatmap"][data-scale="gap"]').waitFor();
      if (width === 1280) expect(await seriousAccessibilityViolations(browser.page), 'gap').toEqual([]);
      // A dash in the gap view says why: a dimension only one role is asked about has no gap.
      const oneRole = browser.page.locator('[data-testid="heatmap"] .heatmap-cell[title]').first();
      expect(await oneRole.getAttribute('aria-label')).toMatch(/geen verschil, alleen (inkoop|beleid)/);
      expect(await oneRole.locator('.heatmap-value').innerText()).toBe('–');
      await screenshot(browser.page, `analysis-heatmap-gap-${width}`);
      await browser.page.locator('[data-testid="heatmap-display-figure"]').click();
      await browser.page.locator('[data-testid="heatmap-figure"] svg[role="img"]').waitFor();
      await screenshot(browser.page, `analysis-heatmap-figure-${width}`);
      await browser.page.locator('[data-testid="heatmap-view-all"]').click();
    }
    await browser.page.setViewportSize({ width: 1280, height: 720 });
    // And in English.
    await browser.page.getByRole('button', { name: 'EN', exact: true }).click();
    for (const view of ['heatmap', 'themes'] as const) {
      await openView(browser.page, view);
      await browser.page.getByRole('heading', { name: 'Analysis', exact: true }).waitFor();
      await screenshot(browser.page, `analysis-${view}-1280-en`);
    }
    await browser.page.getByRole('button', { name: 'NL', exact: true }).click();
    expect(browser.errors).toEqual([]);
  });
});
