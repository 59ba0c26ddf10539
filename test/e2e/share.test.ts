// Sharing, backups, shared folders and reuse as a consultant meets them, in Chromium against the real web host:
// share a copy with a passphrase and open it again with it (a wrong one first), restore a backup, see that a
// colleague has the file open, take over last project's guide. Screenshots at 1280×720 and 1920×1080.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEncryptedContainer } from '../../electron/core/exchange/container';
import {
  createInventoryFile,
  expectCleanPage,
  makeWorkspace,
  openBrowser,
  readFile,
  rpc,
  screenshot,
  startHost,
  type BrowserSession,
  type HostProcess,
} from './support';

let workspace: ReturnType<typeof makeWorkspace>;
let file: string;
let host: HostProcess;
let browser: BrowserSession;
const passphrase = 'fietsen langs de gelderse vallei';

beforeAll(async () => {
  workspace = makeWorkspace();
  file = path.join(workspace.documents, 'foodvalley.inventaris');
  createInventoryFile(workspace, file, 'Circulair inkopen Foodvalley');
  host = await startHost({ ...workspace, file });
  for (const name of ['Gemeente Ede', 'Gemeente Wageningen', 'Gemeente Veenendaal']) {
    await rpc(host.url, 'organisations.create', { fields: { name, kind: 'municipality', notes: '' } });
  }
  browser = await openBrowser({ width: 1280, height: 720 });
  await browser.page.goto(host.url);
  await browser.page.getByTestId('sidebar-title').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (workspace) fs.rmSync(workspace.root, { recursive: true, force: true });
});

describe('sharing a copy', () => {
  it('shares an encrypted copy, asking the passphrase twice, and opens it again only with the right one', async () => {
    const { page, errors } = browser;
    await page.getByRole('button', { name: 'Kopie delen…' }).click();
    const dialog = page.getByTestId('share-dialog');
    await dialog.waitFor();
    const target = path.join(workspace.documents, 'foodvalley voor Anna.inventaris');
    await dialog.getByTestId('share-path').fill(target);
    await dialog.getByTestId('share-passphrase').fill(passphrase);
    await dialog.getByTestId('share-passphrase-repeat').fill(`${passphrase} x`);
    await expect.poll(() => dialog.getByText('De twee wachtwoorden zijn niet gelijk.').isVisible()).toBe(true);
    await expect.poll(() => dialog.getByRole('button', { name: 'Kopie delen' }).isDisabled()).toBe(true);
    await dialog.getByTestId('share-passphrase-repeat').fill(passphrase);
    await expectCleanPage(page, errors, 'share-dialog-1280');
    await dialog.getByRole('button', { name: 'Kopie delen' }).click();
    await page.getByTestId('toast').filter({ hasText: 'Versleutelde kopie opgeslagen' }).waitFor({ timeout: 20_000 });
    expect(isEncryptedContainer(target)).toBe(true);
    expect(fs.readFileSync(target).toString('latin1')).not.toContain('Wageningen');

    // Open it as the colleague would: the in-app chooser, then the passphrase.
    await page.getByRole('button', { name: 'Andere openen…' }).click();
    const chooser = page.getByTestId('open-dialog');
    await chooser.getByLabel('Pad naar bestand').fill(target);
    await chooser.getByRole('button', { name: 'Bestand openen' }).click();
    const unseal = page.getByTestId('unseal-dialog');
    await unseal.waitFor();
    await unseal.getByTestId('unseal-passphrase').fill('niet het goede wachtwoord');
    await unseal.getByRole('button', { name: 'Openen' }).click();
    await unseal.getByText('Het wachtwoord klopt niet').waitFor({ timeout: 20_000 });
    expect(fs.existsSync(path.join(workspace.documents, 'foodvalley voor Anna (geopend).inventaris'))).toBe(false);
    await expectCleanPage(page, errors, 'share-unseal-wrong-1280', { axe: false });
    await unseal.getByTestId('unseal-passphrase').fill(passphrase);
    await unseal.getByRole('button', { name: 'Openen' }).click();
    // scrypt takes a moment on purpose.
    await expect.poll(() => page.getByTestId('file-name').textContent(), { timeout: 20_000 }).toBe('foodvalley voor Anna (geopend).inventaris');
    const names = readFile(path.join(workspace.documents, 'foodvalley voor Anna (geopend).inventaris'), (db) =>
      db.prepare('SELECT name FROM organisations ORDER BY name').pluck().all(),
    );
    expect(names).toEqual(['Gemeente Ede', 'Gemeente Veenendaal', 'Gemeente Wageningen']);
    // Back to the original for the rest.
    await rpc(host.url, 'files.open', { path: file });
    await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('foodvalley.inventaris');
  });
});

