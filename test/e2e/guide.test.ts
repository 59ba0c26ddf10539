// The interview guide, maturity model, codebook and notes overview as a consultant uses them, against the real web
// host: edits reach the file and survive a reload, reordering works by keyboard, deletes can be undone, the preview
// follows the respondent's role, and every tab passes axe-core without console errors.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, openBrowser, repoRoot, screenshot, seriousAccessibilityViolations, startHost, type BrowserSession, type HostProcess } from './support';

let host: HostProcess;
let browser: BrowserSession;
let workspace: ReturnType<typeof makeWorkspace>;
let file: string;

beforeAll(async () => {
  workspace = makeWorkspace();
  file = path.join(workspace.documents, 'foodvalley.inventaris');
  execFileSync(process.execPath, [path.join(repoRoot, 'bin/inventaris.js'), 'new', file, '--title', 'Circulair inkopen regio Foodvalley'], {
    env: { ...process.env, INVENTARIS_HOME: workspace.home, INVENTARIS_DOCUMENTS: workspace.documents },
  });
  host = await startHost({ home: workspace.home, documents: workspace.documents, file });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (workspace) fs.rmSync(workspace.root, { recursive: true, force: true });
});

/** Reads the file on disk while the host has it open: "saved" must mean "in the file". */
function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Calls the contract through the page's own HTTP transport (token from the page), as another tab would. */
async function rpc<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, input }) => {
      // Runs in the page; this file is type-checked without the DOM library, hence the narrow casts.
      const page = globalThis as unknown as { document: { querySelector(selector: string): { content: string } | null } };
      const token = page.document.querySelector('meta[name="inventaris-token"]')!.content;
      const response = await fetch(`/rpc/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Inventaris-Token': token }, body: JSON.stringify(input) });
      const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
      return envelope.value;
    },
    { method, input },
  ) as Promise<T>;
}

async function saved(page: Page) {
  await page.getByTestId('save-state').and(page.locator('[data-state="saved"]')).waitFor();
}

async function codesOfSection(page: Page, index: number): Promise<string[]> {
  return page.getByTestId('section-card').nth(index).locator('[data-testid="question-open"] .g-question-code').allTextContents();
}

const newText = 'Welke rol speelt de regio bij uw circulaire ambities? 🌍';

describe('the interview guide', () => {
  it('shows the default guide of 9 sections; a new question is edited, saved to the file and survives a reload', async () => {
    const { page, errors } = browser;
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Interviewleidraad' }).click();
    await page.getByRole('heading', { name: 'Interviewleidraad', level: 1 }).waitFor();
    await page.getByTestId('section-card').first().waitFor();
    expect(await page.getByTestId('section-card').count()).toBe(9);
    expect(await page.getByRole('tab', { name: /Vragen/ }).getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'guide-questions');

    await page.getByRole('button', { name: 'Vraag toevoegen aan Ambitie & beleidsdoelen' }).click();
    const editor = page.getByTestId('question-editor');
    await editor.waitFor();
    // The new question's text field has focus, so the consultant can type straight away.
    await page.keyboard.type(newText);
    await editor.getByRole('textbox', { name: 'Vraag (Engels)' }).fill('What role does the region play in your circular ambitions?');
    await editor.getByLabel('Soort vraag').selectOption('yesno');
    await saved(page);
    expect(query<{ code: string; text_nl: string; type: string }>('SELECT code, text_nl, type FROM guide_questions WHERE text_nl = ?', newText)).toEqual([{ code: '1.6', text_nl: newText, type: 'yesno' }]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'guide-question-editor');

    await page.reload();
    await page.getByTestId('section-card').first().waitFor();
    expect(await page.getByRole('button', { name: `1.6 ${newText}` }).count()).toBe(1);
    expect(await codesOfSection(page, 0)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6']);
    expect(errors).toEqual([]);
  });

  it('reorders questions by keyboard, within a section and into the next one, and by dragging', async () => {
    const { page, errors } = browser;
    const question = page.getByRole('button', { name: `1.6 ${newText}` });
    await question.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.getByTestId('announcer').filter({ hasText: 'plaats 5 van sectie 1' }).waitFor();
    expect(await codesOfSection(page, 0)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.6', '1.5']);
    // Focus stays on the moved question, so the next key press moves it again.
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByTestId('announcer').filter({ hasText: 'plaats 1 van sectie 2' }).waitFor();
    expect(await codesOfSection(page, 0)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
    expect((await codesOfSection(page, 1))[0]).toBe('1.6');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent)).toContain(newText);
    const [stored] = query<{ position: number; section: number }>(
      'SELECT q.position, s.position AS section FROM guide_questions q JOIN guide_sections s ON s.id = q.section_id WHERE q.text_nl = ?',
      newText,
    );
    expect(stored).toEqual({ position: 0, section: 1 });

    // And by mouse: 1.1 dragged by its handle onto the lower half of 1.2 lands after it.
    const rows = page.getByTestId('section-card').first().getByTestId('question-row');
    const target = (await rows.nth(1).boundingBox())!;
    await rows.nth(0).getByTestId('question-drag').dragTo(rows.nth(1), { targetPosition: { x: target.width / 2, y: target.height - 4 } });
    await page.getByTestId('announcer').filter({ hasText: 'Vraag 1.1 staat nu op plaats 2 van sectie 1' }).waitFor();
    expect(await codesOfSection(page, 0)).toEqual(['1.2', '1.1', '1.3', '1.4', '1.5']);
    await screenshot(page, 'guide-question-moved');
    expect(errors).toEqual([]);
  });

  it('deletes a question after confirmation and brings it back with Undo', async () => {
    const { page, errors } = browser;
    const row = page.getByTestId('question-row').filter({ hasText: newText });
    await row.getByRole('button', { name: 'Acties voor vraag 1.6' }).click();
    await page.getByRole('menuitem', { name: 'Vraag verwijderen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Vraag 1.6 verwijderen?' });
    await confirm.getByText('Gehouden interviews houden hun eigen kopie van de leidraad', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'guide-delete-confirm');
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByTestId('undo-toast').filter({ hasText: 'Vraag 1.6 is verwijderd.' }).waitFor();
    await row.waitFor({ state: 'detached' });
    expect(query('SELECT 1 FROM guide_questions WHERE text_nl = ? AND deleted_at IS NULL', newText)).toEqual([]);
    await screenshot(page, 'guide-undo-toast');

    await page.getByTestId('undo-toast').getByRole('button', { name: 'Ongedaan maken' }).click();
    await row.waitFor();
    expect(query('SELECT 1 AS live FROM guide_questions WHERE text_nl = ? AND deleted_at IS NULL', newText)).toEqual([{ live: 1 }]);
    expect(errors).toEqual([]);
  });

  it('previews the guide for one role: questions for the other role are hidden', async () => {
    const { page, errors } = browser;
    await page.getByRole('button', { name: 'Voorbeeld', exact: true }).click();
    const preview = page.getByTestId('guide-preview');
    await preview.waitFor();
    const role = preview.getByLabel('Respondentrol');
    await role.selectOption({ label: 'Inkoop' });
    // 1.5 is for policy officers only, 3.4 for procurement officers only.
    expect(await preview.locator('[data-code="1.5"]').count()).toBe(0);
    expect(await preview.locator('[data-code="3.4"]').count()).toBe(1);
    await screenshot(page, 'guide-preview-procurement');
    await role.selectOption({ label: 'Beleid / duurzaamheid' });
    expect(await preview.locator('[data-code="1.5"]').count()).toBe(1);
    expect(await preview.locator('[data-code="3.4"]').count()).toBe(0);
    // Scale questions show their level descriptors to the interviewer.
    expect(await preview.locator('[data-code="1.3"] li').count()).toBe(5);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bewerken', exact: true }).click();
    expect(errors).toEqual([]);
  });
});

describe('the maturity model and the codebook', () => {
  it('edits a level descriptor of a dimension; the matrix and the file show it', async () => {
    const { page, errors } = browser;
    await page.getByRole('tab', { name: /Volwassenheidsmodel/ }).click();
    const matrix = page.getByTestId('maturity-matrix');
    await matrix.waitFor();
    expect(await page.getByTestId('dimension-row').count()).toBe(8);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'guide-maturity');

    await page.getByRole('button', { name: 'D1 Ambitie & doelen bewerken' }).click();
    const dialog = page.getByTestId('dimension-editor');
    await dialog.waitFor();
    const level1 = dialog.getByTestId('descriptor-1-nl');
    await level1.fill('Nog geen circulaire doelen vastgelegd');
    await saved(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'guide-dimension-editor');
    await dialog.getByRole('button', { name: 'Klaar' }).click();
    await page.getByTestId('dimension-row').first().getByText('Nog geen circulaire doelen vastgelegd').waitFor();
    const [d1] = query<{ descriptors: string }>("SELECT descriptors FROM maturity_dimensions WHERE code = 'D1'");
    expect(JSON.parse(d1!.descriptors)['1'].nl).toBe('Nog geen circulaire doelen vastgelegd');
    expect(errors).toEqual([]);
  });

  it('adds a code to the codebook and finds it by searching', async () => {
    const { page, errors } = browser;
    await page.getByRole('tab', { name: /Codeboek/ }).click();
    await page.getByTestId('codebook-table').waitFor();
    expect(await page.getByTestId('code-row').count()).toBe(18);
    await screenshot(page, 'guide-codebook');

    await page.getByRole('button', { name: 'Code toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Code toevoegen' });
    await dialog.getByRole('textbox', { name: 'Code' }).fill('DEF');
    await dialog.getByText('Deze code bestaat al in het codeboek.').waitFor();
    await dialog.getByRole('textbox', { name: 'Code' }).fill('AFVAL');
    await dialog.getByRole('textbox', { name: 'Label (Nederlands)' }).fill('Afvalscheiding op locatie');
    await dialog.getByRole('radio', { name: 'Kans', exact: true }).check();
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    const editor = page.getByTestId('code-editor');
    await editor.waitFor();
    await editor.getByRole('textbox', { name: 'Definitie (Nederlands)' }).fill('Kansen om afval al bij de bron te scheiden.');
    await saved(page);
    expect(query('SELECT code, label_nl, polarity, definition_nl FROM codebook_codes WHERE code = ?', 'AFVAL')).toEqual([
      { code: 'AFVAL', label_nl: 'Afvalscheiding op locatie', polarity: 'kans', definition_nl: 'Kansen om afval al bij de bron te scheiden.' },
    ]);
    await page.getByRole('searchbox', { name: 'Zoeken in het codeboek' }).fill('afval');
    expect(await page.getByTestId('code-row').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'guide-codebook-added');
    expect(errors).toEqual([]);
  });
});

describe('the notes overview', () => {
  it('lists a note made elsewhere, filters by kind and links to its interview', async () => {
    const { page, errors } = browser;
    const guide = await rpc<{ codes: { id: string; code: string }[] }>(page, 'guide.get', {});
    const organisation = await rpc<{ id: string }>(page, 'organisations.create', { fields: { name: 'Gemeente Ede', kind: 'municipality' } });
    const respondent = await rpc<{ id: string }>(page, 'respondents.create', { fields: { name: 'Anna de Vries', role: 'procurement', organisationId: organisation.id } });
    const interview = await rpc<{ id: string }>(page, 'interviews.create', { fields: { organisationId: organisation.id, respondentIds: [respondent.id] } });
    const capacity = guide.codes.find((code) => code.code === 'CAP')!;
    await rpc(page, 'notes.create', { fields: { kind: 'knelpunt', text: 'Geen tijd om circulaire eisen uit te werken.', interviewId: interview.id, codeIds: [capacity.id] } });
    await rpc(page, 'notes.create', { fields: { kind: 'kans', text: 'Samen met Wageningen bedrijfskleding inkopen.', interviewId: interview.id } });

    await page.getByRole('link', { name: 'Notities' }).click();
    await page.getByRole('heading', { name: 'Notities', level: 1 }).waitFor();
    await page.getByTestId('note-row').first().waitFor();
    expect(await page.getByTestId('note-row').count()).toBe(2);
    const bottleneck = page.getByTestId('note-row').filter({ hasText: 'Geen tijd om circulaire eisen uit te werken.' });
    expect(await bottleneck.textContent()).toContain('Gemeente Ede');
    expect(await bottleneck.textContent()).toContain('Anna de Vries');
    expect(await bottleneck.textContent()).toContain('CAP');
    await screenshot(page, 'notes-overview');

    await page.getByTestId('kind-filter-kans').click();
    expect(await page.getByTestId('note-row').count()).toBe(1);
    expect(await page.getByTestId('note-row').first().getAttribute('data-kind')).toBe('kans');
    await page.getByTestId('kind-filter-knelpunt').click();
    expect(await page.getByTestId('note-row').count()).toBe(1);
    expect(await page.getByTestId('note-row').first().getAttribute('data-kind')).toBe('knelpunt');

    await bottleneck.getByRole('button', { name: /Notitie bewerken/ }).click();
    const editor = page.getByTestId('note-editor');
    await editor.getByRole('textbox', { name: 'Tekst' }).fill('Geen tijd én geen budget om circulaire eisen uit te werken.');
    await editor.getByRole('checkbox', { name: /KOSTEN/ }).check();
    await saved(page);
    const [stored] = query<{ text: string; code_ids: string }>("SELECT text, code_ids FROM notes WHERE kind = 'knelpunt'");
    expect(stored!.text).toBe('Geen tijd én geen budget om circulaire eisen uit te werken.');
    expect(JSON.parse(stored!.code_ids)).toHaveLength(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'notes-editor');

    await page.getByTestId('note-row').filter({ hasText: 'Geen tijd én geen budget' }).getByTestId('note-interview-link').click();
    await page.waitForURL(`**/#/interviews/${interview.id}`);
    expect(errors).toEqual([]);
  });
});
