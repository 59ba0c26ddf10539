// The knowledge session and the recommendations against the real web host and a real file made by the CLI:
// participants picked by keyboard, an outcome note added with Ctrl+Enter and deleted with Undo, recommendations
// added, reordered by keyboard and by button, linked to codebook codes; everything survives a reload and is in the
// file. Ends with screenshots at realistic scale at 1280×720 and 1920×1080, in Dutch and English.
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
const ids = new Map<string, string>();


const municipalities = ['Barneveld', 'Ede', 'Nijkerk', 'Renswoude', 'Rhenen', 'Scherpenzeel', 'Veenendaal', 'Wageningen'];
const people: readonly (readonly [string, string, 'procurement' | 'policy' | 'management', string])[] = [
  ['Fenna Vos', 'Barneveld', 'procurement', 'Senior inkoopadviseur'],
  ['Joost van Dijk', 'Barneveld', 'policy', 'Beleidsmedewerker duurzaamheid'],
  ['Sanne Bakker', 'Ede', 'procurement', 'Contractmanager'],
  ['Mehmet Yılmaz', 'Ede', 'policy', 'Programmamanager circulaire economie'],
  ['Lotte de Graaf', 'Nijkerk', 'procurement', 'Inkoper'],
  ['Pieter Jansen', 'Nijkerk', 'management', 'Teamleider bedrijfsvoering'],
  ['Anouk Smit', 'Renswoude', 'procurement', 'Medewerker inkoop'],
  ['Kees Mulder', 'Renswoude', 'policy', 'Beleidsadviseur milieu'],
  ['Eva Visser', 'Rhenen', 'procurement', 'Inkoopadviseur'],
  ['Daan Hendriks', 'Rhenen', 'policy', 'Adviseur duurzaamheid'],
  ['Noor El Amrani', 'Scherpenzeel', 'procurement', 'Inkoopcoördinator'],
  ['Bram Peters', 'Scherpenzeel', 'management', 'Directeur bedrijfsvoering'],
  ['Iris van Leeuwen', 'Veenendaal', 'procurement', 'Strategisch inkoper'],
  ['Tom de Wit', 'Veenendaal', 'policy', 'Beleidsmedewerker klimaat en energie'],
  ['Sophie Kramer', 'Wageningen', 'procurement', 'Senior inkoper'],
  ['Ruben Meijer', 'Wageningen', 'policy', 'Beleidsadviseur circulaire economie'],
];

/** 8 municipalities and 16 respondents, through the contract; remembers their ids by name. */
async function seedPeople(url: string): Promise<void> {
  for (const place of municipalities) {
    const created = await rpc<{ id: string }>(url, 'organisations.create', { fields: { name: `Gemeente ${place}`, kind: 'municipality' } });
    ids.set(`Gemeente ${place}`, created.id);
  }
  for (const [name, place, role, jobTitle] of people) {
    const created = await rpc<{ id: string }>(url, 'respondents.create', { fields: { name, role, jobTitle, organisationId: ids.get(`Gemeente ${place}`) } });
    ids.set(name, created.id);
  }
}

beforeAll(async () => {
  workspace = makeWorkspace();
  file = path.join(workspace.documents, 'kennissessie.inventaris');
  createInventoryFile(workspace, file, 'Circulair inkopen Foodvalley');
  host = await startHost({ ...workspace, file });
  await seedPeople(host.url);
  browser = await openBrowser({ width: 1280, height: 720 });
  await browser.page.goto(host.url);
  await browser.page.getByTestId('sidebar-title').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (workspace) fs.rmSync(workspace.root, { recursive: true, force: true });
});

