// Every page as a user moves through the demo: one content width on every page at 1280×720 and 1920×1080, and the
// notes page names its source column for what it holds and dates the demo's notes to their interview or session.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, openBrowser, repoRoot, screenshot, startHost, type BrowserSession, type HostProcess } from './support';

let host: HostProcess;
let workspace: ReturnType<typeof makeWorkspace>;
let demo = '';

beforeAll(async () => {
  workspace = makeWorkspace();
  demo = path.join(workspace.documents, 'demo.inventaris');
  execFileSync(process.execPath, [path.join(repoRoot, 'bin/inventaris.js'), 'demo', demo, '--lang', 'nl'], {
    env: { ...process.env, INVENTARIS_HOME: workspace.home, INVENTARIS_DOCUMENTS: workspace.documents },
  });
  host = await startHost({ ...workspace, file: demo });
}, 60_000);

afterAll(async () => {
  await host?.stop();
  if (workspace) fs.rmSync(workspace.root, { recursive: true, force: true });
});

async function withBrowser<T>(size: { width: number; height: number }, work: (session: BrowserSession) => Promise<T>): Promise<T> {
  const session = await openBrowser(size);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

describe.each([
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])('every page at $width×$height', (size) => {
  it('has the same content width', async () => {
    await withBrowser(size, async ({ page, errors }) => {
      await page.goto(host.url);
      await page.getByTestId('sidebar-title').waitFor();
      const routes = await page.locator('nav a.nav-item').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(routes.length).toBeGreaterThanOrEqual(9);
      const widths: Record<string, number> = {};
      for (const route of routes) {
        await page.locator(`nav a.nav-item[href="${route}"]`).click();
        const content = page.locator('main#main > .page');
        await content.waitFor();
        await page.waitForTimeout(150);
        widths[route] = Math.round((await content.boundingBox())!.width);
        await screenshot(page, `pages-${route.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}-${size.width}`);
      }
      const mainWidth = await page.locator('main#main').evaluate((main) => {
        const style = main.ownerDocument.defaultView!.getComputedStyle(main);
        return main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      });
      const expected = Math.round(Math.min(1280, mainWidth));
      expect(widths).toEqual(Object.fromEntries(routes.map((route) => [route, expected])));
      expect(errors).toEqual([]);
    });
  });
});

describe('the notes page of the demo', () => {
  it('names the column for the note’s source, interview or knowledge session', async () => {
    await withBrowser({ width: 1920, height: 1080 }, async ({ page, errors }) => {
      await page.goto(`${host.url}#/notes`);
      await page.getByRole('columnheader', { name: 'Bron' }).waitFor();
      expect(await page.getByRole('columnheader', { name: 'Interview', exact: true }).count()).toBe(0);
      // A session note's source: the session's title, and what kind of source it is.
      const source = page.locator('a.notes-note-interview-link[href$="/sessions"]').first();
      expect((await source.innerText()).split('\n')).toEqual(['Kennissessie circulair inkopen Regio Foodvalley', 'Kennissessie']);
      await screenshot(page, 'pages-notes-source-1920');
      expect(errors).toEqual([]);
    });
  });

  it('dates the demo notes to their interview or session, not to when the demo was written', async () => {
    await withBrowser({ width: 1920, height: 1080 }, async ({ page }) => {
      await page.goto(`${host.url}#/notes`);
      await page.getByRole('columnheader', { name: 'Bron' }).waitFor();
      const times = await page.locator('time.notes-note-time').evaluateAll((elements) => elements.map((el) => el.getAttribute('datetime')!));
      expect(times.length).toBeGreaterThan(60);
      // The fieldwork ran from February to May 2026; the session was on 21 May.
      expect(times.every((iso) => iso >= '2026-02-01' && iso < '2026-06-01')).toBe(true);
      expect(times.some((iso) => iso.startsWith('2026-05-21'))).toBe(true);
      expect(await page.getByText('5 feb 2026').count()).toBeGreaterThan(0);
    });
  });
});
