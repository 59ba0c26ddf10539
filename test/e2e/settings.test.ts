// Settings and identity as a new user meets them: on first start the app asks the user's name before anything can
// be changed; every change in the file then records that name; the settings page keeps the name, initials, default
// interviewer, language and number of backups, and the plan dialog fills in the default interviewer.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanPage, makeWorkspace, openBrowser, readFile, rpc, savedState, startHost, type BrowserSession, type HostProcess } from './support';

let host: HostProcess;
let browser: BrowserSession;
let workspace: ReturnType<typeof makeWorkspace>;

const configOf = () => JSON.parse(fs.readFileSync(path.join(workspace.home, 'config.json'), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  workspace = makeWorkspace({ firstStart: true });
  host = await startHost(workspace);
  browser = await openBrowser({ width: 1280, height: 720 });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (workspace) fs.rmSync(workspace.root, { recursive: true, force: true });
});

describe('a new user', () => {
  it('is asked for a name on first start, before anything can be changed', async () => {
    const { page, errors } = browser;
    await page.goto(host.url);
    const welcome = page.getByTestId('welcome-dialog');
    await welcome.getByRole('heading', { name: 'Voordat je begint' }).waitFor();
    // The start screen behind is inert: its ways to begin can be neither clicked nor reached by keyboard.
    await expect(page.getByRole('button', { name: 'Nieuwe inventarisatie' }).click({ timeout: 1500 })).rejects.toThrow();
    await expect(page.getByRole('button', { name: 'Demo bekijken' }).click({ timeout: 1500 })).rejects.toThrow();
    for (let step = 0; step < 8; step += 1) {
      await page.keyboard.press('Tab');
      expect(await page.getByTestId('welcome-dialog').evaluate((dialog) => dialog.contains(dialog.ownerDocument.activeElement))).toBe(true);
    }
    expect(await page.getByTestId('new-inventory-dialog').count()).toBe(0);
    expect(await page.getByTestId('demo-dialog').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => welcome.isVisible()).toBe(true);
    expect(configOf().identityConfirmed).toBe(false);
    await expectCleanPage(page, errors, 'settings-welcome');

    await welcome.getByRole('button', { name: 'Aan de slag' }).click();
    await welcome.getByText('Vul je naam in.').waitFor();
    await welcome.getByLabel('Naam').fill('Sanne van der Berg');
    expect(await welcome.getByLabel('Initialen').inputValue()).toBe('SB');
    await welcome.getByRole('button', { name: 'Aan de slag' }).click();
    await welcome.waitFor({ state: 'detached' });
    expect(configOf()).toMatchObject({ authorName: 'Sanne van der Berg', authorInitials: 'SB', identityConfirmed: true });
    await page.getByRole('button', { name: 'Nieuwe inventarisatie' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('records that name with every change made in a new file', async () => {
    const { page, errors } = browser;
    await page.getByRole('button', { name: 'Nieuwe inventarisatie' }).click();
    const dialog = page.getByTestId('new-inventory-dialog');
    await dialog.getByLabel('Titel').fill('Circulair inkopen Veenendaal');
    const file = path.join(workspace.documents, 'circulair-inkopen-veenendaal.inventaris');
    await expect.poll(() => dialog.getByLabel('Opslaan als').inputValue()).toBe(file);
    await dialog.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('heading', { name: 'Overzicht' }).waitFor();
    await page.getByLabel('Opdrachtgever').fill('Gemeente Veenendaal');
    await page.getByLabel('Opdrachtgever').blur();
    await savedState(page);
    const authors = readFile(file, (db) => db.prepare('SELECT DISTINCT author FROM change_log').pluck().all());
    const client = readFile(file, (db) => db.prepare("SELECT author FROM change_log WHERE entity = 'inventory' AND field = 'client' ORDER BY hlc DESC LIMIT 1").pluck().get());
    expect(client).toBe('Sanne van der Berg');
    expect(authors).toEqual(['Sanne van der Berg']);
    expect(errors).toEqual([]);
  });

  it('keeps the settings from the settings page, and the plan dialog fills in the default interviewer', async () => {
    const { page, errors } = browser;
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();
    expect(await page.getByLabel('Naam').inputValue()).toBe('Sanne van der Berg');
    await page.getByLabel('Standaard interviewer').fill('Sanne van der Berg en Ahmed Bakkali');
    await page.getByLabel('Aantal reservekopieën per bestand').fill('101');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Kies een heel getal van 0 tot 100.').waitFor();
    expect(configOf().backupsToKeep).toBe(10);
    await page.getByLabel('Aantal reservekopieën per bestand').fill('25');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Instellingen opgeslagen.').waitFor();
    expect(configOf()).toMatchObject({ defaultInterviewer: 'Sanne van der Berg en Ahmed Bakkali', backupsToKeep: 25, authorName: 'Sanne van der Berg' });
    await expectCleanPage(page, errors, 'settings-page');

    await page.reload();
    await page.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();
    expect(await page.getByLabel('Aantal reservekopieën per bestand').inputValue()).toBe('25');

    await page.getByRole('link', { name: 'Interviews' }).click();
    await page.getByRole('button', { name: 'Interview plannen' }).click();
    const plan = page.getByTestId('plan-interview-dialog');
    await plan.waitFor();
    expect(await plan.locator('input[name="interviewer"]').inputValue()).toBe('Sanne van der Berg en Ahmed Bakkali');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('switches the language from the settings page', async () => {
    const { page, errors } = browser;
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Taal van Inventaris').selectOption('en');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await rpc<{ language: string }>(host.url, 'settings.get')).language).toBe('en');
    expect(errors).toEqual([]);
  });
});
