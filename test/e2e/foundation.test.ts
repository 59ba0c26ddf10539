// The foundation as a user meets it: start screen, create an inventory, edit it, reload, reopen; the file on disk
// holds every edit; the pages pass axe-core; the language switch is remembered.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, openBrowser, screenshot, seriousAccessibilityViolations, startHost, type BrowserSession, type HostProcess } from './support';

let host: HostProcess;
let browser: BrowserSession;
let workspace: ReturnType<typeof makeWorkspace>;

beforeAll(async () => {
  workspace = makeWorkspace();
  host = await startHost(workspace);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (workspace) fs.rmSync(workspace.root, { recursive: true, force: true });
});

function readInventory(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT title, client, region FROM inventory').get() as { title: string; client: string; region: string };
  } finally {
    db.close();
  }
}

describe('a consultant starting with Inventaris', () => {
  it('creates an inventory, edits its title, reloads and finds it again, and the file holds it', async () => {
    const { page, errors } = browser;
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Welkom bij Inventaris' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'foundation-start');

    await page.getByRole('button', { name: 'Nieuwe inventarisatie', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe inventarisatie' });
    await dialog.getByRole('textbox', { name: 'Titel' }).fill('Circulair inkopen Foodvalley');
    await dialog.getByRole('textbox', { name: 'Opdrachtgever' }).fill('Living Lab Regio Foodvalley Circulair');
    // The web host has no native dialog: it suggests a path in the documents folder, named after the title.
    const pathField = dialog.getByRole('textbox', { name: 'Opslaan als' });
    await expect.poll(() => pathField.inputValue()).toBe(path.join(workspace.documents, 'circulair-inkopen-foodvalley.inventaris'));
    const target = await pathField.inputValue();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'foundation-new-dialog');
    await dialog.getByRole('button', { name: 'Aanmaken' }).click();

    await page.getByRole('heading', { name: 'Overzicht' }).waitFor();
    // The dialog is gone by the time the overview shows, not a moment later.
    expect(await dialog.count()).toBe(0);
    const title = page.getByRole('textbox', { name: 'Titel' });
    expect(await title.inputValue()).toBe('Circulair inkopen Foodvalley');
    expect(fs.existsSync(target)).toBe(true);

    await title.fill('Inventarisatie circulair inkopen Regio Foodvalley');
    await page.getByRole('textbox', { name: 'Regio' }).fill('Regio Foodvalley 🌱');
    await page.getByTestId('save-state').and(page.locator('[data-state="saved"]')).waitFor();
    // Saved means on disk: read the file while the app still has it open.
    expect(readInventory(target)).toEqual({
      title: 'Inventarisatie circulair inkopen Regio Foodvalley',
      client: 'Living Lab Regio Foodvalley Circulair',
      region: 'Regio Foodvalley 🌱',
    });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'foundation-overview');

    await page.reload();
    await page.getByRole('heading', { name: 'Overzicht' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe('Inventarisatie circulair inkopen Regio Foodvalley');
    expect(await page.getByTestId('sidebar-title').textContent()).toBe('Inventarisatie circulair inkopen Regio Foodvalley');
    expect(errors).toEqual([]);
  });

  it('closes the file and reopens it from the recent list', async () => {
    const { page, errors } = browser;
    await page.getByRole('button', { name: 'Bestand sluiten' }).click();
    await page.getByRole('heading', { name: 'Welkom bij Inventaris' }).waitFor();
    const recent = page.getByTestId('recent-item');
    // The list loads after the start screen appears.
    await recent.first().waitFor();
    expect(await recent.count()).toBe(1);
    expect(await recent.first().textContent()).toContain('Inventarisatie circulair inkopen Regio Foodvalley');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'foundation-start-recent');
    await page.getByRole('button', { name: 'Inventarisatie circulair inkopen Regio Foodvalley' }).click();
    await page.getByRole('heading', { name: 'Overzicht' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Regio' }).inputValue()).toBe('Regio Foodvalley 🌱');
    expect(errors).toEqual([]);
  });

  it('refuses a file that is not an inventory with a clear message and leaves it unchanged', async () => {
    const { page } = browser;
    const bogus = path.join(workspace.documents, 'notities.inventaris');
    fs.writeFileSync(bogus, 'Dit is geen database, maar een tekstbestand.\n'.repeat(20));
    const before = fs.readFileSync(bogus);
    await page.getByRole('button', { name: 'Andere openen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Inventarisatie openen' });
    await dialog.getByRole('textbox', { name: 'Pad naar bestand' }).fill(bogus);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'foundation-open-dialog');
    await dialog.getByRole('button', { name: 'Bestand openen' }).click();
    await page.getByRole('alert').filter({ hasText: 'geen Inventaris-bestand' }).first().waitFor();
    await screenshot(page, 'foundation-open-refused');
    expect(fs.readFileSync(bogus).equals(before)).toBe(true);
    await page.keyboard.press('Escape');
    // The inventory that was open is still open.
    expect(await page.getByTestId('sidebar-title').textContent()).toBe('Inventarisatie circulair inkopen Regio Foodvalley');
  });

  it('switches to English and remembers it after a reload', async () => {
    const { page, errors } = browser;
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'foundation-overview-en');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await page.getByRole('heading', { name: 'Overzicht' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('opens the demo inventory from the start screen', async () => {
    const { page, errors } = browser;
    await page.getByRole('button', { name: 'Bestand sluiten' }).click();
    await page.getByRole('button', { name: 'Demo bekijken' }).click();
    // The dialog says where the demo goes before anything is written.
    const dialog = page.getByTestId('demo-dialog');
    await expect.poll(() => dialog.getByTestId('demo-path').inputValue()).toBe(path.join(workspace.documents, 'demo-regio-foodvalley.inventaris'));
    expect(fs.existsSync(path.join(workspace.documents, 'demo-regio-foodvalley.inventaris'))).toBe(false);
    await dialog.getByRole('button', { name: 'Demo maken en openen' }).click();
    await page.getByTestId('sidebar-title').filter({ hasText: 'Inventarisatie circulair inkopen Regio Foodvalley' }).waitFor();
    expect(fs.existsSync(path.join(workspace.documents, 'demo-regio-foodvalley.inventaris'))).toBe(true);
    await page.getByRole('link', { name: 'Interviews' }).click();
    await page.getByRole('heading', { name: 'Interviews' }).waitFor();
    await page.getByText('Gemeente Wageningen').filter({ visible: true }).first().waitFor();
    await screenshot(page, 'foundation-demo-interviews');
    expect(errors).toEqual([]);
  });

  it('starts a new inventory from an empty guide when asked', async () => {
    const { page, errors } = browser;
    await page.getByRole('button', { name: 'Nieuwe inventarisatie…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe inventarisatie' });
    await dialog.getByRole('textbox', { name: 'Titel' }).fill('Eigen aanpak');
    await dialog.getByRole('radio', { name: /Lege leidraad/ }).check();
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Opslaan als' }).inputValue()).toContain('eigen-aanpak');
    await screenshot(page, 'foundation-new-dialog-empty-template');
    await dialog.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByTestId('sidebar-title').filter({ hasText: 'Eigen aanpak' }).waitFor();
    const file = path.join(workspace.documents, 'eigen-aanpak.inventaris');
    const db = new Database(file, { readonly: true });
    const counts = db.prepare('SELECT (SELECT count(*) FROM guide_sections) AS sections, (SELECT count(*) FROM maturity_levels) AS levels').get();
    db.close();
    expect(counts).toEqual({ sections: 0, levels: 5 });
    expect(errors).toEqual([]);
  });
});
