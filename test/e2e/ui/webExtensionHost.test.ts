import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO, copyWorkspace, type Server } from '../../../scripts/codeServer';
import { cliCounts, problemCounts } from './problemCounts';
import { TEXT_BY_DEFAULT, openVsCode, quickOpen, runCommand, screenshot } from './workbench';

const FIXTURE = path.join(REPO, 'test/e2e/workspace');

/**
 * The extension in the browser's own extension host, as on vscode.dev and github.dev: the
 * `browser` entry of package.json, with no Node. code-server runs an extension that has both
 * entries in its Node host; this setting (the one a person would use) moves it to the web worker.
 */
const IN_THE_BROWSER = { ...TEXT_BY_DEFAULT, 'remote.extensionKind': { 'teamcharter.teamcharter': ['web'] } };

describe('the extension in the browser extension host (web worker)', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let folder: string;

  before(async () => {
    folder = copyWorkspace(FIXTURE);
    ({ server, browser, page } = await openVsCode(folder, { settings: IN_THE_BROWSER, viewport: { width: 1400, height: 900 } }));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('runs in the web worker, says "Developer: Show Running Extensions"', async () => {
    // The list is taken when it opens: first wait for the extension to show its team in the status bar.
    await page.locator('.statusbar-item', { hasText: 'platform' }).waitFor({ timeout: 60_000 });
    await runCommand(page, 'Developer: Show Running Extensions');
    const running = page.locator('.modal-editor-part, .part.editor').filter({ hasText: 'Running Extensions' }).first();
    const row = running.locator('.monaco-list-row', { hasText: 'Team Charter' });
    try {
      // The list shows only the rows in view (sorted by activation time): walk down it to ours.
      await running.locator('.monaco-list-row').first().click();
      for (let index = 0; !(await row.isVisible()); index++) {
        assert.ok(index < 100, 'Team Charter is among the running extensions');
        await page.keyboard.press('ArrowDown');
        await running.locator(`.monaco-list-row.focused[data-index="${index + 1}"]`).waitFor();
      }
      assert.match(await row.innerText(), /web worker/);
      await screenshot(page, 'web-host-running-extensions');
    } finally {
      await page.keyboard.press('Escape');
      await running.waitFor({ state: 'hidden' });
    }
  });

  it('fills the Problems view', async () => {
    await runCommand(page, 'Team Charter: Lint Workspace');
    const expected = cliCounts(folder);
    assert.notEqual(expected, '0 0 0', 'the fixture has findings');
    assert.equal(await problemCounts(page, expected), expected, 'status bar: errors, warnings, infos as the CLI counts them');
  });

  it('opens a charter in the form, and typing in it fixes a finding', async () => {
    await quickOpen(page, 'platform.charter.yaml');
    await runCommand(page, 'Team Charter: Open in Form');
    const form = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const why = form.locator('#field-purpose-why');
    await why.waitFor();
    const [errors, warnings, infos] = cliCounts(folder).split(' ').map(Number);
    await why.click();
    await page.keyboard.type('Customers feel every failed deploy.');
    await page.keyboard.press('Tab');
    // purpose-why-missing is a warning: one fewer once the edit reaches the document.
    const after = `${errors} ${warnings - 1} ${infos}`;
    assert.equal(await problemCounts(page, after), after);
    await screenshot(page, 'web-host-form');
  });
});