describe('backups', () => {
  it('lists backups with date, reason and contents, and restores one after backing up the current state', async () => {
    const { page, errors } = browser;
    await page.getByRole('link', { name: 'Back-ups' }).click();
    await page.getByTestId('backups-page').waitFor();
    await page.getByTestId('backup-now').click();
    await page.getByTestId('toast').filter({ hasText: 'Back-up gemaakt' }).waitFor();
    const table = page.getByTestId('backups-table');
    await table.getByText('Handmatig').first().waitFor();
    await expect.poll(() => table.getByText('3 organisaties').count()).toBeGreaterThan(0);
    // A change after the backup, then restore the backup.
    await rpc(host.url, 'organisations.create', { fields: { name: 'Gemeente Barneveld', kind: 'municipality', notes: '' } });
    await expectCleanPage(page, errors, 'backups-1280');
    await table.locator('tr', { hasText: 'Handmatig' }).first().getByRole('button', { name: 'Terugzetten', exact: true }).click();
    const confirm = page.getByTestId('confirm-restore');
    await confirm.getByText('Eerst wordt een back-up van de huidige stand gemaakt').waitFor();
    await confirm.getByRole('button', { name: 'Terugzetten' }).click();
    await page.getByTestId('toast').filter({ hasText: 'is teruggezet' }).waitFor();
    await table.getByText('Vóór terugzetten').first().waitFor();
    expect(readFile(file, (db) => db.prepare('SELECT name FROM organisations ORDER BY name').pluck().all())).toEqual([
      'Gemeente Ede',
      'Gemeente Veenendaal',
      'Gemeente Wageningen',
    ]);
    await expect.poll(() => table.locator('tr', { hasText: 'Vóór terugzetten' }).first().textContent()).toContain('4 organisaties');
  });
});

describe('shared folders', () => {
  it("says who else has the file open and offers read-only or an own copy", async () => {
    const { page, errors } = browser;
    const marker = path.join(path.dirname(file), '.foodvalley.inventaris.anna.presence.json');
    fs.writeFileSync(
      marker,
      JSON.stringify({
        format: 'inventaris-presence',
        version: 1,
        author: 'Anna de Vries',
        deviceId: 'laptop-van-anna',
        deviceName: 'LAPTOP-ANNA',
        pid: 4242,
        since: new Date(Date.now() - 20 * 60_000).toISOString(),
        heartbeat: new Date().toISOString(),
        readOnly: false,
      }),
    );
    await page.reload();
    const notice = page.getByTestId('presence-notice');
    await notice.getByText('Anna de Vries op LAPTOP-ANNA').waitFor();
    await expectCleanPage(page, errors, 'presence-1280');
    await notice.getByRole('button', { name: 'Alleen-lezen openen' }).click();
    await page.getByTestId('read-only-badge').waitFor();
    fs.rmSync(marker);
    await rpc(host.url, 'files.close');
    await rpc(host.url, 'files.open', { path: file });
    await page.reload();
    await page.getByTestId('sidebar-title').waitFor();
    expect(await page.getByTestId('read-only-badge').count()).toBe(0);
  });
});

