// The report page against the real web host and the demo inventory: a narrative typed in the app is saved in the
// file and shows in the formatting preview and the report preview; the export writes a Word file and says where.
// Ends with screenshots at 1280×720 and 1920×1080.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoInventory } from '../../electron/core/demo';
import { houseStyle, houseStyleTemplate } from '../fixtures/make-house-style.mts';
import { expectCleanPage, makeWorkspace, openBrowser, readFile, savedState, screenshot, startHost, type BrowserSession, type HostProcess } from './support';

let workspace: ReturnType<typeof makeWorkspace>;
let file: string;
let host: HostProcess;
let browser: BrowserSession;

beforeAll(async () => {
  workspace = makeWorkspace();
  file = path.join(workspace.documents, 'demo.inventaris');
  await createDemoInventory(file, { configDir: workspace.home });
  host = await startHost({ home: workspace.home, documents: workspace.documents, file });
  browser = await openBrowser({ width: 1280, height: 720 });
  await browser.page.goto(host.url);
  await browser.page.getByTestId('sidebar-title').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  fs.rmSync(workspace.root, { recursive: true, force: true });
});

describe('the report page', () => {
  it('is reached from the sidebar and shows the options', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Rapport' }).click();
    await page.getByTestId('report-options').waitFor();
    await expect(page.getByRole('heading', { level: 1, name: 'Rapport' }).isVisible()).resolves.toBe(true);
    await expectCleanPage(page, browser.errors, 'report-options-1280');
  });

  it('switches a chapter and an appendix off and on again, saved in the file', async () => {
    const { page } = browser;
    const options = page.getByTestId('report-options');
    const off = () => readFile(file, (db) => db.prepare('SELECT chapters_off AS c, appendices_off AS a FROM report_options WHERE deleted_at IS NULL').get() as { c: string; a: string });
    await options.getByRole('checkbox', { name: 'Opbrengst kennissessie' }).uncheck();
    await options.getByRole('checkbox', { name: 'Interviewleidraad' }).uncheck();
    await expect.poll(() => JSON.parse(off().c)).toEqual(['session']);
    await expect.poll(() => JSON.parse(off().a)).toEqual(['guide']);
    await options.getByRole('checkbox', { name: 'Opbrengst kennissessie' }).check();
    await options.getByRole('checkbox', { name: 'Interviewleidraad' }).check();
    await expect.poll(() => [JSON.parse(off().c), JSON.parse(off().a)]).toEqual([[], []]);
  });

  it('saves a narrative in the file and previews its formatting', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: /Teksten/ }).click();
    await page.getByTestId('chapter-summary').waitFor();
    const text = 'De gemeenten in **Regio Foodvalley** staan aan het begin.\n\n- Inkoop draagt het alleen\n- Beleid komt laat aan tafel';
    await page.locator('[data-testid="narrative-editor"] textarea').fill(text);
    await savedState(page);
    await expect(page.getByTestId('narrative-preview').locator('strong').textContent()).resolves.toBe('Regio Foodvalley');
    await expect(page.getByTestId('narrative-preview').locator('li').count()).resolves.toBe(2);
    const stored = readFile(file, (db) => db.prepare("SELECT body FROM report_narratives WHERE chapter = 'summary'").pluck().get());
    expect(stored).toBe(text);
    await expectCleanPage(page, browser.errors, 'report-texts-1280');
  });

  it('previews the whole report with the narrative in place of the placeholder', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: /Voorbeeld/ }).click();
    const preview = page.getByTestId('report-preview');
    await preview.waitFor();
    await expect(preview.locator('#report-summary').textContent()).resolves.toContain('De gemeenten in Regio Foodvalley staan aan het begin.');
    await expect(preview.locator('#report-heatmap .report-heatmap tbody tr').count()).resolves.toBe(9);
    await expect(preview.locator('.report-page').count()).resolves.toBe(17);
    await expectCleanPage(page, browser.errors, 'report-preview-1280');
  });

  it('exports the report and says where it was written', async () => {
    const { page } = browser;
    const target = path.join(workspace.documents, 'eindrapport.docx');
    await page.getByTestId('report-export').getByRole('textbox').fill(target);
    await page.getByTestId('export-start').click();
    const done = page.getByTestId('export-done');
    await done.waitFor({ timeout: 30_000 });
    await expect(done.textContent()).resolves.toContain(target);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    await screenshot(page, 'report-exported-1280');
  });

  it('chooses a house-style file in the in-app chooser, refuses a damaged one, and clears it with undo', async () => {
    const { page } = browser;
    const styles = path.join(workspace.documents, 'sjablonen');
    fs.mkdirSync(styles, { recursive: true });
    fs.writeFileSync(path.join(styles, 'huisstijl.dotx'), await houseStyleTemplate());
    fs.writeFileSync(path.join(styles, 'kapot.docx'), 'dit is geen Word-document');
    fs.writeFileSync(path.join(styles, 'notities.txt'), 'geen sjabloon');
    await page.getByRole('tab', { name: /Instellingen/ }).click();
    await expect(page.getByTestId('house-style-file').textContent()).resolves.toContain('Geen huisstijlbestand gekozen');
    await page.getByTestId('house-style-choose').click();
    const dialog = page.getByTestId('house-style-dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /sjablonen/ }).click();
    await dialog.getByRole('button', { name: /kapot\.docx/ }).waitFor();
    // Only Word documents and templates are listed, besides folders.
    const names = await dialog.locator('.chooser-name').allTextContents();
    expect(names).toEqual(['huisstijl.dotx', 'kapot.docx']);
    await dialog.getByRole('button', { name: /kapot\.docx/ }).click();
    await dialog.getByRole('button', { name: 'Huisstijl gebruiken' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('is geen bruikbaar Word-document');
    expect(readFile(file, (db) => db.prepare('SELECT house_style_name FROM report_options').pluck().get() ?? '')).toBe('');
    await expectCleanPage(page, browser.errors, 'report-house-style-refused-1280');

    await dialog.getByRole('button', { name: /huisstijl\.dotx/ }).click();
    await dialog.getByRole('button', { name: 'Huisstijl gebruiken' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('house-style-file').textContent()).toBe('Gekozen bestand: huisstijl.dotx');
    expect(readFile(file, (db) => db.prepare('SELECT house_style_name FROM report_options').pluck().get())).toBe('huisstijl.dotx');
    await expectCleanPage(page, browser.errors, 'report-house-style-1280');

    await page.getByTestId('house-style-clear').click();
    await expect.poll(() => page.getByTestId('house-style-file').textContent()).toContain('Geen huisstijlbestand gekozen');
    await page.locator('.toast-action').click();
    await expect.poll(() => page.getByTestId('house-style-file').textContent()).toBe('Gekozen bestand: huisstijl.dotx');
    expect(readFile(file, (db) => db.prepare('SELECT house_style_xml FROM report_options').pluck().get() as string)).toContain(houseStyle.headingFont);
  });

  it('combines edits from two tabs to the same chapter text instead of overwriting one with the other', async () => {
    const first = browser.page;
    const second = await browser.context.newPage();
    try {
      const original = 'Eerste alinea over de aanleiding.\n\nTweede alinea over het doel.';
      await first.goto(`${host.origin}/#/report`);
      await first.getByRole('tab', { name: /Teksten/ }).click();
      await first.getByTestId('chapter-introduction').click();
      const firstText = first.locator('[data-testid="narrative-editor"] textarea');
      await firstText.fill(original);
      await firstText.blur();
      await savedState(first);
      await second.goto(`${host.origin}/#/report`);
      await second.getByRole('tab', { name: /Teksten/ }).click();
      await second.getByTestId('chapter-introduction').click();
      const secondText = second.locator('[data-testid="narrative-editor"] textarea');
      await expect.poll(() => secondText.inputValue()).toBe(original);
      // Both tabs start from the same text; each changes its own paragraph before either has saved.
      await firstText.fill('Eerste alinea over de aanleiding, aangevuld in tab één.\n\nTweede alinea over het doel.');
      await secondText.fill('Eerste alinea over de aanleiding.\n\nTweede alinea over het doel, aangevuld in tab twee.');
      await firstText.blur();
      await savedState(first);
      await secondText.blur();
      await savedState(second);
      const combined = 'Eerste alinea over de aanleiding, aangevuld in tab één.\n\nTweede alinea over het doel, aangevuld in tab twee.';
      await expect.poll(() => readFile(file, (db) => db.prepare("SELECT body FROM report_narratives WHERE chapter = 'introduction'").pluck().get())).toBe(combined);
      await expect.poll(() => secondText.inputValue()).toBe(combined);
    } finally {
      await second.close();
    }
  });

  it('looks finished at 1920×1080', async () => {
    const wide = await openBrowser({ width: 1920, height: 1080 });
    try {
      await wide.page.goto(host.url);
      await wide.page.getByTestId('sidebar-title').waitFor();
      await wide.page.goto(`${host.origin}/#/report`);
      await wide.page.getByTestId('report-options').waitFor();
      await screenshot(wide.page, 'report-options-1920');
      await wide.page.getByRole('tab', { name: /Voorbeeld/ }).click();
      await wide.page.getByTestId('report-preview').waitFor();
      await expectCleanPage(wide.page, wide.errors, 'report-preview-1920');
    } finally {
      await wide.close();
    }
  });
});
