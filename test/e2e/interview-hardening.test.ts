// Interview mode hardened against the real web host: each interview keeps its own clock however it is reached, a
// processed or validated interview is read-only until reopened, clearing an answer can be undone, Tab goes from
// answer field to answer field, and a question for another role is shown as such instead of leaving a gap.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInventoryFile, makeWorkspace, openBrowser, rpc, screenshot, startHost, type BrowserSession, type HostProcess } from './support';

interface PageElement {
  readonly tagName: string;
  readonly outerHTML: string;
  readonly textContent: string | null;
  matches(selector: string): boolean;
  closest(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
}
declare const document: { readonly activeElement: PageElement | null; querySelector(selector: string): PageElement | null };
declare const window: { location: { hash: string } };

interface Workspace {
  readonly interview: { readonly id: string; readonly elapsedSeconds: number; readonly status: string; readonly scheduledAt: string };
  readonly guide: { readonly sections: readonly { readonly questions: readonly { readonly id: string; readonly code: string; readonly type: string }[] }[] };
  readonly answers: readonly { readonly questionId: string; readonly value: unknown; readonly noAnswer: string | null }[];
}

/** "1:15:45" or "49:57" as seconds. */
function secondsOf(text: string): number {
  return text
    .trim()
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

async function elapsedOnScreen(page: Page): Promise<number> {
  return secondsOf(await page.textContent('[data-testid="elapsed"]') ?? '');
}

async function saved(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="save-state"][data-state="saved"]', { timeout: 5000 });
}

describe('interview mode, hardened', () => {
  const workspace = makeWorkspace();
  const file = path.join(workspace.documents, 'foodvalley.inventaris');
  let host: HostProcess;
  let browser: BrowserSession;
  let ede = '';
  let wageningen = '';

  const workspaceOf = (id: string) => rpc<Workspace>(host.url, 'interviews.workspace', { id });
  const questionId = async (id: string, code: string) => (await workspaceOf(id)).guide.sections.flatMap((s) => s.questions).find((q) => q.code === code)!.id;
  const answerOf = async (id: string, code: string) => {
    const data = await workspaceOf(id);
    const qid = data.guide.sections.flatMap((s) => s.questions).find((q) => q.code === code)!.id;
    return data.answers.find((a) => a.questionId === qid) ?? null;
  };

  beforeAll(async () => {
    createInventoryFile(workspace, file, 'Regio Foodvalley');
    host = await startHost({ home: workspace.home, documents: workspace.documents, file });
    browser = await openBrowser({ width: 1280, height: 720 });
    const make = async (name: string, person: string, elapsedSeconds: number) => {
      const organisation = await rpc<{ id: string }>(host.url, 'organisations.create', { fields: { name, kind: 'municipality' } });
      const respondent = await rpc<{ id: string }>(host.url, 'respondents.create', { fields: { name: person, role: 'procurement', organisationId: organisation.id } });
      const interview = await rpc<{ id: string }>(host.url, 'interviews.create', { fields: { organisationId: organisation.id, respondentIds: [respondent.id] } });
      await rpc(host.url, 'interviews.start', { id: interview.id });
      await rpc(host.url, 'interviews.update', { id: interview.id, patch: { elapsedSeconds } });
      return interview.id;
    };
    ede = await make('Gemeente Ede', 'Fenna Vos', 4545);
    wageningen = await make('Gemeente Wageningen', 'Joris Smit', 2997);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('loads and saves each interview’s own clock when the address, history or a link changes the interview', async () => {
    const { page } = browser;
    await page.goto(`${host.url}#/interviews/${ede}/conduct`);
    await page.waitForSelector('[data-testid="conduct"] h1:has-text("Gemeente Ede")');
    expect(await elapsedOnScreen(page)).toBeGreaterThanOrEqual(4545);

    // By address: the header shows the second interview's own time, not the first one's.
    await page.evaluate((id) => (window.location.hash = `#/interviews/${id}/conduct`), wageningen);
    await page.waitForSelector('[data-testid="conduct"] h1:has-text("Gemeente Wageningen")');
    const shown = await elapsedOnScreen(page);
    expect(shown).toBeGreaterThanOrEqual(2997);
    expect(shown).toBeLessThan(4545);

    // By history: back to the first, with its own time again.
    await page.goBack();
    await page.waitForSelector('[data-testid="conduct"] h1:has-text("Gemeente Ede")');
    expect(await elapsedOnScreen(page)).toBeGreaterThanOrEqual(4545);

    // By link: the back button to the interview page writes the clock of the interview on screen.
    await page.click('.conduct-back');
    await page.waitForSelector('[data-testid="start-interview"]');
    await saved(page);
    const first = await workspaceOf(ede);
    const second = await workspaceOf(wageningen);
    expect(first.interview.elapsedSeconds).toBeGreaterThanOrEqual(4545);
    expect(first.interview.elapsedSeconds).toBeLessThan(4545 + 600);
    expect(second.interview.elapsedSeconds).toBeGreaterThanOrEqual(2997);
    expect(second.interview.elapsedSeconds).toBeLessThan(4545);
    expect(browser.errors).toEqual([]);
  });

  it('opens a validated interview read-only, its clock still, until it is reopened for editing (undoable)', async () => {
    const { page } = browser;
    await rpc(host.url, 'interviews.update', { id: wageningen, patch: { status: 'validated' } });
    const before = (await workspaceOf(wageningen)).interview.elapsedSeconds;
    await page.goto(`${host.url}#/interviews/${wageningen}`);
    await page.waitForSelector('[data-testid="locked-notice"]');
    expect(await page.textContent('[data-testid="start-interview"]')).toContain('Interview bekijken');
    expect(await page.getAttribute('.interview-grid textarea', 'readonly')).not.toBeNull();

    await page.click('[data-testid="start-interview"]');
    await page.waitForSelector('[data-testid="conduct"] [data-testid="locked-notice"]');
    expect(await page.locator('.conduct-clock button').count()).toBe(0);
    expect(await page.locator('.conduct-finish').count()).toBe(0);
    expect(await page.getAttribute('[data-question-code="1.1"] textarea[data-field="value"]', 'readonly')).not.toBeNull();
    expect(await page.isDisabled('[data-question-code="1.1"] [data-action="not_applicable"]')).toBe(true);
    const still = await elapsedOnScreen(page);
    await page.waitForTimeout(1500);
    expect(await elapsedOnScreen(page)).toBe(still);
    // Leaving writes nothing.
    await page.click('.conduct-back');
    await page.waitForSelector('[data-testid="start-interview"]');
    expect((await workspaceOf(wageningen)).interview).toMatchObject({ status: 'validated', elapsedSeconds: before });

    // Reopen, then undo it: validated again.
    await page.click('[data-testid="reopen-interview"]');
    await page.waitForSelector('[data-testid="undo-toast"]');
    expect((await workspaceOf(wageningen)).interview.status).toBe('held');
    await page.click('[data-testid="undo-toast"] .toast-action');
    await page.waitForSelector('[data-testid="locked-notice"]');
    expect((await workspaceOf(wageningen)).interview.status).toBe('validated');

    // Reopened in interview mode: editable, and the clock waits to be started.
    await page.click('[data-testid="start-interview"]');
    await page.click('[data-testid="reopen-interview"]');
    await page.waitForSelector('[data-testid="conduct"] .conduct-finish');
    expect(await page.locator('[data-testid="locked-notice"]').count()).toBe(0);
    expect(await page.textContent('.conduct-clock')).toContain('gepauzeerd');
    expect(await page.getAttribute('[data-question-code="1.1"] textarea[data-field="value"]', 'readonly')).toBeNull();
    expect((await workspaceOf(wageningen)).interview.elapsedSeconds).toBe(before);
    expect(browser.errors).toEqual([]);
  });

  it('offers to undo clearing an answer, by the button, by Delete and by choosing n.v.t. over it', async () => {
    const { page } = browser;
    await page.goto(`${host.url}#/interviews/${ede}/conduct`);
    await page.waitForSelector('[data-question-code="1.3"] input[type="radio"]');
    await page.focus('[data-question-code="1.3"] input[type="radio"]');
    await page.keyboard.press('3');
    await saved(page);
    expect((await answerOf(ede, '1.3'))?.value).toBe(3);

    // Space on a focused Wissen: cleared, and Ctrl+Z (outside a text field) brings it back.
    await page.focus('[data-question-code="1.3"] [data-action="clear"]');
    await page.keyboard.press('Space');
    await page.waitForSelector('[data-testid="undo-toast"]:has-text("1.3")');
    await saved(page);
    expect((await answerOf(ede, '1.3'))?.value).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.closest('[data-question-code]')?.getAttribute('data-question-code'))).toBe('1.3');
    await page.keyboard.press('Control+z');
    await page.waitForSelector('[data-question-code="1.3"] [data-action="clear"]');
    await saved(page);
    expect((await answerOf(ede, '1.3'))?.value).toBe(3);

    // Delete on the chosen level clears it too; the toast's button undoes it.
    await page.focus('[data-question-code="1.3"] input[type="radio"]:checked');
    await page.keyboard.press('Delete');
    await page.waitForSelector('[data-testid="undo-toast"]:has-text("1.3")');
    await saved(page);
    expect((await answerOf(ede, '1.3'))?.value).toBeNull();
    await page.click('[data-testid="undo-toast"] .toast-action');
    await page.waitForSelector('[data-question-code="1.3"] [data-action="clear"]');
    await saved(page);
    expect((await answerOf(ede, '1.3'))?.value).toBe(3);

    // N.v.t. (Alt+N) over an answer throws it away: also offered for undo.
    await page.focus('[data-question-code="1.3"] input[type="radio"]:checked');
    await page.keyboard.press('Alt+N');
    await page.waitForSelector('[data-testid="undo-toast"]:has-text("1.3")');
    await saved(page);
    expect(await answerOf(ede, '1.3')).toMatchObject({ value: null, noAnswer: 'not_applicable' });
    await page.keyboard.press('Control+z');
    await page.waitForSelector('[data-question-code="1.3"] [data-action="not_applicable"][aria-pressed="false"]');
    await saved(page);
    expect(await answerOf(ede, '1.3')).toMatchObject({ value: 3, noAnswer: null });
    expect(browser.errors).toEqual([]);
  });

  it('moves Tab from answer field to answer field, with the question buttons on their own shortcuts', async () => {
    const { page } = browser;
    await page.goto(`${host.url}#/interviews/${ede}/conduct`);
    await page.waitForFunction(() => document.activeElement?.matches('[data-question-code="1.1"] [data-field="value"]') ?? false);
    const stops: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active?.closest('[data-question-code]')) return 'outside';
        return `${active.closest('[data-question-code]')!.getAttribute('data-question-code')} ${active.getAttribute('data-field') ?? active.getAttribute('data-action') ?? active.tagName}`;
      });
      if (stop === 'outside') break;
      stops.push(stop);
    }
    expect(stops.length).toBeGreaterThan(4);
    for (const stop of stops) expect(stop).toMatch(/ (value|explanation)$/);
    expect(stops[0]).toBe('1.1 explanation');
    expect(stops).toContain('1.3 value');