describe('the knowledge session', () => {
  it('records a session with participants picked by keyboard and an outcome note, and keeps them after a reload and in the file', async () => {
    const { page, errors } = browser;
    await page.getByRole('link', { name: 'Kennissessie' }).click();
    await page.getByTestId('sessions-empty').waitFor();
    await expectCleanPage(page, errors, 'sessions-empty', { axe: false });
    await page.getByRole('button', { name: 'Kennissessie toevoegen' }).click();
    const form = page.getByTestId('session-form');
    await form.waitFor();

    await form.getByRole('textbox', { name: 'Titel' }).fill('Kennissessie circulair inkopen');
    await form.getByRole('textbox', { name: 'Locatie' }).fill('Gemeentehuis Ede');
    const picker = form.getByRole('combobox', { name: 'Respondenten' });
    await picker.focus();
    await page.keyboard.type('Sanne');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await picker.fill('');
    await page.keyboard.type('wageningen');
    await expect.poll(() => page.getByRole('listbox').getByRole('option').count()).toBe(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectCleanPage(page, errors, 'sessions-participants-open');
    await page.keyboard.press('Escape');
    const chips = form.getByRole('list', { name: 'Respondenten: 2 gekozen' });
    expect(await chips.getByRole('listitem').allTextContents()).toEqual(['Sanne BakkerGemeente Ede', 'Ruben MeijerGemeente Wageningen']);
    await form.getByRole('textbox', { name: 'Agenda' }).fill('1. Terugkoppeling\n2. Herkenning in groepjes');

    await page.getByRole('combobox', { name: 'Soort nieuwe notitie' }).selectOption({ label: 'Knelpunt' });
    await page.getByRole('textbox', { name: 'Nieuwe notitie' }).fill('Kleine gemeenten missen capaciteit voor circulaire criteria.');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('outcome-note').waitFor();
    expect(await page.getByRole('textbox', { name: 'Nieuwe notitie' }).inputValue()).toBe('');
    await savedState(page);
    await expectCleanPage(page, errors, 'sessions-filled');

    await page.reload();
    await form.waitFor();
    expect(await form.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe('Kennissessie circulair inkopen');
    expect(await chips.getByRole('listitem').count()).toBe(2);
    expect(await page.getByRole('textbox', { name: 'Notitie 1' }).inputValue()).toBe('Kleine gemeenten missen capaciteit voor circulaire criteria.');
    expect(await page.getByRole('combobox', { name: 'Soort van notitie 1' }).inputValue()).toBe('knelpunt');

    readFile(file, (db) => {
      const session = db.prepare('SELECT id, title, location, participant_ids FROM knowledge_sessions').get() as { id: string; title: string; location: string; participant_ids: string };
      expect(session).toMatchObject({ title: 'Kennissessie circulair inkopen', location: 'Gemeentehuis Ede' });
      expect(JSON.parse(session.participant_ids)).toEqual([ids.get('Sanne Bakker'), ids.get('Ruben Meijer')]);
      expect(db.prepare('SELECT kind, text FROM notes WHERE session_id = ?').get(session.id)).toEqual({
        kind: 'knelpunt',
        text: 'Kleine gemeenten missen capaciteit voor circulaire criteria.',
      });
    });

    await page.getByRole('button', { name: 'Notitie 1 verwijderen' }).click();
    await page.getByText('Nog geen notities').waitFor();
    await page.getByTestId('undo-toast').getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('textbox', { name: 'Notitie 1' }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe('recommendations', () => {
  it('adds recommendations, reorders them by keyboard and by button, links codes, and keeps the order in the file', async () => {
    const { page, errors } = browser;
    await page.getByRole('link', { name: 'Aanbevelingen' }).click();
    await page.getByTestId('recommendations-empty').waitFor();
    await expectCleanPage(page, errors, 'recommendations-empty');

    const composer = page.getByRole('form', { name: 'Nieuwe aanbeveling' });
    const texts = ['Leg circulaire doelen vast in het inkoopbeleid.', 'Deel één regionale adviseur circulair inkopen.', 'Start een pilot met circulaire openbare verlichting.'];
    for (const [index, text] of texts.entries()) {
      await composer.getByRole('textbox', { name: 'Tekst' }).fill(text);
      if (index === 2) {
        await composer.getByRole('combobox', { name: 'Prioriteit' }).selectOption({ label: 'Hoog' });
        await composer.getByRole('button', { name: 'Aanbeveling toevoegen' }).click();
      } else {
        await composer.getByRole('textbox', { name: 'Tekst' }).press('Control+Enter');
      }
      await page.getByRole('listitem', { name: `Aanbeveling ${index + 1}` }).waitFor();
    }
    const order = async () => {
      const areas = page.getByTestId('recommendation').locator('textarea');
      return Promise.all(Array.from({ length: await areas.count() }, (_, index) => areas.nth(index).inputValue()));
    };
    expect(await order()).toEqual(texts);

    // Alt+ArrowUp twice on the third item's handle: it becomes the first, and keeps the focus. The answers to the two
    // moves come late, after both moves are shown (as on a busy laptop): the earlier one must not put the list back
    // for a moment, which would also drop the focus.
    let asked = 0;
    const afterAnswers: string[][] = [];
    await page.route('**/rpc/recommendations.move', async (route) => {
      const delay = 300 * ++asked;
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.fulfill({ response });
      await new Promise((resolve) => setTimeout(resolve, 100));
      afterAnswers.push(await order());
    });
    await page.getByRole('button', { name: 'Aanbeveling 3 verplaatsen' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(order).toEqual([texts[2], texts[0], texts[1]]);
    await expect.poll(() => afterAnswers.length).toBe(2);
    await page.unroute('**/rpc/recommendations.move');
    expect(afterAnswers).toEqual([
      [texts[2], texts[0], texts[1]],
      [texts[2], texts[0], texts[1]],
    ]);
    const handle = page.getByRole('button', { name: 'Aanbeveling 1 verplaatsen' });
    expect(await handle.evaluate((element) => (element as unknown as { matches(selector: string): boolean }).matches(':focus'))).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'verplaatst naar positie 1 van 3' }).count()).toBe(1);
    // The visible move buttons do the same.
    await page.getByRole('button', { name: 'Aanbeveling 2 omlaag' }).click();
    await expect.poll(order).toEqual([texts[2], texts[1], texts[0]]);

    const first = page.getByRole('listitem', { name: 'Aanbeveling 1' });
    await first.getByRole('combobox', { name: 'Gericht aan' }).selectOption({ label: 'Gemeente' });
    await first.getByRole('combobox', { name: 'Welke gemeente' }).selectOption({ label: 'Gemeente Ede' });
    await first.getByRole('combobox', { name: 'Gekoppelde codes' }).fill('pilot');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await first.getByRole('list', { name: /Gekoppelde codes/ }).waitFor();
    await first.getByRole('textbox', { name: 'Tekst van aanbeveling 1' }).fill('Start in Ede een pilot met circulaire openbare verlichting.');
    await savedState(page);
    await expectCleanPage(page, errors, 'recommendations-filled');

    await page.reload();
    await page.getByRole('listitem', { name: 'Aanbeveling 3' }).waitFor();
    expect(await order()).toEqual(['Start in Ede een pilot met circulaire openbare verlichting.', texts[1], texts[0]]);
    readFile(file, (db) => {
      const rows = db.prepare('SELECT text, addressed_to, organisation_id, priority, code_ids FROM recommendations WHERE deleted_at IS NULL ORDER BY position').all() as {
        text: string;
        addressed_to: string;
        organisation_id: string | null;
        priority: string;
        code_ids: string;
      }[];
      expect(rows.map((r) => r.text)).toEqual(['Start in Ede een pilot met circulaire openbare verlichting.', texts[1], texts[0]]);
      expect(rows[0]).toMatchObject({ addressed_to: 'municipality', organisation_id: ids.get('Gemeente Ede'), priority: 'high' });
      const pilot = db.prepare("SELECT id FROM codebook_codes WHERE code = 'PILOT'").pluck().get();
      expect(JSON.parse(rows[0]!.code_ids)).toEqual([pilot]);
    });

    await page.getByRole('button', { name: 'Aanbeveling 2 verwijderen' }).click();
    await expect.poll(() => page.getByTestId('recommendation').count()).toBe(2);
    await screenshot(page, 'recommendations-undo');
    await page.keyboard.press('Enter');
    await expect.poll(order).toEqual(['Start in Ede een pilot met circulaire openbare verlichting.', texts[1], texts[0]]);
    expect(errors).toEqual([]);
  });
});

describe('at realistic scale', () => {
  it('shows a full knowledge session and five recommendations cleanly at 1280×720 and 1920×1080, in Dutch and English', async () => {
    const codes = await rpc<{ id: string; code: string }[]>(host.url, 'codes.list');
    const code = (name: string) => codes.find((c) => c.code === name)!.id;
    const [session] = await rpc<{ id: string }[]>(host.url, 'sessions.list');
    await rpc(host.url, 'sessions.update', {
      id: session!.id,
      patch: {
        title: 'Kennissessie circulair inkopen Foodvalley',
        heldOn: '2026-04-14',
        location: 'Gemeentehuis Ede, raadzaal',
        participantIds: people.slice(0, 7).map(([name]) => ids.get(name)!),
        otherParticipants: 'Marloes Timmer (regiocoördinator Foodvalley)\nAdviseur circulair inkopen van PIANOo',
        agenda: '1. Opening en doel van de sessie\n2. Terugkoppeling: volwassenheid per thema\n3. Herkenning en aanvulling in groepjes\n4. Kansen voor regionale samenwerking\n5. Afspraken en vervolg',
        outcomes: 'De deelnemers herkenden het beeld: beleid is er vaak wel, maar de vertaling naar concrete aanbestedingen blijft achter. Capaciteit bij inkoop is het grootste knelpunt.',
      },
    });
    for (const [kind, text] of [
      ['kans', 'Gezamenlijke regionale aanbesteding voor kantoormeubilair in 2027.'],
      ['quote', '“We willen wel, maar niemand heeft er uren voor.”'],
      ['action', 'De regio organiseert in juni een werksessie marktconsultatie.'],
    ] as const) {
      await rpc(host.url, 'notes.create', { fields: { kind, text, sessionId: session!.id } });
    }
    await rpc(host.url, 'recommendations.create', {
      fields: { text: 'Neem monitoring van circulaire resultaten op in het contractmanagement.', addressedTo: 'procurement', priority: 'medium', codeIds: [code('MONI')] },
    });
    await rpc(host.url, 'recommendations.create', {
      fields: { text: 'Deel aanbestedingsdocumenten met circulaire criteria via een regionale bibliotheek.', addressedTo: 'region', priority: 'low', codeIds: [code('REGIO'), code('KENNIS')] },
    });

    const { page, errors } = browser;
    for (const language of ['nl', 'en'] as const) {
      if (language === 'en') await page.getByRole('button', { name: 'EN', exact: true }).click();
      for (const [width, height] of [
        [1280, 720],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(`${host.origin}/#/sessions`);
        await page.getByTestId('session-form').waitFor();
        await page.getByTestId('outcome-note').nth(3).waitFor();
        await expectCleanPage(page, errors, `sessions-${language}-${width}`, { axe: width === 1280 });
        await page.goto(`${host.origin}/#/recommendations`);
        await page.getByTestId('recommendation').nth(4).waitFor();
        await expectCleanPage(page, errors, `recommendations-${language}-${width}`, { axe: width === 1280 });
      }
    }
    // The code picker open, grouped by polarity.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('listitem', { name: 'Recommendation 2' }).getByRole('combobox', { name: 'Linked codes' }).click();
    await page.getByRole('listbox').waitFor();
    await expectCleanPage(page, errors, 'recommendations-codes-open-en-1280');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    expect(errors).toEqual([]);
  });
});
