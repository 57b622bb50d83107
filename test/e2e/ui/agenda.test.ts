/**
 * Prepare Retrospective as a person uses it (issue 23): from the palette, the agenda
 * of the team in a panel with VS Code's look, each open action linked to its place in
 * its retro (followed here with the keyboard), then "Start the Retrospective", which
 * asks what New Retrospective asks, writes the retro with the agenda at its top and
 * opens it in the form; the status bar's menu and the Teams view open it too.
 * Screenshots: test-results/agenda-panel.png and agenda-started-form.png.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { parse, parseDocument } from 'yaml';
import { REPO, copyWorkspace, type Server } from '../../../scripts/codeServer';
import { localToday } from '../../../src/core/format/dates';
import { openVsCode, runCommand, screenshot, screenshotIfFailed, untilWithin } from './workbench';

const FIXTURE = path.join(REPO, 'test/e2e/workspace');
const RETROS = ['.team/retros/2024-02-05.retro.yaml', '.team/retros/2024-02-19.retro.yaml'];

/** Text as read: runs of white space as one space. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The team's open actions as its retros say them, read from the fixture files: every action
 * a retro creates, less those a later retro reviews as done or dropped.
 */
function openActionsInFiles(): string[] {
  const open = new Set<string>();
  for (const file of RETROS) {
    const retro = parse(readFileSync(path.join(FIXTURE, file), 'utf8')) as { actions?: { id: string }[]; previousActions?: { id: string; status?: string }[] };
    for (const review of retro.previousActions ?? []) if (review.status === 'done' || review.status === 'dropped') open.delete(review.id);
    for (const action of retro.actions ?? []) open.add(action.id);
  }
  return [...open];
}

const until = untilWithin(60_000);

/**
 * The document of the webview that shows `selector` (webviews live in two nested iframes;
 * the agenda and the form may both be in the page for a moment). Found by the frame's name,
 * which stays when the frames move.
 */
async function webviewWith(page: Page, selector: string): Promise<FrameLocator> {
  let found: FrameLocator | undefined;
  await until(page, `a webview shows ${selector}`, async () => {
    const frames = page.locator('iframe.webview.ready');
    for (let i = 0; i < (await frames.count()); i++) {
      const name = await frames.nth(i).getAttribute('name');
      const frame = page.frameLocator(name ? `iframe.webview.ready[name="${name}"]` : 'iframe.webview.ready').frameLocator('#active-frame');
      if ((await frame.locator(selector).count()) > 0) return Boolean((found = frame));
    }
    return false;
  });
  return found!;
}

/** The text of the element that has the keyboard in a webview. */
async function focusedText(f: FrameLocator): Promise<string> {
  return f.locator('body').evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Answer a quick input that New Retrospective shows: wait for its title, type, and press Enter on the row or value wanted. */
async function answer(page: Page, title: string, ready: () => Promise<boolean>, type?: string): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  await widget.locator('.quick-input-title', { hasText: title }).waitFor({ timeout: 60_000 });
  if (type !== undefined) await widget.locator('.quick-input-box input').fill(type);
  await until(page, `the quick input "${title}" is ready`, ready);
  await page.keyboard.press('Enter');
  await widget.locator('.quick-input-title', { hasText: title }).waitFor({ state: 'hidden' });
}

