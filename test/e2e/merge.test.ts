// Merging in the real app against the web host: a colleague's copy is chosen in the in-app file chooser, the summary
// shows what came in, an overlapping text edit is resolved in the Conflicts view, and the result is in the file.
// Then two tabs type in one answer at the same time and neither loses a word.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessCore } from '../../electron/core/in-process';
import { createInventoryFile, expectCleanPage, makeWorkspace, openBrowser, readFile, rpc, savedState, screenshot, startHost, type BrowserSession, type HostProcess } from './support';

let workspace: ReturnType<typeof makeWorkspace>;
let mine: string;
let theirs: string;
let noteId = '';
let host: HostProcess;
let browser: BrowserSession;

const original = 'Ede koopt meubilair circulair in. Het beleid is nieuw. De markt reageert traag op de uitvraag.';

async function edit(file: string, configDir: string, work: (core: ReturnType<typeof createInProcessCore>) => Promise<void>) {
  const core = createInProcessCore({ configDir });
  await core.client.call('files.open', { path: file });
  await work(core);
  await core.client.call('files.close');
}

beforeAll(async () => {
  workspace = makeWorkspace();
  mine = path.join(workspace.documents, 'foodvalley.inventaris');
  theirs = path.join(workspace.documents, 'foodvalley-collega.inventaris');
  createInventoryFile(workspace, mine, 'Regio Foodvalley');
  await edit(mine, workspace.home, async (core) => {
    noteId = (await core.client.call('notes.create', { fields: { kind: 'observation', text: original } })).id;
  });
  fs.copyFileSync(mine, theirs);
  // The colleague works in their own copy, on their own laptop (own settings, so own device and name).
  const colleague = path.join(workspace.root, 'colleague');
  await edit(theirs, colleague, async (core) => {
    core.session.env.config.update({ authorName: 'Karin Collega' });
    await core.client.call('organisations.create', { fields: { name: 'Gemeente Scherpenzeel', kind: 'municipality' } });
    await core.client.call('notes.update', { id: noteId, patch: { text: 'Ede koopt meubilair circulair in. Het beleid is vorig jaar vastgesteld. De markt reageert traag op de uitvraag.' } });
  });
  await edit(mine, workspace.home, async (core) => {
    await core.client.call('notes.update', { id: noteId, patch: { text: 'Ede koopt meubilair circulair in. Het beleid is nog in de maak. De markt reageert traag op de uitvraag.' } });
  });
  host = await startHost({ home: workspace.home, documents: workspace.documents, file: mine });
  browser = await openBrowser({ width: 1280, height: 720 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (workspace) fs.rmSync(workspace.root, { recursive: true, force: true });
});

describe('merging a colleague file in the app', () => {
  it('chooses the file, shows the summary, and resolves the conflict in the Conflicts view', async () => {
    const { page, errors } = browser;
    await page.goto(`${host.url}#/merge`);
    await page.waitForSelector('[data-testid="merge-page"]');
    await expectCleanPage(page, errors, 'merge-page-1280');
    await page.click('[data-testid="merge-start"]');
    const chooser = page.locator('[data-testid="merge-chooser"]');
    await chooser.waitFor();
    await chooser.locator('button.chooser-entry', { hasText: 'foodvalley-collega.inventaris' }).click();
    await chooser.locator('button[type="submit"]').click();

    const summary = page.locator('[data-testid="merge-summary"]');
    await summary.waitFor();
    await expect.poll(() => summary.textContent()).toContain('Karin Collega');
    const rows = await summary.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.startsWith('Organisaties') && r.includes('1'))).toBe(true);
    expect(rows.some((r) => r.startsWith('Notities'))).toBe(true);
    await expectCleanPage(page, errors, 'merge-summary-1280');
    await page.getByRole('button', { name: 'Conflicten oplossen' }).click();

    await page.waitForSelector('[data-testid="conflicts-page"]');
    const card = page.locator('[data-testid="conflict"]');
    await expect.poll(() => card.count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="nav-conflicts"] .nav-count').textContent()).toBe('1');
    const versions = await card.locator('.conflict-version .conflict-text').allTextContents();
    expect(versions.sort()).toEqual([
      'Ede koopt meubilair circulair in. Het beleid is nog in de maak. De markt reageert traag op de uitvraag.',
      'Ede koopt meubilair circulair in. Het beleid is vorig jaar vastgesteld. De markt reageert traag op de uitvraag.',
    ]);
    await expectCleanPage(page, errors, 'conflicts-1280');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'conflicts-1920');
    await page.setViewportSize({ width: 1280, height: 720 });

    // Combine the two in place and save.
    const combined = 'Ede koopt meubilair circulair in. Het beleid is vorig jaar vastgesteld en wordt nu uitgewerkt. De markt reageert traag op de uitvraag.';
    await card.locator('[data-testid="conflict-text"]').fill(combined);
    await card.locator('[data-testid="conflict-save"]').click();
    await page.waitForSelector('[data-testid="conflicts-empty"]');
    await screenshot(page, 'conflicts-resolved-1280');
    const stored = readFile(mine, (db) => ({
      note: (db.prepare('SELECT text FROM notes WHERE id = ?').get(noteId) as { text: string }).text,
      conflicts: (db.prepare('SELECT count(*) AS n FROM merge_conflicts').get() as { n: number }).n,
      organisations: (db.prepare('SELECT name FROM organisations').all() as { name: string }[]).map((o) => o.name),
      history: (db.prepare('SELECT author, source_authors FROM merge_history').all() as { author: string; source_authors: string }[]),
    }));
    expect(stored.note).toBe(combined);
    expect(stored.conflicts).toBe(0);
    expect(stored.organisations).toContain('Gemeente Scherpenzeel');
    expect(stored.history).toEqual([{ author: 'Eva de Tester', source_authors: '["Karin Collega"]' }]);

    // The history on the merge page says who merged what.
    await page.goto(`${host.url}#/merge`);
    await page.waitForSelector('[data-testid="merge-history"]');
    expect(await page.locator('[data-testid="merge-history"] tbody').textContent()).toContain('Karin Collega');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectCleanPage(page, errors, 'merge-page-1920', { axe: false });
    await page.setViewportSize({ width: 1280, height: 720 });
  }, 120_000);

  it('two tabs typing in one answer at the same time both keep their words', async () => {
    const { page, context } = browser;
    const interview = await rpc<{ id: string }>(host.url, 'interviews.create', { fields: {} });
    const guide = await rpc<{ sections: { questions: { id: string; code: string }[] }[] }>(host.url, 'guide.get', {});
    const question = guide.sections.flatMap((s) => s.questions).find((q) => q.code === '1.1')!;
    await rpc(host.url, 'answers.save', { interviewId: interview.id, questionId: question.id, value: 'Het coalitieakkoord noemt circulair inkopen.' });
    const field = '[data-question-code="1.1"] textarea[data-field="value"]';
    const second = await context.newPage();
    for (const tab of [page, second]) {
      await tab.goto(`${host.url}#/interviews/${encodeURIComponent(interview.id)}/conduct`);
      await tab.waitForSelector(field);
    }
    // Both tabs have the answer open in the field; each types at its own end of it.
    await second.click(field);
    await page.click(field);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Volgens de wethouder: ');
    await savedState(page);
    await second.bringToFront();
    await second.keyboard.press('Control+End');
    await second.keyboard.type(' Een streefcijfer ontbreekt nog.');
    await savedState(second);
    const stored = readFile(mine, (db) => JSON.parse((db.prepare('SELECT value FROM answers WHERE interview_id = ? AND question_id = ?').get(interview.id, question.id) as { value: string }).value) as string);
    expect(stored).toBe('Volgens de wethouder: Het coalitieakkoord noemt circulair inkopen. Een streefcijfer ontbreekt nog.');
    // The second tab shows the combined text too.
    await expect.poll(() => second.inputValue(field)).toBe(stored);
    await second.close();
  }, 120_000);
});
