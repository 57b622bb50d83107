/**
 * The walkthrough as a new team meets it (README "In VS Code", walkthrough): in an empty
 * folder, its first two steps are done the way a person does them — New Team Charter from
 * the step's button, then an edit in the form saved with Ctrl+S — and each is checked in
 * the walkthrough because it was done, not because its button was clicked.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import type { Server } from '../../../scripts/codeServer';
import { openVsCode, openWalkthrough, screenshot, screenshotIfFailed, teamFolder } from './workbench';

const TITLE = 'From a new team to its first retrospective';

/** A step of the walkthrough (its row holds its title, description and buttons). */
function step(page: Page, id: string): Locator {
  return page.locator(`button.getting-started-step[data-step-id$="#${id}"]`);
}

/** The form's document: webviews live in two nested iframes. */
function form(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** Answer the input box that is open now: type the value, press Enter. */
async function answer(page: Page, title: string, value: string): Promise<void> {
  const widget = page.locator('.quick-input-widget', { hasText: title });
  await widget.waitFor();
  await widget.locator('.quick-input-box input').fill(value);
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden' });
}

/** Bring the walkthrough's tab to the front (the files the steps open cover it). */
async function showWalkthrough(page: Page): Promise<void> {
  await page.locator('.tabs-container .tab', { hasText: 'Welcome' }).click();
  await page.locator('.gettingStartedContainer').waitFor();
}

describe('the walkthrough in the browser', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let folder: string;

  before(async () => {
    folder = teamFolder('teamcharter-walkthrough-', {});
    // Desktop VS Code's default: a file is written when saved, not after a delay.
    ({ server, browser, page } = await openVsCode(folder, { settings: { 'files.autoSave': 'off' }, viewport: { width: 1400, height: 900 } }));
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('in an empty folder: creating the charter and saving an edit made in the form check the first two steps', async () => {
    await openWalkthrough(page, TITLE);
    const create = step(page, 'createCharter');
    const fill = step(page, 'fillForm');
    await create.waitFor();
    assert.equal(await create.getAttribute('aria-checked'), 'false', 'nothing is done yet in an empty folder');
    assert.equal(await fill.getAttribute('aria-checked'), 'false');

    // Step 1: its button runs New Team Charter, which asks for the id and the name.
    await create.click();
    await create.locator('.monaco-button', { hasText: 'New Team Charter' }).click();
    await answer(page, 'New team charter (1/2)', 'platform');
    await answer(page, 'New team charter (2/2)', 'Platform Team');
    await page.locator('.tabs-container .tab', { hasText: 'platform.charter.yaml' }).waitFor();
    await showWalkthrough(page);
    await page.locator(`button.getting-started-step[data-step-id$="#createCharter"][aria-checked="true"]`).waitFor();
    assert.equal(await fill.getAttribute('aria-checked'), 'false', 'opening the form is not filling it');

    // Step 2: its button opens the charter in the form; a field is changed there and saved with Ctrl+S.
    await fill.click();
    await fill.locator('.monaco-button', { hasText: 'Open in Form' }).click();
    const why = form(page).locator('#field-purpose-why');
    await why.waitFor();
    await why.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Customers feel every failed deploy.');
    await page.keyboard.press('Tab');
    const tab = page.locator('.tabs-container .tab', { hasText: 'platform.charter.yaml' });
    await page.locator('.tabs-container .tab.dirty', { hasText: 'platform.charter.yaml' }).waitFor();
    await why.click();
    await page.keyboard.press('Control+s');
    await page.locator('.tabs-container .tab:not(.dirty)', { hasText: 'platform.charter.yaml' }).waitFor();
    assert.equal(await tab.count(), 1);
    const charter = path.join(
      folder,
      '.team',
      readdirSync(path.join(folder, '.team')).find((name) => name.endsWith('.charter.yaml'))!,
    );
    assert.match(readFileSync(charter, 'utf8'), /why: Customers feel every failed deploy\./, 'the edit is saved to the file');

    await showWalkthrough(page);
    await page.locator(`button.getting-started-step[data-step-id$="#fillForm"][aria-checked="true"]`).waitFor();
    assert.equal(await create.getAttribute('aria-checked'), 'true', 'the first step stays checked');
    assert.equal(await step(page, 'readProblems').getAttribute('aria-checked'), 'false', 'the next step waits for the Problems view');
    await screenshot(page, 'walkthrough-first-two-steps');
  });
});