describe("sync clients' conflicted copies", () => {
  it('are found beside the file when it opens, and merged in with one click', async () => {
    const { page, errors } = browser;
    const copy = path.join(path.dirname(file), 'foodvalley (conflicted copy 2026-12-01).inventaris');
    await rpc(host.url, 'share.create', { path: copy });
    await rpc(host.url, 'files.open', { path: copy });
    await rpc(host.url, 'organisations.create', { fields: { name: 'Gemeente Rhenen', kind: 'municipality', notes: '' } });
    await rpc(host.url, 'files.open', { path: file });
    await page.reload();
    const notice = page.getByTestId('conflicted-copies-notice');
    await notice.getByText('foodvalley (conflicted copy 2026-12-01).inventaris').waitFor();
    await expectCleanPage(page, errors, 'conflicted-copies-1280', { axe: false });
    await notice.getByRole('button', { name: 'Samenvoegen' }).click();
    await page.getByTestId('toast').filter({ hasText: 'is samengevoegd' }).waitFor();
    expect(readFile(file, (db) => db.prepare("SELECT count(*) FROM organisations WHERE name = 'Gemeente Rhenen'").pluck().get())).toBe(1);
  });
});

describe('reusing a guide', () => {
  it("previews last project's guide and takes it over into a new inventory", async () => {
    const { page, errors } = browser;
    const fresh = path.join(workspace.documents, 'nieuw project.inventaris');
    await rpc(host.url, 'files.create', { path: fresh, fields: { title: 'Nieuw project' }, template: 'empty' });
    await page.reload();
    await page.getByRole('link', { name: 'Interviewleidraad' }).click();
    await page.getByTestId('reuse-open').click();
    const dialog = page.getByTestId('reuse-dialog');
    await dialog.getByTestId('reuse-path').fill(file);
    await dialog.getByRole('button', { name: 'Bekijken' }).first().click();
    const preview = dialog.getByTestId('reuse-preview');
    await preview.waitFor();
    await dialog.getByText('Uit “Circulair inkopen Foodvalley”').waitFor();
    await expectCleanPage(page, errors, 'reuse-1280');
    await dialog.getByRole('button', { name: 'Overnemen' }).click();
    await page.getByTestId('toast').filter({ hasText: 'Overgenomen' }).waitFor();
    const [sections, questions] = readFile(fresh, (db) => [
      db.prepare('SELECT count(*) FROM guide_sections WHERE deleted_at IS NULL').pluck().get() as number,
      db.prepare('SELECT count(*) FROM guide_questions WHERE deleted_at IS NULL').pluck().get() as number,
    ]);
    const [sourceSections, sourceQuestions] = readFile(file, (db) => [
      db.prepare('SELECT count(*) FROM guide_sections WHERE deleted_at IS NULL').pluck().get() as number,
      db.prepare('SELECT count(*) FROM guide_questions WHERE deleted_at IS NULL').pluck().get() as number,
    ]);
    expect([sections, questions]).toEqual([sourceSections, sourceQuestions]);
    expect(sections).toBeGreaterThan(0);
  });

  it('looks finished at 1920×1080 too', async () => {
    await rpc(host.url, 'files.open', { path: file });
    const large = await openBrowser({ width: 1920, height: 1080 });
    try {
      await large.page.goto(host.url);
      await large.page.getByTestId('sidebar-title').waitFor();
      await large.page.getByRole('link', { name: 'Back-ups' }).click();
      await large.page.getByTestId('backups-page').waitFor();
      await large.page.getByTestId('backups-table').waitFor();
      await expectCleanPage(large.page, large.errors, 'backups-1920', { axe: false });
      await large.page.getByRole('button', { name: 'Kopie delen…' }).click();
      await large.page.getByTestId('share-passphrase').fill(passphrase);
      await screenshot(large.page, 'share-dialog-1920');
      await large.page.keyboard.press('Escape');
      await large.page.getByRole('link', { name: 'Interviewleidraad' }).click();
      await large.page.getByTestId('reuse-open').click();
      await large.page.getByTestId('reuse-path').fill(file);
      await large.page.getByTestId('reuse-dialog').getByRole('button', { name: 'Bekijken' }).first().click();
      await large.page.getByTestId('reuse-preview').waitFor();
      await expectCleanPage(large.page, large.errors, 'reuse-1920', { axe: false });
    } finally {
      await large.close();
    }
  });

  it('warns when the file is a copy of this very inventory and offers to merge it instead', async () => {
    const { page, errors } = browser;
    await rpc(host.url, 'files.open', { path: file });
    const copy = path.join(workspace.documents, 'foodvalley van Anna.inventaris');
    fs.copyFileSync(file, copy);
    const questionsBefore = readFile(file, (db) => db.prepare('SELECT count(*) FROM guide_questions WHERE deleted_at IS NULL').pluck().get() as number);
    await page.reload();
    await page.getByRole('link', { name: 'Interviewleidraad' }).click();
    await page.getByTestId('reuse-open').click();
    const dialog = page.getByTestId('reuse-dialog');
    await dialog.getByTestId('reuse-path').fill(copy);
    await dialog.getByRole('button', { name: 'Bekijken' }).first().click();
    await dialog.getByTestId('reuse-preview').waitFor();
    const warning = dialog.getByTestId('reuse-same-inventory');
    await expect.poll(() => warning.textContent()).toContain('kopie van deze inventarisatie');
    await expectCleanPage(page, errors, 'reuse-same-inventory-1280');
    await warning.getByRole('button', { name: 'Samenvoegen in plaats daarvan' }).click();
    const summary = page.getByTestId('merge-summary');
    await summary.waitFor();
    await expect.poll(() => summary.textContent()).toContain('foodvalley van Anna.inventaris bevatte niets');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const questionsAfter = readFile(file, (db) => db.prepare('SELECT count(*) FROM guide_questions WHERE deleted_at IS NULL').pluck().get() as number);
    expect(questionsAfter).toBe(questionsBefore);
    await page.keyboard.press('Escape');
  });

  it('merges a sealed copy after its passphrase, and reuses the passphrase typed in the reuse dialog', async () => {
    const { page, errors } = browser;
    await rpc(host.url, 'files.open', { path: file });
    const sealed = path.join(workspace.documents, 'foodvalley verzegeld.inventaris');
    await rpc(host.url, 'share.create', { path: sealed, passphrase, passphraseRepeat: passphrase });
    await page.goto(`${host.url}#/merge`);
    await page.getByTestId('merge-page').waitFor();
    await page.getByTestId('merge-start').click();
    const chooser = page.getByTestId('merge-chooser');
    await chooser.locator('button.chooser-entry', { hasText: 'foodvalley verzegeld.inventaris' }).click();
    await chooser.locator('button[type="submit"]').click();
    const ask = page.getByTestId('merge-passphrase');
    await ask.getByTestId('merge-passphrase-input').fill('niet het goede wachtwoord');
    await ask.getByTestId('merge-passphrase-input').press('Enter');
    await ask.getByTestId('error-alert').waitFor();
    await expectCleanPage(page, errors, 'merge-passphrase-1280');
    await ask.getByTestId('merge-passphrase-input').fill(passphrase);
    await ask.getByRole('button', { name: 'Samenvoegen' }).click();
    await page.getByTestId('merge-summary').waitFor();
    await expect.poll(() => ask.isVisible()).toBe(false);
    await page.getByTestId('merge-summary').getByRole('button', { name: 'Sluiten', exact: true }).last().click();

    await page.getByRole('link', { name: 'Interviewleidraad' }).click();
    await page.getByTestId('reuse-open').click();
    const dialog = page.getByTestId('reuse-dialog');
    await dialog.getByTestId('reuse-path').fill(sealed);
    await dialog.getByRole('button', { name: 'Bekijken' }).first().click();
    await dialog.getByTestId('reuse-passphrase').fill(passphrase);
    await dialog.getByTestId('reuse-passphrase').press('Enter');
    await dialog.getByTestId('reuse-same-inventory').getByRole('button', { name: 'Samenvoegen in plaats daarvan' }).click();
    await page.getByTestId('merge-summary').waitFor();
    expect(await ask.isVisible()).toBe(false);
    await page.keyboard.press('Escape');
  });
});