    // The buttons of a question by their shortcuts, at the question with the focus.
    await page.focus('[data-question-code="1.1"] [data-field="explanation"]');
    await page.keyboard.press('Alt+W');
    await page.waitForSelector('[data-question-code="1.1"] [data-action="dont_know"][aria-pressed="true"]');
    await page.keyboard.press('Alt+W');
    await page.waitForSelector('[data-question-code="1.1"] [data-action="dont_know"][aria-pressed="false"]');
    const help = '[data-question-code="1.1"] [data-action="help"]';
    if (await page.locator(help).count()) {
      await page.keyboard.press('Alt+H');
      await page.waitForSelector(`${help}[aria-expanded="true"]`);
    }

    // The shortcut sheet says so.
    await page.keyboard.press('Control+/');
    await page.waitForSelector('[data-testid="shortcut-help"]');
    const sheet = (await page.textContent('[data-testid="shortcut-help"]')) ?? '';
    expect(sheet).toContain('de knoppen bij een vraag sla je daarbij over');
    expect(sheet).toContain('N.v.t. aan of uit');
    expect(sheet).toContain('Weet niet aan of uit');
    expect(sheet).toContain('Gekozen antwoord wissen');
    await page.keyboard.press('Escape');
    await saved(page);
    expect(browser.errors).toEqual([]);
  });

  it('shows a question for another role as such, so the numbering has no gap', async () => {
    const { page } = browser;
    const policyOnly = await questionId(ede, '1.5');
    await page.goto(`${host.url}#/interviews/${ede}/conduct`);
    await page.waitForSelector('[data-testid="question"][data-question-code="1.4"]');
    const codes = await page.locator('.conduct-section [data-question-code]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-question-code')));
    expect(codes).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
    const other = page.locator('[data-testid="other-role-question"][data-question-code="1.5"]');
    expect(await other.textContent()).toContain('Alleen voor Beleid / duurzaamheid');
    expect(await page.locator(`[data-question-id="${policyOnly}"]`).count()).toBe(0);
    expect(browser.errors).toEqual([]);
  });

  it('says a too long answer in words, with a counter, and keeps the stored answer', async () => {
    const { page } = browser;
    await page.goto(`${host.url}#/interviews/${ede}/conduct`);
    const field = '[data-question-code="1.1"] textarea[data-field="value"]';
    await page.waitForSelector(field);
    await page.fill(field, 'Kort antwoord');
    await saved(page);
    await page.fill(field, 'x'.repeat(60_000));
    await page.waitForSelector('[data-testid="save-state"][data-state="failed"]', { timeout: 5000 });
    const state = (await page.textContent('[data-testid="save-state"]')) ?? '';
    expect(state).toContain('Niet opgeslagen: Antwoord is te lang: maximaal 50.000 tekens.');
    expect(state).not.toMatch(/Too big|expected|value:/);
    expect(await page.textContent('[data-question-code="1.1"] [data-testid="text-counter"]')).toContain('10.000 tekens te veel');
    await screenshot(page, 'hardening-answer-too-long');
    expect((await answerOf(ede, '1.1'))?.value).toBe('Kort antwoord');
    await page.fill(field, 'Kort antwoord, iets langer');
    await saved(page);
    expect(await page.locator('[data-question-code="1.1"] [data-testid="text-counter"]').count()).toBe(0);
  });

  it('does not drop an invalid e-mail without a word when the respondent dialog closes', async () => {
    const { page } = browser;
    await page.goto(`${host.url}#/respondents`);
    await page.getByRole('button', { name: 'Fenna Vos bewerken' }).click();
    const dialog = page.getByTestId('respondent-dialog');
    const email = dialog.getByRole('textbox', { name: 'E-mail' });
    await email.fill('bas@');
    const note = dialog.getByTestId('dialog-save-note');
    await dialog.locator('[data-testid="dialog-save-note"][data-state="invalid"]').waitFor();
    expect(await note.textContent()).toContain('Niet opgeslagen: controleer E-mail');
    expect(await note.textContent()).not.toContain('Opslagstatus');

    // Closing asks; going back puts the cursor in the field, with what was typed.
    await dialog.getByRole('button', { name: 'Sluiten', exact: true }).click();
    const warning = dialog.getByTestId('dialog-unsaved');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('E-mail is niet opgeslagen');
    await screenshot(page, 'hardening-dialog-unsaved');
    await warning.getByRole('button', { name: 'Terug naar het veld' }).click();
    expect(await email.evaluate((el) => el === (el.ownerDocument.activeElement as unknown))).toBe(true);
    expect(await email.inputValue()).toBe('bas@');

    // Escape asks too, and Escape again is "back": the dialog stays.
    await page.keyboard.press('Escape');
    await warning.waitFor();
    await page.keyboard.press('Escape');
    await warning.waitFor({ state: 'detached' });
    expect(await dialog.isVisible()).toBe(true);

    // Corrected, it saves and closes without a question.
    await email.fill('bas@ede.example.nl');
    await dialog.locator('[data-testid="dialog-save-note"][data-state="saved"]').waitFor();
    await dialog.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const people = await rpc<{ name: string; email: string }[]>(host.url, 'respondents.list');
    expect(people.find((p) => p.name === 'Fenna Vos')?.email).toBe('bas@ede.example.nl');

    // Closing without the change, when chosen, keeps what was stored.
    await page.getByRole('button', { name: 'Fenna Vos bewerken' }).click();
    await email.fill('bas@');
    await dialog.locator('[data-testid="dialog-save-note"][data-state="invalid"]').waitFor();
    await page.keyboard.press('Escape');
    await warning.getByRole('button', { name: 'Sluiten zonder deze wijziging' }).click();
    await dialog.waitFor({ state: 'detached' });
    const after = await rpc<{ name: string; email: string }[]>(host.url, 'respondents.list');
    expect(after.find((p) => p.name === 'Fenna Vos')?.email).toBe('bas@ede.example.nl');
    expect(browser.errors).toEqual([]);
  });

  it('shows and accepts dates and times the Dutch way in an English browser, and stores ISO', async () => {
    const english = await openBrowser({ width: 1280, height: 720, locale: 'en-US' });
    try {
      const { page } = english;
      await page.goto(`${host.url}#/interviews`);
      await page.getByRole('button', { name: 'Interview plannen' }).first().click();
      const dialog = page.getByTestId('plan-interview-dialog');
      await dialog.locator('select').first().selectOption({ label: 'Gemeente Ede' });
      const date = dialog.getByRole('textbox', { name: 'Datum', exact: true });
      const time = dialog.getByRole('textbox', { name: 'Tijd', exact: true });
      expect(await date.getAttribute('placeholder')).toBe('dd-mm-jjjj');
      expect(await time.getAttribute('placeholder')).toBe('uu:mm');
      await date.fill('24-03-2026');
      await time.fill('14:30');
      await screenshot(page, 'hardening-plan-dates-en-US');
      await dialog.getByRole('button', { name: 'Interview plannen', exact: true }).click();
      await page.waitForSelector('[data-testid="start-interview"]');
      const id = decodeURIComponent(/#\/interviews\/([^/]+)$/.exec(page.url())![1]!);
      expect((await workspaceOf(id)).interview).toMatchObject({ scheduledAt: '2026-03-24T14:30' });

      // The interview page shows it the same way, and takes a change typed loosely.
      const details = page.locator('.interview-grid form');
      const shownDate = details.getByRole('textbox', { name: 'Datum', exact: true });
      const shownTime = details.getByRole('textbox', { name: 'Tijd', exact: true });
      expect(await shownDate.inputValue()).toBe('24-03-2026');
      expect(await shownTime.inputValue()).toBe('14:30');
      expect(await page.textContent('.interview-header .lead')).toContain('14:30');
      await shownDate.fill('25-3-26');
      await shownTime.fill('9.05');
      await shownTime.blur();
      await saved(page);
      expect((await workspaceOf(id)).interview.scheduledAt).toBe('2026-03-25T09:05');
      expect(await shownDate.inputValue()).toBe('25-03-2026');
      expect(await shownTime.inputValue()).toBe('09:05');

      // Not a day: a message, and nothing saved; ArrowUp moves on by a day from what is stored.
      await shownDate.fill('31-02-2026');
      await page.waitForSelector('.interview-grid .field-error');
      expect(await page.textContent('.interview-grid .field-error')).toContain('dd-mm-jjjj');
      expect((await workspaceOf(id)).interview.scheduledAt).toBe('2026-03-25T09:05');
      await shownDate.fill('25-03-2026');
      await shownDate.press('ArrowUp');
      await shownDate.blur();
      await saved(page);
      expect((await workspaceOf(id)).interview.scheduledAt).toBe('2026-03-26T09:05');
      await rpc(host.url, 'interviews.delete', { id });
      expect(english.errors).toEqual([]);
    } finally {
      await english.close();
    }
  });
});