describe('Prepare Retrospective in the browser: the agenda panel and Start the Retrospective', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let agenda: FrameLocator;
  const today = localToday();

  before(async () => {
    ({ server, browser, page } = await openVsCode(copyWorkspace(FIXTURE), { viewport: { width: 1500, height: 950 } }));
    await page.locator('.statusbar-item', { hasText: 'platform' }).waitFor({ timeout: 120_000 });
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the palette opens the agenda: every open action of the files, each linked to its place, followed with the keyboard (screenshot)', async () => {
    await runCommand(page, 'Team Charter: Prepare Retrospective');
    agenda = await webviewWith(page, 'section[aria-labelledby="agenda-actions"]');
    assert.equal(squeeze(await agenda.locator('h1').innerText()), 'Retro agenda: Platform Team (platform)');
    await page.locator('.tab.active', { hasText: 'Retro agenda platform' }).waitFor();
    const headings = (await agenda.locator('h2').allInnerTexts()).map(squeeze);
    assert.equal(headings.length, 7, headings.join('\n'));
    assert.match(headings[0], /^Open actions, oldest first/);

    const open = openActionsInFiles();
    assert.ok(open.length > 0, 'the fixture has open actions');
    const items = agenda.locator('section[aria-labelledby="agenda-actions"] li');
    const texts = (await items.allInnerTexts()).map(squeeze);
    assert.deepEqual(
      texts.map((t) => t.split(' ')[0]),
      open,
      texts.join('\n'),
    );
    for (const [i, id] of open.entries())
      assert.match(
        squeeze(await items.nth(i).locator('a').innerText()),
        new RegExp(`^${id} in \\.team/retros/\\d{4}-\\d\\d-\\d\\d\\.retro\\.yaml, line \\d+$`),
      );
    await agenda.locator('a.button', { hasText: 'Start the Retrospective' }).waitFor();
    await screenshot(page, 'agenda-panel');

    // The first action's link, reached with Tab and followed with Enter: its retro opens beside, the cursor on its line.
    const link = squeeze(await items.first().locator('a').innerText());
    const [, file, line] = /^\S+ in (\S+), line (\d+)$/.exec(link)!;
    await agenda.locator('h1').click();
    for (let presses = 0; (await focusedText(agenda)) !== link; presses++) {
      if (presses > 40) throw new Error(`Tab never reached the link "${link}"`);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.locator('.editor-group-container.active .tab.active', { hasText: path.basename(file) }).waitFor();
    await page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: `Ln ${line},` }).waitFor();
    assert.ok(await agenda.locator('h1').isVisible(), 'the agenda stays in view beside it');
  });

  it('Start the Retrospective asks what New Retrospective asks, writes the retro with the agenda at its top and opens it in the form (screenshot)', async () => {
    const target = path.join(server.folder, `.team/retros/${today}.retro.yaml`);
    assert.ok(!existsSync(target), 'no retro today yet');
    await agenda.locator('a.button', { hasText: 'Start the Retrospective' }).click();
    const widget = page.locator('.quick-input-widget');
    await answer(
      page,
      'New retrospective: format',
      async () => {
        const focused = widget.locator('.monaco-list-row.focused');
        return (await focused.count()) === 1 && /^4ls\b/.test(squeeze(await focused.innerText()));
      },
      '4ls',
    );
    await answer(page, 'New retrospective: date', async () => (await widget.locator('.quick-input-box input').inputValue()) === today);

    const form = await webviewWith(page, 'li.review-row');
    await page.locator('.editor-group-container.active .tab.active', { hasText: `${today}.retro.yaml` }).waitFor();
    const open = openActionsInFiles();
    await until(page, 'the form lists every open action to review', async () => (await form.locator('li.review-row').count()) === open.length);
    for (const id of open) await form.locator(`li.review-row[data-action-id="${id}"]`).waitFor();
    await screenshot(page, 'agenda-started-form');

    const text = readFileSync(target, 'utf8');
    const document = parseDocument(text);
    assert.deepEqual(document.errors, [], 'the new retro parses');
    assert.equal((document.toJS() as { format: string }).format, '4ls');
    const top = text.slice(0, text.indexOf('\nkind:'));
    assert.ok(
      top.split('\n').every((l) => l === '' || l.startsWith('#')),
      top,
    );
    for (const id of open) assert.match(top, new RegExp(`^#\\s+- ${id} "`, 'm'), 'the agenda at the top names every open action');
  });
  it("the status bar's menu and the team's button in the Teams view open it too", async () => {
    const tab = page.locator('.tab', { hasText: 'Retro agenda platform' });
    await runCommand(page, 'View: Close All Editors');
    await tab.waitFor({ state: 'detached' });

    // The status bar's menu: the scores per step, then "Prepare Retrospective" (typed to filter, chosen with Enter).
    await page.locator('.statusbar-item', { hasText: 'platform' }).click();
    const picker = page.locator('.quick-input-widget');
    await picker.locator('.monaco-list-row', { hasText: 'Prepare Retrospective' }).waitFor();
    await picker.locator('.quick-input-box input').fill('Prepare');
    await until(page, 'only "Prepare Retrospective" is listed, focused', async () => {
      const focused = picker.locator('.monaco-list-row.focused');
      return (await focused.count()) === 1 && /Prepare Retrospective/.test(await focused.innerText());
    });
    await page.keyboard.press('Enter');
    await (await webviewWith(page, 'section[aria-labelledby="agenda-actions"]')).locator('h1', { hasText: 'Retro agenda' }).waitFor();
    await tab.waitFor();
    await runCommand(page, 'View: Close All Editors');
    await tab.waitFor({ state: 'detached' });

    // The Teams view: the team's inline button, shown on hover.
    await page.locator('.activitybar [aria-label^="Team Charter"]').first().click();
    const row = page.locator('.pane', { hasText: 'Teams' }).locator('.monaco-list-row', { hasText: 'platform' }).first();
    await row.hover();
    await row.locator('.action-label[aria-label="Prepare Retrospective"]').click();
    await (await webviewWith(page, 'section[aria-labelledby="agenda-actions"]')).locator('h1', { hasText: 'Retro agenda' }).waitFor();
    await tab.waitFor();
  });
});
