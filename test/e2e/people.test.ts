// Organisations and respondents as a consultant meets them, against the real web host and a real file made by the
// CLI: adding through the UI, duplicate warnings, edits that survive a reload and reach the file, deleting with a
// confirmation and Undo, and forgetting a respondent (AVG) so their name is gone from the file. Ends with
// screenshots at realistic scale (8 municipalities, 16 respondents) at 1280×720 and 1920×1080, Dutch and English.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createInventoryFile,
  expectCleanPage,
  makeWorkspace,
  openBrowser,
  readFile,
  screenshot,
  rpc,
  savedState,
  startHost,
  type BrowserSession,
  type HostProcess,
} from './support';

let workspace: ReturnType<typeof makeWorkspace>;
let file: string;
let host: HostProcess;
let browser: BrowserSession;


function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

beforeAll(async () => {
  workspace = makeWorkspace();
  file = path.join(workspace.documents, 'veldwerk.inventaris');
  createInventoryFile(workspace, file, 'Circulair inkopen Foodvalley');
  host = await startHost({ ...workspace, file });
  browser = await openBrowser({ width: 1280, height: 720 });
  await browser.page.goto(host.url);
  await browser.page.getByTestId('sidebar-title').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (workspace) fs.rmSync(workspace.root, { recursive: true, force: true });
});

describe('organisations and respondents', () => {
  it('adds an organisation through the UI, warns about a duplicate name, and keeps an edit after a reload and in the file', async () => {
    const { page, errors } = browser;
    await page.getByRole('link', { name: 'Organisaties' }).click();
    await page.getByTestId('organisations-empty').waitFor();
    await expectCleanPage(page, errors, 'people-organisations-empty', { axe: false });

    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    let dialog = page.getByRole('dialog', { name: 'Organisatie toevoegen' });
    // Empty name: an inline message in Dutch, nothing created.
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await dialog.getByText('Vul een naam in.').waitFor();
    await dialog.getByRole('textbox', { name: 'Naam' }).fill('Gemeente Ede');
    await dialog.getByRole('combobox', { name: 'Soort organisatie' }).selectOption({ label: 'Gemeente' });
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('button', { name: 'Gemeente Ede bewerken' }).waitFor();

    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    dialog = page.getByRole('dialog', { name: 'Organisatie toevoegen' });
    await dialog.getByRole('textbox', { name: 'Naam' }).fill('  gemeente   EDE ');
    await dialog.getByTestId('duplicate-warning').waitFor();
    expect(await dialog.getByTestId('duplicate-warning').textContent()).toContain('Gemeente Ede');
    await expectCleanPage(page, errors, 'people-organisation-duplicate');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Edits of an existing organisation save themselves; Enter on the row opens it.
    await page.getByRole('button', { name: 'Gemeente Ede bewerken' }).focus();
    await page.keyboard.press('Enter');
    dialog = page.getByRole('dialog', { name: 'Organisatie bewerken' });
    await dialog.getByRole('textbox', { name: 'Notities' }).fill('Trekker van het regionale netwerk 🌱');
    await savedState(page);
    await expectCleanPage(page, errors, 'people-organisation-edit', { axe: false });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(readFile(file, (db) => db.prepare("SELECT notes FROM organisations WHERE name = 'Gemeente Ede'").pluck().get())).toBe('Trekker van het regionale netwerk 🌱');

    await page.reload();
    await page.getByRole('button', { name: 'Gemeente Ede bewerken' }).click();
    expect(await page.getByRole('dialog', { name: 'Organisatie bewerken' }).getByRole('textbox', { name: 'Notities' }).inputValue()).toBe('Trekker van het regionale netwerk 🌱');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('adds a respondent with consent and a valid e-mail address, and warns about the same name in the same organisation', async () => {
    const { page, errors } = browser;
    await page.getByRole('link', { name: 'Respondenten' }).click();
    await page.getByTestId('respondents-empty').waitFor();
    await expectCleanPage(page, errors, 'people-respondents-empty', { axe: false });

    await page.getByRole('button', { name: 'Respondent toevoegen' }).click();
    let dialog = page.getByRole('dialog', { name: 'Respondent toevoegen' });
    await dialog.getByRole('textbox', { name: 'Naam' }).fill('Fenna Vos');
    await dialog.getByRole('combobox', { name: 'Organisatie' }).selectOption({ label: 'Gemeente Ede' });
    await dialog.getByRole('combobox', { name: 'Rol' }).selectOption({ label: 'Inkoop' });
    await dialog.getByRole('textbox', { name: 'Functie' }).fill('Senior inkoopadviseur');
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill('fenna.vos@ede');
    await dialog.getByRole('textbox', { name: 'Telefoon' }).click();
    await dialog.getByText('Vul een geldig e-mailadres in').waitFor();
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill('fenna.vos@ede.nl');
    await dialog.getByRole('textbox', { name: 'Telefoon' }).fill('0318 680 000');
    await dialog.getByRole('checkbox', { name: 'Mag geïnterviewd worden' }).check();
    // Shown the Dutch way (dd-mm-jjjj), whatever the browser's locale; stored as ISO.
    expect(await dialog.getByLabel('Datum toestemming interview').inputValue()).toBe(todayIso().split('-').reverse().join('-'));
    await expectCleanPage(page, errors, 'people-respondent-new', { axe: false });
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('button', { name: 'Fenna Vos bewerken' }).waitFor();
    expect(await page.getByTestId('respondents-table').textContent()).toContain('Gemeente Ede');

    await page.getByRole('button', { name: 'Respondent toevoegen' }).click();
    dialog = page.getByRole('dialog', { name: 'Respondent toevoegen' });
    await dialog.getByRole('textbox', { name: 'Naam' }).fill('fenna  vos');
    await dialog.getByRole('combobox', { name: 'Organisatie' }).selectOption({ label: 'Gemeente Ede' });
    await dialog.getByTestId('duplicate-warning').waitFor();
    // Someone with the same name elsewhere is a different person: no warning.
    await dialog.getByRole('combobox', { name: 'Organisatie' }).selectOption({ label: 'Geen organisatie' });
    await dialog.getByTestId('duplicate-warning').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Fenna Vos bewerken' }).click();
    dialog = page.getByRole('dialog', { name: 'Respondent bewerken' });
    await dialog.getByRole('textbox', { name: 'Afdeling' }).fill('Inkoop & aanbesteden');
    await savedState(page);
    await expectCleanPage(page, errors, 'people-respondent-edit', { axe: false });
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByRole('button', { name: 'Fenna Vos bewerken' }).click();
    expect(await page.getByRole('dialog', { name: 'Respondent bewerken' }).getByRole('textbox', { name: 'Afdeling' }).inputValue()).toBe('Inkoop & aanbesteden');
    await page.keyboard.press('Escape');
    expect(readFile(file, (db) => db.prepare("SELECT department, consent_interview FROM respondents WHERE name = 'Fenna Vos'").get())).toEqual({
      department: 'Inkoop & aanbesteden',
      consent_interview: 1,
    });
    expect(errors).toEqual([]);
  });

  it('asks before deleting what has interviews, names the counts, and undoes the deletion', async () => {
    const { page, errors } = browser;
    const [person] = await rpc<{ id: string; organisationId: string }[]>(host.url, 'respondents.list');
    await rpc(host.url, 'interviews.create', { fields: { organisationId: person!.organisationId, respondentIds: [person!.id] } });

    await page.getByRole('link', { name: 'Organisaties' }).click();
    await page.getByRole('button', { name: 'Gemeente Ede verwijderen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Organisatie verwijderen?' });
    expect(await confirm.textContent()).toContain('1 respondent en 1 interview');
    await expectCleanPage(page, errors, 'people-organisation-confirm-delete');
    await confirm.getByRole('button', { name: 'Organisatie verwijderen' }).click();
    await page.getByTestId('organisations-empty').waitFor();
    const toast = page.getByTestId('undo-toast');
    expect(await toast.textContent()).toContain('Gemeente Ede is verwijderd.');
    await screenshot(page, 'people-organisation-undo');
    // Focus went to Undo, so Enter restores it.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Gemeente Ede bewerken' }).waitFor();
    expect(readFile(file, (db) => db.prepare("SELECT deleted_at FROM organisations WHERE name = 'Gemeente Ede'").pluck().get())).toBeNull();

    await page.getByRole('link', { name: 'Respondenten' }).click();
    await page.getByRole('button', { name: 'Fenna Vos verwijderen' }).click();
    const confirmPerson = page.getByRole('dialog', { name: 'Respondent verwijderen?' });
    expect(await confirmPerson.textContent()).toContain('komt voor in 1 interview');
    await confirmPerson.getByRole('button', { name: 'Respondent verwijderen' }).click();
    await page.getByTestId('respondents-empty').waitFor();
    await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('button', { name: 'Fenna Vos bewerken' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('forgets a respondent: the name is gone from the file, the row shows role and organisation, the form is read-only', async () => {
    const { page, errors } = browser;
    const [person] = await rpc<{ id: string }[]>(host.url, 'respondents.list');
    const interviews = await rpc<{ id: string }[]>(host.url, 'interviews.list');
    await rpc(host.url, 'notes.create', { fields: { kind: 'quote', text: 'Fenna Vos: “we kopen nog te veel nieuw”.', interviewId: interviews[0]!.id } });

    await page.getByRole('button', { name: 'Fenna Vos bewerken' }).click();
    await page.getByRole('dialog', { name: 'Respondent bewerken' }).getByRole('button', { name: 'Vergeten (AVG)' }).click();
    const dialog = page.getByTestId('respondent-dialog');
    const forget = page.getByRole('dialog', { name: 'Respondent vergeten?' });
    expect(await forget.textContent()).toContain('Dit kan niet ongedaan worden gemaakt.');
    expect(await forget.textContent()).toContain('Respondent inkoop (Gemeente Ede)');
    await expectCleanPage(page, errors, 'people-respondent-forget');
    await forget.getByRole('button', { name: 'Definitief vergeten' }).click();
    await dialog.getByTestId('forgotten-notice').waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Naam' }).inputValue()).toBe('Respondent inkoop (Gemeente Ede)');
    expect(await dialog.getByRole('textbox', { name: 'Naam' }).getAttribute('readonly')).not.toBeNull();
    expect(await dialog.getByRole('textbox', { name: 'E-mail' }).inputValue()).toBe('');
    await expectCleanPage(page, errors, 'people-respondent-forgotten');
    await page.keyboard.press('Escape');
    const row = page.locator(`[data-row-key="${person!.id}"]`);
    expect(await row.textContent()).toContain('Respondent inkoop (Gemeente Ede)');
    expect(await row.textContent()).toContain('vergeten');
    await screenshot(page, 'people-respondents-forgotten-row');

    // Close the file so nothing is held open, then look inside it: rows, history and the raw bytes.
    await page.getByRole('button', { name: 'Bestand sluiten' }).click();
    await page.getByRole('heading', { name: 'Welkom bij Inventaris' }).waitFor();
    readFile(file, (db) => {
      expect(db.prepare('SELECT name, email, phone, department, job_title FROM respondents').all()).toEqual([
        { name: 'Respondent inkoop (Gemeente Ede)', email: '', phone: '', department: '', job_title: '' },
      ]);
      expect(db.prepare("SELECT count(*) FROM change_log WHERE value LIKE '%Fenna%'").pluck().get()).toBe(0);
      expect(db.prepare('SELECT text FROM notes').pluck().get()).toBe('Respondent inkoop (Gemeente Ede): “we kopen nog te veel nieuw”.');
    });
    expect(fs.readFileSync(file).includes(Buffer.from('Fenna'))).toBe(false);
    expect(errors).toEqual([]);
  });
});

// Realistic scale -----------------------------------------------------------------------------------------------

const municipalities = ['Barneveld', 'Ede', 'Nijkerk', 'Renswoude', 'Rhenen', 'Scherpenzeel', 'Veenendaal', 'Wageningen'];
const people: readonly (readonly [string, string, 'procurement' | 'policy' | 'management', string, string])[] = [
  ['Fenna Vos', 'Barneveld', 'procurement', 'Senior inkoopadviseur', 'Inkoop en aanbesteden'],
  ['Joost van Dijk', 'Barneveld', 'policy', 'Beleidsmedewerker duurzaamheid', 'Ruimte en duurzaamheid'],
  ['Sanne Bakker', 'Ede', 'procurement', 'Contractmanager', 'Inkoop'],
  ['Mehmet Yılmaz', 'Ede', 'policy', 'Programmamanager circulaire economie', 'Economie en duurzaamheid'],
  ['Lotte de Graaf', 'Nijkerk', 'procurement', 'Inkoper', 'Bedrijfsvoering'],
  ['Pieter Jansen', 'Nijkerk', 'management', 'Teamleider bedrijfsvoering', 'Bedrijfsvoering'],
  ['Anouk Smit', 'Renswoude', 'procurement', 'Medewerker inkoop', 'Middelen'],
  ['Kees Mulder', 'Renswoude', 'policy', 'Beleidsadviseur milieu', 'Ruimte'],
  ['Eva Visser', 'Rhenen', 'procurement', 'Inkoopadviseur', 'Inkoop (gedeeld met Veenendaal)'],
  ['Daan Hendriks', 'Rhenen', 'policy', 'Adviseur duurzaamheid', 'Fysiek domein'],
  ['Noor El Amrani', 'Scherpenzeel', 'procurement', 'Inkoopcoördinator', 'Bedrijfsvoering'],
  ['Bram Peters', 'Scherpenzeel', 'management', 'Directeur bedrijfsvoering', 'Directie'],
  ['Iris van Leeuwen', 'Veenendaal', 'procurement', 'Strategisch inkoper', 'Inkoop'],
  ['Tom de Wit', 'Veenendaal', 'policy', 'Beleidsmedewerker klimaat en energie', 'Duurzaamheid'],
  ['Sophie Kramer', 'Wageningen', 'procurement', 'Senior inkoper', 'Inkoop en contractmanagement'],
  ['Ruben Meijer', 'Wageningen', 'policy', 'Beleidsadviseur circulaire economie', 'Duurzaamheid'],
];

async function seedFoodvalley(url: string): Promise<void> {
  const organisationIds = new Map<string, string>();
  for (const place of municipalities) {
    const created = await rpc<{ id: string }>(url, 'organisations.create', {
      fields: { name: `Gemeente ${place}`, kind: 'municipality', notes: place === 'Ede' ? 'Trekker van het regionale netwerk circulair inkopen.' : '' },
    });
    organisationIds.set(place, created.id);
  }
  await rpc(url, 'organisations.create', { fields: { name: 'Regio Foodvalley', kind: 'region', notes: 'Opdrachtgever; regionaal programma circulaire economie.' } });
  for (const [index, [name, place, role, jobTitle, department]] of people.entries()) {
    const consented = index % 4 !== 3;
    const person = await rpc<{ id: string }>(url, 'respondents.create', {
      fields: {
        name,
        organisationId: organisationIds.get(place),
        role,
        jobTitle,
        department,
        email: `${name.split(' ')[0]!.toLowerCase()}@${place.toLowerCase()}.nl`,
        phone: `0318 ${String(500_000 + index * 1731)}`,
        consentInterview: consented,
        consentInterviewOn: consented ? '2026-02-12' : '',
        consentRecording: index % 3 !== 0,
        consentRecordingOn: index % 3 !== 0 ? '2026-02-20' : '',
        consentQuoteByName: index % 5 === 0,
        consentQuoteOn: index % 5 === 0 ? '2026-03-02' : '',
      },
    });
    if (index < 9) await rpc(url, 'interviews.create', { fields: { organisationId: organisationIds.get(place), respondentIds: [person.id], scheduledAt: '2026-03-10T10:00' } });
  }
}

describe('at realistic scale', () => {
  it('shows 8 municipalities and 16 respondents cleanly at 1280×720 and 1920×1080, in Dutch and English', async () => {
    // Leave the page first, so its event stream does not try to reconnect to the stopped host.
    await browser.page.goto('about:blank');
    await host.stop();
    const scaled = path.join(workspace.documents, 'foodvalley.inventaris');
    createInventoryFile(workspace, scaled, 'Circulair inkopen regio Foodvalley');
    host = await startHost({ ...workspace, file: scaled });
    await seedFoodvalley(host.url);
    const { page, errors } = browser;
    await page.goto(host.url);
    await page.getByTestId('sidebar-title').waitFor();

    for (const language of ['nl', 'en'] as const) {
      if (language === 'en') await page.getByRole('button', { name: 'EN', exact: true }).click();
      for (const [width, height] of [
        [1280, 720],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        const size = `${width}`;
        await page.goto(`${host.origin}/#/organisations`);
        await page.getByTestId('organisations-table').waitFor();
        expect(await page.getByTestId('organisations-table').locator('tbody tr').count()).toBe(9);
        await expectCleanPage(page, errors, `people-organisations-${language}-${size}`, { axe: size === '1280' && language === 'nl' });
        await page.getByRole('button', { name: language === 'nl' ? 'Gemeente Ede bewerken' : 'Edit Gemeente Ede' }).click();
        await page.getByRole('dialog').waitFor();
        await screenshot(page, `people-organisation-dialog-${language}-${size}`);
        await page.keyboard.press('Escape');

        await page.goto(`${host.origin}/#/respondents`);
        await page.getByTestId('respondents-table').waitFor();
        expect(await page.getByTestId('respondents-table').locator('tbody tr').count()).toBe(16);
        await expectCleanPage(page, errors, `people-respondents-${language}-${size}`, { axe: size === '1280' && language === 'nl' });
        await page.getByRole('button', { name: language === 'nl' ? 'Sanne Bakker bewerken' : 'Edit Sanne Bakker' }).click();
        await page.getByRole('dialog').waitFor();
        await expectCleanPage(page, errors, `people-respondent-dialog-${language}-${size}`, { axe: size === '1280' && language === 'nl' });
        await page.keyboard.press('Escape');
      }
    }
    // Filters narrow the table: one municipality, one role.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: 'Gemeente Ede' });
    await page.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Procurement' });
    expect(await page.getByTestId('respondents-table').locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'people-respondents-filtered-en-1280');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    expect(errors).toEqual([]);
  });
});
